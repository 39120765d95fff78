// Given a data set in the tiled (national) layout — the mini fixture forced to vector tiles — the production build
// paints the choropleth from the tiles, and a user sees the source's values for the right area in tooltip and profile;
// an indicator chosen later is loaded from its own file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../geodata/pipeline';
import { type Served, serve } from '../bench/serve';
import { launch, Viewer } from './driver';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/golden/fixtures/mini');

let browser: Browser;
let server: Served;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tiles-e2e-'));
  const { files, binary } = runPipeline({ geodataDir: FIXTURE, layersDir: join(FIXTURE, 'layers'), layout: 'tiles' });
  for (const [name, content] of [...files, ...binary]) {
    mkdirSync(dirname(join(dataDir, name)), { recursive: true });
    writeFileSync(join(dataDir, name), content);
  }
  // The test build (dist-e2e/, with the map test hook) with the tiled data set as its data folder.
  server = await serve({ '/': join(ROOT, 'dist-e2e'), '/data/': dataDir });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type TestMap = {
  getLayer(id: string): { implementation?: { colourOf(code: string): string | null | undefined } } | undefined;
  getCanvas(): HTMLCanvasElement;
  getPixelRatio(): number;
  once(ev: string, fn: () => void): void;
  triggerRepaint(): void;
};

/** The colour the GPU colour table gives an area (vector tiles are coloured there, not by feature state). */
const colourOf = (v: Viewer, code: string) =>
  v.page.evaluate(
    (c) =>
      (window as unknown as { testMap: (id: string) => TestMap })
        .testMap('hoofd')
        .getLayer('areas-colours')
        ?.implementation?.colourOf(c),
    code,
  );

