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
  for (const s of series) next.set(seriesKey(s.indicator, s.subgroup, s.year, s.level), s);
  return { ...idx, series: next, records: new Map() };
}
