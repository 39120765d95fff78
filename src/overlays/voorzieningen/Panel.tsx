// The voorzieningen panel in the sidebar: type, legend in metres, norms with their source or "aanname", the what-if
// controls (map click or keyboard form, remove, undo/redo, reset, export) and the effect per wijk.
import { type MutableRefObject, useId, useState } from 'react';
import type { FacilitiesFile, FacilityTypeOut } from '../../../core/contracts/facilities';
import detourFit from '../../../core/distance/detour-weert.json';
import { downloadBlob } from '../../components/download';
import type { LoadedData } from '../../data/load';
import { compareNl } from '../../lib/collate';
import { areaName } from '../../lib/names';
import { nounCount, verb } from '../../lib/plural';
import type { AppState } from '../../state/app-state';
import { BAND_COLOURS, bandLabels, type FacilityView, nextNewId } from './model';
import type { AreaValue, SurfaceResponse } from './protocol';

interface Props {
  file: FacilitiesFile | null;
  error: string | null;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  data: LoadedData;
  type: FacilityTypeOut | undefined;
  facilities: FacilityView[];
  ignored: AppState['edits'];
  baseline: SurfaceResponse | null;
  current: SurfaceResponse | null;
  adding: boolean;
  setAdding: (b: boolean) => void;
  moving: string | null;
  setMoving: (id: string | null) => void;
  redo: MutableRefObject<AppState['edits']>;
  /** Title of the imported road network, or null: straight-line distance × the detour factor. */
  networkTitle: string | null;
}

const nlNum = (x: number, d = 1) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
const km = (v: AreaValue | undefined) => (v ? `${nlNum(v.meanDistance / 1000)} km` : 'geen inwoners');

