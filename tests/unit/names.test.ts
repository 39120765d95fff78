// One name per area everywhere: the test collects what each place that shows an area calls it — map label (also the
// PNG's labels), tooltip, profile, table, area picker, compare, ranked list, headline, CSV exports — from the real
// code and data (components rendered to HTML), and fails when two differ. The map label is the one deliberate
// exception: the display name without CBS's "Wijk NN " prefix. Also the Dutch plurals of generated text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AreaCompare } from '../../src/components/AreaCompare';
import { AreaPicker } from '../../src/components/AreaPicker';
import { DataTable } from '../../src/components/DataTable';
import { Profile } from '../../src/components/Profile';
import { RankedBars } from '../../src/components/RankedBars';
import { Tooltip } from '../../src/components/Tooltip';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { type DataIndex, levelOfCode, levelsFor } from '../../src/lib/data';
import { profileCsv, tableCsv } from '../../src/lib/export';
import { deriveHeadline } from '../../src/lib/headline';
import { areaName, areaOptions, mapLabel } from '../../src/lib/names';
import { areaCount, countOf, indicatorCount, NOUNS, nounCount, plural, verb } from '../../src/lib/plural';
import { type AppState, resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .trim();
/** The text of the first element matching `re` (its content as group 1). */
function pick(html: string, re: RegExp, where: string): string {
  const m = re.exec(html);
  if (!m?.[1]) throw new Error(`${where}: not found in the rendered HTML`);
  return text(m[1]);
}

/** An indicator at the area's level on which it is the highest or lowest, so the headline names it. */
function headlineState(idx: DataIndex, code: string, codes: string[]): AppState {
  const level = levelOfCode(code) as AppState['level'];
  for (const entry of idx.catalogue.indicators) {
    if (!levelsFor(entry).includes(level)) continue;
    const { state } = resolveState({ indicator: entry.id, level }, idx);
    const { ranked } = deriveHeadline(deriveChoropleth(idx, state, codes));
    if (ranked[0]?.code === code || ranked.at(-1)?.code === code) return state;
  }
  throw new Error(`no indicator puts ${code} at the top or bottom`);
}

/** What every place calls the area `code`; `label` is the map's (and the PNG's) label. */
async function namesOf(code: string) {
  const { idx, geo } = await loadRealData();
  const level = levelOfCode(code) as AppState['level'];
  const view = geo.views[level];
  const codes = view.areas.features.map((f) => f.properties.code);
  const state = { ...headlineState(idx, code, codes), selected: code, compareArea: null };
  const c = deriveChoropleth(idx, state, codes);
  const headline = deriveHeadline(c);
  const other = codes.find((x) => x !== code) as string;
  const noop = () => {};

  const tooltip = renderToStaticMarkup(createElement(Tooltip, { hover: { code, x: 0, y: 0 } as never, choropleth: c }));
  const profile = renderToStaticMarkup(
    createElement(Profile, { idx, state, code, onClose: noop, onPickIndicator: noop, onCompareArea: noop }),
  );
  const table = renderToStaticMarkup(
    createElement(DataTable, { choropleth: c, selected: null, onSelect: noop, sort: { key: 'name', dir: 1 }, onSort: noop }),
  );
  const picker = renderToStaticMarkup(
    createElement(AreaPicker, { areas: areaOptions(idx, codes), selected: null, onSelect: noop, levelWord: 'wijk' }),
  );
  // Compared from another area: the option to choose it, and the column heading once chosen.
  const compare = renderToStaticMarkup(createElement(AreaCompare, { idx, code: other, other: code, onChange: noop }));
  const ranked = renderToStaticMarkup(createElement(RankedBars, { choropleth: c, headline, onSelect: noop }));
  const csvRow = tableCsv(c)
    .text.split('\r\n')
    .find((l) => l.startsWith(`${code};`));
  const profileRow = profileCsv(idx, state, code)
    .text.split('\r\n')
    .find((l) => l.includes(`;${code};`) || l.startsWith(`${code};`));
  const esc = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    display: areaName(idx, code),
    label: view.labels.find((l) => l.code === code)?.name,
    names: {
      tooltip: pick(tooltip, /<strong>(.*?)<\/strong>/, 'tooltip'),
      profile: pick(profile, /<h2 id="profile-title"[^>]*>(.*?)<\/h2>/, 'profile'),
      table: pick(table, new RegExp(`<tr data-code="${esc}"[^>]*><th[^>]*>(.*?)</th>`), 'table'),
      picker: pick(picker, new RegExp(`<option value="${esc}"[^>]*>(.*?)</option>`), 'picker'),
      compareOption: pick(compare, new RegExp(`<option value="${esc}"[^>]*>(.*?)</option>`), 'compare option'),
      compareColumn: pick(
        compare,
        /<th scope="col">Indicator<\/th><th scope="col">.*?<\/th><th scope="col">(.*?)<\/th>/,
        'compare column',
      ),
      ranked: headline.ranked.find((r) => r.code === code)?.name,
      rankedBars: ranked.includes(`>${areaName(idx, code)}<`) ? areaName(idx, code) : 'missing in ranked bars',
      headline: [headline.ranked[0], headline.ranked.at(-1)].find((r) => r?.code === code)?.name,
      csv: csvRow?.split(';')[1],
      profileCsv: profileRow?.split(';').find((f) => f === areaName(idx, code)) ?? profileRow,
    },
    headlineText: headline.text,
  };
}

