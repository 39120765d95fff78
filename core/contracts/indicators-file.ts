// The published indicator table on disk (public/data/indicators.json), columnar: per level one list of area codes,
// per series one array of values in that order (null = no data, never 0). Repeated strings (sources, methods) are
// stored once. The pipeline encodes, the app decodes; both go through this module so the format has one definition.
import { ANY_AREA_CODE, AREA_LEVELS, type AreaLevel } from '../codes';
import { sortSeries } from '../series';
import type { Area, IndicatorTable, Series } from './data';

export const INDICATOR_FILE_VERSION = 2;

/** One series on disk. Values are aligned with `columns[level]`; `source` and `method` index into `strings`. */
export interface FileSeries {
  indicator: string;
  subgroup: string;
  year: number;
  level: AreaLevel;
  source: number;
  indeling?: number;
  method?: number;
  incomplete?: Record<string, string[]>;
  own?: boolean;
  suppressed?: string[];
  values: Array<number | null>;
}

export interface IndicatorFile {
  version: typeof INDICATOR_FILE_VERSION;
  areas: Area[];
  /** Column order per level: every series' values follow the list of its level. */
  columns: Partial<Record<AreaLevel, string[]>>;
  strings: string[];
  series: FileSeries[];
}

/** A series whose values are an array aligned with its level's columns; lookups need no per-area object. */
export interface ColumnarSeries extends Omit<Series, 'values'> {
  codes: readonly string[];
  values: ReadonlyArray<number | null>;
}

export function encodeIndicatorTable(table: IndicatorTable): IndicatorFile {
  const columns: Partial<Record<AreaLevel, string[]>> = {};
  for (const level of AREA_LEVELS) {
    const codes = table.areas.filter((a) => a.level === level).map((a) => a.code);
    if (codes.length > 0) columns[level] = codes;
  }
  const columnSets = new Map(Object.entries(columns).map(([l, c]) => [l, new Set(c)]));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const series = sortSeries(table.series).map((s): FileSeries => {
    const codes = columns[s.level] ?? [];
    const known = columnSets.get(s.level) ?? new Set<string>();
    const extra = Object.keys(s.values).filter((c) => !known.has(c));
    if (extra.length > 0) throw new Error(`reeks ${s.indicator} ${s.year} ${s.level}: onbekende gebieden ${extra.join(', ')}`);
    return {
      indicator: s.indicator,
      subgroup: s.subgroup,
      year: s.year,
      level: s.level,
      source: intern(s.source),
      ...(s.indeling !== undefined ? { indeling: s.indeling } : {}),
      ...(s.method !== undefined ? { method: intern(s.method) } : {}),
      ...(s.incomplete ? { incomplete: s.incomplete } : {}),
      ...(s.own ? { own: true } : {}),
      ...(s.suppressed ? { suppressed: s.suppressed } : {}),
      values: codes.map((c) => s.values[c] ?? null),
    };
  });
  return { version: INDICATOR_FILE_VERSION, areas: table.areas, columns, strings, series };
}

/** One series per line keeps diffs of the yearly update readable. */
export function stringifyIndicatorFile(file: IndicatorFile): string {
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  const columns = Object.entries(file.columns)
    .map(([level, codes]) => `    ${JSON.stringify(level)}: ${JSON.stringify(codes)}`)
    .join(',\n');
  return `{\n  "version": ${file.version},\n  "areas": [\n${lines(file.areas)}\n  ],\n  "columns": {\n${columns}\n  },\n  "strings": [\n${lines(file.strings)}\n  ],\n  "series": [\n${lines(file.series)}\n  ]\n}\n`;
}

export class IndicatorFileError extends Error {}

/**
 * Validate the file and return its series in columnar form. Errors are Dutch and name the series and position,
 * so a damaged data file is reported precisely instead of crashing a renderer later.
 */
