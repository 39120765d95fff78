// Test page (browser-test build only): an overlay child on the map, a second synchronised map, a controlled camera.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { lazy, StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import { fetchSource, type LoadedData, loadData } from '../data/load';
import { deriveChoropleth } from '../lib/choropleth';
import { AreaLayer } from '../map/AreaLayer';
import { fitTarget } from '../map/camera';
import { Group } from '../map/Group';
import { MapView } from '../map/MapView';
import { backgroundGroup, contextGroup } from '../map/style/builders';
import type { LayerGroup } from '../map/style/groups';
import { areaStates } from '../map/style/paint';
import { createMapSync } from '../map/sync';
import { STANDARD_THEME } from '../map/theme';
import { resolveState } from '../state/app-state';

setWorkerUrl(workerUrl);
const LabelPointsOverlay = lazy(() => import('../map/overlays/LabelPointsOverlay'));

/** A plain maplibre overlay group: one circle per wijk label point, in the 'overlay' slot above the areas. */
function pointsGroup(data: LoadedData): LayerGroup {
  return {
    id: 'overlay-punten',
    slot: 'overlay',
    sources: {
      'overlay-punten': {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: data.geo.views.wijk.labels.map((l) => ({
            type: 'Feature',
            properties: { code: l.code },
            geometry: { type: 'Point', coordinates: l.lngLat },
          })),
        },
      },
    },
    layers: [
      {
        id: 'overlay-punten',
        type: 'circle',
        source: 'overlay-punten',
        paint: { 'circle-radius': 6, 'circle-color': '#c00000' },
      },
    ],
  };
}

function Harness({ data }: { data: LoadedData }) {
  const theme = STANDARD_THEME;
  const sync = useMemo(() => createMapSync(), []);
  const base = useMemo(() => [backgroundGroup(STANDARD_THEME), contextGroup(STANDARD_THEME, data.geo.context, false)], [data]);
  const state = useMemo(() => resolveState({ indicator: 'Eenzaam' }, data.idx).state, [data]);
  const areas = data.geo.views.wijk.areas;
  const states = useMemo(
    () =>
      areaStates(
        deriveChoropleth(
          data.idx,
          state,
          areas.features.map((f) => f.properties.code),
        ),
      ),
    [data, state, areas],
  );
  const points = useMemo(() => pointsGroup(data), [data]);
  const overlay = new URLSearchParams(window.location.search).get('overlay') !== 'uit';
  const camera = fitTarget(data.geo.views.wijk.bbox, 'wijk');
  return (
    <div className="pair">
      <div>
        <MapView id="hoofd" theme={theme} baseGroups={base} camera={camera} sync={sync} attribution="" ariaLabel="Kaart links">
          <AreaLayer areas={areas} states={states} selected={null} />
          {overlay && <Group group={points} />}
          {overlay && (
            <Suspense fallback={null}>
              <LabelPointsOverlay points={data.geo.views.wijk.labels} />
            </Suspense>
          )}
        </MapView>
      </div>
      <div>
        <MapView id="tweede" theme={theme} baseGroups={base} camera={camera} sync={sync} attribution="" ariaLabel="Kaart rechts">
          <AreaLayer areas={areas} states={states} selected={null} />
        </MapView>
      </div>
    </div>
  );
}

function Root() {
  const [data, setData] = useState<LoadedData | null>(null);
  useEffect(() => {
    loadData(fetchSource('./data/')).then(setData);
  }, []);
  return data ? <Harness data={data} /> : <p>Laden…</p>;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
