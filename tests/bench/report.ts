// Benchmark report (not a test): time to the first map and JS/data sizes of the app next to a bare maplibre page,
// the growth model's recompute after a parameter change, and the app on a synthetic national-size data set.
// Targets are printed, never asserted.
// Run: `npm run bench` (builds dist/ first). Env: BENCH_RUNS (9), BENCH_NATIONAL (1; 0 skips),
// BENCH_NATIONAL_RUNS (3), BENCH_SWITCHES (24 of each kind), BENCH_POINT_MS (250), BENCH_NO_BUILD (1: measure the dist/ there is), BENCH_SEED, BENCH_PROFILE (1: CPU profile of the data generation),
// BENCH_GROWTH_RUNS (300), BENCH_GROWTH_WARMUP (50), BENCH_PHONE_RUNS (5).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launch } from '../e2e/driver';
import { buildBare } from './bare';
import { printGrowthBench } from './growth';
import { heapUsed, indicatorOptions, type Loaded, median, openUntilFirstMap, quantile, switchIndicator } from './measure';
import { type BuildInfo, ensureNational, OUT_DIR, PROFILE_DIR } from './national';
import { phoneSection } from './phone';
import { newestProfile, topFunctions } from './prof';
import { type Served, serve } from './serve';
import { gzipSize, kb, mb, ms, ratio, table, verdict } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const PUBLIC_DATA = join(ROOT, 'public/data');
const int = (name: string, fallback: number) => Math.max(1, Math.floor(Number(process.env[name] ?? fallback)) || fallback);
const RUNS = int('BENCH_RUNS', 9);
const NATIONAL = process.env.BENCH_NATIONAL !== '0';
const NATIONAL_RUNS = int('BENCH_NATIONAL_RUNS', 3);
const SWITCHES = int('BENCH_SWITCHES', 24);
/** How long the pointer rests on an option before the click, in the pointed switches (a hand's final aim). */
const POINT_MS = int('BENCH_POINT_MS', 250);
const PHONE_RUNS = int('BENCH_PHONE_RUNS', 5);

const TARGET = { firstMapRatio: 1.2, jsRatio: 1.25, switchMs: 50, nationalFirstMapMs: 2000 };

