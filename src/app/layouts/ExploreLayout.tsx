// Today's layout: controls and legend beside the map, a table view, and an area profile. It only composes: state
// comes from useAppState, derived values from pure functions, the map from MapView and its children.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Series } from '../../../core/contracts/data';
import { AreaPicker } from '../../components/AreaPicker';
import { Controls } from '../../components/Controls';
import { InternBanner } from '../../components/InternBanner';
import { Legend } from '../../components/Legend';
import { MapKey } from '../../components/MapKey';
import { Notices } from '../../components/Notices';
import { RankedBars } from '../../components/RankedBars';
import type { LoadedData } from '../../data/load';
import type { Choropleth } from '../../lib/choropleth';
import { subgroupLabel, withOverrides, withSeries } from '../../lib/data';
import { deriveHeadline } from '../../lib/headline';
import { allYears, mapFiles } from '../../lib/indicator-files';
import { LEVEL_NAMES } from '../../lib/levels';
import { areaOptions } from '../../lib/names';
import { countColumn, ratesPer1000, withRates } from '../../lib/rates';
import { afterFirstMap } from '../../map/AreaLayer';
import type { CameraView } from '../../map/camera';
import { PDOK_ATTRIBUTION } from '../../map/style/builders';
import { createMapSync } from '../../map/sync';
import { THEMES } from '../../map/theme';
import { isGrowthId, useGrowth } from '../../overlays/groei/useGrowth';
import { type AppState, type CameraState, resolveState, VIEW_MODES, type ViewMode } from '../../state/app-state';
import { ChoroplethMap } from '../ChoroplethMap';
import { cameraFor } from '../cameraFor';
import { useAfterFirstMap } from '../useAfterFirstMap';
import { useAppState } from '../useAppState';
import { useBaseGroups } from '../useBaseGroups';
import { useIndicatorFiles } from '../useIndicatorFiles';
import { PHONE_QUERY, useMediaQuery } from '../useMediaQuery';
import { useProfileSelection } from '../useProfileSelection';
import { useShownChoropleths } from '../useShownChoropleths';

// Not needed for the first map: loaded when first opened.
const Profile = lazy(() => import('../../components/Profile').then((m) => ({ default: m.Profile })));
const Voorzieningen = lazy(() => import('../../overlays/voorzieningen/Voorzieningen'));
const Groei = lazy(() => import('../../overlays/groei/Groei'));
// Below the fold or behind a button: loaded once the first map is on screen (useAfterFirstMap).
const ExportMenu = lazy(() => import('../../components/ExportMenu').then((m) => ({ default: m.ExportMenu })));
const SiteFooter = lazy(() => import('../../components/SiteFooter').then((m) => ({ default: m.SiteFooter })));
const GrowthLocations = lazy(() => import('../../overlays/groei/LocationLayer'));
const DataTable = lazy(() => import('../../components/DataTable').then((m) => ({ default: m.DataTable })));
const PresentationKeys = lazy(() => import('../PresentationKeys'));

const VIEW_LABELS: Record<ViewMode, string> = { kaart: 'Kaart', naast: 'Twee jaren', tabel: 'Tabel' };

/** What the colours mean, above the map (on a phone the legend is further down). */
function mapCaption(c: Choropleth, state: AppState, whatIf: boolean): string {
  const label = c.change?.versus
    ? `Verschil in ${c.entry.label.toLowerCase()} (${c.change.versus})`
    : c.change
      ? `Verandering in ${c.entry.label.toLowerCase()}`
      : c.bivariate
        ? `${c.entry.label} × ${c.bivariate.y.entry.label.toLowerCase()}`
        : c.entry.label;
  const when = c.change && !c.change.versus ? `${c.change.fromYear}–${c.change.toYear}` : String(state.year);
  return `${label} · ${subgroupLabel(state.subgroup).toLowerCase()} · ${when} · bron: ${c.entry.source.publisher.split(' – ')[0]}${whatIf ? ' · wat als: niet de gepubliceerde waarden' : ''}`;
}

