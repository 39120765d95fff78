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

/** Feature state of an area on the tiled source (vector sources need their source layer). */
const colourOf = (v: Viewer, code: string, layer: string) =>
  v.page.evaluate(
    ([c, l]) =>
      (
        (window as unknown as { testMap: (id: string) => { getFeatureState(f: object): { color?: string } } }).testMap(
          'hoofd',
        ) as { getFeatureState(f: object): { color?: string } }
      ).getFeatureState({ source: 'areas', sourceLayer: l, id: c }).color,
    [code, layer],
  );

describe('tiled layout (vector tiles, an area index per level, one file per indicator)', () => {
  it('paints the buurten from vector tiles and shows the source value for the right buurt', async () => {
    const v = await Viewer.open(
      browser,
      '?niveau=buurt&indicator=P_65_EO_JR&jaar=2024&basemap=offline',
      undefined,
      `${server.origin}/`,
    );
    const requested: string[] = [];
    v.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Every buurt is rendered from the tiles, each with its code (promoteId) and a class colour as feature state.
    expect(await v.waitForRenderedCount(4)).toEqual(['BU09880101', 'BU09880102', 'BU09880201', 'BU09880202']);
    const colour = await colourOf(v, 'BU09880201', 'buurt');
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    // Source: P_65_EO_JR 2024 for BU09880201 is 21.5 (tests/golden/fixtures/mini/stats/mini.csv).
    expect(await v.hoverArea('Proefbuurt Noordwest')).toMatch(/21,5/);
    // The other indicator comes from its own file when chosen; the map is repainted with it.
    const before = await v.page.evaluate(() => performance.getEntriesByName('kaart-bijgewerkt').length);
    await v.chooseIndicator('Inwoners');
    await v.page.waitForFunction((n) => performance.getEntriesByName('kaart-bijgewerkt').length > n, before);
    expect(requested.filter((p) => p.includes('/data/indicators/'))).toEqual(['/data/indicators/AANT_INW.json']);
    expect(await v.hoverArea('Proefbuurt Zuidwest')).toMatch(/350/);
    // The profile (from a click on the map) holds the same source value.
    await v.clickArea('Proefbuurt Zuidwest');
    await expect(v.page.getByTestId('profile').textContent()).resolves.toMatch(/Proefbuurt Zuidwest/);
    await v.page.getByTestId('profile').getByText('350', { exact: false }).first().waitFor();
    expect(v.errors).toEqual([]);
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
