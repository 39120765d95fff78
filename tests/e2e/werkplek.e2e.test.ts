// The viewer as each user meets it: a phone user taps a wijk and goes Back; a keyboard user opens and closes a
// profile from the map view; the college sees large type in presentation mode; and a file that never arrives or is
// broken gets a Dutch explanation with a retry instead of an endless "loading".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, Viewer } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const inViewport = async (page: Page, testId: string) => {
  const box = await page.getByTestId(testId).boundingBox();
  const vp = page.viewportSize();
  return !!box && !!vp && box.y >= 0 && box.y + Math.min(box.height, 60) <= vp.height && box.height > 0;
};

describe('on a phone (390×844)', () => {
  it('shows map and key together, a tapped wijk’s profile in view with its value, and Back closes it', async () => {
    const v = await Viewer.open(browser, '?basemap=offline', { width: 390, height: 844 });
    expect(await inViewport(v.page, 'map')).toBe(true);
    expect(await inViewport(v.page, 'map-key')).toBe(true);
    await expect(v.page.getByTestId('map-key').textContent()).resolves.toMatch(/Weert: \d+,\d%/);

    await v.clickArea('Stramproy');
    await expect.poll(() => inViewport(v.page, 'profile-value')).toBe(true);
    await expect(v.page.getByTestId('profile-value').textContent()).resolves.toMatch(/\d+,\d%/);
    expect(v.page.url()).toContain('gebied=WK098834');

    await v.page.goBack();
    await expect.poll(() => v.page.getByTestId('profile').count()).toBe(0);
    expect(v.page.url()).not.toContain('gebied=');
    // Still the viewer (Back did not leave the app).
    await expect(v.page.getByTestId('map').isVisible()).resolves.toBe(true);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('at 1440×900 with a profile open (a narrow main column)', () => {
  it('keeps every view tab visible: the export button never lies over them', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&gebied=WK098834');
    await v.page.getByTestId('profile').waitFor();
    const summary = await v.page.getByTestId('export-menu').locator('summary').boundingBox();
    expect(summary).not.toBeNull();
    for (const tab of await v.page.getByRole('tab').all()) {
      const b = await tab.boundingBox();
      expect(b).not.toBeNull();
      if (!b || !summary) continue;
      const overlap =
        b.x < summary.x + summary.width &&
        summary.x < b.x + b.width &&
        b.y < summary.y + summary.height &&
        summary.y < b.y + b.height;
      expect(overlap, `${await tab.textContent()} under the export button`).toBe(false);
    }
    // And the tab is really the top element at its centre (clickable).
    const tabel = await v.page.getByRole('tab', { name: 'Tabel' }).boundingBox();
    const hit = await v.page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.textContent,
      [(tabel?.x ?? 0) + (tabel?.width ?? 0) / 2, (tabel?.y ?? 0) + (tabel?.height ?? 0) / 2],
    );
    expect(hit).toBe('Tabel');
    await v.page.close();
  });
});

describe('keyboard only', () => {
  it('opens an area’s profile from the map view and closes it with Escape, focus back where it was', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    const picker = v.page.getByTestId('area-picker');
    await picker.focus();
    await v.page.keyboard.press('ArrowDown');
    await v.page.getByTestId('profile').waitFor();
    const code = new URL(v.page.url()).searchParams.get('gebied');
    expect(code).toMatch(/^WK0988\d\d$/);
    // The profile took focus (its heading); Escape closes it and focus returns to the picker.
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('profile-title');
    await v.page.keyboard.press('Escape');
    await expect.poll(() => v.page.getByTestId('profile').count()).toBe(0);
    await expect
      .poll(() => v.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid))
      .toBe('area-picker');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('has a skip link to the map as the first stop', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    await v.page.keyboard.press('Tab');
    const text = await v.page.evaluate(() => document.activeElement?.textContent);
    expect(text).toBe('Naar de kaart');
    await v.page.keyboard.press('Enter');
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('kaart');
    await v.page.close();
  });
});

describe('presentation mode (1920×1080)', () => {
  it('shows labels of at least 18 px and legend text of at least 20 px, and steps through years by key', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&presentatie=aan', { width: 1920, height: 1080 });
    // The key help comes with the keys (one lazy chunk): once it shows, the keys work.
    await v.page.getByTestId('presentation-help').waitFor();
    await expect(v.page.getByTestId('presentation-help').isVisible()).resolves.toBe(true);
    const labelPx = await v.page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('.map-label')].map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
    );
    expect(labelPx).toBeGreaterThanOrEqual(18);
    const legendPx = await v.page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.legend-overlay .legend-classes li > span:not(.swatch)')]
          .filter((e) => !e.classList.contains('count'))
          .map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(legendPx).toBeGreaterThanOrEqual(20);
    // Controls are out of the way.
    await expect(v.page.locator('.sidebar').isVisible()).resolves.toBe(false);

    await v.page.locator('body').click({ position: { x: 5, y: 5 } });
    const before = new URL(v.page.url()).searchParams.get('jaar');
    await v.page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(v.page.url()).searchParams.get('jaar')).not.toBe(before);
    const indicator = new URL(v.page.url()).searchParams.get('indicator');
    await v.page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(v.page.url()).searchParams.get('indicator')).not.toBe(indicator);
    await v.page.keyboard.press('Escape');
    await expect.poll(() => v.page.url()).not.toContain('presentatie=aan');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('a presentation link on a phone (390×844)', () => {
  it('opens the phone layout: the compact key, not the projector legend over the map, and the settings reachable', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&presentatie=aan', { width: 390, height: 844 });
    await expect(v.page.locator('.map-key').isVisible()).resolves.toBe(true);
    expect(await v.page.locator('.legend-overlay').count()).toBe(0);
    expect(await v.page.getByTestId('presentation-help').count()).toBe(0);
    await expect(v.page.locator('.sidebar-toggle').isVisible()).resolves.toBe(true);
    // The link keeps its setting: the same link on the projector still presents.
    expect(v.page.url()).toContain('presentatie=aan');
    await v.page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => v.page.locator('.legend-overlay').count()).toBe(1);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('map interaction', () => {
  it('zooms on a double-click without opening a profile', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    const zoom = (await v.camera()).zoom;
    const box = await v.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await v.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await v.camera()).zoom).toBeGreaterThan(zoom + 0.5);
    await v.page.waitForTimeout(500);
    expect(await v.page.getByTestId('profile').count()).toBe(0);
    await v.page.close();
  });
});

describe('data that does not arrive', () => {
  it('says in Dutch that a file never arrived, with a retry', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    // indicators.json never answers.
    await page.route('**/data/indicators.json', () => new Promise(() => {}));
    await page.goto(`${BASE_URL}?basemap=offline`);
    await page.getByText('De gegevens worden geladen').waitFor();
    await page.clock.fastForward(31_000);
    await expect(page.getByTestId('load-error').textContent()).resolves.toMatch(
      /indicators\.json kwam niet binnen 30 seconden binnen/,
    );
    await expect(page.getByTestId('load-retry').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('explains a broken data file in Dutch, with the engine’s message only folded away', async () => {
    const page = await browser.newPage();
    await page.route('**/data/weert.topo.json', (r) =>
      r.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          type: 'Topology',
          arcs: [],
          objects: { gemeente: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
        }),
      }),
    );
    await page.goto(`${BASE_URL}?basemap=offline`);
    const msg = page.getByTestId('load-error');
    await msg.waitFor();
    await expect(msg.textContent()).resolves.toMatch(/beschadigd|ontbreekt/);
    expect(await msg.textContent()).not.toMatch(/TypeError|undefined|Cannot/);
    await page.close();
  });
});
