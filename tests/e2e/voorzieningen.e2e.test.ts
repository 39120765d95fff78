// Given the viewer, a user switches the voorzieningen overlay on (deck.gl arrives only then), adds a huisarts in a
// wijk and sees that wijk's mean distance drop without a reload, undoes it and sees the old value back.
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

const scripts = (v: Viewer) =>
  v.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.m?js$/.test(n)),
  );
const km = (t: string | null) => Number((t ?? '').replace(/[^\d,]/g, '').replace(',', '.'));

describe('voorzieningen overlay', () => {
  it('loads deck.gl on first use, and a what-if huisarts lowers its wijk’s mean distance until undone', async () => {
    const v = await Viewer.open(browser, '?basemap=offline');
    expect((await scripts(v)).filter((n) => /DeckOverlay|Voorzieningen|distance\.worker/.test(n))).toEqual([]);

    await v.page.getByTestId('vz-toggle').check();
    const row = v.page.getByTestId('vz-wijk-WK098834');
    await row.waitFor();
    await expect.poll(async () => (await scripts(v)).some((n) => /DeckOverlay/.test(n))).toBe(true);
    expect(v.page.url()).toContain('laag=voorzieningen');
    const before = km(await row.locator('td.was').textContent());
    expect(before).toBeGreaterThan(0);

    await v.page.getByTestId('vz-wijk').selectOption({ label: 'Wijk 34 Stramproy' });
    await v.page.getByTestId('vz-add-wijk').click();
    const after = row.locator('td.nu');
    await after.waitFor();
    await expect.poll(async () => km(await after.textContent())).toBeLessThan(before);
    expect(v.page.url()).toMatch(/wijzig=%2Bhuisarts%3Anieuw-1%40/);

    // The per-area indicator is an indicator like any other: its map and table follow the what-if.
    await v.chooseIndicator('Afstand tot huisartsenpraktijk (eigen berekening)');
    await expect(v.page.getByTestId('map-caption').textContent()).resolves.toContain('wat als');
    await v.showTable();
    const cell = v.page.locator('tr[data-code="WK098834"] td.num').first();
    await expect.poll(async () => km(await cell.textContent())).toBe(km(await after.textContent()));
    await v.page.getByRole('tab', { name: 'Kaart' }).click();

    await v.page.getByTestId('vz-undo').click();
    await expect.poll(() => row.locator('td.nu').count()).toBe(0);
    expect(km(await row.locator('td.was').textContent())).toBe(before);
    expect(v.page.url()).not.toContain('wijzig=');
    await expect(v.page.getByTestId('map-caption').textContent()).resolves.not.toContain('wat als');

    await v.page.getByTestId('vz-redo').click();
    await expect.poll(async () => km(await row.locator('td.nu').textContent())).toBeLessThan(before);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('restores a shared what-if link, and says which types have no data instead of inventing points', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&laag=voorzieningen&wijzig=%2Bhuisarts%3Anieuw-1%405.7,51.2');
    const row = v.page.getByTestId('vz-wijk-WK098834');
    await expect.poll(() => row.locator('td.nu').count(), { timeout: 20_000 }).toBe(1);
    await v.page.getByLabel('Voorziening', { exact: true }).selectOption('supermarkt');
    await expect(v.page.getByTestId('vz-geen-gegevens').textContent()).resolves.toMatch(/Geen gegevens.*npm run import/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('moving a facility', () => {
  it('moves a listed huisarts to where the user clicks on the map', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&laag=voorzieningen');
    const panel = v.page.getByTestId('vz-panel');
    await panel.getByText(/^Locaties \(\d+\)$/).click();
    await panel
      .getByRole('button', { name: /verplaatsen/ })
      .first()
      .click();
    const box = await v.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await v.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => v.page.url()).toMatch(/wijzig=%7Ehuisarts%3Ahuisarts-0%40/);
    await expect.poll(() => v.page.getByTestId('vz-effect').locator('td.nu').count()).toBe(16);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('own estimate beside the CBS figure', () => {
  it('shows CBS’s road distance next to the own estimate in the area profile', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&indicator=VZ_AFST_HUISARTS&gebied=WK098834');
    const profile = v.page.getByTestId('profile');
    await expect(profile.getByTestId('profile-value').textContent()).resolves.toMatch(/^\d+,\d km$/);
    // CBS AF_ARTSPR 2022 for Wijk 34 Stramproy is 0,8 km (geodata/sources/stats/weert_kwb_wijk_2022.csv).
    await expect(profile.getByTestId('profile-compare-with').textContent()).resolves.toBe('0,8 km');
    await expect(profile.textContent()).resolves.toMatch(/CBS, 2022/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