/** The pixel the map drew under a page point, read inside the frame (the main map keeps no drawing buffer). */
const pixelUnder = (v: Viewer, x: number, y: number) =>
  v.page.evaluate(
    ([px, py]: [number, number]) =>
      new Promise<number[]>((resolve) => {
        const map = (window as unknown as { testMap: (id: string) => TestMap }).testMap('hoofd');
        const canvas = map.getCanvas();
        const rect = canvas.getBoundingClientRect();
        map.once('render', () => {
          const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
          const r = map.getPixelRatio();
          const out = new Uint8Array(4);
          const gx = Math.round((px - rect.left) * r);
          const gy = Math.round(gl.drawingBufferHeight - (py - rect.top) * r);
          gl.readPixels(gx, gy, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve([...out]);
        });
        map.triggerRepaint();
      }),
    [x, y] as [number, number],
  );

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** The tiled data set at buurt level in 2024, showing `indicator`, once its four buurten are drawn. */
async function openBuurten(indicator: string): Promise<Viewer> {
  const v = await Viewer.open(
    browser,
    `?niveau=buurt&indicator=${indicator}&jaar=2024&basemap=offline`,
    undefined,
    `${server.origin}/`,
  );
  expect(await v.waitForRenderedCount(4)).toHaveLength(4);
  return v;
}

/** How often the map was marked updated ('kaart-bijgewerkt'), and waiting for the next time. */
const updates = (v: Viewer) => v.page.evaluate(() => performance.getEntriesByName('kaart-bijgewerkt').length);
const nextUpdate = (v: Viewer, after: number) =>
  v.page.waitForFunction((n) => performance.getEntriesByName('kaart-bijgewerkt').length > n, after);

describe('tiled layout (vector tiles, an area index per level, one file per indicator and year)', () => {
  it('paints the buurten from vector tiles and shows the source value for the right buurt', async () => {
    const v = await Viewer.open(
      browser,
      '?niveau=buurt&indicator=P_65_EO_JR&jaar=2024&basemap=offline',
      undefined,
      `${server.origin}/`,
    );
    const requested: string[] = [];
    v.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Every buurt is rendered from the tiles, each with its code (promoteId) and a class colour in the colour table.
    expect(await v.waitForRenderedCount(4)).toEqual(['BU09880101', 'BU09880102', 'BU09880201', 'BU09880202']);
    const colour = await colourOf(v, 'BU09880201');
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    // …and the map really draws that colour there (at 88 % opacity over the light ground: within 12 % of it).
    const label = await v.page
      .locator('.map-label', { hasText: /^Proefbuurt Noordwest$/ })
      .first()
      .boundingBox();
    if (!label) throw new Error('label not on screen');
    const drawn = await pixelUnder(v, label.x + label.width / 2, label.y + label.height + 6);
    const want = rgb(colour as string);
    for (let k = 0; k < 3; k++)
      expect(Math.abs((drawn[k] as number) - (want[k] as number)), `${drawn} vs ${colour}`).toBeLessThanOrEqual(34);
    // Source: P_65_EO_JR 2024 for BU09880201 is 21.5 (tests/golden/fixtures/mini/stats/mini.csv).
    expect(await v.hoverArea('Proefbuurt Noordwest')).toMatch(/21,5/);
    // The other indicator comes from its own file of the shown year when chosen; the map is repainted with it. Its
    // other years follow (for its trend), each once.
    const before = await updates(v);
    await v.chooseIndicator('Inwoners');
    await nextUpdate(v, before);
    const inwoners = requested.filter((p) => p.startsWith('/data/indicators/AANT_INW/'));
    expect(inwoners[0]).toBe('/data/indicators/AANT_INW/2024.json');
    expect(new Set(inwoners).size).toBe(inwoners.length);
    expect(await v.hoverArea('Proefbuurt Zuidwest')).toMatch(/350/);
    // The profile (from a click on the map) holds the same source value.
    await v.clickArea('Proefbuurt Zuidwest');
    await expect(v.page.getByTestId('profile').textContent()).resolves.toMatch(/Proefbuurt Zuidwest/);
    await v.page.getByTestId('profile').getByText('350', { exact: false }).first().waitFor();
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('switches to another tiled level: the wijken replace the buurten in the map and in the colour table', async () => {
    const v = await openBuurten('AANT_INW');
    const before = await updates(v);
    await v.chooseLevel('Wijken');
    await nextUpdate(v, before);
    // The source now serves the wijk tiles (another source layer): the map holds wijken only.
    expect(await v.waitForRenderedCount(2)).toEqual(['WK098801', 'WK098802']);
    const colour = await colourOf(v, 'WK098802');
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(await colourOf(v, 'BU09880201')).toBeUndefined();
    // Source: AANT_INW 2024 for WK098802 (Proefwijk Noord) is 400 (tests/golden/fixtures/mini/stats/mini.csv).
    expect(await v.hoverArea('Proefwijk Noord')).toMatch(/400/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('loads the file of the option the pointer rests on, without changing the map; the click then uses it', async () => {
    const v = await openBuurten('P_65_EO_JR');
    const requested: string[] = [];
    v.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const colour = await colourOf(v, 'BU09880201');
    const before = await updates(v);
    await v.indicatorBox().click();
    const arrived = v.page.waitForResponse((r) => r.url().endsWith('/data/indicators/AANT_INW/2024.json'));
    await v.page.getByRole('option', { name: 'Inwoners', exact: true }).hover();
    await arrived;
    // Pointing is not choosing: the map, its colours and the link stay as they were.
    await v.page.waitForTimeout(300);
    expect(await updates(v)).toBe(before);
    expect(await colourOf(v, 'BU09880201')).toBe(colour);
    expect(new URL(v.page.url()).searchParams.get('indicator')).toBe('P_65_EO_JR');
    // Only the shown year's file was fetched by pointing.
    expect(requested.filter((p) => p.includes('/data/indicators/AANT_INW/'))).toEqual(['/data/indicators/AANT_INW/2024.json']);
    // The click shows the indicator from the file already there: no second request.
    await v.page.getByRole('option', { name: 'Inwoners', exact: true }).click();
    await nextUpdate(v, before);
    expect(requested.filter((p) => p === '/data/indicators/AANT_INW/2024.json')).toHaveLength(1);
    // Source: AANT_INW 2024 for BU09880202 (Proefbuurt Zuidwest) is 350 (tests/golden/fixtures/mini/stats/mini.csv).
    expect(await v.hoverArea('Proefbuurt Zuidwest')).toMatch(/350/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('does not redraw the map (nor mark it updated) when data it does not show arrives for an open profile', async () => {
    const v = await openBuurten('P_65_EO_JR');
    const before = await updates(v);
    // The profile lists every indicator: the other indicator's file follows, in the background.
    const arrived = v.page.waitForResponse((r) => r.url().endsWith('/data/indicators/AANT_INW/2024.json'));
    await v.clickArea('Proefbuurt Zuidwest');
    await arrived;
    await v.page.getByTestId('profile').waitFor();
    // Past the gathering of background arrivals (100 ms) and a render and a frame.
    await v.page.waitForTimeout(600);
    expect(await updates(v)).toBe(before);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('says nothing about a file that failed while pointed at, until it is chosen; then it says which file', async () => {
    const v = await openBuurten('P_65_EO_JR');
    await v.page.route('**/data/indicators/AANT_INW/2024.json', (r) => r.fulfill({ status: 503, body: '' }));
    await v.indicatorBox().click();
    const failed = v.page.waitForResponse((r) => r.url().endsWith('/data/indicators/AANT_INW/2024.json'));
    await v.page.getByRole('option', { name: 'Inwoners', exact: true }).hover();
    await failed;
    await v.page.waitForTimeout(300);
    expect(await v.page.getByText(/AANT_INW/).count()).toBe(0);
    await v.page.getByRole('option', { name: 'Inwoners', exact: true }).click();
    await expect
      .poll(() => v.page.locator('.notices').textContent())
      .toMatch(/indicators\/AANT_INW\/2024\.json kon niet geladen worden \(HTTP 503\)/);
    // The map shows the chosen indicator as no data (the hatch), never the old colours under the new name.
    expect(new URL(v.page.url()).searchParams.get('indicator')).toBe('AANT_INW');
    expect(await colourOf(v, 'BU09880201')).toBeNull();
    await v.page.close();
  });

  it('fits the map to an area from the link, with its extent from the area index', async () => {
    const v = await Viewer.open(browser, '?niveau=wijk&kaart=WK098802&basemap=offline', undefined, `${server.origin}/`);
    const cam = await v.camera();
    // WK098802 spans 5.60–5.64 E, 51.22–51.24 N: the view is centred on it.
    expect(cam.center[0]).toBeCloseTo(5.62, 2);
    expect(cam.center[1]).toBeCloseTo(51.23, 2);
    expect(await v.renderedAreaCodes()).toContain('WK098802');
    // The overlays that need whole polygons say why they are not there.
    await expect(v.page.getByTestId('overlays-tiled').textContent()).resolves.toMatch(/vectortegels/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
