// Given the growth overlay, an adviser changes a location's homes and sees map, table and ruimteclaim follow;
// compares two scenarios side by side and as a difference map; and a broken saved scenario changes nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const num = (t: string | null) => Number((t ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
const LAARVELD = 'BU09880205';

describe('growth scenarios', () => {
  it('switches on, shows growth per buurt, and a location’s homes move map, table and ruimteclaim', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&niveau=buurt');
    await v.page.getByTestId('gs-toggle').check();
    const panel = v.page.getByTestId('gs-panel');
    await panel.getByTestId('gs-summary').waitFor({ timeout: 20_000 });
    await expect.poll(() => v.page.getByTestId('map-caption').textContent()).toContain('Groei van het aantal inwoners');
    expect(v.page.url()).toContain('laag=groei');
    // Every default scenario reaches the 4.650 homes of the begroting 2026 by 2040.
    await expect(panel.getByTestId('gs-target').locator('figcaption').textContent()).resolves.toMatch(
      /4\.650 van 4\.650 in 2040/,
    );

    // Laarveld (fase 3 and 4, published counts) at its 2040 value, in the table.
    await v.showTable();
    const before = num(await v.page.locator(`tr[data-code="${LAARVELD}"] td.num`).first().textContent());
    expect(before).toBeGreaterThan(0);
    await v.page.getByRole('tab', { name: 'Kaart' }).click();
    const TUNGELROY = 'BU09883201';
    const colourBefore = await v.areaColour(TUNGELROY);
    const claimBefore = num(await panel.getByTestId('gs-claim-total').textContent());

    // The adviser sets 2.000 homes in Laarveld fase 4 for 2030.
    await panel.getByTestId('gs-slider').fill('2030');
    await expect(panel.getByTestId('gs-year').textContent()).resolves.toBe('2030');
    await panel.getByTestId('gs-slider').fill('2040');
    await v.page.getByTestId('gs-scenario').selectOption('basis');
    const input = panel.getByTestId('gs-homes-laarveld-4');
    await panel.getByTestId('gs-slider').fill('2030');
    await input.fill('2000');
    await expect.poll(() => v.page.url()).toMatch(/scenariowijzig=w%3Alaarveld-4%3A2030%3A2000/);
    await panel.getByTestId('gs-slider').fill('2040');
    await expect.poll(async () => num(await panel.getByTestId('gs-claim-total').textContent())).toBeGreaterThan(claimBefore);
    await expect(v.page.getByTestId('map-caption').textContent()).resolves.toContain('wat als');
    await v.showTable();
    await expect
      .poll(async () => num(await v.page.locator(`tr[data-code="${LAARVELD}"] td.num`).first().textContent()))
      .toBeGreaterThan(before);
    await v.page.getByRole('tab', { name: 'Kaart' }).click();

    // A new location from the keyboard (the middle of a chosen buurt) colours a buurt that had no growth.
    await panel.getByTestId('gs-add-buurt').selectOption({ label: 'Tungelroy' });
    await panel.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect.poll(() => v.areaColour(TUNGELROY)).not.toBe(colourBefore);
    await expect(panel.getByTestId('gs-project-nieuw-1').textContent()).resolves.toMatch(/Nieuwe locatie 1.*Tungelroy/);

    // Undo (twice) brings the published plan back.
    await panel.getByTestId('gs-undo').click();
    await expect.poll(() => v.areaColour(TUNGELROY)).toBe(colourBefore);
    await panel.getByTestId('gs-undo').click();
    await expect.poll(async () => num(await panel.getByTestId('gs-claim-total').textContent())).toBe(claimBefore);
    expect(v.page.url()).not.toContain('scenariowijzig=');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('opens two scenarios side by side with one set of classes, and as a difference map', async () => {
    const v = await Viewer.open(
      browser,
      '?basemap=offline&niveau=buurt&laag=groei&indicator=GS_INWONERS&groep=totaal&jaar=2040&scenario=uitbreiding&scenario2=verdichting&weergave=naast',
    );
    await v.page.getByTestId('side-map').waitFor({ timeout: 20_000 });
    await expect(v.page.getByTestId('side-map').textContent()).resolves.toContain('Verdichting');
    // Laarveld grows in "uitbreiding", Weert-Centrum in "verdichting": the maps differ there.
    await expect.poll(() => v.areaColour(LAARVELD, 'hoofd')).not.toBe(undefined);
    const mainLaarveld = await v.areaColour(LAARVELD, 'hoofd');
    const sideLaarveld = await v.areaColour(LAARVELD, 'vergelijk');
    expect(mainLaarveld).not.toBe(sideLaarveld);
    // Each map draws its own scenario's locations with the same symbol layer (deck.gl, picked over the whole map).
    const located = (overlay: string, mapId: string) =>
      v.page.evaluate(
        ([o, m]) => {
          const deck = (
            window as unknown as {
              __weertTest: {
                objects: Record<
                  string,
                  { pickObjects: (r: object) => Array<{ layer: { id: string }; object: { names: string[] } }> } | undefined
                >;
              };
            }
          ).__weertTest.objects[o as string];
          const canvas = testMap(m as string) as unknown as { getCanvas: () => HTMLCanvasElement };
          const { clientWidth: width, clientHeight: height } = canvas.getCanvas();
          const hits = deck?.pickObjects({ x: 0, y: 0, width, height, layerIds: ['gs-locaties'] }) ?? [];
          return [...new Set(hits.flatMap((h) => h.object.names))].sort();
        },
        [overlay, mapId],
      );
    await expect.poll(async () => (await located('groei-b', 'vergelijk')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await located('groei', 'hoofd')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await located('groei-b', 'vergelijk')).not.toEqual(await located('groei', 'hoofd'));

    await v.page.getByTestId('gs-diff').check();
    await expect.poll(() => v.page.getByTestId('map-caption').textContent()).toContain('Verschil in extra inwoners');
    await expect(v.page.getByTestId('map-caption').textContent()).resolves.toContain('Uitbreiding min Verdichting');
    expect(v.page.url()).toContain('verschil=aan');
    await v.showTable();
    // Uitbreiding puts more people in Laarveld than Verdichting: a positive difference.
    await expect.poll(async () => (await v.page.locator(`tr[data-code="${LAARVELD}"]`).textContent()) ?? '').toMatch(/\+\d/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('crosses growth with a social indicator in a 3×3 map with an explained legend', async () => {
    const v = await Viewer.open(
      browser,
      '?basemap=offline&niveau=buurt&laag=groei&indicator=GS_GROEI&groep=totaal&jaar=2040&scenario=gespreid&bivariaat=P_65_EO_JR',
    );
    const legend = v.page.getByTestId('bivariate-legend');
    await legend.waitFor({ timeout: 20_000 });
    const cells = await legend.locator('td').allTextContents();
    expect(cells).toHaveLength(9);
    // Every buurt with both values is in one cell.
    expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('refuses a broken saved scenario with a Dutch message and keeps the current one', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&laag=groei&scenario=verdichting');
    const panel = v.page.getByTestId('gs-panel');
    await panel.getByTestId('gs-summary').waitFor({ timeout: 20_000 });
    const bad = join(tmpdir(), 'kapot-scenario.json');
    writeFileSync(
      bad,
      JSON.stringify({ soort: 'weert-groeiscenario', versie: 1, scenario: 'verdichting', wijzigingen: 'w:x:20:1' }),
    );
    await panel.getByTestId('gs-load-file').setInputFiles(bad);
    await expect(panel.getByTestId('gs-load-message').textContent()).resolves.toMatch(
      /kapot-scenario\.json.*'wijzigingen' is ongeldig/,
    );
    expect(v.page.url()).not.toContain('scenariowijzig');
    expect(v.page.url()).toContain('scenario=verdichting');

    const good = join(tmpdir(), 'goed-scenario.json');
    writeFileSync(
      good,
      JSON.stringify({ soort: 'weert-groeiscenario', versie: 1, scenario: 'uitbreiding', wijzigingen: 'w:laarveld-4:2031:40' }),
    );
    await panel.getByTestId('gs-load-file').setInputFiles(good);
    await expect.poll(() => v.page.url()).toContain('scenario=uitbreiding');
    expect(v.page.url()).toContain('scenariowijzig=w%3Alaarveld-4%3A2031%3A40');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

/** The page-side helper the driver installs (a map instance of the test build's hook, by map id). */
declare function testMap(id: string): unknown;
