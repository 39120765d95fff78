// Lookups over the indicator table and catalogue. Pure: built once per loaded data set, then queried.

import { yearsFor } from '../../core/availability';
import { levelOfCode } from '../../core/codes';
import type { Area, AreaLevel, Catalogue, CatalogueEntry, Series } from '../../core/contracts/data';
import { type ColumnarSeries, toRecordSeries } from '../../core/contracts/indicators-file';
import { seriesKey } from '../../core/series';

export { levelsFor, subgroupsFor, yearsFor } from '../../core/availability';
export { levelOfCode, NL_CODE, REGION_CODES, WEERT_CODE } from '../../core/codes';

export interface DataIndex {
  table: { areas: Area[] };
  catalogue: Catalogue;
  indicators: Map<string, CatalogueEntry>;
  areaName: Map<string, string>;
  /** Columnar as loaded; turned into the record form on first use, once per series (cheap at national size too). */
  series: Map<string, ColumnarSeries>;
  records: Map<string, Series>;
}

export function buildIndex(table: { areas: Area[]; series: ColumnarSeries[] }, catalogue: Catalogue): DataIndex {
  return {
    table: { areas: table.areas },
    catalogue,
    indicators: new Map(catalogue.indicators.map((i) => [i.id, i])),
    areaName: new Map(table.areas.map((a) => [a.code, a.name])),
    series: new Map(table.series.map((s) => [seriesKey(s.indicator, s.subgroup, s.year, s.level), s])),
    records: new Map(),
  };
}

export function getSeries(
  idx: DataIndex,
  indicator: string,
  subgroup: string,
  year: number,
  level: AreaLevel,
): Series | undefined {
  const key = seriesKey(indicator, subgroup, year, level);
  const cached = idx.records.get(key);
  if (cached) return cached;
  const col = idx.series.get(key);
  if (!col) return undefined;
  const rec = toRecordSeries(col);
  idx.records.set(key, rec);
  return rec;
}

/** A series' metadata and its values in the order of `codes` (undefined = no data, never 0). */
export interface SeriesValues {
  meta: Omit<Series, 'values'>;
  values: Array<number | undefined>;
}

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((c, i) => c === b[i]));

/**
 * The values of a series for `codes`. When the loaded columns are exactly `codes` (the tiled layout: indicator files
 * and the map both follow the area index) the columns are read as they are, without the 14,000-key record form a
 * national switch would otherwise build; otherwise through the record form.
 */
export function seriesAt(
  idx: DataIndex,
  indicator: string,
  subgroup: string,
  year: number,
  level: AreaLevel,
  codes: readonly string[],
): SeriesValues | undefined {
  const col = idx.series.get(seriesKey(indicator, subgroup, year, level));
  if (col && sameCodes(col.codes, codes)) {
    const values: Array<number | undefined> = new Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const v = col.values[i];
      values[i] = v === null ? undefined : v;
    }
    return { meta: col, values };
  }
  const s = getSeries(idx, indicator, subgroup, year, level);
  return s ? { meta: s, values: codes.map((c) => s.values[c]) } : undefined;
}

/** Value of one area; undefined = no data (missing or secret), never 0. */
export function areaValue(
  idx: DataIndex,
  indicator: string,
  subgroup: string,
  year: number,
  level: AreaLevel,
  code: string,
): number | undefined {
  return getSeries(idx, indicator, subgroup, year, level)?.values[code];
}

/** True when the public build withheld this value (small numbers): show "onderdrukt", not "geen gegevens". */
export function isSuppressed(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string): boolean {
  return getSeries(idx, indicator, subgroup, year, levelOfCode(code))?.suppressed?.includes(code) ?? false;
}

export function referenceValue(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string) {
  return areaValue(idx, indicator, subgroup, year, levelOfCode(code), code);
}

export interface TrendPoint {
  year: number;
  value: number;
}

/** All years with a value for this area (its own level), ascending. */
export function trend(idx: DataIndex, entry: CatalogueEntry, subgroup: string, code: string): TrendPoint[] {
  const level = levelOfCode(code);
  return yearsFor(entry, level, subgroup).flatMap((year) => {
    const v = areaValue(idx, entry.id, subgroup, year, level, code);
    return v === undefined ? [] : [{ year, value: v }];
  });
}

/** Human-readable subgroup label. */
export function subgroupLabel(subgroup: string): string {
  if (subgroup === 'totaal') return 'Alle inwoners';
  return subgroup
    .replace(/^leeftijd /, '')
    .replace('18+', '18 jaar en ouder')
    .replace('65+', '65 jaar en ouder')
    .replace('18-64', '18 tot 65 jaar');
}

/**
 * The index with some series replaced (what-if values of computed indicators). Keys must exist already: a what-if
 * changes values, never which indicators, years or areas exist. Suppressed areas stay suppressed.
 */
export function withOverrides(idx: DataIndex, series: Series[]): DataIndex {
  const next = new Map(idx.series);
  for (const s of series) {
    const key = seriesKey(s.indicator, s.subgroup, s.year, s.level);
    const old = idx.series.get(key);
    if (!old) continue;
    const hidden = new Set(old.suppressed ?? []);
    next.set(key, {
      ...old,
      values: old.codes.map((c) => (hidden.has(c) ? null : (s.values[c] ?? null))),
      method: `${s.method ?? old.method ?? ''} — wat als: met de wijzigingen op de kaart`.replace(/^ — /, ''),
    });
  }
  return { ...idx, series: next, records: new Map() };
}

/**
 * The index with series and catalogue entries added or replaced (scenario outcomes computed in the app). Unlike
 * withOverrides this may add indicators and years; their availability comes with the entries.
 */
export function withSeries(idx: DataIndex, series: Series[], entries: CatalogueEntry[]): DataIndex {
  const next = new Map(idx.series);
  for (const s of series) {
    const codes = Object.keys(s.values);
    next.set(seriesKey(s.indicator, s.subgroup, s.year, s.level), {
      ...s,
      codes,
      values: codes.map((c) => s.values[c] ?? null),
    });
  }
  const ids = new Set(entries.map((e) => e.id));
  const indicators = [...idx.catalogue.indicators.filter((i) => !ids.has(i.id)), ...entries];
  const catalogue = { ...idx.catalogue, indicators };
  return { ...idx, catalogue, indicators: new Map(indicators.map((i) => [i.id, i])), series: next, records: new Map() };
}

/** The index with columnar series added (indicator files loaded on demand in the tiled layout). */
export function withColumnar(idx: DataIndex, series: readonly ColumnarSeries[]): DataIndex {
  const next = new Map(idx.series);
  // Record forms already made stay valid for every series not replaced here (reference values are read per switch).
  const records = new Map(idx.records);
  for (const s of series) {
    const key = seriesKey(s.indicator, s.subgroup, s.year, s.level);
    next.set(key, s);
    records.delete(key);
  }
  return { ...idx, series: next, records };
}