export function VoorzieningenPanel(p: Props) {
  const id = useId();
  const { state, update, type, file } = p;
  const [wijk, setWijk] = useState('');
  // Full names ("Wijk 34 Stramproy"): the map shows short ones, a form needs the official name.
  const wijken = p.data.geo.views.wijk.labels.map((l) => ({ ...l, name: areaName(p.data.idx, l.code) }));
  const edits = state.edits;
  const edit = (next: AppState['edits']) => {
    p.redo.current = [];
    update({ edits: next });
  };
  const undo = () => {
    const last = edits[edits.length - 1];
    if (!last) return;
    p.redo.current = [...p.redo.current, last];
    update({ edits: edits.slice(0, -1) });
  };
  const redoOne = () => {
    const next = p.redo.current[p.redo.current.length - 1];
    if (!next) return;
    p.redo.current = p.redo.current.slice(0, -1);
    update({ edits: [...edits, next] });
  };
  // The keyboard route for both adding and moving: the chosen wijk's label point is the new place.
  const placeInWijk = () => {
    const w = wijken.find((l) => l.code === wijk);
    if (!w || !type) return;
    const [lon, lat] = w.lngLat;
    if (p.moving) {
      edit([...edits, { kind: 'move', type: type.id, id: p.moving, lon, lat }]);
      p.setMoving(null);
    } else edit([...edits, { kind: 'add', type: type.id, id: nextNewId(edits), lon, lat }]);
  };
  const unreliable = p.facilities.filter((f) => !f.reliable).length;

  return (
    <section className="overlay-panel" aria-labelledby={`${id}-h`} data-testid="vz-panel">
      <h2 id={`${id}-h`}>Afstand tot voorzieningen</h2>
      {p.error && (
        <p role="alert" className="legend-warning">
          {p.error}
        </p>
      )}
      {!file && !p.error && <p aria-busy="true">Voorzieningen laden…</p>}
      {file && (
        <>
          <div className="field">
            <label htmlFor={`${id}-type`}>Voorziening</label>
            <select
              id={`${id}-type`}
              value={state.facilityType}
              onChange={(e) => {
                p.setAdding(false);
                update({ facilityType: e.target.value });
              }}
            >
              {file.types.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                  {t.hasData ? ` (${t.points.length})` : ' (geen gegevens)'}
                </option>
              ))}
            </select>
          </div>
          {!type && <p className="legend-warning">Onbekende voorziening '{state.facilityType}'.</p>}
          {type && !type.hasData && (
            <p className="hint" data-testid="vz-geen-gegevens">
              Geen gegevens: er is geen openbare lijst met locaties gevonden, en punten worden nooit verzonnen. {type.howToAdd}
            </p>
          )}
          {type?.hasData && (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={state.surface}
                  onChange={(e) => update({ surface: e.target.checked })}
                  data-testid="vz-surface"
                />{' '}
                Afstandsvlak tonen (uit: de gebiedskleuring met alleen de locaties erop)
              </label>
              <p className="hint" data-testid="vz-methode">
                {p.networkTitle
                  ? `Kleur: afstand over het geïmporteerde wegennet (${p.networkTitle})`
                  : `Kleur: hemelsbrede afstand × ${nlNum(detourFit.factor, 2)} (geschatte afstand over de weg; er is geen wegennet ingelezen)`}{' '}
                tot de dichtstbijzijnde {type.label.toLowerCase()}, per vak van 100 m.
              </p>
              <ul className="legend-classes" aria-label="Afstandsklassen">
                {bandLabels().map((l, i) => (
                  <li key={l}>
                    <span
                      className="swatch"
                      aria-hidden="true"
                      style={{ background: `rgb(${(BAND_COLOURS[i] ?? []).join(',')})` }}
                    />
                    <span>{l}</span>
                  </li>
                ))}
              </ul>
              {unreliable > 0 && (
                <p className="legend-warning" data-testid="vz-indicatief">
                  ○ {unreliable} van de {nounCount(p.facilities.length, 'locatie')} {verb(unreliable, 'ligt', 'liggen')} alleen op
                  het midden van hun postcodegebied: afstanden zijn daar indicatief.
                </p>
              )}
              <p className="hint">{file.selection}</p>
              {type.norms.length > 0 && (
                <details>
                  <summary>Normen ({type.norms.length})</summary>
                  <ul>
                    {type.norms.map((n) => (
                      <li key={n.id}>
                        <strong>{n.label}</strong>
                        {n.note ? ` — ${n.note}` : ''} <em>{'source' in n ? `Bron: ${n.source}` : `Aanname: ${n.reason}`}</em>
                      </li>
                    ))}
                  </ul>
                </details>
              )}

              <h3>Wat als?</h3>
              <div className="whatif-buttons">
                <button type="button" aria-pressed={p.adding} onClick={() => p.setAdding(!p.adding)} data-testid="vz-add-mode">
                  {p.adding ? 'Klaar met toevoegen' : `Klik op de kaart om een ${type.label.toLowerCase()} toe te voegen`}
                </button>
              </div>
              <div className="field inline">
                <label htmlFor={`${id}-wijk`}>{p.moving ? 'Of verplaats naar het midden van' : 'Of voeg toe midden in'}</label>
                <select id={`${id}-wijk`} value={wijk} onChange={(e) => setWijk(e.target.value)} data-testid="vz-wijk">
                  <option value="">kies een wijk…</option>
                  {[...wijken]
                    .sort((a, b) => compareNl(a.name, b.name))
                    .map((w) => (
                      <option key={w.code} value={w.code}>
                        {w.name}
                      </option>
                    ))}
                </select>
                <button type="button" onClick={placeInWijk} disabled={!wijk} data-testid="vz-add-wijk">
                  {p.moving ? 'Verplaatsen' : 'Toevoegen'}
                </button>
              </div>
              <div className="whatif-buttons">
                <button type="button" onClick={undo} disabled={edits.length === 0} data-testid="vz-undo">
                  Ongedaan maken
                </button>
                <button type="button" onClick={redoOne} disabled={p.redo.current.length === 0} data-testid="vz-redo">
                  Opnieuw
                </button>
                <button type="button" onClick={() => edit([])} disabled={edits.length === 0}>
                  Alles terugzetten
                </button>
                <button type="button" onClick={() => download(type, p.facilities)}>
                  Exporteer (GeoJSON)
                </button>
              </div>
              {edits.length > 0 && (
                <p className="hint" role="status">
                  {nounCount(edits.length, 'wijziging')}; de link van deze pagina bevat ze (delen kan door de link te kopiëren).
                  {p.ignored.length > 0 &&
                    ` ${nounCount(p.ignored.length, 'wijziging')} uit de link ${verb(p.ignored.length, 'hoort', 'horen')} bij geen bestaande voorziening en ${verb(p.ignored.length, 'is', 'zijn')} genegeerd.`}
                </p>
              )}
              <details>
                <summary>Locaties ({p.facilities.length})</summary>
                <ul className="facility-list">
                  {p.facilities.map((f) => (
                    <li key={f.id}>
                      {f.name}
                      {f.reliable ? '' : ' (locatie onzeker)'}{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => edit([...edits, { kind: 'remove', type: type.id, id: f.id }])}
                        aria-label={`${f.name} verwijderen (wat als)`}
                      >
                        verwijderen
                      </button>{' '}
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={p.moving === f.id}
                        onClick={() => p.setMoving(p.moving === f.id ? null : f.id)}
                        aria-label={`${f.name} verplaatsen: klik daarna op de nieuwe plek op de kaart`}
                      >
                        {p.moving === f.id ? 'klik op de kaart…' : 'verplaatsen'}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
              <EffectTable baseline={p.baseline} current={p.current} wijken={wijken} />
              <details>
                <summary>Hoe is dit berekend?</summary>
                <p>
                  Voor elk vak van 100 bij 100 m in Weert is de hemelsbrede afstand tot de dichtstbijzijnde voorziening berekend
                  en vermenigvuldigd met {nlNum(detourFit.factor, 2)}: de omrijfactor die past bij de CBS-afstanden over de weg
                  naar de huisarts per wijk (2022). Die factor is een aanname: per wijk ligt de verhouding tussen{' '}
                  {nlNum(detourFit.fits.all.ratioMin, 2)} en {nlNum(detourFit.fits.all.ratioMax, 2)}. De inwoners van een buurt
                  (CBS 2024) zijn gelijk over de vakken van die buurt verdeeld: in buitengebieden met een dorpskern is dat te
                  grof. Voorzieningen in België tellen niet mee, net als bij het CBS. Zie docs/voorzieningen-methode.md.
                </p>
              </details>
            </>
          )}
        </>
      )}
    </section>
  );
}

function EffectTable({
  baseline,
  current,
  wijken,
}: {
  baseline: SurfaceResponse | null;
  current: SurfaceResponse | null;
  wijken: Array<{ code: string; name: string }>;
}) {
  if (!baseline) return null;
  const rows = wijken
    .map((w) => ({ ...w, was: baseline.wijken[w.code], nu: (current ?? baseline).wijken[w.code] }))
    .sort((a, b) => compareNl(a.name, b.name));
  return (
    <table className="effect-table" data-testid="vz-effect">
      <caption>Gemiddelde afstand per wijk{current ? ': nu en met de wijzigingen' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Wijk</th>
          <th scope="col">{current ? 'Nu' : 'Afstand'}</th>
          {current && <th scope="col">Met wijziging</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const changed = current && r.was && r.nu && Math.abs(r.was.meanDistance - r.nu.meanDistance) >= 5;
          return (
            <tr key={r.code} data-testid={`vz-wijk-${r.code}`} className={changed ? 'changed' : ''}>
              <th scope="row">{r.name}</th>
              <td className="num was">{km(r.was)}</td>
              {current && <td className="num nu">{km(r.nu)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function download(type: FacilityTypeOut, facilities: FacilityView[]) {
  const fc = {
    type: 'FeatureCollection',
    features: facilities.map((f) => ({
      type: 'Feature',
      properties: { naam: f.name, adres: f.address, locatie_betrouwbaar: f.reliable, herkomst: f.origin },
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
    })),
  };
  downloadBlob(new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }), `${type.id}-wat-als.geojson`);
}
