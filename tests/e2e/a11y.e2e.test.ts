// axe-core (WCAG 2.1 A and AA rules) on every main view at desktop, projector and phone size: 0 violations. What
// axe cannot see (keyboard paths, focus return, sizes) has its own tests in werkplek.e2e.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, Viewer } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy does not apply to it.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  )) as { violations: AxeViolation[] };
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

const VIEWS: [string, string, string?][] = [
  ['kaart', '?basemap=offline'],
  ['tabel', '?basemap=offline&weergave=tabel'],
  ['profiel', '?basemap=offline&gebied=WK098834'],
  ['vergelijking', '?basemap=offline&gebied=WK098834&vergelijkgebied=WK098821', 'compare-table'],
  ['twee jaren', '?basemap=offline&weergave=naast'],
  ['voorzieningen', '?basemap=offline&laag=voorzieningen', 'vz-panel'],
  ['groeiscenario', '?basemap=offline&laag=groei&indicator=GS_GROEI&groep=totaal&niveau=buurt', 'gs-summary'],
  ['presentatie', '?basemap=offline&presentatie=aan&gebied=WK098834'],
  ['per 1.000 inwoners', '?basemap=offline&indicator=AANTAL_HH&jaar=2024&per1000=aan&gebied=WK098834'],
];
// Every view at desktop size; at projector and phone size the views whose layout differs there.
const SIZES = [
  { width: 1440, height: 900, views: VIEWS },
  { width: 1920, height: 1080, views: VIEWS.filter(([n]) => ['kaart', 'profiel', 'presentatie', 'groeiscenario'].includes(n)) },
  {
    width: 390,
    height: 844,
    views: VIEWS.filter(([n]) =>
      ['kaart', 'tabel', 'profiel', 'vergelijking', 'voorzieningen', 'groeiscenario', 'per 1.000 inwoners'].includes(n),
    ),
  },
];

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const size of SIZES) {
    it(`has no violations on any main view at ${size.width}×${size.height}`, async () => {
      const found: string[] = [];
      for (const [name, query, waitFor] of size.views) {
        const v = await Viewer.open(browser, query, { width: size.width, height: size.height });
        if (waitFor) await v.page.getByTestId(waitFor).waitFor({ state: 'attached', timeout: 20_000 });
        for (const line of await violations(v.page)) found.push(`${name}: ${line}`);
        await v.page.close();
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
