// CSV exports: Dutch Excel format, unit, year and source named, suppression respected (empty + "onderdrukt", never
// the number, even when the index holds one).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../core/contracts/data';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { type DataIndex, getSeries, withSeries } from '../../src/lib/data';
import {
  CSV_BOM,
  csvNumber,
  csvText,
  indicatorCsv,
  profileCsv,
  SUPPRESSED_NOTE,
  sortTableRows,
  tableCsv,
  toCsv,
} from '../../src/lib/export';
import {
  type DrawContext,
  drawPng,
  FONTS,
  layoutPng,
  type Measure,
  PNG_SIZE,
  placeLabels,
  pngContent,
  wrap,
} from '../../src/lib/png';
import { type AppState, resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

/** The CSV as Excel (nl-NL) would split it: BOM stripped, ';' separated, header row as keys. */
function parse(text: string): Record<string, string>[] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const r = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

async function stateFor(partial: Partial<AppState>): Promise<{ idx: DataIndex; state: AppState }> {
  const { idx } = await loadRealData();
  return { idx, state: resolveState(partial, idx).state };
}

/**
 * The real index with one suppressed area given a number anyway (as an internal build, or a bug upstream, would):
 * the export must still write nothing for it.
 */
function leakyIndex(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string, leaked: number): DataIndex {
  const s = getSeries(idx, indicator, subgroup, year, 'buurt');
  if (!s?.suppressed?.includes(code)) throw new Error(`${code} is not suppressed in ${indicator} ${year}`);
  const leaky: Series = { ...s, values: { ...s.values, [code]: leaked } };
  return withSeries(idx, [leaky], []);
}

describe('CSV cells for Dutch Excel', () => {
  it('writes a decimal comma, no thousands separator, a plain minus and no float noise', () => {
    expect(csvNumber(34.2)).toBe('34,2');
    expect(csvNumber(-1.5)).toBe('-1,5');
    expect(csvNumber(1234567)).toBe('1234567');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
    expect(csvNumber(-0)).toBe('0');
  });

  it('quotes separators, quotes and line breaks, and neutralises formulas', () => {
    expect(csvText('Laar; Hushoven')).toBe('"Laar; Hushoven"');
    expect(csvText('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvText('Stramproy')).toBe('Stramproy');
  });

  it('starts with a BOM, separates with ; and ends every line with CRLF', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        [1.5, 'x'],
        [undefined, 'y'],
      ],
    );
    expect(text).toBe(`${CSV_BOM}a;b\r\n1,5;x\r\n;y\r\n`);
  });
});

describe('CSV of the current table', () => {
  it('holds the source value of Wijk 34 Stramproy with unit, year and source', async () => {
    const { idx, state } = await stateFor({ indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020, level: 'wijk' });
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.wijk.areas.features.map((f) => f.properties.code),
    );
    const file = tableCsv(c);
    expect(file.filename).toBe('weert-eenzaam-wijk-leeftijd-18-2020.csv');
    const rows = parse(file.text);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['Gebiedscode', 'Gebied', 'Jaar', 'Waarde', 'Eenheid', 'Bron', 'Opmerking']),
    );
    const stramproy = rows.find((r) => r.Gebiedscode === 'WK098834');
    expect(stramproy).toMatchObject({ Gebied: 'Wijk 34 Stramproy', Jaar: '2020', Waarde: '45,3', Eenheid: 'procent' });
    expect(stramproy?.Bron).toContain('50090NED');
    // 16 wijken, then Weert and Nederland for reference.
    expect(rows).toHaveLength(18);
    expect(rows.at(-2)).toMatchObject({ Gebiedscode: 'GM0988', Waarde: '47,1' });
    expect(rows.at(-1)).toMatchObject({ Gebiedscode: 'NL01', Waarde: '47' });
  });

  it('follows the table sort, no-data rows last', async () => {
    const { idx, state } = await stateFor({ indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020, level: 'buurt' });
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.buurt.areas.features.map((f) => f.properties.code),
    );
    const sorted = sortTableRows(c.areas, { key: 'value', dir: -1 });
    const values = sorted.map((a) => a.value);
    const firstMissing = values.indexOf(undefined);
    expect(firstMissing).toBeGreaterThan(0);
    expect(values.slice(firstMissing).every((v) => v === undefined)).toBe(true);
    const present = values.slice(0, firstMissing) as number[];
    expect(present).toEqual([...present].sort((a, b) => b - a));
  });

  it('writes a suppressed area as empty with "onderdrukt", never its number', async () => {
    const { idx: real, state } = await stateFor({ indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020, level: 'buurt' });
    // Inside the range of the others: the class edges (made by the choropleth, not the export) stay the same.
    const idx = leakyIndex(real, 'Eenzaam', 'leeftijd 18+', 2020, 'BU09881402', 44.44);
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.buurt.areas.features.map((f) => f.properties.code),
    );
    expect(c.suppressed).toContain('BU09881402');
    const file = tableCsv(c);
    const row = parse(file.text).find((r) => r.Gebiedscode === 'BU09881402');
    expect(row).toMatchObject({ Waarde: '', Opmerking: SUPPRESSED_NOTE, 'Verschil met Weert': '', 'Klasse op de kaart': '' });
    expect(file.text).not.toContain('44,44');
    // A buurt without data is "geen gegevens", not suppressed.
    expect(parse(file.text).find((r) => r.Gebiedscode === 'BU09880302')).toMatchObject({
      Waarde: '',
      Opmerking: 'geen gegevens',
    });
  });

  it('exports a change map with both years and the change in percentage points', async () => {
    const { idx, state } = await stateFor({
      indicator: 'Eenzaam',
      subgroup: 'leeftijd 18+',
      year: 2020,
      compareYear: 2016,
      level: 'wijk',
    });
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.wijk.areas.features.map((f) => f.properties.code),
    );
    const file = tableCsv(c);
    expect(file.filename).toContain('2016-2020');
    const row = parse(file.text).find((r) => r.Gebiedscode === 'WK098834');
    expect(row).toMatchObject({ 'Vergeleken met': '2016', 'Waarde nu': '45,3', Eenheid: 'procentpunt' });
    const now = Number(row?.['Waarde nu']?.replace(',', '.'));
    const then = Number(row?.['Waarde toen']?.replace(',', '.'));
    expect(Number(row?.Verandering?.replace(',', '.'))).toBeCloseTo(now - then, 6);
  });
});

