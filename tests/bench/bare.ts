// The baseline: a bare maplibre page drawing the app's wijk geometry as a classed choropleth, built with the same
// bundler and minifier as the app (vite), fetching its GeoJSON like the app fetches its data (nothing inlined).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { build } from 'vite';

const COLORS = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];

const html = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Bare maplibre baseline</title>
    <style>html, body, #map { margin: 0; height: 100%; }</style>
  </head>
  <body>
    <div id="map"></div>
    <script type="module" src="./main.ts"></script>
  </body>
</html>
`;

function mainTs(bbox: number[]): string {
  return `import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  bounds: ${JSON.stringify([bbox.slice(0, 2), bbox.slice(2, 4)])},
  fitBoundsOptions: { padding: 20 },
  style: {
    version: 8,
    sources: { wijk: { type: 'geojson', data: new URL('./wijk.geojson', location.href).href } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'wijk',
        paint: {
          'fill-color': ['step', ['get', 'value'], ${COLORS.map((c, i) => (i === 0 ? `'${c}'` : `${i * 20}, '${c}'`)).join(', ')}],
          'fill-opacity': 0.88,
        },
      },
      { id: 'line', type: 'line', source: 'wijk', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    ],
  },
});
// Same moment as the app: the first idle frame in which the classed fill layer has rendered features.
const onIdle = () => {
  if (map.queryRenderedFeatures({ layers: ['fill'] }).length === 0) return;
  performance.mark('eerste-kaart');
  map.off('idle', onIdle);
};
map.on('idle', onIdle);
`;
}

/** Builds the baseline into .bench/bare-dist and returns that folder. */
export async function buildBare(root: string): Promise<string> {
  const src = join(root, '.bench/bare-src');
  const out = join(root, '.bench/bare-dist');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, 'public'), { recursive: true });
  const topo = JSON.parse(readFileSync(join(root, 'public/data/weert.topo.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.wijk as GeometryCollection) as FeatureCollection;
  // A deterministic value per wijk spreads the areas over all five classes.
  fc.features.forEach((f, i) => {
    f.properties = { ...f.properties, value: (i * 37) % 100 };
  });
  writeFileSync(join(src, 'public/wijk.geojson'), JSON.stringify(fc));
  writeFileSync(join(src, 'index.html'), html);
  writeFileSync(join(src, 'main.ts'), mainTs(topo.bbox ?? [5.56, 51.18, 5.8, 51.3]));
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'error',
    // Keep vite's cache inside .bench: node_modules is shared with another checkout.
    cacheDir: join(root, '.bench/vite-cache'),
    build: { outDir: out, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
  return out;
}
