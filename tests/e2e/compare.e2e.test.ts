// Given the production build served offline, an adviser opens Stramproy's profile, compares it with Keent on every
// theme, and sends the link: it opens the same comparison.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

const QUERY = '?basemap=offline&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B';

describe('compare two areas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows Stramproy and Keent side by side and restores the comparison from the link', async () => {
    const v = await Viewer.open(browser, QUERY);
    await v.clickArea('Stramproy');
    const profile = v.page.getByTestId('profile');
    await profile.getByTestId('compare-area-select').selectOption('WK098821');
    const row = profile.locator('[data-testid="compare-table"] tr[data-indicator="Eenzaam"]');
    await row.waitFor();
    // The source values: 45,3% for Stramproy, 53,4% for Keent (RIVM, 2020, 18 jaar en ouder).
    await expect(row.locator('[data-col="a"]').textContent()).resolves.toBe('45,3%');
    await expect(row.locator('[data-col="b"]').textContent()).resolves.toBe('53,4%');
    await expect(row.textContent()).resolves.toContain('−8,1 procentpunt');
    const url = v.page.url();
    expect(url).toContain('gebied=WK098834');
    expect(url).toContain('vergelijkgebied=WK098821');

    await v.page.reload();
    await v.waitForChoropleth();
    const again = v.page.locator('[data-testid="compare-table"] tr[data-indicator="Eenzaam"]');
    await again.waitFor();
    await expect(v.page.getByTestId('compare-area-select').inputValue()).resolves.toBe('WK098821');
    await expect(again.locator('[data-col="a"]').textContent()).resolves.toBe('45,3%');
    await expect(again.locator('[data-col="b"]').textContent()).resolves.toBe('53,4%');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('makes each second area a step in the history: Back returns to the area compared before, then closes the comparison', async () => {
    const v = await Viewer.open(browser, QUERY);
    await v.clickArea('Stramproy');
    const select = v.page.getByTestId('compare-area-select');
    const table = v.page.getByTestId('compare-table');
    const param = () => new URL(v.page.url()).searchParams.get('vergelijkgebied');
    await select.selectOption('WK098821');
    await expect.poll(param).toBe('WK098821');
    await select.selectOption('WK098801');
    await expect.poll(param).toBe('WK098801');

    await v.page.goBack();
    await expect.poll(param).toBe('WK098821');
    await expect.poll(() => select.inputValue()).toBe('WK098821');
    await expect(table.locator('tr[data-indicator="Eenzaam"] [data-col="b"]').textContent()).resolves.toBe('53,4%');

    await v.page.goBack();
    await expect.poll(param).toBeNull();
    await expect.poll(() => table.count()).toBe(0);
    // The profile itself is still open: only the comparison was closed.
    expect(new URL(v.page.url()).searchParams.get('gebied')).toBe('WK098834');
    await expect(v.page.getByTestId('profile').isVisible()).resolves.toBe(true);

    await v.page.goForward();
    await expect.poll(param).toBe('WK098821');
    await expect.poll(() => table.count()).toBe(1);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
