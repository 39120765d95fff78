// Given the production build served offline, an adviser exports what they see: CSV files that hold the source
// values (suppression respected), a PNG with title, legend and source, a print version with map, legend and profile,
// and a link that opens the same view. The page runs under its Content-Security-Policy throughout.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, Viewer } from './driver';

const HEALTH = 'geodata/sources/stats/weert_gezondheid_wijk_buurt_2012_2016_2020.csv';
const EENZAAM = '?basemap=offline&indicator=Eenzaam&jaar=2020&groep=leeftijd+18%2B';

/** The value in the committed source CSV (not the app's data), written as Dutch Excel expects it. */
function sourceCell(code: string, indicator: string, year: string, subgroup: string): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(HEALTH, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.area_code === code && r.indicator === indicator && r.year === year && r.subgroup === subgroup);
  if (!row?.value) throw new Error(`no source row for ${code} ${indicator} ${year}`);
  return String(Number(row.value)).replace('.', ',');
}

async function readDownload(d: Download): Promise<Buffer> {
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Parse a downloaded CSV as Dutch Excel would: UTF-8 BOM, ';' between cells. */
function parseCsv(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const r = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

async function exportAction(page: Page, name: string): Promise<void> {
  const menu = page.getByTestId('export-menu');
  const details = menu.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.getByText('Exporteren').click();
  await menu.getByRole('button', { name }).click();
}

async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), exportAction(page, name)]);
  return { file, bytes: await readDownload(file) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('CSV export', () => {
  it('the table CSV holds the Stramproy value from the source, with unit, year and source', async () => {
    const v = await Viewer.open(browser, EENZAAM);
    const { file, bytes } = await download(v.page, 'CSV van de tabel');
    expect(file.suggestedFilename()).toBe('weert-eenzaam-wijk-leeftijd-18-2020.csv');
    const rows = parseCsv(bytes);
    const stramproy = rows.find((r) => r.Gebiedscode === 'WK098834');
    expect(stramproy?.Waarde).toBe(sourceCell('WK098834', 'Eenzaam', '2020', 'leeftijd 18+'));
    expect(stramproy).toMatchObject({ Gebied: 'Wijk 34 Stramproy', Jaar: '2020', Eenheid: 'procent' });
    expect(stramproy?.Bron).toContain('50090NED');
    await expect(v.page.getByTestId('export-status').textContent()).resolves.toContain('Gedownload');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('the whole-indicator CSV covers all levels and years, and leaves suppressed buurten empty', async () => {
    const v = await Viewer.open(browser, EENZAAM);
    const { bytes } = await download(v.page, 'CSV van de hele indicator');
    const rows = parseCsv(bytes);
    expect(new Set(rows.map((r) => r.Niveau))).toEqual(new Set(['buurt', 'wijk', 'deelgebied', 'gemeente', 'land']));
    for (const year of ['2012', '2016', '2020'])
      expect(rows.find((r) => r.Gebiedscode === 'WK098834' && r.Jaar === year && r.Groep === '18 jaar en ouder')?.Waarde).toBe(
        sourceCell('WK098834', 'Eenzaam', year, 'leeftijd 18+'),
      );
    const suppressed = rows.filter((r) => r.Opmerking === 'onderdrukt');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.Waarde === '')).toBe(true);
    await v.page.close();
  });

  it('the profile CSV holds the area against Weert with the source value', async () => {
    const v = await Viewer.open(browser, `${EENZAAM}&gebied=WK098834`);
    const [file] = await Promise.all([v.page.waitForEvent('download'), v.page.getByTestId('profile-csv').click()]);
    const rows = parseCsv(await readDownload(file));
    const own = rows.find((r) => r.Onderdeel === 'vergelijking' && r.Gebiedscode === 'WK098834');
    expect(own?.Waarde).toBe(sourceCell('WK098834', 'Eenzaam', '2020', 'leeftijd 18+'));
    expect(rows.find((r) => r.Onderdeel === 'vergelijking' && r.Gebiedscode === 'GM0988')?.Waarde).toBe(
      sourceCell('GM0988', 'Eenzaam', '2020', 'leeftijd 18+'),
    );
    await v.page.close();
  });
});

describe('PNG export', () => {
  it('draws the map with title, legend, source and date into an A4 landscape PNG', async () => {
    const v = await Viewer.open(browser, EENZAAM);
    const { file, bytes } = await download(v.page, 'Kaart als PNG');
    expect(file.suggestedFilename()).toBe('weert-eenzaam-wijk-leeftijd-18-2020-kaart.png');
    // PNG signature, then the IHDR chunk with width and height.
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1754, 1240]);

    // The lines the export drew: title, the legend's classes as on screen, the source and the date.
    const lines = ((await v.page.getByTestId('export-menu').getAttribute('data-png-lines')) ?? '').split('\n');
    const legendLabels = await v.page.locator('.legend-classes li > span:nth-child(2)').allTextContents();
    expect(lines[0]).toBe('Eenzaam');
    // On screen the class holding Weert's value carries a "◂ Weert" marker; the class itself is what the PNG draws.
    for (const l of legendLabels.slice(0, -1)) expect(lines).toContain(l.replace('◂ Weert', '').trim());
    expect(lines.join(' ')).toMatch(/Bron: RIVM\/CBS\/GGD'en.*50090NED/);
    expect(lines.join(' ')).toMatch(/Gemaakt op \d{1,2} \w+ \d{4}/);

    // The file decodes, is not blank, and every legend colour is in it (swatches and areas).
    const colours = await v.page
      .locator('.legend-classes .swatch:not(.nodata)')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const found = await v.page.evaluate(
      async ({ b64, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < d.length; i += 4) {
          const k = `rgb(${d[i]}, ${d[i + 1]}, ${d[i + 2]})`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        return { distinct: counts.size, perColour: colours.map((k) => counts.get(k) ?? 0) };
      },
      { b64: bytes.toString('base64'), colours },
    );
    expect(found.distinct).toBeGreaterThan(50);
    expect(colours.length).toBeGreaterThanOrEqual(3);
    // More than the legend swatch alone (48 × 28 px): the map's areas carry the colours too.
    for (const n of found.perColour) expect(n).toBeGreaterThan(48 * 28);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('print', () => {
  it('prints map, legend and profile, without the controls', async () => {
    const v = await Viewer.open(browser, `${EENZAAM}&gebied=WK098834`);
    await v.page.getByTestId('profile').waitFor();
    await v.page.emulateMedia({ media: 'print' });
    const box = async (sel: string) => v.page.locator(sel).first().boundingBox();
    const map = await box('[data-testid=map]');
    expect(map?.width).toBeGreaterThan(400);
    expect(map?.height).toBeGreaterThan(300);
    await expect(v.page.getByTestId('legend').isVisible()).resolves.toBe(true);
    await expect(v.page.getByTestId('profile').isVisible()).resolves.toBe(true);
    await expect(v.page.getByTestId('profile-value').isVisible()).resolves.toBe(true);
    for (const control of ['.controls', '.view-tabs', '[data-testid=export-menu]', '.maplibregl-ctrl-zoom-in', '.profile .close'])
      await expect(v.page.locator(control).first().isVisible(), control).resolves.toBe(false);
    // Map and legend side by side on the first page.
    const legend = await box('[data-testid=legend]');
    expect(legend && map && legend.x >= map.x + map.width - 1).toBe(true);
    await v.page.close();
  });

  it('prints the table view in full', async () => {
    const v = await Viewer.open(browser, `${EENZAAM}&weergave=tabel`);
    await v.page.getByTestId('data-table').waitFor();
    await v.page.emulateMedia({ media: 'print' });
    const rows = v.page.locator('[data-testid=data-table] tbody tr');
    await expect(rows.count()).resolves.toBe(16);
    // The last row is laid out in full (not cut off by a scrolling box).
    const last = await rows.last().boundingBox();
    const wrap = await v.page.locator('.table-wrap').boundingBox();
    expect(last && wrap && last.y + last.height <= wrap.y + wrap.height + 1).toBe(true);
    await expect(v.page.getByTestId('legend').isVisible()).resolves.toBe(true);
    await expect(v.page.locator('.controls').isVisible()).resolves.toBe(false);
    await v.page.close();
  });

  it('"Afdrukken" prints a still of the map in place of the live one, and removes it afterwards', async () => {
    const v = await Viewer.open(browser, `${EENZAAM}&gebied=WK098834`);
    // The print dialog itself is the browser's: count the calls instead.
    await v.page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    await exportAction(v.page, 'Afdrukken');
    const still = v.page.getByTestId('print-map');
    await still.waitFor({ state: 'attached' });
    await expect.poll(() => v.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await v.page.emulateMedia({ media: 'print' });
    await expect(still.isVisible()).resolves.toBe(true);
    await expect(v.page.locator('.map-wrap').isVisible()).resolves.toBe(false);
    const size = await still.evaluate((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight]);
    expect(size).toEqual([1600, 1120]);
    await v.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => still.count()).toBe(0);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});

describe('share link', () => {
  it('copies a link that restores the view', async () => {
    const v = await Viewer.open(browser, EENZAAM);
    await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await v.chooseLevel('Buurten');
    await v.waitForRenderedCount(38);
    await v.page.getByRole('radio', { name: '2016' }).check();
    await v.page.getByLabel('Klassenindeling').selectOption('equal');
    await v.clickArea('Stramproy');
    const shown = {
      level: await v.page.getByRole('radio', { name: /^Buurten/ }).isChecked(),
      caption: await v.page.getByTestId('map-caption').textContent(),
      profile: await v.page.getByTestId('profile').getByRole('heading', { level: 2 }).textContent(),
      legend: await v.page.getByTestId('legend').textContent(),
    };
    // The menu closes with Escape, back on its button.
    const details = v.page.getByTestId('export-menu').locator('details');
    await v.page.getByTestId('export-menu').getByText('Exporteren').click();
    await v.page.getByRole('button', { name: 'Kopieer link' }).focus();
    await v.page.keyboard.press('Escape');
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(v.page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await exportAction(v.page, 'Kopieer link');
    await expect(v.page.getByTestId('export-status').textContent()).resolves.toContain('Link naar deze weergave gekopieerd');
    const link = await v.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);
    expect(link).toContain('niveau=buurt');
    expect(link).toContain('gebied=BU09883401');

    const again = await Viewer.open(browser, link.slice(BASE_URL.length));
    await again.page.getByTestId('profile').waitFor();
    expect({
      level: await again.page.getByRole('radio', { name: /^Buurten/ }).isChecked(),
      caption: await again.page.getByTestId('map-caption').textContent(),
      profile: await again.page.getByTestId('profile').getByRole('heading', { level: 2 }).textContent(),
      legend: await again.page.getByTestId('legend').textContent(),
    }).toEqual(shown);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await v.page.close();
  });
});

describe('Content-Security-Policy', () => {
  it('the built page carries a strict policy, and map, worker and deck.gl run under it without violations', async () => {
    // The production build (what goes on the website) and the test build served here.
    for (const file of ['dist/index.html', 'dist-e2e/index.html']) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      const origins = policy.match(/https?:\/\/[^\s;]+/g) ?? [];
      // Only PDOK's API (basemap style, tiles, glyphs, sprites): tests/unit/csp.test.ts derives this from the code.
      expect(new Set(origins)).toEqual(new Set(['https://api.pdok.nl']));
      // No inline script or style left for the policy to refuse.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle="/);
    }

    // A page of its own (not the driver's), so the violation listener is in place before the first script runs.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    // The overlay brings deck.gl and the distance worker; maplibre's own worker draws the areas.
    await page.goto(`${BASE_URL}${EENZAAM}&laag=voorzieningen`);
    await page.waitForFunction(() => performance.getEntriesByName('eerste-kaart').length > 0, null, { timeout: 30_000 });
    await page.getByTestId('vz-wijk-WK098834').locator('td.was').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.map-cell canvas').count()).toBeGreaterThanOrEqual(2);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // The listener works: an injected inline script is refused.
    await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.ran = true';
      document.body.append(el);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await page.close();
  });
});
