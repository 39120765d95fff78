// Lookups over the indicator table and catalogue. Pure: built once per loaded data set, then queried.
import type { AreaLevel, Catalogue, CatalogueEntry, IndicatorTable, Series } from '../data/schema';

export const WEERT_CODE = 'GM0988';
export const NL_CODE = 'NL01';
/** The Midden-Limburg gemeenten that the sources carry as reference (regio). */
export const REGION_CODES = ['GM0946', 'GM1640', 'GM0957', 'GM1641', 'GM1711', 'GM1669'] as const;

export interface DataIndex {
  table: IndicatorTable;
  catalogue: Catalogue;
  indicators: Map<string, CatalogueEntry>;
  areaName: Map<string, string>;
  series: Map<string, Series>;
}

const key = (indicator: string, subgroup: string, year: number, level: AreaLevel) => `${indicator}|${subgroup}|${year}|${level}`;

export function buildIndex(table: IndicatorTable, catalogue: Catalogue): DataIndex {
  return {
    table,
    catalogue,
    indicators: new Map(catalogue.indicators.map((i) => [i.id, i])),
    areaName: new Map(table.areas.map((a) => [a.code, a.name])),
    series: new Map(table.series.map((s) => [key(s.indicator, s.subgroup, s.year, s.level), s])),
  };
}

export function getSeries(
  idx: DataIndex,
  indicator: string,
  subgroup: string,
  year: number,
  level: AreaLevel,
): Series | undefined {
  return idx.series.get(key(indicator, subgroup, year, level));
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

export function levelOfCode(code: string): AreaLevel {
  if (code.startsWith('BU')) return 'buurt';
  if (code.startsWith('WK')) return 'wijk';
  if (code.startsWith('GM')) return 'gemeente';
  if (code.startsWith('DG')) return 'deelgebied';
  return 'land';
}

export function referenceValue(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string) {
  return areaValue(idx, indicator, subgroup, year, levelOfCode(code), code);
}

export function yearsFor(entry: CatalogueEntry, level: AreaLevel, subgroup: string): number[] {
  return entry.availability.find((a) => a.level === level && a.subgroup === subgroup)?.years ?? [];
}

export function subgroupsFor(entry: CatalogueEntry, level: AreaLevel): string[] {
  return entry.availability.filter((a) => a.level === level).map((a) => a.subgroup);
}

export function levelsFor(entry: CatalogueEntry): AreaLevel[] {
  return [...new Set(entry.availability.map((a) => a.level))];
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