// Always the code as it is: a dist/ left from an earlier build once measured old code (BENCH_NO_BUILD=1 skips this).
function ensureDist() {
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  console.log('running npm run build …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

type Timed = Pick<Loaded, 'firstMapMs' | 'resources'>;

const isJs = (url: string) => /\.m?js$/.test(new URL(url).pathname);

/** Script files fetched before the first map (the maplibre worker included), with their files on disk. */
function jsBeforeFirstMap(run: Timed, server: Served) {
  return run.resources
    .filter((r) => isJs(r.url) && r.startTime < run.firstMapMs)
    .map((r) => {
      const file = server.fileFor(new URL(r.url).pathname);
      if (!file) throw new Error(`${r.url} is not served from disk`);
      return { file, transferred: r.size, gzip: gzipSize(file) };
    });
}

/** A progress line on a terminal only; logs stay clean. */
function progress(msg: string) {
  if (process.stdout.isTTY) process.stdout.write(`\r${msg.padEnd(60)}${msg ? '' : '\r'}`);
}

function sum<T>(xs: T[], f: (x: T) => number): number {
  return xs.reduce((n, x) => n + f(x), 0);
}

async function firstMapSection(browser: Browser, server: Served) {
  const pages = { app: `${server.origin}/app/?basemap=offline`, bare: `${server.origin}/bare/` };
  const times = { app: [] as number[], bare: [] as number[] };
  const last: Partial<Record<'app' | 'bare', Timed>> = {};
  // Where the time goes: DOMContentLoaded (scripts loaded and run) for both pages, and the app's own phase marks.
  const phases = { app: [] as Array<Record<string, number>>, bare: [] as Array<Record<string, number>> };
  // Alternating, so a slow phase of the machine hits both pages alike.
  for (let i = 0; i < RUNS; i++) {
    for (const which of ['app', 'bare'] as const) {
      const { context, page, firstMapMs, resources } = await openUntilFirstMap(browser, pages[which], 60_000);
      phases[which].push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const marks = performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const);
          return { dcl: nav?.domContentLoadedEventEnd ?? Number.NaN, ...Object.fromEntries(marks) };
        }),
      );
      await context.close();
      times[which].push(firstMapMs);
      last[which] = { firstMapMs, resources };
    }
    progress(`  run ${i + 1}/${RUNS}`);
  }
  progress('');
  const app = last.app as Timed;
  const bare = last.bare as Timed;

  const mApp = median(times.app);
  const mBare = median(times.bare);
  console.log(`1. Time to first map (mark 'eerste-kaart', ms since navigation start; ${RUNS} runs each, alternating)`);
  if (RUNS < 7) console.log('  (fewer than 7 runs: the medians are rough)');
  console.log(
    table(
      ['page', 'median', 'min', 'max', 'runs'],
      [
        [
          'app (dist/, ?basemap=offline)',
          ms(mApp),
          ms(Math.min(...times.app)),
          ms(Math.max(...times.app)),
          times.app.map(ms).join(' '),
        ],
        [
          'bare maplibre (same wijk GeoJSON)',
          ms(mBare),
          ms(Math.min(...times.bare)),
          ms(Math.max(...times.bare)),
          times.bare.map(ms).join(' '),
        ],
      ],
    ),
  );
  console.log(
    `  ratio app/bare: ${ratio(mApp, mBare)}   target ≤ ${TARGET.firstMapRatio}×: ${verdict(mApp / mBare <= TARGET.firstMapRatio)}`,
  );
  const phase = (which: 'app' | 'bare', name: string) => {
    const xs = phases[which].map((p) => p[name]).filter((x): x is number => x !== undefined && Number.isFinite(x));
    return xs.length > 0 ? ms(median(xs)) : '–';
  };
  console.log(
    `  phases (medians, ms): scripts run (DOMContentLoaded) app ${phase('app', 'dcl')} / bare ${phase('bare', 'dcl')}; app data decoded ${phase('app', 'gegevens-geladen')}, map object created ${phase('app', 'kaart-aangemaakt')}`,
  );
  console.log();
  return { app, bare, bareMs: mBare };
}

function sizeSection(app: Timed, bare: Timed, server: Served) {
  const jsApp = jsBeforeFirstMap(app, server);
  const jsBare = jsBeforeFirstMap(bare, server);
  console.log('2. JS loaded before the first map (Resource Timing; gzip -9 of the same files on disk), KB');
  const rows = (name: string, js: ReturnType<typeof jsBeforeFirstMap>) => [
    ...js.map((j) => [`  ${name}: ${basename(j.file)}`, kb(j.transferred), kb(j.gzip)]),
    [`${name} total (${js.length} files)`, kb(sum(js, (j) => j.transferred)), kb(sum(js, (j) => j.gzip))],
  ];
  console.log(table(['', 'loaded', 'gzip'], [...rows('app', jsApp), ...rows('bare', jsBare)]));
  const gApp = sum(jsApp, (j) => j.gzip);
  const gBare = sum(jsBare, (j) => j.gzip);
  console.log(
    `  ratio app/bare (gzip): ${ratio(gApp, gBare)}   target ≤ ${TARGET.jsRatio}×: ${verdict(gApp / gBare <= TARGET.jsRatio)}`,
  );

  const assets = join(DIST, 'assets');
  const allJs = readdirSync(assets)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => join(assets, f));
  const loaded = new Set(jsApp.map((j) => j.file));
  const lazy = allJs.filter((f) => !loaded.has(f));
  console.log(`  all JS in dist/assets: ${allJs.length} files, ${kb(sum(allJs, gzipSize))} KB gzip`);
  console.log(
    `  lazy chunks (not loaded before the first map): ${
      lazy.length === 0 ? 'none' : lazy.map((f) => `${basename(f)} ${kb(gzipSize(f))} KB gzip`).join(', ')
    }`,
  );
  console.log();

  console.log('3. Data files (public/data), KB');
  const before = new Set(
    app.resources
      .filter((r) => r.startTime < app.firstMapMs && /\/data\//.test(r.url))
      .map((r) => basename(new URL(r.url).pathname)),
  );
  const data = readdirSync(PUBLIC_DATA)
    .sort()
    .map((f) => ({ f, raw: statSync(join(PUBLIC_DATA, f)).size, gzip: gzipSize(join(PUBLIC_DATA, f)) }));
  const early = data.filter((d) => before.has(d.f));
  console.log(
    table(
      ['file', 'raw', 'gzip', 'before first map'],
      [
        ...data.map((d) => [d.f, kb(d.raw), kb(d.gzip), before.has(d.f) ? 'yes' : 'no']),
        ['total before first map', kb(sum(early, (d) => d.raw)), kb(sum(early, (d) => d.gzip)), `${early.length} files`],
      ],
    ),
  );
  console.log();
}

