// The series key and the canonical order of series: one definition for the pipeline's output and the app's index.
import { AREA_LEVELS, type AreaLevel } from './codes';

export interface SeriesKey {
  indicator: string;
  subgroup: string;
  year: number;
  level: AreaLevel;
}

export const seriesKey = (indicator: string, subgroup: string, year: number, level: AreaLevel) =>
  `${indicator}|${subgroup}|${year}|${level}`;

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const levelOrder = (l: AreaLevel) => AREA_LEVELS.indexOf(l);

/** Canonical output order: deterministic files and stable diffs of the yearly update. */
export function sortSeries<T extends SeriesKey>(series: readonly T[]): T[] {
  return [...series].sort(
    (a, b) =>
      cmp(a.indicator, b.indicator) ||
      cmp(a.subgroup, b.subgroup) ||
      a.year - b.year ||
      levelOrder(a.level) - levelOrder(b.level),
  );
}
