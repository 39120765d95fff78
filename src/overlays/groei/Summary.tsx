// The summary of one scenario for one area and year: homes against the target per year, the extra inhabitants by
// age, the demand for voorzieningen, and the sociale ruimteclaim in m², each with the norm it rests on.
import type { Parameters } from '../../../core/contracts/scenario';
import { AGE_GROUPS } from '../../../core/contracts/scenario';
import type { ParamPath } from '../../../core/growth/edits';
import { paramAt } from '../../../core/growth/edits';
import { M, type Metric } from '../../../core/growth/effects';
import { formatNumber } from '../../lib/format';
import type { GrowthView } from './engine';
import { Herkomst } from './Herkomst';

const n0 = (x: number) => formatNumber(Math.round(x), 0);
const n1 = (x: number) => formatNumber(x, 1);

export function metricAt(view: GrowthView, code: string, metric: Metric, year: number): number {
  const yi = view.effects.years.indexOf(year);
  const arr = view.sums.get(code);
  if (yi < 0 || !arr) return 0;
  return arr[M[metric] * view.effects.years.length + yi] ?? 0;
}

interface Row {
  label: string;
  metric: Metric;
  fmt: (x: number) => string;
  unit: string;
  norm: ParamPath[];
}

const DEMAND: Row[] = [
  { label: 'Leerlingen basisonderwijs', metric: 'leerlingenBasis', fmt: n0, unit: '', norm: ['normen.deelnameBasisonderwijs'] },
  {
    label: 'Leerlingen voortgezet onderwijs',
    metric: 'leerlingenVoortgezet',
    fmt: n0,
    unit: '',
    norm: ['normen.deelnameVoortgezet'],
  },
  { label: 'Kinderen in de kinderopvang', metric: 'kinderopvang', fmt: n0, unit: '', norm: ['normen.deelnameKinderopvang'] },
  { label: 'Wmo-cliënten 75+', metric: 'wmo', fmt: n0, unit: '', norm: ['normen.wmo75Plus'] },
  { label: 'Huisartsen', metric: 'huisartsFte', fmt: n1, unit: ' fte', norm: ['normen.patientenPerHuisartsFte'] },
  { label: 'Sporthallen', metric: 'sporthallen', fmt: n1, unit: '', norm: ['normen.inwonersPerSporthal'] },
];

const CLAIM: Row[] = [
  {
    label: 'Basisschoolgebouw',
    metric: 'm2Basisschool',
    fmt: n0,
    unit: ' m²',
    norm: ['normen.m2PerLeerlingBasis', 'normen.m2VastPerBasisschool', 'normen.leerlingenPerBasisschool'],
  },
  { label: 'Schoolplein', metric: 'm2Schoolplein', fmt: n0, unit: ' m²', norm: ['normen.m2SchoolpleinPerLeerling'] },
  {
    label: 'Voortgezet onderwijs',
    metric: 'm2Voortgezet',
    fmt: n0,
    unit: ' m²',
    norm: ['normen.m2PerLeerlingVoortgezet', 'normen.m2VastPerVoortgezetSchool', 'normen.leerlingenPerVoortgezetSchool'],
  },
  {
    label: 'Kinderopvang (binnen en buiten)',
    metric: 'm2Kinderopvang',
    fmt: n0,
    unit: ' m²',
    norm: ['normen.m2KinderopvangBinnen', 'normen.m2KinderopvangBuiten'],
  },
  { label: 'Sporthal (speelvloer)', metric: 'm2Sporthal', fmt: n0, unit: ' m²', norm: ['normen.m2PerSporthal'] },
];

function NormCell({ params, paths }: { params: Parameters; paths: ParamPath[] }) {
  return (
    <>
      {paths.map((p) => {
        const param = paramAt(params, p);
        return (
          <span key={p} className="norm">
            {formatNumber(param.waarde, param.waarde % 1 === 0 ? 0 : 2)} {param.eenheid} <Herkomst h={param.herkomst} compact />
          </span>
        );
      })}
    </>
  );
}

