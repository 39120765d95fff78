// Given the production build served offline, a policy adviser looks at households per wijk, switches to "per 1.000
// inwoners" and sees the rate on the map, in the tooltip, legend, headline, profile and table — the same number the
// count's table gave in its rate column — and a shared link opens the rate again. A withheld buurt stays withheld.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

const QUERY = '?basemap=offline&indicator=AANTAL_HH&niveau=wijk&jaar=2024';

describe('a count per 1.000 inwoners', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('maps, explains and tabulates the rate, and the link restores it', async () => {
    const v = await Viewer.open(browser, QUERY);
    // The count's table has the rate as an extra column: what the rate map must show.
    await v.showTable();
    const rateCell = await v.page.locator('tr[data-code="WK098834"] [data-col="per1000"]').textContent();
    expect(rateCell).toMatch(/^\d{3},\d$/);
    const countCell = await v.page.locator('tr[data-code="WK098834"] td').first().textContent();
    expect(countCell).toMatch(/^\d[\d.]*$/);
    const countColour = await v.areaColour('WK098821');
    await v.page.getByRole('tab', { name: 'Kaart' }).click();

    const toggle = v.page.getByTestId('per1000-toggle');
    await expect(toggle.isChecked()).resolves.toBe(false);
    await toggle.check();
    await expect.poll(() => new URL(v.page.url()).searchParams.get('per1000')).toBe('aan');
    await expect
      .poll(() => v.page.getByTestId('headline').textContent())
      .toMatch(/^Huishoudens per 1\.000 inwoners \(alle inwoners, 2024\): hoogst in .+ per 1\.000 inwoners\)/);
    await expect(v.page.getByTestId('map-caption').textContent()).resolves.toContain(
      'bron: Eigen berekening uit cijfers van CBS',
    );
    const legend = v.page.locator('.sidebar').getByTestId('legend');
    await expect(legend.textContent()).resolves.toContain('Geen cijfer van CBS: per 1.000 inwoners is in deze viewer berekend');
    // Reclassified over the rates: the classes are no longer those of thousands of households.
    await expect.poll(() => v.areaColour('WK098821')).not.toBe(countColour);

    const tip = await v.hoverArea('Stramproy');
    expect(tip).toContain(`${rateCell} per 1.000 inwoners`);
    await v.clickArea('Stramproy');
    await expect(v.page.getByTestId('profile-value').textContent()).resolves.toBe(`${rateCell} per 1.000 inwoners`);

    await v.showTable();
    await expect(v.tableRowText('WK098834')).resolves.toContain(`${rateCell} per 1.000 inwoners`);
    await expect(v.page.locator('.data-table caption').textContent()).resolves.toContain('Huishoudens per 1.000 inwoners');
    // The published count it was computed from stands beside it.
    await expect(v.page.locator('tr[data-code="WK098834"] [data-col="count"]').textContent()).resolves.toBe(countCell);

    await v.page.reload();
    await v.waitForChoropleth();
    await expect(v.page.getByTestId('per1000-toggle').isChecked()).resolves.toBe(true);
    await expect(v.tableRowText('WK098834')).resolves.toContain(`${rateCell} per 1.000 inwoners`);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('keeps a buurt withheld whose count or population is withheld', async () => {
    const v = await Viewer.open(
      browser,
      '?basemap=offline&indicator=AANTAL_HH&niveau=buurt&jaar=2024&per1000=aan&weergave=tabel',
    );
    await v.page.getByTestId('data-table').waitFor();
    await expect(v.tableRowText('BU09881401')).resolves.toContain('afgeschermd');
    await expect(v.tableRowText('BU09881401')).resolves.not.toMatch(/\d per 1\.000/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
