// Given the production build served offline, when a user works with the viewer, then they see the real source values.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

/** The exact source row the assertions are about, read from the committed source CSV (not from the app's data). */
function sourceValue(file: string, code: string, indicator: string, year: string, subgroup: string): number {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.area_code === code && r.indicator === indicator && r.year === year && r.subgroup === subgroup);
  if (!row?.value) throw new Error(`no source row for ${code} ${indicator} ${year}`);
  return Number(row.value);
}

const HEALTH = 'geodata/sources/stats/weert_gezondheid_wijk_buurt_2012_2016_2020.csv';
const nl1 = (v: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('kaartviewer', () => {
  it('starts offline and draws the 16 wijken without errors', async () => {
    const v = await Viewer.open(browser);
    const codes = await v.waitForRenderedCount(16);
    expect(codes).toHaveLength(16);
    expect(codes.every((c) => /^WK0988\d\d$/.test(c))).toBe(true);
    await expect(v.page.getByTestId('legend').textContent()).resolves.toContain('Eenzaam');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('shows the exact source value for Wijk 34 Stramproy in tooltip and table, in Dutch format', async () => {
    const value = sourceValue(HEALTH, 'WK098834', 'Eenzaam', '2020', 'leeftijd 18+');
    const expected = `${nl1(value)}%`;
    const v = await Viewer.open(browser, '?indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B');
    const tip = await v.hoverArea('Stramproy');
    expect(tip).toContain('Wijk 34 Stramproy');
    expect(tip).toContain(expected);
    // Dragging the map moves the area away from under the tooltip: the tooltip goes.
    const box = await v.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await v.page.mouse.down();
    await v.page.mouse.move(box.x + 40, box.y + 40, { steps: 6 });
    await v.page.mouse.up();
    await v.page.getByTestId('tooltip').waitFor({ state: 'detached' });
    await v.showTable();
    expect(await v.tableRowText('WK098834')).toContain(expected);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('switches to buurt level and draws 38 buurten; the table lists them all', async () => {
    const v = await Viewer.open(browser);
    await v.chooseLevel('Buurten');
    const codes = await v.waitForRenderedCount(38);
    expect(codes).toHaveLength(38);
    await v.showTable();
    await expect(v.page.locator('[data-testid=data-table] tbody tr').count()).resolves.toBe(38);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('shows no-data areas as "geen gegevens", never as 0', async () => {
    // Two industrial buurten have no health figures in 50090NED.
    const v = await Viewer.open(browser, '?niveau=buurt&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B&weergave=tabel');
    const row = await v.tableRowText('BU09880302');
    expect(row).toContain('geen gegevens');
    expect(row).not.toMatch(/\b0(,0)?%/);
    await v.page.close();
  });

  it('opens an area profile with the value, Weert, Nederland and a trend', async () => {
    const v = await Viewer.open(browser, '?indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B');
    await v.clickArea('Stramproy');
    const profile = v.page.getByTestId('profile');
    const value = sourceValue(HEALTH, 'WK098834', 'Eenzaam', '2020', 'leeftijd 18+');
    await expect(profile.getByTestId('profile-value').textContent()).resolves.toBe(`${nl1(value)}%`);
    const weert = sourceValue(HEALTH, 'GM0988', 'Eenzaam', '2020', 'leeftijd 18+');
    const nl = sourceValue(HEALTH, 'NL01', 'Eenzaam', '2020', 'leeftijd 18+');
    const text = (await profile.textContent()) ?? '';
    expect(text).toContain(`${nl1(weert)}%`);
    expect(text).toContain(`${nl1(nl)}%`);
    await expect(profile.locator('.trend circle').count()).resolves.toBeGreaterThanOrEqual(3);
    expect(v.page.url()).toContain('gebied=WK098834');
    await v.page.close();
  });

  it('on a phone, brings the profile of a tapped area into view', async () => {
    const v = await Viewer.open(browser, '?basemap=offline', { width: 390, height: 844 });
    await v.clickArea('Stramproy');
    const heading = v.page.getByTestId('profile').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(844);
    await expect(heading.evaluate((h) => h.getBoundingClientRect().bottom)).resolves.toBeGreaterThan(0);
    await v.page.close();
  });

  it('survives a tampered link: explains, falls back, never a blank screen', async () => {
    const v = await Viewer.open(browser, '?indicator=%3Cscript%3E&jaar=abc&niveau=provincie&gebied=WK999999');
    await expect(v.page.getByRole('status').textContent()).resolves.toMatch(/ongeldig/);
    expect(await v.waitForRenderedCount(16)).toHaveLength(16);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('sorts the table from the keyboard', async () => {
    const v = await Viewer.open(browser, '?weergave=tabel');
    const header = v.page.getByRole('button', { name: /^Waarde/ });
    await header.focus();
    await v.page.keyboard.press('Enter');
    await expect(v.page.locator('th[aria-sort=ascending]').textContent()).resolves.toContain('Waarde');
    await v.page.keyboard.press('Enter');
    await expect(v.page.locator('th[aria-sort=descending]').textContent()).resolves.toContain('Waarde');
    // The sort order is part of the link: opening it again shows the same table.
    expect(v.page.url()).toContain('sorteer=-waarde');
    const again = await Viewer.open(browser, `?${v.page.url().split('?')[1]}`);
    await again.page.getByTestId('data-table').waitFor();
    await expect(again.page.locator('th[aria-sort=descending]').textContent()).resolves.toContain('Waarde');
    await again.page.close();
    await v.page.close();
  });

  it('takes screenshots at desktop, projector and phone size', async () => {
    for (const [name, width, height] of [
      ['desktop', 1440, 900],
      ['projector', 1920, 1080],
      ['phone', 390, 844],
    ] as const) {
      const v = await Viewer.open(browser, '', { width, height });
      await v.page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
      expect(v.errors).toEqual([]);
      await v.page.close();
    }
  });
});
