// Which (level, subgroup) has which years, worked out from the series themselves. Shared by the pipeline (published
// catalogue) and the app (series added at run time, such as scenario years, extend it the same way). Pure.
import type { AreaLevel } from './codes';
import { cmp, levelOrder, type SeriesKey } from './series';

export interface Availability {
  level: AreaLevel;
  subgroup: string;
  years: number[];
}

/** Availability per indicator id, from any set of series keys. */
export function availabilityOf(series: Iterable<SeriesKey>): Map<string, Availability[]> {
  const acc = new Map<string, Map<string, { level: AreaLevel; subgroup: string; years: Set<number> }>>();
  for (const s of series) {
    const byInd = acc.get(s.indicator) ?? new Map();
    acc.set(s.indicator, byInd);
    const k = `${s.level}|${s.subgroup}`;
    const a = byInd.get(k) ?? { level: s.level, subgroup: s.subgroup, years: new Set<number>() };
    a.years.add(s.year);
    byInd.set(k, a);
  }
  const out = new Map<string, Availability[]>();
  for (const [id, byInd] of acc) {
    out.set(
      id,
      [...byInd.values()]
        .map((a) => ({ level: a.level, subgroup: a.subgroup, years: [...a.years].sort((x, y) => x - y) }))
        .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || cmp(a.subgroup, b.subgroup)),
    );
  }
  return out;
}

/** Merge extra availability (e.g. scenario years) into an existing list without losing or duplicating years. */
export function mergeAvailability(a: readonly Availability[], b: readonly Availability[]): Availability[] {
  const keys = [...a, ...b].map((x) => ({ level: x.level, subgroup: x.subgroup }));
  const seen = new Set<string>();
  const out: Availability[] = [];
  for (const k of keys) {
    const id = `${k.level}|${k.subgroup}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const years = new Set([...a, ...b].filter((x) => x.level === k.level && x.subgroup === k.subgroup).flatMap((x) => x.years));
    out.push({ ...k, years: [...years].sort((x, y) => x - y) });
  }
  return out.sort((x, y) => levelOrder(x.level) - levelOrder(y.level) || cmp(x.subgroup, y.subgroup));
}

interface HasAvailability {
  availability: readonly Availability[];
}

export function yearsFor(entry: HasAvailability, level: AreaLevel, subgroup: string): number[] {
  return entry.availability.find((a) => a.level === level && a.subgroup === subgroup)?.years ?? [];
}

export function subgroupsFor(entry: HasAvailability, level: AreaLevel): string[] {
  return entry.availability.filter((a) => a.level === level).map((a) => a.subgroup);
}

export function levelsFor(entry: HasAvailability): AreaLevel[] {
  return [...new Set(entry.availability.map((a) => a.level))];
}
