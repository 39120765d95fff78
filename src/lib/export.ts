// CSV exports for Dutch Excel: ';' between cells, a decimal comma, UTF-8 with a byte order mark (so Excel reads "ë"
// and "€"), CRLF line ends. Every row names its unit, year and source. A value withheld for publication is written
// as an empty cell with the note "onderdrukt" — never the number, even when one is at hand. Pure: strings out.
import type { AreaLevel, CatalogueEntry } from '../../core/contracts/data';
import type { AppState, TableSort } from '../state/app-state';
import type { AreaValue, Choropleth } from './choropleth';
import { compareNl } from './collate';
import {
  areaValue,
  type DataIndex,
  getSeries,
  isSuppressed,
  levelOfCode,
  NL_CODE,
  subgroupLabel,
  WEERT_CODE,
  yearsFor,
} from './data';
import { areaName } from './names';
import { comparisons, type Standing, themeSummaries } from './profile';
import { RATE_UNIT } from './rates';

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';
export const SUPPRESSED_NOTE = 'onderdrukt';
export const NO_DATA_NOTE = 'geen gegevens';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** A number as Dutch Excel reads it: decimal comma, no thousands separator, plain minus, no float noise. */
export function csvNumber(v: number): string {
  const rounded = Number(v.toFixed(6));
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
}

/** A text cell: quoted when it holds the separator, a quote or a line break; a leading =, +, - or @ is neutralised
 * so a spreadsheet never runs a name as a formula. */
export function csvText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Cell = string | number | undefined;

/** The whole file: BOM, header, rows, CRLF after every line. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) =>
    cells.map((c) => (c === undefined ? '' : typeof c === 'number' ? csvNumber(c) : csvText(c))).join(CSV_SEPARATOR);
  return `${CSV_BOM}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** "RIVM/CBS/GGD'en – Gezondheidsmonitor, 50090NED (CC BY 4.0)": publisher, the table actually used, licence. */
export function sourceText(entry: CatalogueEntry, table?: string): string {
  return `${entry.source.publisher}, ${table ?? entry.source.tables.join(', ')} (${entry.source.licence})`;
}

/** The unit as a word; a change in a percentage is in percentage points. */
export function unitText(entry: CatalogueEntry, change = false): string {
  if (entry.unit === '%') return change ? 'procentpunt' : 'procent';
  return entry.unit;
}

/** The value cell and the note for one area: a suppressed area gives no number, whatever `value` holds. */
/** The columns that say which figure a row is, first in the table and the full-indicator CSV alike. */
const AREA_YEAR_COLUMNS = ['Gebiedscode', 'Gebied', 'Niveau', 'Indicator', 'Groep', 'Jaar'] as const;

function valueAndNote(value: number | undefined, suppressed: boolean): [Cell, string] {
  if (suppressed) return [undefined, SUPPRESSED_NOTE];
  if (value === undefined) return [undefined, NO_DATA_NOTE];
  return [value, ''];
}

/** The table's rows in its on-screen order: by name, value or difference with Weert; no-data rows last. */
export function sortTableRows(areas: readonly AreaValue[], sort: TableSort): AreaValue[] {
  const key = (a: AreaValue) => (sort.key === 'name' ? a.name : sort.key === 'value' ? a.value : a.vsWeert);
  return [...areas].sort((a, b) => {
    const va = key(a);
    const vb = key(b);
    if (va === undefined) return vb === undefined ? 0 : 1;
    if (vb === undefined) return -1;
    if (typeof va === 'string' && typeof vb === 'string') return compareNl(va, vb) * sort.dir;
    return ((va as number) - (vb as number)) * sort.dir;
  });
}

