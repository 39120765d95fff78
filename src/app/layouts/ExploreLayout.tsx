// Today's layout: controls and legend beside the map, a table view, and an area profile. It only composes: state
// comes from useAppState, derived values from pure functions, the map from MapView and its children.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Series } from '../../../core/contracts/data';
import { Controls } from '../../components/Controls';
import { InternBanner } from '../../components/InternBanner';
import { Legend } from '../../components/Legend';
import { Notices } from '../../components/Notices';
import type { LoadedData } from '../../data/load';
import { deriveChoropleth } from '../../lib/choropleth';
import { type DataIndex, subgroupLabel, withOverrides, yearsFor } from '../../lib/data';
import { afterFirstMap } from '../../map/AreaLayer';
import type { CameraView } from '../../map/camera';
import { outlineGroup, PDOK_ATTRIBUTION } from '../../map/style/builders';
import { createMapSync } from '../../map/sync';
import { THEMES } from '../../map/theme';
import { type AppState, type CameraState, VIEW_MODES, type ViewMode } from '../../state/app-state';
import { ChoroplethMap } from '../ChoroplethMap';
import { cameraFor } from '../cameraFor';
import { useAppState } from '../useAppState';
import { useBaseGroups } from '../useBaseGroups';

// Not needed for the first map: loaded when first opened.
const Profile = lazy(() => import('../../components/Profile').then((m) => ({ default: m.Profile })));
const Voorzieningen = lazy(() => import('../../overlays/voorzieningen/Voorzieningen'));
const DataTable = lazy(() => import('../../components/DataTable').then((m) => ({ default: m.DataTable })));

const VIEW_LABELS: Record<ViewMode, string> = { kaart: 'Kaart', naast: 'Twee jaren', tabel: 'Tabel' };

/** The year shown beside the current one: the chosen comparison year, else the one before, else the one after. */
function otherYear(idx: DataIndex, state: AppState): number | null {
  const entry = idx.indicators.get(state.indicator);
  const years = entry ? yearsFor(entry, state.level, state.subgroup) : [];
  if (state.compareYear !== null && state.compareYear !== state.year && years.includes(state.compareYear))
    return state.compareYear;
  const i = years.indexOf(state.year);
  return years[i - 1] ?? years[i + 1] ?? null;
}

const MAP_ARIA = 'Kaart van Weert; gebruik de pijltjestoetsen om te schuiven en + en − om te zoomen';