export function decodeIndicatorFile(raw: unknown): { areas: Area[]; series: ColumnarSeries[] } {
  const version = (raw as { version?: unknown } | null)?.version;
  if (version !== INDICATOR_FILE_VERSION) {
    throw new IndicatorFileError(
      `indicators.json heeft versie ${JSON.stringify(version)}; deze viewer leest versie ${INDICATOR_FILE_VERSION} (draai npm run geodata)`,
    );
  }
  // Checked by hand, not with a schema: this runs before the first map, also at national size (millions of values).
  const f = raw as IndicatorFile;
  const fail = (where: string, what: string): never => {
    throw new IndicatorFileError(`indicators.json is ongeldig bij ${where}: ${what}`);
  };
  if (!Array.isArray(f.areas)) fail('areas', 'geen lijst');
  f.areas.forEach((a, i) => {
    if (typeof a?.code !== 'string' || !ANY_AREA_CODE.test(a.code)) fail(`areas.${i}.code`, 'geen geldige gebiedscode');
    if (typeof a.name !== 'string' || !(AREA_LEVELS as readonly string[]).includes(a.level))
      fail(`areas.${i}`, 'naam of niveau ontbreekt');
  });
  if (typeof f.columns !== 'object' || f.columns === null) fail('columns', 'ontbreekt');
  if (!Array.isArray(f.strings) || !f.strings.every((x) => typeof x === 'string')) fail('strings', 'geen lijst van teksten');
  if (!Array.isArray(f.series)) fail('series', 'geen lijst');
  const series = f.series.map((s, n): ColumnarSeries => {
    if (typeof s?.indicator !== 'string' || typeof s.subgroup !== 'string' || !Number.isInteger(s.year))
      fail(`series.${n}`, 'indicator, subgroep of jaar ontbreekt');
    if (!Array.isArray(s.values)) fail(`series.${n}.values`, 'geen lijst');
    const where = `indicators.json, reeks ${n + 1} (${s.indicator} ${s.year} ${s.level})`;
    const codes = f.columns[s.level];
    if (!codes) throw new IndicatorFileError(`${where}: geen kolommen voor niveau ${s.level}`);
    if (s.values.length !== codes.length)
      throw new IndicatorFileError(`${where}: ${s.values.length} waarden voor ${codes.length} gebieden`);
    for (let k = 0; k < s.values.length; k++) {
      const v = s.values[k];
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
        throw new IndicatorFileError(`${where}, gebied ${codes[k]}: '${String(v).slice(0, 20)}' is geen getal`);
    }
    const str = (i: number | undefined, what: string) => {
      if (i === undefined) return undefined;
      const v = Number.isInteger(i) ? f.strings[i] : undefined;
      if (v === undefined) throw new IndicatorFileError(`${where}: ${what} verwijst naar een ontbrekende tekst (${i})`);
      return v;
    };
    const method = str(s.method, 'methode');
    return {
      indicator: s.indicator,
      subgroup: s.subgroup,
      year: s.year,
      level: s.level,
      source: str(s.source, 'bron') as string,
      ...(s.indeling !== undefined ? { indeling: s.indeling } : {}),
      ...(method !== undefined ? { method } : {}),
      ...(s.incomplete ? { incomplete: s.incomplete } : {}),
      ...(s.own ? { own: true } : {}),
      ...(s.suppressed ? { suppressed: s.suppressed } : {}),
      codes,
      values: s.values,
    };
  });
  return { areas: f.areas, series };
}

/** The record form (code → value, no-data absent) used by the pipeline, tests and small look-ups. */
export function toRecordSeries(s: ColumnarSeries): Series {
  const { codes, values, ...meta } = s;
  const rec: Record<string, number> = {};
  for (let k = 0; k < codes.length; k++) {
    const v = values[k];
    if (v !== null && v !== undefined) rec[codes[k] as string] = v;
  }
  return { ...meta, values: rec };
}

/** Decode straight to the record form: for the pipeline's own checks and for tests. */
export function decodeIndicatorTable(raw: unknown): IndicatorTable {
  const { areas, series } = decodeIndicatorFile(raw);
  return { version: 1, areas, series: series.map(toRecordSeries) };
}
