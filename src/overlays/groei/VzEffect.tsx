// Growth against the voorzieningen analysis: per facility type with a distance norm, the share of the scenario's
// new homes beyond it; and the huisarts supply per 10,000 inhabitants now and with the extra inhabitants.
import { useEffect, useState } from 'react';
import type { FacilitiesFile } from '../../../core/contracts/facilities';
import { distanceNorm } from '../../../core/distance/accessibility';
import detourFit from '../../../core/distance/detour-weert.json';
import { type LonLat, shareBeyondNorm, supplyPer10k } from '../../../core/growth/access';
import { formatNumber } from '../../lib/format';
import type { GrowthView } from './engine';

const n0 = (x: number) => formatNumber(Math.round(x), 0);

export function VzEffect({
  view,
  year,
  buurtPoint,
  inhabitants,
  extra,
}: {
  view: GrowthView;
  year: number;
  buurtPoint: (code: string) => LonLat | undefined;
  inhabitants: number | undefined;
  extra: number;
}) {
  const [file, setFile] = useState<FacilitiesFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    import('../voorzieningen/data')
      .then((m) => m.loadFacilities(`${import.meta.env.BASE_URL}data/`))
      .then(
        (f) => alive && setFile(f),
        (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      alive = false;
    };
  }, []);
  if (error) return <p className="legend-warning">{error}</p>;
  if (!file) return <p aria-busy="true">Voorzieningen laden…</p>;
  const rows = file.types.flatMap((t) => {
    const norm = distanceNorm(t);
    if (!t.hasData || !norm) return [];
    const r = shareBeyondNorm(view.scenario.projecten, year, t.points, norm.metres, detourFit.factor, buurtPoint);
    return [{ t, norm, r }];
  });
  const huisarts = file.types.find((t) => t.id === 'huisarts');
  const practices = huisarts?.points.filter((p) => p.in_weert).length ?? 0;
  const supply = inhabitants ? supplyPer10k(practices, inhabitants, extra) : null;
  return (
    <div data-testid="gs-vz">
      <table className="effect-table">
        <caption>Nieuwe woningen (netto, tot en met {year}) verder dan de afstandsnorm</caption>
        <thead>
          <tr>
            <th scope="col">Voorziening</th>
            <th scope="col">Norm</th>
            <th scope="col">Verder weg</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ t, norm, r }) => (
            <tr key={t.id} data-testid={`gs-vz-${t.id}`}>
              <th scope="row">{t.label}</th>
              <td>
                {norm.label} <span className="hint">{'source' in norm ? '(bron)' : '(aanname)'}</span>
              </td>
              <td className="num">
                {r.homes > 0 ? `${formatNumber((r.beyond / r.homes) * 100, 0)}% (${n0(r.beyond)} van ${n0(r.homes)})` : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows[0] && rows[0].r.unplaced > 0 && (
        <p className="hint">
          {n0(rows[0].r.unplaced)} nieuwe woningen hebben nog geen locatie (nog niet toegewezen of buurt onbekend) en tellen hier
          niet mee.
        </p>
      )}
      <p className="hint">
        Afstand: hemelsbreed van de locatie (of het midden van de buurt) tot de dichtstbijzijnde voorziening × omrijfactor{' '}
        {formatNumber(detourFit.factor, 2)} (aanname, zie de voorzieningenlaag).
      </p>
      {supply?.now != null && supply.withGrowth != null && (
        <p data-testid="gs-huisarts-druk">
          Huisartsenpraktijken in Weert: {practices}. Per 10.000 inwoners nu {formatNumber(supply.now, 1)}, met de extra inwoners
          in {year} {formatNumber(supply.withGrowth, 1)} als er geen praktijk bijkomt.
        </p>
      )}
    </div>
  );
}
