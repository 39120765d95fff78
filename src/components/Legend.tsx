import { lazy, Suspense } from 'react';
import type { Choropleth } from '../lib/choropleth';
import { classIndex, METHOD_EXPLANATIONS, METHOD_LABELS } from '../lib/classify';
import { type DataIndex, subgroupLabel } from '../lib/data';
import { formatDifference, formatValue } from '../lib/format';
import { LEVEL_NAMES } from '../lib/levels';
import { areaName } from '../lib/names';
import { areaCount } from '../lib/plural';

// Only with a bivariate map (growth overlay): its code loads when first needed.
const BivariateLegend = lazy(() => import('./BivariateLegend').then((m) => ({ default: m.BivariateLegend })));

interface Props {
  choropleth: Choropleth;
  idx: DataIndex;
}

export function Legend({ choropleth: c, idx }: Props) {
  const { entry, state } = c;
  const levelWord = LEVEL_NAMES[state.level].many;
  // The class Weert's own value falls in is marked, so "above or below Weert" reads off the legend.
  const weertClass = c.weert !== undefined && c.classes ? classIndex(c.weert, c.classes.breaks) : undefined;
  const fmt = (v: number | undefined) =>
    c.change && v !== undefined ? formatDifference(v, entry.unit, entry.decimals) : formatValue(v, entry.unit, entry.decimals);
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title">
        {c.bivariate
          ? `${entry.label} × ${c.bivariate.y.entry.label.toLowerCase()}`
          : c.change?.versus
            ? `Verschil in ${entry.label.toLowerCase()}`
            : c.change
              ? `Verandering in ${entry.label.toLowerCase()}`
              : entry.label}
      </h2>
      {c.bivariate && (
        <Suspense fallback={null}>
          <BivariateLegend info={c.bivariate} levelWord={levelWord} />
        </Suspense>
      )}
      <p className="legend-meta" hidden={c.bivariate !== undefined}>
        {subgroupLabel(state.subgroup)} ·{' '}
        {c.change?.versus
          ? `${state.year}: ${c.change.versus}`
          : c.change
            ? `${c.change.fromYear} → ${c.change.toYear}`
            : state.year}{' '}
        · eenheid:{' '}
        {entry.unit === '%'
          ? c.change
            ? 'procentpunt (het verschil tussen twee percentages: van 10% naar 12% is +2 procentpunt)'
            : 'procent'
          : entry.unit}
      </p>
      {c.pooledYears && (
        <p className="hint" data-testid="pooled-years">
          Klassen over {c.pooledYears.join(' en ')} samen: dezelfde kleur is dezelfde waarde op beide kaarten. Aantallen per
          klasse gelden voor {state.year}.
        </p>
      )}
      {c.change?.boundaryWarning && (
        <p className="legend-warning" data-testid="boundary-warning">
          {c.change.boundaryWarning}
        </p>
      )}
      {entry.measure === 'count' && (
        <p className="legend-warning">Let op: dit zijn absolute aantallen; grote gebieden kleuren daardoor donkerder.</p>
      )}
      <ul
        className="legend-classes"
        hidden={c.bivariate !== undefined}
        aria-label={`Klassen (${METHOD_LABELS[state.method].toLowerCase()})`}
      >
        {c.legend.map((l, i) => (
          <li key={l.label}>
            <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
            <span>
              {l.label}
              {i === weertClass && (
                <strong className="weert-mark" data-testid="legend-weert">
                  {' '}
                  ◂ Weert
                </strong>
              )}
            </span>
            <span className="count">{areaCount(l.count, state.level)}</span>
          </li>
        ))}
        <li>
          <span className="swatch nodata" aria-hidden="true" />
          <span>
            geen gegevens
            {c.suppressed.length > 0 && (
              <span className="count"> (waarvan {c.suppressed.length} afgeschermd: te weinig inwoners om te tonen)</span>
            )}
          </span>
          <span className="count">{areaCount(c.noDataCount, state.level)}</span>
        </li>
      </ul>
      <p className="legend-method">
        {c.change
          ? 'Kleuren rond “geen verandering”: hoe sterker de kleur, hoe groter de verandering.'
          : `${METHOD_LABELS[state.method]}: ${METHOD_EXPLANATIONS[state.method]}`}
      </p>
      {c.methodNote && <p className="legend-warning">{c.methodNote}</p>}
      {state.method === 'relative' && (
        <p className="legend-method">
          {entry.polarity === 'neutral'
            ? `Oranje: ${c.change ? 'gedaald' : 'lager dan Weert'}, paars: ${c.change ? 'gestegen' : 'hoger dan Weert'}.`
            : `Blauw: ${c.change ? 'verbeterd' : 'gunstiger dan Weert'}, rood: ${c.change ? 'verslechterd' : 'ongunstiger dan Weert'}.`}
        </p>
      )}
      <dl className="legend-refs">
        <dt>Gemeente Weert</dt>
        <dd data-testid="ref-weert">{fmt(c.weert)}</dd>
        <dt>Nederland</dt>
        <dd>{c.nl === undefined ? 'niet in de bron' : fmt(c.nl)}</dd>
      </dl>
      <p className="legend-source">
        Bron: {entry.source.publisher}, {c.source} ({entry.source.licence}). {entry.referencePeriod}
      </p>
      {c.method && (
        <p className="legend-method" data-testid="aggregation-method">
          Samengesteld uit buurten: {c.method}.
          {Object.keys(c.incomplete).length > 0 &&
            ` Onvolledig (buurten zonder gegevens): ${Object.entries(c.incomplete)
              .map(([code, members]) => `${areaName(idx, code)} mist ${members.map((m) => areaName(idx, m)).join(', ')}`)
              .join('; ')}.`}
        </p>
      )}
      {entry.status === 'concept' && (
        <p className="legend-warning">Concept: de beschrijving van deze geïmporteerde indicator is nog niet aangevuld.</p>
      )}
      {entry.caveat && <p className="legend-caveat">{entry.caveat}</p>}
    </section>
  );
}
