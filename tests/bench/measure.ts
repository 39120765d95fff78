// Browser measurements. Everything is read from the page's own User Timing marks and Resource Timing entries,
// so the numbers mean the same for the app and for the bare page (no app globals needed).
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const VIEWPORT = { width: 1440, height: 900 };
export const FIRST_MAP = 'eerste-kaart';
export const MAP_UPDATED = 'kaart-bijgewerkt';
const SWITCH_START = 'wissel-start';

export interface Resource {
  url: string;
  startTime: number;
  /** Bytes after decoding (the server does not compress, so this is the file size). */
  size: number;
}

export interface Loaded {
  context: BrowserContext;
  page: Page;
  /** startTime of the 'eerste-kaart' mark: ms since navigation start. */
  firstMapMs: number;
  resources: Resource[];
}

const isLocal = (u: URL) => ['127.0.0.1', 'localhost'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol);

/** A fresh context (empty cache), offline except localhost; resolves once the page set the first-map mark. */
export async function openUntilFirstMap(browser: Browser, url: string, timeoutMs: number): Promise<Loaded> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**/*', (route) => (isLocal(new URL(route.request().url())) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, FIRST_MAP, {
      timeout: timeoutMs,
      polling: 50,
    });
    const firstMapMs = Number(await handle.jsonValue());
    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ url: e.name, startTime: e.startTime, size: (e as PerformanceResourceTiming).decodedBodySize })),
    );
    return { context, page, firstMapMs, resources };
  } catch (e) {
    await context.close();
    const why = errors.length > 0 ? ` (page errors: ${errors.join('; ')})` : ' (does the build set the mark? npm run build)';
    throw new Error(`no '${FIRST_MAP}' mark on ${url}${why}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The indicator box: a combobox whose accessible name is exactly "Indicator", with a listbox of indicators. */
const indicatorBox = (page: Page) => page.getByRole('combobox', { name: 'Indicator', exact: true });

/** Opens the list (every indicator at the current level) from the keyboard. */
async function openIndicatorList(page: Page): Promise<void> {
  await indicatorBox(page).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.locator('[role=option][data-value]').first().waitFor();
}

export async function indicatorOptions(page: Page): Promise<{ current: string; values: string[] }> {
  await openIndicatorList(page);
  const r = await indicatorBox(page).evaluate((el) => ({
    current: (el as HTMLInputElement).dataset.indicator ?? '',
    values: [...document.querySelectorAll<HTMLElement>('[role=option][data-value]')].map((o) => o.dataset.value ?? ''),
  }));
  await page.keyboard.press('Escape');
  return r;
}

/**
 * Chooses another indicator from inside the page and returns the ms from just before the option is clicked to the
 * app's next 'kaart-bijgewerkt' mark (colours updated and painted). Timed in the page, so no driver latency.
 * @param pointMs rest the mouse on the option this long before the click, as a user's hand does (the app may start
 *   loading then); without it the mouse is away from the list and the click comes out of nowhere (a cold switch).
 */
export async function switchIndicator(page: Page, value: string, timeoutMs: number, pointMs?: number): Promise<number> {
  if (pointMs === undefined) await page.mouse.move(0, 0);
  await openIndicatorList(page);
  if (pointMs !== undefined) {
    await page.locator(`[role=option][data-value="${value}"]`).hover();
    await page.waitForTimeout(pointMs);
  }
  const start = await page.evaluate(
    ([v, mark]) => {
      const option = document.querySelector<HTMLElement>(`[role=option][data-value="${v}"]`);
      if (!option) throw new Error(`no indicator option ${v}`);
      const t = performance.mark(mark as string).startTime;
      option.click();
      return t;
    },
    [value, SWITCH_START],
  );
  const handle = await page.waitForFunction(
    ([name, after]) =>
      performance
        .getEntriesByName(name as string)
        .map((e) => e.startTime)
        .find((t) => t > (after as number)),
    [MAP_UPDATED, start] as const,
    { timeout: timeoutMs, polling: 20 },
  );
  return Number(await handle.jsonValue()) - start;
}

/** JS heap in use on the page's main thread after a forced GC, in bytes (workers are not included). */
export async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach();
  }
}

export const median = (xs: number[]) => quantile(xs, 0.5);

/** Nearest-rank quantile (p95 of 20 values is the 19th smallest). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  if (q === 0.5 && s.length % 2 === 0) return ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
  return s[Math.max(0, Math.ceil(q * s.length) - 1)] as number;
}
