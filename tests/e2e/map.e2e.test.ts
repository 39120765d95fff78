// Given the map component, an overlay joins it as a child, a second map follows it, and state moves the camera.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, Viewer } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface PickableOverlay {
  pickObject: (o: { x: number; y: number; radius: number }) => { layer: { id: string }; object: { code: string } } | null;
}

describe('map children, synchronised maps and a controlled camera', () => {
  it('mounts a maplibre overlay group and a deck.gl overlay as children of the map', async () => {
    const v = await Viewer.open(browser, 'harness.html');
    // The maplibre overlay child: one circle per wijk label point, drawn above the areas.
    await expect
      .poll(() => v.page.evaluate(() => testMap('hoofd').queryRenderedFeatures({ layers: ['overlay-punten'] }).length))
      .toBe(16);
    // The deck.gl child is loaded lazily; once there, picking at a point's pixel returns that wijk.
    await v.page.waitForFunction(
      () => (window as unknown as { __weertTest: { objects: { deck?: unknown } } }).__weertTest.objects.deck,
    );
    // Pick at the pixel of each maplibre circle: deck.gl must have drawn its own dot for that same wijk there.
    const pickAll = () =>
      v.page.evaluate(() => {
        const map = testMap('hoofd') as unknown as {
          queryRenderedFeatures: (
            o: object,
          ) => Array<{ properties: { code: string }; geometry: { coordinates: [number, number] } }>;
          project: (p: [number, number]) => { x: number; y: number };
        };
        const deck = (window as unknown as { __weertTest: { objects: { deck: PickableOverlay } } }).__weertTest.objects.deck;
        return map.queryRenderedFeatures({ layers: ['overlay-punten'] }).map((f) => {
          const p = map.project(f.geometry.coordinates);
          const hit = deck.pickObject({ x: p.x, y: p.y, radius: 1 });
          return { code: f.properties.code, layer: hit?.layer.id, picked: hit?.object.code };
        });
      });
    // deck.gl draws on its own frame after it is added: wait until its dots are there.
    await expect.poll(async () => (await pickAll()).filter((p) => p.picked === p.code).length, { timeout: 15_000 }).toBe(16);
    const picks = await pickAll();
    await v.page.screenshot({ path: 'tests/e2e/screenshots/harness.png' });
    for (const p of picks) expect(p).toEqual({ code: p.code, layer: 'label-points', picked: p.code });
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('keeps a second map in sync with the first, both ways', async () => {
    const v = await Viewer.open(browser, 'harness.html?overlay=uit');
    await v.page.evaluate(() => {
      (testMap('hoofd') as unknown as { jumpTo: (o: object) => void }).jumpTo({ center: [5.7, 51.23], zoom: 13.5 });
    });
    const b = await v.camera('tweede');
    expect(b.center[0]).toBeCloseTo(5.7, 5);
    expect(b.center[1]).toBeCloseTo(51.23, 5);
    expect(b.zoom).toBeCloseTo(13.5, 5);
    await v.page.evaluate(() => {
      (testMap('tweede') as unknown as { jumpTo: (o: object) => void }).jumpTo({ center: [5.66, 51.25], zoom: 12 });
    });
    const a = await v.camera('hoofd');
    expect(a.center[0]).toBeCloseTo(5.66, 5);
    expect(a.zoom).toBeCloseTo(12, 5);
    expect(await v.renderedAreaCodes('tweede')).toHaveLength(await v.renderedAreaCodes('hoofd').then((c) => c.length));
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('moves the camera to an area given in the URL, and to a centre and zoom', async () => {
    const whole = await Viewer.open(browser, '?basemap=offline');
    const wholeCam = await whole.camera();
    await whole.page.close();

    const v = await Viewer.open(browser, '?basemap=offline&kaart=WK098834');
    const cam = await v.camera();
    // Wijk 34 Stramproy lies in the south-west of Weert: fitted, the view is tighter and centred there.
    expect(cam.zoom).toBeGreaterThan(wholeCam.zoom + 0.5);
    expect(cam.center[1]).toBeLessThan(wholeCam.center[1]);
    const codes = await v.renderedAreaCodes();
    expect(codes).toContain('WK098834');
    expect(codes.length).toBeLessThan(16);
    expect(v.page.url()).toContain('kaart=WK098834');
    await v.page.close();

    const w = await Viewer.open(browser, '?basemap=offline&kaart=5.70000,51.25000,13');
    const c2 = await w.camera();
    expect(c2.center[0]).toBeCloseTo(5.7, 4);
    expect(c2.center[1]).toBeCloseTo(51.25, 4);
    expect(c2.zoom).toBeCloseTo(13, 4);
    await w.page.close();
  });

  it('zooms to an area from its profile, and the link keeps that view', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B');
    const before = await v.camera();
    await v.clickArea('Stramproy');
    await v.page.getByTestId('zoom-to-area').click();
    await expect.poll(async () => (await v.camera()).zoom).toBeGreaterThan(before.zoom + 0.5);
    expect(v.page.url()).toContain('kaart=WK098834');
    await v.page.close();
  });

  it('draws the gemeente border at once, the neighbours after the first map, and credits the boundaries', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    const rendered = (layer: string) =>
      v.page.evaluate((l) => testMap('hoofd').queryRenderedFeatures({ layers: [l] }).length, layer);
    await expect.poll(() => rendered('gemeente-line')).toBeGreaterThan(0);
    // The neighbouring gemeenten join once the first choropleth is painted (they are not needed for it).
    await expect.poll(() => rendered('context-fill')).toBeGreaterThan(0);
    // The border rides in the area source, but is never an area: the choropleth has exactly the 16 wijken.
    expect(await v.waitForRenderedCount(16)).toHaveLength(16);
    await expect(v.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).resolves.toContain(
      'Gebiedsgrenzen © CBS / Kadaster',
    );
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('restores the README permalink example', async () => {
    const v = await Viewer.open(
      browser,
      '?niveau=wijk&indicator=Eenzaam&groep=leeftijd+18%2B&jaar=2020&klassen=ckmeans&gebied=WK098834&basemap=offline',
    );
    await expect(v.page.getByTestId('profile').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Wijk 34 Stramproy',
    );
    await expect(v.page.getByLabel('Klassenindeling').inputValue()).resolves.toBe('ckmeans');
    expect(await v.page.getByTestId('map-caption').textContent()).toContain('Eenzaam · 18 jaar en ouder · 2020');
    expect(v.page.url()).toContain('gebied=WK098834');
    await v.page.close();
  });

  it('ships no test hook and no harness in the production build', () => {
    const dist = join(import.meta.dirname, '../../dist');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'harness.html'))).toBe(false);
    const js = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) expect(readFileSync(join(dist, 'assets', f), 'utf8')).not.toContain('__weertTest');
    expect(BASE_URL).toMatch(/^http:\/\/127.0.0.1:\d+\/$/);
  });
});

declare function testMap(id: string): {
  queryRenderedFeatures: (o: object) => unknown[];
};

describe('two years side by side', () => {
  it('shows the comparison year on a second map that follows the first, with classes shared by both', async () => {
    const v = await Viewer.open(
      browser,
      '?basemap=offline&weergave=naast&indicator=Eenzaam&groep=leeftijd+18%2B&jaar=2020&vergelijk=2012',
    );
    await expect(v.page.getByTestId('side-map').locator('.map-caption').textContent()).resolves.toContain('2012');
    await expect.poll(() => v.renderedAreaCodes('vergelijk').then((c) => c.length)).toBe(16);
    await expect(v.page.getByTestId('pooled-years').textContent()).resolves.toMatch(/2012 en 2020/);
    await v.page.evaluate(() => {
      (testMap('hoofd') as unknown as { jumpTo: (o: object) => void }).jumpTo({ center: [5.71, 51.24], zoom: 14 });
    });
    const side = await v.camera('vergelijk');
    expect(side.center[0]).toBeCloseTo(5.71, 5);
    expect(side.zoom).toBeCloseTo(14, 5);
    expect(v.page.url()).toContain('weergave=naast');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
