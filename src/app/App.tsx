import { useCallback, useEffect, useMemo, useState } from 'react';
import { Controls } from '../components/Controls';
import { DataTable } from '../components/DataTable';
import { Legend } from '../components/Legend';
import { Notices } from '../components/Notices';
import { Profile } from '../components/Profile';
import { Tooltip } from '../components/Tooltip';
import type { LoadedData } from '../data/load';
import { deriveChoropleth } from '../lib/choropleth';
import { subgroupLabel } from '../lib/data';
import { type AppState, parseUrl, resolveState, toUrl } from '../lib/state';
import { basemapWanted, loadPdokBase } from '../map/basemap';
import { type HoverInfo, MapView } from '../map/MapView';
import { type BaseStyle, PDOK_ATTRIBUTION, toMapStyle } from '../map/spec';
import { useLoadedData } from './useLoadedData';

export function App() {
  const load = useLoadedData();
  if (load.status === 'loading') {
    return (
      <main className="status" aria-busy="true">
        <p>De gegevens worden geladen…</p>
      </main>
    );
  }
  if (load.status === 'error') {
    return (
      <main className="status" role="alert">
        <h1>De kaartviewer kon niet starten</h1>
        <p>{load.message}</p>
        <p>Probeer de pagina opnieuw te laden. Blijft dit gebeuren, neem dan contact op met de beheerder.</p>
      </main>
    );
  }
  return <Viewer data={load.data} />;
}

function initialState(data: LoadedData) {
  const { partial, notices } = parseUrl(window.location.search);
  const r = resolveState(partial, data.idx);
  return { state: r.state, notices: [...notices, ...r.notices] };
}

function Viewer({ data }: { data: LoadedData }) {
  const { idx, geo } = data;
  const [{ state, notices }, setResolved] = useState(() => initialState(data));
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [base, setBase] = useState<BaseStyle | null>(null);

  const update = useCallback(
    (patch: Partial<AppState>) =>
      setResolved((prev) => {
        const r = resolveState({ ...prev.state, ...patch }, idx, false);
        return { state: r.state, notices: r.notices };
      }),
    [idx],
  );

  useEffect(() => {
    const url = `${toUrl(state)}${window.location.search.includes('basemap=offline') ? '&basemap=offline' : ''}`;
    window.history.replaceState(null, '', url);
  }, [state]);

  useEffect(() => {
    if (!basemapWanted(window.location.search)) return;
    let alive = true;
    loadPdokBase().then((b) => alive && setBase(b));
    return () => {
      alive = false;
    };
  }, []);

  const { areas, bbox: areasBbox, labels } = geo.views[state.level];
  const areaCodes = useMemo(() => areas.features.map((f) => f.properties.code), [areas]);
  const choropleth = useMemo(() => deriveChoropleth(idx, state, areaCodes), [idx, state, areaCodes]);
  const style = useMemo(
    () =>
      toMapStyle({ choropleth, geo: { areas, gemeente: geo.gemeente, context: geo.context }, selected: state.selected, base }),
    [choropleth, areas, geo, state.selected, base],
  );
  const attribution = base ? PDOK_ATTRIBUTION : '';
  const select = useCallback((code: string | null) => update({ selected: code }), [update]);

  return (
    <div className={`app ${state.selected ? 'has-profile' : ''}`}>
      <header className="app-header">
        <h1>Sociale Staat van Weert</h1>
        <p className="subtitle">Sociale indicatoren per wijk en buurt</p>
      </header>
      <aside className="sidebar" aria-label="Kaartinstellingen en legenda">
        <Controls idx={idx} state={state} update={update} />
        <Legend choropleth={choropleth} idx={idx} />
      </aside>
      <main className="main" aria-label="Kaart en tabel">
        <Notices notices={notices} />
        <div className="view-tabs" role="tablist" aria-label="Weergave">
          {(['kaart', 'tabel'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={state.view === v}
              className={state.view === v ? 'active' : ''}
              onClick={() => update({ view: v })}
            >
              {v === 'kaart' ? 'Kaart' : 'Tabel'}
            </button>
          ))}
        </div>
        <div className="map-wrap" hidden={state.view !== 'kaart'}>
          {/* What the colours mean stays visible above the map, also on a phone where the legend is further down. */}
          <p className="map-caption" data-testid="map-caption">
            {choropleth.change ? `Verandering in ${choropleth.entry.label.toLowerCase()}` : choropleth.entry.label} ·{' '}
            {subgroupLabel(state.subgroup).toLowerCase()} ·{' '}
            {choropleth.change ? `${choropleth.change.fromYear}–${choropleth.change.toYear}` : state.year} · bron:{' '}
            {choropleth.entry.source.publisher.split(' – ')[0]}
          </p>
          <MapView
            style={style}
            bbox={areasBbox}
            labels={labels}
            attribution={attribution}
            onHover={setHover}
            onSelect={select}
          />
          {hover && <Tooltip hover={hover} choropleth={choropleth} />}
        </div>
        {state.view === 'tabel' && <DataTable choropleth={choropleth} selected={state.selected} onSelect={select} />}
      </main>
      {state.selected && (
        <Profile
          idx={idx}
          state={state}
          code={state.selected}
          onClose={() => select(null)}
          onPickIndicator={(id) => update({ indicator: id })}
        />
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
