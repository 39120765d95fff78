// Benchmark report (not a test): bundle and data sizes, and time to the first drawn choropleth in headless Chromium,
// next to a bare maplibre page drawing the same wijk GeoJSON. Run `npm run build` first; then `npm run bench`.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { launch } from '../e2e/driver';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length;

function sizes() {
  const assets = join(root, 'dist/assets');
  if (!existsSync(assets)) throw new Error('dist/ ontbreekt: draai eerst npm run build');
  const files = readdirSync(assets);
  const js = files.filter((f) => f.endsWith('.js'));
  const worker = files.filter((f) => f.endsWith('.mjs'));
  const css = files.filter((f) => f.endsWith('.css'));
  const data = ['weert.topo.json', 'context.topo.json', 'indicators.json', 'catalogue.json'];
  const sum = (fs: string[], dir: string) => fs.reduce((n, f) => n + gz(join(dir, f)), 0);
  const raw = (fs: string[], dir: string) => fs.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return {
    'JS (main bundle)': `${kb(raw(js, assets))} raw, ${kb(sum(js, assets))} gzip`,
    'JS (maplibre worker)': `${kb(raw(worker, assets))} raw, ${kb(sum(worker, assets))} gzip`,
    CSS: `${kb(raw(css, assets))} raw, ${kb(sum(css, assets))} gzip`,
    'Data (4 files loaded at start)': `${kb(raw(data, join(root, 'public/data')))} raw, ${kb(sum(data, join(root, 'public/data')))} gzip`,
    ...Object.fromEntries(data.map((d) => [`  ${d}`, `${kb(gz(join(root, 'public/data', d)))} gzip`])),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function bareHtml(fc: FeatureCollection): string {
  return `<!doctype html><html><head><link rel="stylesheet" href="/ml/maplibre-gl.css"><style>html,body,#m{margin:0;height:100%}</style></head>
<body><div id="m"></div><script type="module">
import * as ml from '/ml/maplibre-gl.mjs';
ml.setWorkerUrl('/ml/maplibre-gl-worker.mjs');
const data = ${JSON.stringify(fc)};
const map = new ml.Map({ container: 'm', bounds: [[5.56,51.18],[5.8,51.3]], style: { version: 8, sources: { a: { type: 'geojson', data } },
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef0f2' } }, { id: 'f', type: 'fill', source: 'a', paint: { 'fill-color': '#fd8d3c' } }] } });
window.weertViewer = { map };
const onIdle = () => { if (map.queryRenderedFeatures({ layers: ['f'] }).length) { window.weertViewer.firstRenderMs = performance.now(); map.off('idle', onIdle); } };
map.on('idle', onIdle);
</script></body></html>`;
}

async function serve() {
  const topo = JSON.parse(readFileSync(join(root, 'public/data/weert.topo.json'), 'utf8')) as Topology;
  const bare = bareHtml(feature(topo, topo.objects.wijk as GeometryCollection) as FeatureCollection);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/bare.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(bare);
      return;
    }
    const file = url.pathname.startsWith('/ml/')
      ? join(root, 'node_modules/maplibre-gl/dist', url.pathname.slice(4))
      : join(root, 'dist', url.pathname === '/' ? 'index.html' : url.pathname);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port };
}

async function timeToChoropleth(url: string): Promise<number[]> {
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
      await page.goto(url);
      const ms = await page.waitForFunction(
        () => (window as unknown as { weertViewer?: { firstRenderMs?: number } }).weertViewer?.firstRenderMs,
        null,
        {
          timeout: 30_000,
        },
      );
      times.push(Number(await ms.jsonValue()));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const { server, port } = await serve();
try {
  console.log('Sizes');
  for (const [k, v] of Object.entries(sizes())) console.log(`  ${k.padEnd(34)} ${v}`);
  const app = await timeToChoropleth(`http://127.0.0.1:${port}/?basemap=offline`);
  const bare = await timeToChoropleth(`http://127.0.0.1:${port}/bare.html`);
  console.log(`Time to first rendered choropleth, headless Chromium (SwiftShader), ${RUNS} runs, ms since navigation start`);
  console.log(
    `  viewer (16 wijken, production build)  median ${median(app).toFixed(0)}  [${app.map((t) => t.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  bare maplibre page, same GeoJSON      median ${median(bare).toFixed(0)}  [${bare.map((t) => t.toFixed(0)).join(', ')}]`,
  );
} finally {
  server.close();
}