/** @param bareMs median first map of the bare maplibre page in this run (section 1), for the ratio. */
async function nationalSection(browser: Browser, server: Served, info: BuildInfo, bareMs: number) {
  console.log(
    `5. National size (synthetic, seed ${info.seed}): ${info.buurten} buurten, ${info.wijken} wijken, ${info.indicators} indicators × ${info.years.length} years`,
  );
  console.log(
    `  vertices per buurt: min ${info.vertices.min}, median ${info.vertices.median}, max ${info.vertices.max}; ${(info.vertices.total / 1e6).toFixed(2)} M in total`,
  );
  const s = info.seconds;
  console.log(
    `  generation (when the cache was built): inputs ${info.inputsReused ? 'reused' : `${s.generate.toFixed(0)} s`}, runPipeline ${s.pipeline.toFixed(0)} s, writing ${s.write.toFixed(0)} s, peak RSS ${info.maxRssMb} MB; inputs ${mb(info.inputBytes)} MB`,
  );
  for (const l of info.pipelineReport) console.log(`    pipeline: ${l}`);
  const prof = process.env.BENCH_PROFILE ? newestProfile(PROFILE_DIR) : null;
  if (prof) {
    console.log(`  where the generation spent its time (inclusive ms, project code; ${prof}):`);
    console.log(
      table(
        ['function', 'ms'],
        topFunctions(prof, ROOT, 20).map((f) => [f.name, ms(f.ms)]),
        '    ',
      ),
    );
  }
  console.log(
    table(
      ['generated data file', 'raw MB', 'gzip MB'],
      [
        ...info.files.map((f) => [f.count && f.count > 1 ? `${f.name} (${f.count} files)` : f.name, mb(f.raw), mb(f.gzip)]),
        ['total', mb(sum(info.files, (f) => f.raw)), mb(sum(info.files, (f) => f.gzip))],
      ],
    ),
  );

  const url = `${server.origin}/nl/?niveau=buurt&basemap=offline`;
  const times: number[] = [];
  let run: Loaded | undefined;
  for (let i = 0; i < NATIONAL_RUNS; i++) {
    await run?.context.close();
    run = await openUntilFirstMap(browser, url, 600_000);
    times.push(run.firstMapMs);
    progress(`  run ${i + 1}/${NATIONAL_RUNS}: ${ms(run.firstMapMs)} ms`);
  }
  progress('');
  const last = run as Loaded;
  // Data the page itself fetched before its first map (tiles come through maplibre's workers and are not in it).
  const dataBefore = last.resources.filter((r) => r.startTime < last.firstMapMs && r.url.includes('/nl/data/'));
  const heapFirst = await heapUsed(last.context, last.page);

  // Walk through the indicators at buurt level, always to a different one; each switch is timed inside the page.
  // Alternately as a mouse user does it (the pointer rests on the option before the click, and the app may start
  // loading then) and cold (a click out of nowhere: the file is fetched after it).
  const { current, values } = await indicatorOptions(last.page);
  const pointed: number[] = [];
  const cold: number[] = [];
  let shown = current;
  for (let i = 0; i < 2 * SWITCHES && values.length > 1; i++) {
    const choices = values.filter((v) => v !== shown);
    shown = choices[i % choices.length] as string;
    const point = i % 2 === 0;
    const t = await switchIndicator(last.page, shown, 120_000, point ? POINT_MS : undefined);
    (point ? pointed : cold).push(t);
    progress(`  switch ${i + 1}/${2 * SWITCHES} (${point ? 'pointed' : 'cold'}): ${ms(t)} ms`);
  }
  progress('');
  const heapAfter = await heapUsed(last.context, last.page);
  await last.context.close();

  const mFirst = median(times);
  const mSwitch = median(pointed);
  const mCold = median(cold);
  const spread = (xs: number[]) => `${ms(quantile(xs, 0.95))} / ${ms(Math.min(...xs))} / ${ms(Math.max(...xs))} ms`;
  console.log(
    table(
      ['measure', 'value', 'target', ''],
      [
        [
          `first map, median of ${times.length} (${times.map(ms).join(' ')})`,
          `${ms(mFirst)} ms`,
          `≤ ${TARGET.nationalFirstMapMs} ms`,
          verdict(mFirst <= TARGET.nationalFirstMapMs),
        ],
        [`first map / bare maplibre page (${ms(bareMs)} ms, same run)`, ratio(mFirst, bareMs), '', ''],
        [
          `data files fetched by the page before the first map (${dataBefore.length}; tiles not included)`,
          `${mb(sum(dataBefore, (r) => r.size))} MB`,
          '',
          '',
        ],
        [
          `indicator switch, pointer on the option ${POINT_MS} ms before the click, median of ${pointed.length}`,
          `${ms(mSwitch)} ms`,
          `≤ ${TARGET.switchMs} ms`,
          verdict(mSwitch <= TARGET.switchMs),
        ],
        ['  p95 / min / max', spread(pointed), '', ''],
        [
          `indicator switch, cold (click without pointing first), median of ${cold.length}`,
          `${ms(mCold)} ms`,
          `≤ ${TARGET.switchMs} ms`,
          verdict(mCold <= TARGET.switchMs),
        ],
        ['  p95 / min / max', spread(cold), '', ''],
        ['JS heap used after first map (after GC)', `${mb(heapFirst)} MB`, '', ''],
        [`JS heap used after ${pointed.length + cold.length} switches (after GC)`, `${mb(heapAfter)} MB`, '', ''],
      ],
    ),
  );
  console.log();
}