export interface CsvFile {
  filename: string;
  text: string;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/**
 * The current table (map level, indicator, group, year, or a change between two years), sorted as on screen, then
 * Weert and Nederland as reference rows.
 */
export function tableCsv(c: Choropleth): CsvFile {
  const { entry, state } = c;
  const hidden = new Set(c.suppressed);
  const group = subgroupLabel(state.subgroup);
  const source = sourceText(entry, c.source);
  const change = c.change;
  const unit = unitText(entry, change !== undefined);
  const classOf = (a: AreaValue) => (a.classIndex === undefined ? '' : (c.legend[a.classIndex]?.label ?? ''));
  const header = [
    ...AREA_YEAR_COLUMNS,
    ...(change ? ['Vergeleken met', 'Waarde toen', 'Waarde nu', 'Verandering'] : ['Waarde']),
    'Eenheid',
    'Verschil met Weert',
    'Klasse op de kaart',
    'Opmerking',
    'Bron',
  ];
  const versus = change ? (change.versus ?? String(change.fromYear)) : '';
  const rows = sortTableRows(c.areas, state.tableSort).map((a) => {
    const sup = hidden.has(a.code);
    const [value, note] = valueAndNote(a.value, sup);
    const values = change ? [versus, sup ? undefined : a.from, sup ? undefined : a.to, value] : [value];
    return [
      a.code,
      a.name,
      state.level,
      entry.label,
      group,
      state.year,
      ...values,
      unit,
      sup ? undefined : a.vsWeert,
      sup ? '' : classOf(a),
      note,
      source,
    ];
  });
  // Weert and Nederland beside the areas (at gemeente level Weert is one of the rows already).
  const refs: Array<[string, string, AreaLevel, number | undefined]> = [
    [WEERT_CODE, 'Gemeente Weert', 'gemeente', c.weert],
    [NL_CODE, 'Nederland', 'land', c.nl],
  ];
  for (const [code, name, level, v] of refs) {
    if (c.areas.some((a) => a.code === code)) continue;
    const values = change ? [versus, undefined, undefined, v] : [v];
    rows.push([
      code,
      name,
      level,
      entry.label,
      group,
      state.year,
      ...values,
      unit,
      undefined,
      '',
      v === undefined ? NO_DATA_NOTE : 'ter vergelijking',
      source,
    ]);
  }
  return { filename: `${fileStem(c)}.csv`, text: toCsv(header, rows) };
}

/** "weert-eenzaam-wijk-leeftijd-18-2020": what the map or table shows, safe as a file name. */
export function fileStem(c: Pick<Choropleth, 'entry' | 'state' | 'change'>): string {
  const { entry, state, change } = c;
  const when = change
    ? change.versus
      ? `${state.year}-${slug(change.versus)}`
      : `${change.fromYear}-${change.toYear}`
    : String(state.year);
  const per = entry.unit === RATE_UNIT ? '-per-1000-inwoners' : '';
  return `weert-${slug(entry.id)}${per}-${state.level}-${slug(state.subgroup)}-${when}`;
}

/** Levels in the order a reader expects them: small to large. */
const LEVEL_ORDER: AreaLevel[] = ['buurt', 'wijk', 'deelgebied', 'gemeente', 'land'];

/**
 * One indicator in full: every level, group and year it has, every area of Weert (also those without a value) and
 * the reference areas that have one. The source column names the table each year came from.
 */
export function indicatorCsv(idx: DataIndex, indicatorId: string): CsvFile {
  const entry = idx.indicators.get(indicatorId);
  if (!entry) throw new Error(`Onbekende indicator ${indicatorId}`);
  const header = [...AREA_YEAR_COLUMNS, 'Waarde', 'Eenheid', 'Opmerking', 'Bron', 'Berekening'];
  const unit = unitText(entry);
  const rows: Cell[][] = [];
  const availability = [...entry.availability].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  for (const { level, subgroup, years } of availability) {
    const areas = idx.table.areas.filter((a) => a.level === level);
    for (const year of years) {
      const series = getSeries(idx, entry.id, subgroup, year, level);
      const hidden = new Set(series?.suppressed ?? []);
      for (const area of areas) {
        const value = series?.values[area.code];
        const sup = hidden.has(area.code);
        // Reference gemeenten and NL only where the source has them; Weert's own areas always (no data is news).
        if (!area.weert && value === undefined && !sup) continue;
        const [cell, note] = valueAndNote(value, sup);
        rows.push([
          area.code,
          areaName(idx, area.code),
          level,
          entry.label,
          subgroupLabel(subgroup),
          year,
          cell,
          unit,
          note,
          sourceText(entry, series?.source),
          series?.method ?? '',
        ]);
      }
    }
  }
  return { filename: `weert-${slug(entry.id)}-alle-niveaus-en-jaren.csv`, text: toCsv(header, rows) };
}

const STANDING_CSV: Record<Standing, string> = {
  gunstiger: 'gunstiger dan Weert',
  ongunstiger: 'ongunstiger dan Weert',
  gelijk: 'vergelijkbaar met Weert',
  neutraal: '',
};

/**
 * An area's profile: the shown indicator beside Weert, the region and NL; its development over the years (area,
 * Weert, NL); and its latest value on every indicator of every theme, with Weert's and the verdict.
 */
export function profileCsv(idx: DataIndex, state: Pick<AppState, 'indicator' | 'subgroup' | 'year'>, code: string): CsvFile {
  const entry = idx.indicators.get(state.indicator);
  if (!entry) throw new Error(`Onbekende indicator ${state.indicator}`);
  const name = (c: string) => areaName(idx, c);
  const header = [
    'Onderdeel',
    'Gebiedscode',
    'Gebied',
    'Indicator',
    'Groep',
    'Jaar',
    'Waarde',
    'Eenheid',
    'Opmerking',
    'Waarde Weert',
    'Ten opzichte van Weert',
    'Bron',
  ];
  const rows: Cell[][] = [];
  const group = subgroupLabel(state.subgroup);
  const unit = unitText(entry);
  const tableOf = (c: string, y: number) => getSeries(idx, entry.id, state.subgroup, y, levelOfCode(c))?.source;

  for (const cmp of comparisons(idx, entry.id, state.subgroup, state.year, code)) {
    const sup = cmp.suppressed || isSuppressed(idx, entry.id, state.subgroup, state.year, cmp.code);
    const [value, note] = valueAndNote(cmp.value, sup);
    rows.push([
      'vergelijking',
      cmp.code,
      cmp.name,
      entry.label,
      group,
      state.year,
      value,
      unit,
      note,
      undefined,
      '',
      sourceText(entry, tableOf(cmp.code, state.year)),
    ]);
  }

  const trendCodes = [...new Set([code, WEERT_CODE, NL_CODE])];
  for (const c of trendCodes) {
    const level = levelOfCode(c);
    for (const year of yearsFor(entry, level, state.subgroup)) {
      const sup = isSuppressed(idx, entry.id, state.subgroup, year, c);
      const v = areaValue(idx, entry.id, state.subgroup, year, level, c);
      if (c !== code && v === undefined) continue;
      const [value, note] = valueAndNote(v, sup);
      rows.push([
        'ontwikkeling',
        c,
        name(c),
        entry.label,
        group,
        year,
        value,
        unit,
        note,
        undefined,
        '',
        sourceText(entry, tableOf(c, year)),
      ]);
    }
  }

  for (const theme of themeSummaries(idx, code)) {
    for (const item of theme.items) {
      const sup = isSuppressed(idx, item.entry.id, item.subgroup, item.year, code);
      const [value, note] = valueAndNote(item.value, sup);
      const table = getSeries(idx, item.entry.id, item.subgroup, item.year, levelOfCode(code))?.source;
      rows.push([
        `thema: ${theme.label}`,
        code,
        name(code),
        item.entry.label,
        subgroupLabel(item.subgroup),
        item.year,
        value,
        unitText(item.entry),
        note,
        item.weert,
        sup ? '' : STANDING_CSV[item.standing],
        sourceText(item.entry, table),
      ]);
    }
  }
  return {
    filename: `weert-profiel-${code}-${slug(entry.id)}-${slug(state.subgroup)}-${state.year}.csv`,
    text: toCsv(header, rows),
  };
}
