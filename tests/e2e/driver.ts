// The driver: every UI interaction the browser tests need, so specs read as given/when/then.
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The only external host the app may try; it is optional (basemap) and unreachable in tests. */
const OPTIONAL_HOSTS = ['api.pdok.nl'];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** Shape of what the test build's hook exposes (see src/map/testHook.ts); evaluated inside the page. */
interface TestMap {
  queryRenderedFeatures: (o: object) => Array<{ properties: { code: string } }>;
  getCenter: () => { lng: number; lat: number };
  getZoom: () => number;
  getBounds: () => { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getFeatureState: (f: { source: string; id: string }) => { color?: string };
}
declare function testMap(id: string): TestMap;

export class Viewer {
  readonly errors: string[] = [];
  readonly externalRequests: string[] = [];

  private constructor(readonly page: Page) {}

  static async open(browser: Browser, query = '', viewport = { width: 1440, height: 900 }, baseUrl = BASE_URL): Promise<Viewer> {
    const page = await browser.newPage({ viewport });
    const v = new Viewer(page);
    // Offline: only localhost answers, everything else is aborted, as on a machine without network.
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (['127.0.0.1', 'localhost'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol)) return route.continue();
      v.externalRequests.push(u.hostname);
      return route.abort();
    });
    // A page-side helper for evaluate(): the map instances of the test build's hook, by map id.
    await page.addInitScript(() => {
      const w = window as unknown as { testMap: (id: string) => unknown; __weertTest?: { maps: Record<string, unknown> } };
      w.testMap = (id: string) => {
        const m = w.__weertTest?.maps[id];
        if (!m) throw new Error(`no map '${id}' on the test hook (is this the e2e build?)`);
        return m;
      };
    });
    page.on('pageerror', (e) => v.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error') return;
      // A failed probe of the optional PDOK basemap is expected offline; anything else is a defect.
      const url = m.location().url ?? '';
      if (OPTIONAL_HOSTS.some((h) => url.includes(h))) return;
      v.errors.push(`console: ${m.text()} @ ${url}`);
    });
    await page.goto(`${baseUrl}${query}`);
    try {
      await v.waitForChoropleth();
    } catch (e) {
      // Say why: the page's own errors and what it shows, not only "timeout".
      const text = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      ).slice(0, 300);
      throw new Error(`no choropleth on ${query}: ${String(e)}\nerrors: ${v.errors.join(' | ')}\npage: ${text}`);
    }
    await v.settled();
    return v;
  }

  /**
   * What renders after the first map (footer, export menu, neighbouring gemeenten) is in, and the maps have followed
   * the size it gave them: a test acts on the page a user sees a moment later, not on one still changing shape.
   */
  async settled(): Promise<void> {
    // (The map harness page has no app around its map: nothing to wait for there.)
    await this.page.waitForFunction(
      () => !document.querySelector('.app') || document.querySelector('[data-testid="site-footer"]'),
      null,
      { timeout: 15_000 },
    );
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** Resolves when the app has painted its first choropleth with classes (the User Timing mark the bench reads too). */
  async waitForChoropleth(): Promise<void> {
    await this.page.waitForFunction(() => performance.getEntriesByName('eerste-kaart').length > 0, null, {
      timeout: 30_000,
    });
  }

  /** Distinct area codes maplibre actually rendered in the choropleth layer (test build: maps on a test hook). */
  async renderedAreaCodes(mapId = 'hoofd'): Promise<string[]> {
    return this.page.evaluate((id) => {
      const map = testMap(id);
      return [...new Set(map.queryRenderedFeatures({ layers: ['areas-fill'] }).map((f) => f.properties.code))].sort();
    }, mapId);
  }

  /** Camera of a map: centre, zoom and the visible bounds. */
  async camera(mapId = 'hoofd'): Promise<{ center: [number, number]; zoom: number; bounds: [number, number, number, number] }> {
    return this.page.evaluate((id) => {
      const map = testMap(id);
      const c = map.getCenter();
      const b = map.getBounds();
      return {
        center: [c.lng, c.lat] as [number, number],
        zoom: map.getZoom(),
        bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number],
      };
    }, mapId);
  }

  /** The fill colour the map holds for an area (feature state of the choropleth source). */
  async areaColour(code: string, mapId = 'hoofd'): Promise<string | undefined> {
    return this.page.evaluate(
      ([id, c]) => testMap(id as string).getFeatureState({ source: 'areas', id: c as string }).color,
      [mapId, code],
    );
  }

  async waitForRenderedCount(n: number): Promise<string[]> {
    let codes: string[] = [];
    for (let i = 0; i < 50; i++) {
      codes = await this.renderedAreaCodes();
      if (codes.length === n) return codes;
      await this.page.waitForTimeout(200);
    }
    return codes;
  }

  /** Hover the area whose map label reads `label` (labels sit on a point inside their area). */
  async hoverArea(label: string): Promise<string> {
    const el = this.page.locator('.map-label', { hasText: new RegExp(`^${label}$`) }).first();
    const box = await el.boundingBox();
    if (!box) throw new Error(`label ${label} not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 1);
    const tip = this.page.getByTestId('tooltip');
    await tip.waitFor();
    return (await tip.textContent()) ?? '';
  }

  async clickArea(label: string): Promise<void> {
    await this.hoverArea(label);
    await this.page.mouse.down();
    await this.page.mouse.up();
    await this.page.getByTestId('profile').waitFor();
  }

  async chooseLevel(level: 'Wijken' | 'Buurten' | 'Deelgebieden' | 'Regio'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${level}`) }).check();
  }

  /** The indicator search box (a combobox with a listbox of indicators). */
  indicatorBox() {
    return this.page.getByRole('combobox', { name: 'Indicator', exact: true });
  }

  /** Types the label into the indicator box and picks the option with exactly that name (one at the current level). */
  async chooseIndicator(label: string): Promise<void> {
    const box = this.indicatorBox();
    await box.fill(label);
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.page.waitForFunction(
      (l) => (document.querySelector('[role=combobox][data-indicator]') as HTMLInputElement | null)?.value === l,
      label,
    );
  }

  async showTable(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Tabel' }).click();
    await this.page.getByTestId('data-table').waitFor();
  }

  async tableRowText(code: string): Promise<string> {
    return (await this.page.locator(`tr[data-code="${code}"]`).textContent()) ?? '';
  }
}
