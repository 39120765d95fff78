// Given the derived deelgebieden, the regional map and the change map, a user sees what the sources say — and how.
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

describe('gebiedsindelingen', () => {
  it('shows the 5 Omgevingsvisie deelgebieden, says they are derived, and their inwoners add up to Weert', async () => {
    const v = await Viewer.open(browser);
    await v.chooseLevel('Deelgebieden');
    expect(await v.waitForRenderedCount(5)).toEqual(['DG01', 'DG02', 'DG03', 'DG04', 'DG05']);
    await expect(v.page.getByTestId('derivation').textContent()).resolves.toMatch(/Afgeleide indeling/);
    await v.chooseIndicator('Inwoners');
    await v.showTable();
    const cells = await v.page.locator('[data-testid=data-table] tbody td.num:first-of-type').allTextContents();
    const sum = cells.map((t) => Number(t.replace(/\./g, ''))).reduce((a, b) => a + b, 0);
    // 2024: buurten sum to 51.070 against 51.079 for the gemeente (counts rounded to 5, three secret buurten).
    expect(Math.abs(sum - 51079)).toBeLessThanOrEqual(110);
    await expect(v.page.getByTestId('aggregation-method').textContent()).resolves.toMatch(/som van de buurten/);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('compares Weert with the Midden-Limburg gemeenten on a regional map', async () => {
    const v = await Viewer.open(browser, '?niveau=gemeente&indicator=AF_ARTSPR');
    expect(await v.waitForRenderedCount(7)).toEqual(['GM0946', 'GM0957', 'GM0988', 'GM1640', 'GM1641', 'GM1669', 'GM1711']);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('draws a change map between two years and flags a change of area division', async () => {
    const v = await Viewer.open(browser, '?niveau=buurt&indicator=P_65_EO_JR&jaar=2024&vergelijk=2017');
    await expect(v.page.getByTestId('legend').textContent()).resolves.toMatch(/Verandering in aandeel 65 jaar en ouder/);
    await expect(v.page.getByTestId('boundary-warning').textContent()).resolves.toMatch(/indeling 2017.*indeling 2024/);
    await v.page.close();
    const health = await Viewer.open(browser, '?indicator=Eenzaam&jaar=2020&vergelijk=2012');
    await expect(health.page.getByTestId('legend').textContent()).resolves.toMatch(/2012 → 2020/);
    // Health is published on one area division (2020) for every year: no warning.
    await expect(health.page.getByTestId('boundary-warning').count()).resolves.toBe(0);
    expect(health.errors).toEqual([]);
    await health.page.close();
  });
});