export function Summary({
  view,
  year,
  code,
  areaName,
  basePopulation,
}: {
  view: GrowthView;
  year: number;
  code: string;
  areaName: string;
  basePopulation: number | undefined;
}) {
  const at = (m: Metric) => metricAt(view, code, m, year);
  const inh = at('inwoners');
  return (
    <div className="gs-summary" data-testid="gs-summary">
      <h3>
        {areaName} in {year}
      </h3>
      <p data-testid="gs-headline">
        <strong>{n0(at('woningenNetto'))}</strong> extra woningen netto ({n0(at('woningenBruto'))} gebouwd,{' '}
        {n0(at('woningenVervangen'))} vervangen) en <strong>{n0(inh)}</strong> extra inwoners
        {basePopulation ? ` (+${n1((inh / basePopulation) * 100)}% op ${n0(basePopulation)} nu)` : ''}.
      </p>
      <table className="effect-table" data-testid="gs-ages">
        <caption>Extra inwoners naar leeftijd</caption>
        <tbody>
          <tr>
            {AGE_GROUPS.map((g) => (
              <th key={g} scope="col">
                {g}
              </th>
            ))}
          </tr>
          <tr>
            {AGE_GROUPS.map((g) => (
              <td key={g} className="num">
                {n0(at(`inwoners ${g}`))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="effect-table" data-testid="gs-demand">
        <caption>Extra vraag naar voorzieningen</caption>
        <thead>
          <tr>
            <th scope="col">Voorziening</th>
            <th scope="col">Extra</th>
            <th scope="col">Norm of kengetal</th>
          </tr>
        </thead>
        <tbody>
          {DEMAND.map((r) => (
            <tr key={r.metric}>
              <th scope="row">{r.label}</th>
              <td className="num">
                {r.fmt(at(r.metric))}
                {r.unit}
              </td>
              <td>
                <NormCell params={view.parameters} paths={r.norm} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="effect-table" data-testid="gs-claim">
        <caption>Sociale ruimteclaim (m² vloer of terrein)</caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col">m²</th>
            <th scope="col">Norm</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM.map((r) => (
            <tr key={r.metric}>
              <th scope="row">{r.label}</th>
              <td className="num" data-testid={`gs-claim-${r.metric}`}>
                {r.fmt(at(r.metric))}
                {r.unit}
              </td>
              <td>
                <NormCell params={view.parameters} paths={r.norm} />
              </td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Totaal</th>
            <td className="num" data-testid="gs-claim-total">
              {n0(at('m2Totaal'))} m²
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <p className="hint">
        Niet meegeteld: ruimte voor ontmoeting en huisartsenpraktijken (geen norm gevonden) en speelruimte (3% van het bebouwde
        gebied; vraagt de oppervlakte van de nieuwe wijken).
      </p>
    </div>
  );
}

/** Net homes per year and their running total against the target: bars, a line and the target, with a table. */
export function HomesChart({ view, year }: { view: GrowthView; year: number }) {
  const { homes, scenario } = view;
  const target = scenario.doel.woningen;
  const w = 300;
  const h = 120;
  const pad = { l: 34, r: 6, t: 8, b: 18 };
  const maxCum = Math.max(target, ...homes.map((x) => x.cumulative), 1);
  const maxNet = Math.max(...homes.map((x) => x.net), 1);
  const bw = (w - pad.l - pad.r) / Math.max(homes.length, 1);
  const x = (i: number) => pad.l + i * bw;
  const yCum = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / maxCum);
  const yNet = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / maxNet) * 1;
  const atEnd = homes.find((x) => x.year === scenario.doel.eindjaar)?.cumulative ?? 0;
  const gap = target - atEnd;
  const line = homes.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i) + bw / 2},${yCum(p.cumulative)}`).join(' ');
  return (
    <figure className="gs-chart" data-testid="gs-target">
      <figcaption>
        Woningen netto tegen het doel: {n0(atEnd)} van {n0(target)} in {scenario.doel.eindjaar}
        {gap > 0 ? ` — nog ${n0(gap)} te gaan` : gap < 0 ? ` — ${n0(-gap)} boven het doel` : ' — doel gehaald'}.
      </figcaption>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label="Woningen per jaar (staven) en opgeteld (lijn) tegen het doel (stippellijn)"
      >
        {homes.map((p, i) => (
          <rect
            key={p.year}
            x={x(i) + 1}
            width={Math.max(bw - 2, 1)}
            y={yNet(Math.max(p.net, 0))}
            height={h - pad.b - yNet(Math.max(p.net, 0))}
            className={p.year === year ? 'bar current' : 'bar'}
          />
        ))}
        <line x1={pad.l} x2={w - pad.r} y1={yCum(target)} y2={yCum(target)} className="target" />
        <path d={line} className="cum" />
        <text x={2} y={yCum(target) + 4} className="axis">
          {n0(target)}
        </text>
        <text x={pad.l} y={h - 4} className="axis">
          {homes[0]?.year}
        </text>
        <text x={w - pad.r} y={h - 4} className="axis" textAnchor="end">
          {homes.at(-1)?.year}
        </text>
      </svg>
      <details>
        <summary>Als tabel</summary>
        <table className="effect-table">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Netto</th>
              <th scope="col">Opgeteld</th>
            </tr>
          </thead>
          <tbody>
            {homes.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td className="num">{n0(p.net)}</td>
                <td className="num">{n0(p.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