describe('CSV of a whole indicator', () => {
  it('covers every level, group and year with unit and source table per row', async () => {
    const { idx } = await loadRealData();
    const file = indicatorCsv(idx, 'Eenzaam');
    const rows = parse(file.text);
    const entry = idx.indicators.get('Eenzaam');
    const levels = new Set(entry?.availability.map((a) => a.level));
    expect(new Set(rows.map((r) => r.Niveau))).toEqual(levels);
    expect(new Set(rows.map((r) => r.Jaar))).toEqual(new Set(['2012', '2016', '2020']));
    expect(rows.every((r) => r.Eenheid === 'procent' && r.Bron?.includes('50090NED'))).toBe(true);
    expect(rows.find((r) => r.Gebiedscode === 'WK098834' && r.Jaar === '2020' && r.Groep === '18 jaar en ouder')?.Waarde).toBe(
      '45,3',
    );
    // Weert's own buurten appear even without a value; their note says why.
    const empty = rows.filter((r) => r.Niveau === 'buurt' && r.Waarde === '');
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((r) => r.Opmerking === SUPPRESSED_NOTE || r.Opmerking === 'geen gegevens')).toBe(true);
  });

  it('never writes a suppressed number', async () => {
    const { idx: real } = await loadRealData();
    const idx = leakyIndex(real, 'Eenzaam', 'leeftijd 18+', 2020, 'BU09881402', 77.7);
    const file = indicatorCsv(idx, 'Eenzaam');
    const row = parse(file.text).find(
      (r) => r.Gebiedscode === 'BU09881402' && r.Jaar === '2020' && r.Groep === '18 jaar en ouder',
    );
    expect(row).toMatchObject({ Waarde: '', Opmerking: SUPPRESSED_NOTE });
    expect(file.text).not.toContain('77,7');
  });
});

describe('CSV of an area profile', () => {
  it('compares, traces and summarises the area with sources', async () => {
    const { idx } = await loadRealData();
    const file = profileCsv(idx, { indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020 }, 'WK098834');
    expect(file.filename).toBe('weert-profiel-WK098834-eenzaam-leeftijd-18-2020.csv');
    const rows = parse(file.text);
    const parts = new Set(rows.map((r) => r.Onderdeel));
    expect(parts.has('vergelijking')).toBe(true);
    expect(parts.has('ontwikkeling')).toBe(true);
    expect([...parts].some((p) => p?.startsWith('thema: '))).toBe(true);
    expect(rows.find((r) => r.Onderdeel === 'vergelijking' && r.Gebiedscode === 'WK098834')).toMatchObject({
      Waarde: '45,3',
      Jaar: '2020',
      Eenheid: 'procent',
    });
    expect(rows.filter((r) => r.Onderdeel === 'ontwikkeling' && r.Gebiedscode === 'WK098834').map((r) => r.Jaar)).toEqual([
      '2012',
      '2016',
      '2020',
    ]);
    expect(rows.every((r) => (r.Bron ?? '').length > 0)).toBe(true);
  });

  it('gives a suppressed buurt no number in any section', async () => {
    const { idx: real } = await loadRealData();
    let idx = leakyIndex(real, 'Eenzaam', 'leeftijd 18+', 2020, 'BU09881402', 77.7);
    idx = leakyIndex(idx, 'Eenzaam', 'leeftijd 18+', 2016, 'BU09881402', 66.6);
    const file = profileCsv(idx, { indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020 }, 'BU09881402');
    const rows = parse(file.text).filter((r) => r.Gebiedscode === 'BU09881402' && r.Indicator === 'Eenzaam');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows.filter((x) => x.Jaar === '2020' || x.Jaar === '2016'))
      expect(r).toMatchObject({ Waarde: '', Opmerking: SUPPRESSED_NOTE });
    expect(file.text).not.toContain('77,7');
    expect(file.text).not.toContain('66,6');
  });
});