describe('area names', () => {
  it('calls Wijk 34 Stramproy the same everywhere, and "Stramproy" only as a map label', async () => {
    const n = await namesOf('WK098834');
    expect(n.display).toBe('Wijk 34 Stramproy');
    for (const [where, name] of Object.entries(n.names)) expect(name, where).toBe('Wijk 34 Stramproy');
    expect(n.headlineText).toContain('Wijk 34 Stramproy');
    expect(n.label).toBe('Stramproy');
    expect(n.label).toBe(mapLabel(n.display));
  });

  it('calls a buurt and a deelgebied the same everywhere, map label included (no prefix to drop)', async () => {
    for (const code of ['BU09883401', 'DG01']) {
      const n = await namesOf(code);
      for (const [where, name] of Object.entries(n.names)) expect(name, `${code} ${where}`).toBe(n.display);
      expect(n.label, code).toBe(n.display);
    }
  });

  it('shortens only the wijk prefix on the map, for every area of every level', async () => {
    const { idx, geo } = await loadRealData();
    for (const view of Object.values(geo.views))
      for (const l of view.labels) {
        const display = areaName(idx, l.code);
        expect(l.name).toBe(mapLabel(display));
        expect(display.endsWith(l.name)).toBe(true);
        if (l.name !== display) expect(display).toMatch(/^Wijk \d+ /);
      }
    expect(mapLabel('Wijk 01 Boshoven')).toBe('Boshoven');
    expect(mapLabel('Boshoven-Vrakker')).toBe('Boshoven-Vrakker');
  });
});

describe('Dutch plurals in generated text', () => {
  it('uses the singular for exactly one and the plural otherwise (0 too)', () => {
    expect(areaCount(1, 'wijk')).toBe('1 wijk');
    expect(areaCount(2, 'wijk')).toBe('2 wijken');
    expect(areaCount(16, 'wijk')).toBe('16 wijken');
    expect(areaCount(1, 'buurt')).toBe('1 buurt');
    expect(areaCount(38, 'buurt')).toBe('38 buurten');
    expect(areaCount(0, 'buurt')).toBe('0 buurten');
    expect(areaCount(1, 'deelgebied')).toBe('1 deelgebied');
    expect(areaCount(5, 'deelgebied')).toBe('5 deelgebieden');
    expect(areaCount(7, 'gemeente')).toBe('7 gemeenten');
    expect(indicatorCount(1)).toBe('1 indicator');
    expect(indicatorCount(123)).toBe('123 indicatoren');
    expect(nounCount(1, 'waarde')).toBe('1 waarde');
    expect(nounCount(3, 'waarde')).toBe('3 waarden');
    expect(nounCount(1, 'wijziging')).toBe('1 wijziging');
    expect(nounCount(4, 'wijziging')).toBe('4 wijzigingen');
    expect(nounCount(1, 'jaar')).toBe('1 jaar');
    expect(nounCount(2, 'jaar')).toBe('2 jaren');
    expect(nounCount(1200, 'woning', '1.200')).toBe('1.200 woningen');
    expect(nounCount(1, 'locatie')).toBe('1 locatie');
    expect(`${nounCount(1, 'locatie')} ${verb(1, 'ligt', 'liggen')}`).toBe('1 locatie ligt');
    expect(`${nounCount(3, 'locatie')} ${verb(3, 'ligt', 'liggen')}`).toBe('3 locaties liggen');
    expect(countOf(1, 'gebied', 'gebieden')).toBe('1 gebied');
    expect(plural(0, 'a', 'b')).toBe('b');
    // Every noun has a distinct plural (no "(en)" shortcuts).
    for (const [one, many] of Object.values(NOUNS)) expect(many).not.toBe(one);
  });

  it('leaves no "(en)" plural shortcuts in the app’s text', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name))
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/[a-z]\(en\)/.test(line)) hits.push(`${p}:${i + 1}: ${line.trim()}`);
            });
      }
    };
    walk(join(import.meta.dirname, '../../src'));
    expect(hits).toEqual([]);
  });
});
