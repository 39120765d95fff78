// Phone performance budget (issue 10): the app and the bare maplibre page on an emulated phone — 390×844 at 3×, CPU
// slowed down and Slow 4G network (presets in phone-budget.json), files gzipped as a web server sends them — measured
// alternately in fresh contexts, with bytes on the wire before the first map. Printed next to the budget, never
// asserted. Also runs on its own: `npx tsx tests/bench/phone.ts` (needs dist/ and the bare build, see report.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { FIRST_MAP, median } from './measure';
import { kb, ms, ratio, table, verdict } from './table';

interface Herkomst {
  herkomst: string;
}
export interface PhoneBudget {
  device: Herkomst & { viewport: { width: number; height: number }; deviceScaleFactor: number };
  cpuSlowdown: Herkomst & { value: number };
  network: Herkomst & { latencyMs: number; downloadKbps: number; uploadKbps: number };
  budget: Record<'bytesBeforeFirstMapKb' | 'firstMapRatio' | 'firstMapMs', Herkomst & { value: number }>;
}

export const PHONE_BUDGET: PhoneBudget = JSON.parse(readFileSync(join(import.meta.dirname, 'phone-budget.json'), 'utf8'));

export interface PhoneRun {
  firstMapMs: number;
  /** Bytes on the wire (compressed bodies) of everything requested before the first map. */
  wireBytes: number;
  files: number;
}

/** One cold load on the emulated phone, until the page sets the first-map mark. */
export async function phoneRun(browser: Browser, url: string, b: PhoneBudget, timeoutMs = 180_000): Promise<PhoneRun> {
  const context = await browser.newContext({
    viewport: b.device.viewport,
    deviceScaleFactor: b.device.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: b.cpuSlowdown.value });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: b.network.latencyMs,
      downloadThroughput: (b.network.downloadKbps * 1024) / 8,
      uploadThroughput: (b.network.uploadKbps * 1024) / 8,
    });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, FIRST_MAP, {
      timeout: timeoutMs,
      polling: 100,
    });
    const firstMapMs = Number(await handle.jsonValue());
    const wire = await page.evaluate((t) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime < t);
      return { bytes: res.reduce((n, r) => n + r.encodedBodySize, nav?.encodedBodySize ?? 0), files: res.length + 1 };
    }, firstMapMs);
    return { firstMapMs, wireBytes: wire.bytes, files: wire.files };
  } finally {
    await context.close();
  }
}

/** The report's section: `runs` loads of each page, alternating. */
export async function phoneSection(browser: Browser, pages: { app: string; bare: string }, runs: number, title: string) {
  const b = PHONE_BUDGET;
  const got = { app: [] as PhoneRun[], bare: [] as PhoneRun[] };
  for (let i = 0; i < runs; i++)
    for (const which of ['app', 'bare'] as const) got[which].push(await phoneRun(browser, pages[which], b));
  const t = (rs: PhoneRun[]) => median(rs.map((r) => r.firstMapMs));
  const w = (rs: PhoneRun[]) => median(rs.map((r) => r.wireBytes));
  const { width, height } = b.device.viewport;
  console.log(
    `${title}: ${width}×${height} at ${b.device.deviceScaleFactor}×, CPU ${b.cpuSlowdown.value}× slower, ${b.network.latencyMs} ms RTT and ${(b.network.downloadKbps / 1024).toFixed(1)} Mbit/s down, gzip; ${runs} runs each, alternating`,
  );
  const app = t(got.app);
  const bare = t(got.bare);
  const bytes = w(got.app);
  console.log(
    table(
      ['measure', 'app', 'bare maplibre', 'budget', ''],
      [
        [
          'first map, median ms',
          ms(app),
          ms(bare),
          `≤ ${b.budget.firstMapMs.value} ms`,
          verdict(app <= b.budget.firstMapMs.value),
        ],
        [
          'first map, ratio app/bare',
          ratio(app, bare),
          '',
          `≤ ${b.budget.firstMapRatio.value}×`,
          verdict(app / bare <= b.budget.firstMapRatio.value),
        ],
        [
          'bytes on the wire before the first map, KB',
          kb(bytes),
          kb(w(got.bare)),
          `≤ ${b.budget.bytesBeforeFirstMapKb.value} KB`,
          verdict(bytes / 1024 <= b.budget.bytesBeforeFirstMapKb.value),
        ],
        ['requests before the first map', String(got.app[0]?.files ?? 0), String(got.bare[0]?.files ?? 0), '', ''],
        [
          'first map per run, ms',
          got.app.map((r) => ms(r.firstMapMs)).join(' '),
          got.bare.map((r) => ms(r.firstMapMs)).join(' '),
          '',
          '',
        ],
      ],
    ),
  );
  for (const [name, v] of Object.entries(b.budget)) console.log(`  ${name}: ${v.herkomst}`);
  console.log(`  emulation: ${b.cpuSlowdown.herkomst}; ${b.network.herkomst}`);
  console.log();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(import.meta.dirname, '../..');
  const { launch } = await import('../e2e/driver');
  const { buildBare } = await import('./bare');
  const { serve } = await import('./serve');
  const server = await serve({ '/app/': join(root, 'dist'), '/bare/': await buildBare(root) }, { gzip: true });
  const browser = await launch();
  try {
    const runs = Math.max(1, Number(process.env.BENCH_PHONE_RUNS ?? 5) || 5);
    await phoneSection(
      browser,
      { app: `${server.origin}/app/?basemap=offline`, bare: `${server.origin}/bare/` },
      runs,
      'Phone budget',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
