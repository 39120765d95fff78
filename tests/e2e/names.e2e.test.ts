// Given the production build served offline, the name of one wijk as the user meets it on screen — map label,
// tooltip, profile heading, area picker, table row and the compare list — is the same everywhere, except the map
// label, which drops CBS's "Wijk 34 " prefix by design (tests/unit/names.test.ts checks the exports and all areas).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

describe('area names on screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('calls Wijk 34 Stramproy the same in tooltip, profile, picker, table and compare; the map label is “Stramproy”', async () => {
    const v = await Viewer.open(browser, '?basemap=offline&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B');
    const full = 'Wijk 34 Stramproy';
    const label = await v.page
      .locator('.map-label', { hasText: /^Stramproy$/ })
      .first()
      .textContent();
    await v.hoverArea('Stramproy');
    const tooltip = await v.page.getByTestId('tooltip').locator('strong').textContent();
    await v.clickArea('Stramproy');
    const profile = await v.page.getByTestId('profile').getByRole('heading', { level: 2 }).textContent();
    const picker = await v.page.getByTestId('area-picker').locator('option[value="WK098834"]').textContent();
    // From Keent's profile, Stramproy as the second area: in the list and as the column heading.
    await v.page.getByTestId('area-picker').selectOption('WK098821');
    const compareSelect = v.page.getByTestId('compare-area-select');
    const compareOption = await compareSelect.locator('option[value="WK098834"]').textContent();
    await compareSelect.selectOption('WK098834');
    const compareColumn = await v.page.getByTestId('compare-table').locator('thead th').nth(2).textContent();
    await v.showTable();
    const table = await v.page.locator('tr[data-code="WK098834"] th').textContent();
    expect({ tooltip, profile, picker, compareOption, compareColumn, table }).toEqual({
      tooltip: full,
      profile: full,
      picker: full,
      compareOption: full,
      compareColumn: full,
      table: full,
    });
    expect(label).toBe('Stramproy');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