/** A stand-in for canvas text metrics: every character as wide as 0.6 × the font size. */
const measure: Measure = (text, font) => text.length * Number(/(\d+)px/.exec(font)?.[1] ?? 16) * 0.6;

describe('PNG layout', () => {
  it('puts title, legend classes with their colours, Weert, source and date on the sheet, inside its edges', async () => {
    const { idx, state } = await stateFor({ indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020, level: 'wijk' });
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.wijk.areas.features.map((f) => f.properties.code),
    );
    const content = pngContent(c, idx, new Date(2025, 4, 12));
    const layout = layoutPng(content, measure);
    const text = layout.texts.map((t) => t.text);
    expect(layout).toMatchObject(PNG_SIZE);
    expect(layout.texts.filter((t) => t.role === 'title').map((t) => t.text)).toEqual(['Eenzaam']);
    expect(text.join(' ')).toContain('18 jaar en ouder · per wijk · 2020');
    for (const l of c.legend) expect(text).toContain(l.label);
    expect(text).toContain('geen gegevens');
    expect(text).toContain('Gemeente Weert: 47,1%');
    expect(text.join(' ')).toMatch(/^.*Bron: RIVM\/CBS\/GGD'en.*50090NED.*CC BY 4\.0/);
    expect(text).toContain('Gemaakt op 12 mei 2025 met de kaartviewer Sociale Staat van Weert');
    // Swatches: the map's class colours, then the no-data hatch.
    expect(layout.swatches.map((s) => s.color)).toEqual([...c.legend.map((l) => l.color), null]);
    for (const t of layout.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(layout.width);
      expect(t.y).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeLessThan(layout.height);
    }
    // The map leaves room for the legend beside it and the sources below it.
    const { map } = layout;
    expect(map.w).toBeGreaterThan(1000);
    expect(map.h).toBeGreaterThan(800);
    const legendLeft = Math.min(...layout.swatches.map((s) => s.x));
    expect(map.x + map.w).toBeLessThan(legendLeft);
    const sourceTop = Math.min(...layout.texts.filter((t) => t.role === 'source').map((t) => t.y));
    expect(map.y + map.h).toBeLessThan(sourceTop);
  });

  it('says what a change map shows and warns about what-if values', async () => {
    const { idx, state } = await stateFor({ indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020, compareYear: 2012 });
    const { geo } = await loadRealData();
    const c = deriveChoropleth(
      idx,
      state,
      geo.views.wijk.areas.features.map((f) => f.properties.code),
    );
    const content = pngContent(c, idx, new Date(2025, 0, 1), { whatIf: true });
    expect(content.title).toBe('Verandering in eenzaam');
    expect(content.subtitle).toContain('2012–2020');
    expect(content.legendMeta).toContain('procentpunt');
    expect(content.notes[0]).toMatch(/^Wat als/);
  });

  it('wraps long lines at word boundaries', () => {
    const lines = wrap('een twee drie vier vijf zes', FONTS.small, measure('een twee drie', FONTS.small), measure);
    expect(lines).toEqual(['een twee drie', 'vier vijf zes']);
  });

  it("keeps the larger area's label where two would overlap, and drops labels outside the map", () => {
    const placed = placeLabels(
      [
        { text: 'Klein', x: 105, y: 100, priority: 1 },
        { text: 'Groot', x: 100, y: 100, priority: 9 },
        { text: 'Ver weg', x: 990, y: 100, priority: 5 },
        { text: 'Apart', x: 400, y: 300, priority: 2 },
      ],
      measure,
      { w: 1000, h: 600 },
    );
    expect(placed.map((p) => p.text)).toEqual(['Groot', 'Apart']);
  });

  it('draws every line of the layout, the map image and the swatches', () => {
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key: string) =>
        key in target ? target[key] : (...args: unknown[]) => calls.push(`${key}:${String(args[0])}`),
      set: (target, key: string, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as DrawContext;
    const layout = layoutPng(
      {
        title: 'Titel',
        subtitle: 'Onder',
        legendTitle: 'Legenda',
        legendMeta: 'Kwantielen',
        items: [
          { color: '#ff0000', label: '1 tot 2', count: '3 wijken' },
          { color: null, label: 'geen gegevens', count: '0 wijken' },
        ],
        refs: [['Gemeente Weert', '5']],
        notes: [],
        source: ['Bron: iemand'],
        date: 'Gemaakt op 1 januari 2025',
      },
      measure,
    );
    drawPng(ctx, layout, {} as CanvasImageSource, [{ text: 'Stramproy', x: 10, y: 10 }]);
    for (const t of layout.texts) expect(calls).toContain(`fillText:${t.text}`);
    expect(calls).toContain('fillText:Stramproy');
    expect(calls.filter((c) => c.startsWith('drawImage'))).toHaveLength(1);
  });
});