const MAP_ARIA = 'Kaart van Weert; gebruik de pijltjestoetsen om te schuiven en + en − om te zoomen';

export function ExploreLayout({ data }: { data: LoadedData }) {
  const { geo } = data;
  const idxRef = useRef(data.idx);
  const { state, notices, update } = useAppState(idxRef);
  const mapShown = useAfterFirstMap();
  // Tiled (national) layout: each indicator and year is its own file, loaded when shown; the indicator's other years
  // (its trend) follow, and an open profile loads all. Until the map's files are there the map keeps showing the
  // previous state, so a switch never flashes grey.
  const tiled = Boolean(data.tiled);
  const files = useIndicatorFiles(
    data,
    mapFiles(data.idx, state),
    // Not before the first map is painted: they would compete with it.
    tiled && mapShown
      ? allYears(data.idx, state.selected ? data.idx.catalogue.indicators.map((i) => i.id) : [state.indicator])
      : [],
  );
  // The files of a choice the user is about to make (see Controls' onIntent) start loading now.
  const onIntent = useCallback(
    (patch: Partial<AppState>) => {
      if (tiled)
        for (const f of mapFiles(data.idx, resolveState({ ...state, ...patch }, data.idx, false).state)) files.prefetch(f);
    },
    [tiled, data.idx, state, files.prefetch],
  );
  const lastShown = useRef(state);
  if (files.ready) lastShown.current = state;
  const shown = lastShown.current;
  // Growth scenarios: their outcomes are indicators (GS_*) computed here from the scenario and its edits.
  const growth = useGrowth(data, state);
  const loadedIdx = files.idx;
  const growthIdx = useMemo(
    () => (growth.a ? withSeries(loadedIdx, growth.a.series, growth.a.entries) : loadedIdx),
    [loadedIdx, growth.a],
  );
  idxRef.current = growthIdx;
  const idxB = useMemo(() => (growth.b ? withSeries(loadedIdx, growth.b.series, growth.b.entries) : null), [loadedIdx, growth.b]);
  // What-if values of computed indicators (voorzieningen overlay) replace the published ones while it is on.
  const [overrides, setOverrides] = useState<Series[] | null>(null);
  const plainIdx = useMemo(() => (overrides ? withOverrides(growthIdx, overrides) : growthIdx), [growthIdx, overrides]);
  // A count per 1.000 inwoners: the count's series become rates, so every view below shows the rate.
  const idx = useMemo(
    () => (state.per1000 ? withRates(plainIdx, state.indicator) : plainIdx),
    [plainIdx, state.per1000, state.indicator],
  );
  // Switching the growth overlay on shows its main indicator once the scenarios are there.
  const showGrowthOnLoad = useRef(false);
  useEffect(() => {
    if (!showGrowthOnLoad.current || !growth.a) return;
    showGrowthOnLoad.current = false;
    // Natural breaks: most buurten have no new homes, and quantiles would put them in several classes of zero.
    update({
      indicator: 'GS_GROEI',
      subgroup: 'totaal',
      year: growth.a.scenario.doel.eindjaar,
      compareYear: null,
      method: 'ckmeans',
    });
  }, [growth.a, update]);
  // Presentation mode is for a projector. A presentation link opened on a phone shows the phone layout (its legend
  // would cover the map, and the phone has no keys to leave it); the link itself keeps the setting.
  const phone = useMediaQuery(PHONE_QUERY);
  const presenting = state.presentation && !phone;
  // Presentation mode uses the projector theme: labels of 18 px and thicker lines.
  const theme = THEMES[presenting ? 'projector' : state.theme];
  const { groups: baseGroups, base } = useBaseGroups(theme, geo.context);

  const { shapes, codes: areaCodes, labels } = geo.views[shown.level];
  const { choropleth, sideChoropleth, sideYear, sideScenario, scenarioB } = useShownChoropleths(
    idx,
    idxB,
    growth,
    shown,
    areaCodes,
  );
  const sideLabel = sideScenario ? sideScenario.view.scenario.naam : String(sideYear);
  const areaName = idx.areaName;
  // On the names map, not the index: loading an indicator file must not re-sort 14,000 names (national layout).
  const pickerAreas = useMemo(() => areaOptions({ areaName }, areaCodes), [areaName, areaCodes]);
  const headline = useMemo(() => deriveHeadline(choropleth), [choropleth]);
  const sync = useMemo(() => createMapSync(), []);
  const whatIf = overrides?.some((s) => s.indicator === state.indicator) ?? false;
  const [panelSlot, setPanelSlot] = useState<HTMLDivElement | null>(null);

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
  const { select, selectedByUser } = useProfileSelection(state.selected, update);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const mapProps = {
    areas: shapes,
    labels,
    gemeente: geo.gemeente,
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
    <div className={`app ${state.selected ? 'has-profile' : ''} ${presenting ? 'presenting' : ''}`}>
      <a className="skip-link" href="#kaart">
        Naar de kaart
      </a>
      <header className="app-header">
        <h1>Sociale Staat van Weert</h1>
        <p className="subtitle">Sociale indicatoren per wijk en buurt</p>
        <button
          type="button"
          className="presentation-toggle"
          aria-pressed={presenting}
          onClick={() => update({ presentation: !presenting })}
          data-testid="presentation-toggle"
        >
          {presenting ? 'Presentatie sluiten' : 'Presentatie'}
        </button>
        <InternBanner publication={data.idx.catalogue.publication} />
      </header>
      {presenting && (
        <Suspense fallback={null}>
          <PresentationKeys idx={idx} state={state} update={update} />
        </Suspense>
      )}
      {/* Phone: the settings fold away under the map (the key on the map says what the colours mean). */}
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={settingsOpen}
        aria-controls="instellingen"
        onClick={() => setSettingsOpen(!settingsOpen)}
        data-testid="settings-toggle"
      >
        {settingsOpen ? 'Instellingen verbergen' : 'Instellingen, legenda en lagen'}
      </button>
      <aside id="instellingen" className={`sidebar ${settingsOpen ? 'open' : ''}`} aria-labelledby="instellingen-kop">
        <h2 id="instellingen-kop" className="visually-hidden">
          Instellingen
        </h2>
        <Controls idx={plainIdx} state={state} update={update} onIntent={onIntent} />
        <Legend choropleth={choropleth} idx={idx} />
        {!choropleth.bivariate && <RankedBars choropleth={choropleth} headline={headline} onSelect={select} />}
        <div className="overlay-toggle">
          <label>
            <input
              type="checkbox"
              checked={state.overlay === 'voorzieningen'}
              disabled={tiled}
              onChange={(e) => update({ overlay: e.target.checked ? 'voorzieningen' : null })}
              data-testid="vz-toggle"
            />{' '}
            Afstand tot voorzieningen tonen
          </label>
          <label>
            <input
              type="checkbox"
              checked={state.overlay === 'groei'}
              disabled={tiled}
              onChange={(e) => {
                showGrowthOnLoad.current = e.target.checked && !isGrowthId(state.indicator);
                update({ overlay: e.target.checked ? 'groei' : null });
              }}
              data-testid="gs-toggle"
            />{' '}
            Groeiscenario’s tonen (woningbouw tot 2040)
          </label>
          {tiled && (
            <p className="hint" data-testid="overlays-tiled">
              Niet beschikbaar bij landelijke gegevens (vectortegels): deze lagen hebben de volledige gebiedsgrenzen nodig.
            </p>
          )}
        </div>
        {/* The overlay (a map child, loaded on first use) renders its panel here. */}
        <div ref={setPanelSlot} />
      </aside>
      <main className="main" aria-labelledby="kaart-kop">
        <h2 id="kaart-kop" className="visually-hidden">
          {state.view === 'tabel' ? 'Tabel' : 'Kaart'}
        </h2>
        <Notices notices={[...lateNotices, ...notices, ...(files.error ? [files.error] : [])]} />
        {!choropleth.bivariate && (
          <p className="headline" data-testid="headline">
            {headline.text}
          </p>
        )}
        <div className="view-row">
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
                {v === 'naast' && scenarioB ? 'Twee scenario’s' : VIEW_LABELS[v]}
              </button>
            ))}
          </div>
          {mapShown && (
            <Suspense fallback={null}>
              <ExportMenu choropleth={choropleth} idx={idx} state={state} geo={geo} camera={camera} />
            </Suspense>
          )}
          <AreaPicker
            areas={pickerAreas}
            selected={state.selected}
            onSelect={select}
            levelWord={LEVEL_NAMES[state.level].one.split(' ')[0]?.toLowerCase() ?? 'gebied'}
          />
        </div>
        <div
          id="kaart"
          tabIndex={-1}
          className={`map-wrap ${sideChoropleth ? 'side-by-side' : ''}`}
          hidden={state.view === 'tabel'}
        >
          {/* On a phone, map and key on one screen; in presentation mode the full legend lies over the map. */}
          {presenting ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            <div className="legend-overlay" tabIndex={0}>
              <Legend choropleth={choropleth} idx={idx} />
            </div>
          ) : (
            <MapKey choropleth={choropleth} />
          )}
          {state.view === 'naast' && sideYear === null && !sideScenario && (
            <p className="hint" role="status">
              {choropleth.entry.label} heeft maar één jaar op dit niveau: er is niets om naast elkaar te zetten.
            </p>
          )}
          {sideChoropleth && (
            <ChoroplethMap
              {...mapProps}
              id="vergelijk"
              testId="side-map"
              caption={`${sideChoropleth.entry.label} · ${subgroupLabel(shown.subgroup).toLowerCase()} · ${sideScenario ? `${shown.year} · ${sideLabel}` : sideLabel}`}
              choropleth={sideChoropleth}
              attribution=""
              ariaLabel={`${MAP_ARIA} (${sideLabel})`}
            >
              {/* Two scenarios side by side: the second map shows its own scenario's locations, like the first. */}
              {sideScenario && state.overlay === 'groei' && (
                <Suspense fallback={null}>
                  <GrowthLocations id="groei-b" view={sideScenario.view} year={state.year} buurtLabels={geo.views.buurt.labels} />
                </Suspense>
              )}
            </ChoroplethMap>
          )}
          {/* What the colours mean stays visible above the map, also on a phone where the legend is further down. */}
          <ChoroplethMap
            {...mapProps}
            id="hoofd"
            captionTestId="map-caption"
            caption={mapCaption(choropleth, shown, whatIf || (isGrowthId(shown.indicator) && shown.growthEdits.length > 0))}
            choropleth={choropleth}
            attribution={base ? PDOK_ATTRIBUTION : ''}
            ariaLabel={MAP_ARIA}
          >
            {state.overlay === 'voorzieningen' && !tiled && (
              <Suspense fallback={null}>
                <Voorzieningen state={state} update={update} data={data} panelSlot={panelSlot} onSeries={setOverrides} />
              </Suspense>
            )}
            {state.overlay === 'groei' && !tiled && (
              <Suspense fallback={null}>
                <Groei state={state} update={update} data={data} idx={idx} growth={growth} panelSlot={panelSlot} />
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
              rates={ratesPer1000(idx, choropleth)}
              counts={countColumn(plainIdx, choropleth)}
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
            onCompareArea={(compareArea) => update({ compareArea })}
          />
        </Suspense>
      )}
      {mapShown && (
        <Suspense fallback={null}>
          <SiteFooter catalogue={data.idx.catalogue} extraAttribution={base ? [PDOK_ATTRIBUTION] : []} />
        </Suspense>
      )}
    </div>
  );
}
