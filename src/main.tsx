import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import { App } from './app/App';
import { type FirstIndicators, fetchSource, type LoadState, loadData, toLoadState } from './data/load';
import { mapFiles } from './lib/indicator-files';
import { DATA_READY_MARK } from './map/AreaLayer';
import { resolveState } from './state/app-state';
import { parseUrl } from './state/url';
import './styles.css';

// Vite cannot see maplibre's worker import; without this the production map stays empty.
setWorkerUrl(workerUrl);
// Start maplibre's workers now, while the data downloads: the first map does not wait for them to boot.
prewarm();

// Start loading the data now, before React mounts (index.html preloads the files in parallel with this script).
const base = `${import.meta.env.BASE_URL}data/`;
// A link to a growth view needs the scenario indicators before the state is resolved; others load them on first use.
const wantsGrowth = /[?&](laag=groei|indicator=GS_|bivariaat=)/.test(window.location.search);
// Tiled (national) data: the indicator and year the link shows are loaded with the areas; others when shown.
const firstIndicators: FirstIndicators = (idx) =>
  mapFiles(idx, resolveState(parseUrl(window.location.search).partial, idx).state);
const loading: Promise<LoadState> = loadData(fetchSource(base), new URL(base, window.location.href).href, firstIndicators)
  // (Not in the tiled layout: the growth overlay needs whole buurt polygons, which it does not have.)
  .then((data) => (wantsGrowth && !data.tiled ? import('./overlays/groei/boot').then((m) => m.withGrowth(data, base)) : data))
  .then(
    (data) => {
      performance.mark(DATA_READY_MARK);
      return { status: 'ready', data };
    },
    (e: unknown) => toLoadState(e),
  );

function Root() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    loading.then((s) => alive && setLoad(s));
    return () => {
      alive = false;
    };
  }, []);
  return <App load={load} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