export function ExploreLayout({ data }: { data: LoadedData }) {
  const { geo } = data;
  const { state, notices, update } = useAppState(data.idx);
  // What-if values of computed indicators (voorzieningen overlay) replace the published ones while it is on.
  const [overrides, setOverrides] = useState<Series[] | null>(null);
  const idx = useMemo(() => (overrides ? withOverrides(data.idx, overrides) : data.idx), [data.idx, overrides]);
  const theme = THEMES[state.theme];
  const { groups: baseGroups, base } = useBaseGroups(theme, geo.context);

  const { areas, labels } = geo.views[state.level];
  const areaCodes = useMemo(() => areas.features.map((f) => f.properties.code), [areas]);
  // Side by side: the other year on a second, synchronised map, both classified over both years.
  const sideYear = state.view === 'naast' ? otherYear(idx, state) : null;
  const choropleth = useMemo(
    () =>
      sideYear === null
        ? deriveChoropleth(idx, state, areaCodes)
        : deriveChoropleth(idx, { ...state, compareYear: null }, areaCodes, { poolYears: [sideYear] }),
    [idx, state, areaCodes, sideYear],
  );
  const sideChoropleth = useMemo(
    () =>
      sideYear === null
        ? null
        : deriveChoropleth(idx, { ...state, year: sideYear, compareYear: null }, areaCodes, { poolYears: [state.year] }),
    [idx, state, areaCodes, sideYear],
  );
  const sync = useMemo(() => createMapSync(), []);
  const whatIf = overrides?.some((s) => s.indicator === state.indicator) ?? false;
  const [panelSlot, setPanelSlot] = useState<HTMLDivElement | null>(null);
  const outline = useMemo(() => outlineGroup(theme, geo.gemeente), [theme, geo.gemeente]);

  const [userView, setUserView] = useState<CameraState | null>(null);
  const camera = cameraFor(state, geo, userView);
  const onCameraChange = useCallback(
    (v: CameraView) => {
      const view: CameraState = { kind: 'view', center: v.center, zoom: v.zoom, bearing: v.bearing ?? 0 };
      setUserView(view);
      update({ camera: view });
    },
    [update],
  );
  // A profile opened by a click or tap scrolls into view (on a phone it sits below the map); one from a link does not.
  const [selectedByUser, setSelectedByUser] = useState(false);
  const select = useCallback(
    (code: string | null) => {
      setSelectedByUser(code !== null);
      update({ selected: code });
    },
    [update],
  );
  const mapProps = {
    areas,
    labels,
    outline,
    theme,
    baseGroups,
    camera,
    onCameraChange,
    sync,
    selected: state.selected,
    onSelect: select,
  };

  // The full catalogue schema check waits until the first map is there; problems become notices, never a blank page.
  const [lateNotices, setLateNotices] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    const cancel = afterFirstMap(() => {
      import('../../data/catalogue-check').then(
        ({ checkCatalogue }) => alive && setLateNotices(checkCatalogue(data.idx.catalogue)),
      );
    });
    return () => {
      alive = false;
      cancel();
    };
  }, [data.idx]);

  return (
    <div className={`app ${state.selected ? 'has-profile' : ''}`}>
      <header className="app-header">
        <h1>Sociale Staat van Weert</h1>
        <p className="subtitle">Sociale indicatoren per wijk en buurt</p>
        <InternBanner publication={data.idx.catalogue.publication} />
      </header>
      <aside className="sidebar" aria-label="Kaartinstellingen en legenda">
        <Controls idx={idx} state={state} update={update} />
        <Legend choropleth={choropleth} idx={idx} />
        <div className="overlay-toggle">
          <label>
            <input
              type="checkbox"
              checked={state.overlay === 'voorzieningen'}
              onChange={(e) => update({ overlay: e.target.checked ? 'voorzieningen' : null })}
              data-testid="vz-toggle"
            />{' '}
            Afstand tot voorzieningen tonen
          </label>
        </div>
        {/* The overlay (a map child, loaded on first use) renders its panel here. */}
        <div ref={setPanelSlot} />
      </aside>
      <main className="main" aria-label="Kaart en tabel">
        <Notices notices={[...lateNotices, ...notices]} />
        <div className="view-tabs" role="tablist" aria-label="Weergave">
          {VIEW_MODES.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={state.view === v}
              className={state.view === v ? 'active' : ''}
              onClick={() => update({ view: v })}
            >
              {VIEW_LABELS[v]}
            </button>
          ))}
        </div>
        <div className={`map-wrap ${sideChoropleth ? 'side-by-side' : ''}`} hidden={state.view === 'tabel'}>
          {state.view === 'naast' && sideYear === null && (
            <p className="hint" role="status">
              {choropleth.entry.label} heeft maar één jaar op dit niveau: er is niets om naast elkaar te zetten.
            </p>
          )}
          {sideChoropleth && (
            <ChoroplethMap
              {...mapProps}
              id="vergelijk"
              testId="side-map"
              caption={`${sideChoropleth.entry.label} · ${subgroupLabel(state.subgroup).toLowerCase()} · ${sideYear}`}
              choropleth={sideChoropleth}
              attribution=""
              ariaLabel={`${MAP_ARIA} (${sideYear})`}
            />
          )}
          {/* What the colours mean stays visible above the map, also on a phone where the legend is further down. */}
          <ChoroplethMap
            {...mapProps}
            id="hoofd"
            captionTestId="map-caption"
            caption={`${choropleth.change ? `Verandering in ${choropleth.entry.label.toLowerCase()}` : choropleth.entry.label} · ${subgroupLabel(state.subgroup).toLowerCase()} · ${choropleth.change ? `${choropleth.change.fromYear}–${choropleth.change.toYear}` : state.year} · bron: ${choropleth.entry.source.publisher.split(' – ')[0]}${whatIf ? ' · wat als: niet de gepubliceerde waarden' : ''}`}
            choropleth={choropleth}
            attribution={base ? PDOK_ATTRIBUTION : ''}
            ariaLabel={MAP_ARIA}
          >
            {state.overlay === 'voorzieningen' && (
              <Suspense fallback={null}>
                <Voorzieningen state={state} update={update} data={data} panelSlot={panelSlot} onSeries={setOverrides} />
              </Suspense>
            )}
          </ChoroplethMap>
        </div>
        {state.view === 'tabel' && (
          <Suspense fallback={<p aria-busy="true">Tabel laden…</p>}>
            <DataTable
              choropleth={choropleth}
              selected={state.selected}
              onSelect={select}
              sort={state.tableSort}
              onSort={(tableSort) => update({ tableSort })}
            />
          </Suspense>
        )}
      </main>
      {state.selected && (
        <Suspense fallback={<aside className="profile" aria-busy="true" />}>
          <Profile
            idx={idx}
            state={state}
            code={state.selected}
            onClose={() => select(null)}
            onPickIndicator={(id) => update({ indicator: id })}
            onZoom={() => state.selected && update({ camera: { kind: 'area', code: state.selected } })}
            openedByUser={selectedByUser}
          />
        </Suspense>
      )}
      <footer className="app-footer">
        <details>
          <summary>Over de gegevens en bronnen</summary>
          <ul>
            {idx.catalogue.attribution.map((a) => (
              <li key={a}>{a}</li>
            ))}
            {base && <li>{PDOK_ATTRIBUTION}</li>}
          </ul>
          <p>
            Ontbrekende of geheime waarden (CBS: “.”) worden als “geen gegevens” getoond, nooit als 0. Gezondheidscijfers zijn
            modelmatige schattingen van het RIVM.
          </p>
        </details>
      </footer>
    </div>
  );
}