ensureDist();
const info = NATIONAL ? ensureNational() : null;
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (install it: bash tests/ensure-chromium.sh)`);
const bareDir = await buildBare(ROOT);
const server = await serve({ '/app/': DIST, '/bare/': bareDir, '/nl/': DIST, '/nl/data/': OUT_DIR });
// The phone budget counts bytes on the wire: a second server that gzips, as the municipal web server would.
const gzipServer = await serve({ '/app/': DIST, '/bare/': bareDir }, { gzip: true });
const browser = await launch();
try {
  console.log(
    `Benchmark: headless Chromium ${browser.version()} (software rendering), viewport 1440×900, offline except localhost; dist/ built ${statSync(join(DIST, 'index.html')).mtime.toISOString()}`,
  );
  console.log();
  const { app, bare, bareMs } = await firstMapSection(browser, server);
  sizeSection(app, bare, server);
  await phoneSection(
    browser,
    { app: `${gzipServer.origin}/app/?basemap=offline`, bare: `${gzipServer.origin}/bare/` },
    PHONE_RUNS,
    '3b. Phone budget (public website)',
  );
  printGrowthBench('4. Growth model: change one parameter → all effects and GS_* series for Weert, all years');
  if (info) await nationalSection(browser, server, info, bareMs);
} finally {
  await browser.close();
  await server.close();
  await gzipServer.close();
}
