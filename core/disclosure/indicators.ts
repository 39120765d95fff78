// Relations between indicators in one area, declared in layers/publication.json: counts that add up (inhabitants =
// the age groups) and shares that are a count over a count (share of 65+ = 100 × 65+ / inhabitants). Without them a
// value withheld in one indicator would follow from its published siblings in the same area.
import type { PublicationConfig } from '../contracts/config';
import type { Series } from '../contracts/data';
import { type CellId, cellId } from './cells';
import type { Term } from './linear';
import { allCodes, hasCell, productVar, type Relation, seriesIndex, sumRelation } from './relation';

export type IndicatorSum = NonNullable<PublicationConfig['indicatorSums']>[number];
export type IndicatorShare = NonNullable<PublicationConfig['indicatorShares']>[number];

/** total = Σ parts per area, for every level and year where the total and at least one part are published. */
export function indicatorSumRelations(series: readonly Series[], sums: readonly IndicatorSum[]): Relation[] {
  const find = seriesIndex(series);
  const out: Relation[] = [];
  for (const { total, parts } of sums) {
    for (const s of series) {
      if (s.indicator !== total) continue;
      const partSeries = parts.flatMap((p) => find(p, s) ?? []);
      if (partSeries.length === 0) continue;
      const codes = [...new Set([...allCodes(s), ...partSeries.flatMap(allCodes)])].sort();
      const part = (p: string, code: string) => cellId({ indicator: p, subgroup: s.subgroup, year: s.year }, code);
      for (const code of codes)
        out.push(
          sumRelation(
            cellId(s, code),
            parts.map((p) => ({ cell: part(p, code), f: 1 })),
          ),
        );
    }
  }
  return out;
}

/**
 * share·denominator = 100·numerator in one area. The share is rounded, so it never serves as a coefficient (a sum of
 * rounded shares that is not quite 100 would make the algebra "solve" what the data cannot give): with the share
 * published, a withheld count next to it counts as given away (the share goes too), and an absent one as known; with
 * the share withheld,
 * its product with the denominator is the numerator (an exact, integer relation; the same product derived means use).
 */
function shareRelation(s: CellId, n: CellId, d: CellId): Relation {
  return {
    // A withheld share with both counts published follows at once: then the numerator goes (the smaller count).
    total: n,
    cells: [s, n, d],
    terms(t): Term[] {
      if (t.isKnown(s))
        return [n, d]
          .filter((c) => t.isHidden(c))
          .map((c) => ({ v: c, coef: 1 }))
          .slice(0, 1);
      if (!hasCell(t, s) || t.isKnown(n)) return t.isKnown(n) && t.isKnown(d) && hasCell(t, s) ? [{ v: s, coef: 1 }] : [];
      const den = t.value(d);
      return [den !== undefined ? { v: s, coef: den } : { v: productVar(s, d), coef: 1 }, { v: n, coef: -100 }];
    },
    parts: (t) => (t.isPublished(s) ? [s] : []),
    derivations: [
      { cell: n, from: [s, d] },
      { cell: d, from: [s, n] },
    ],
  };
}

export function indicatorShareRelations(series: readonly Series[], shares: readonly IndicatorShare[]): Relation[] {
  const find = seriesIndex(series);
  const out: Relation[] = [];
  for (const { share, numerator, denominator } of shares) {
    for (const s of series) {
      if (s.indicator !== share) continue;
      const n = find(numerator, s);
      const d = find(denominator, s);
      if (!n && !d) continue;
      const cell = (indicator: string, code: string) => cellId({ indicator, subgroup: s.subgroup, year: s.year }, code);
      for (const code of allCodes(s).sort()) {
        out.push(shareRelation(cellId(s, code), cell(numerator, code), cell(denominator, code)));
      }
    }
  }
  return out;
}

/** share cell → numerator cell, for derived means: a product whose numerator is published is no secret. */
export function numeratorOf(shares: readonly IndicatorShare[]): (shareCell: CellId) => CellId | undefined {
  const byShare = new Map(shares.map((r) => [r.share, r.numerator]));
  return (shareCell) => {
    const [indicator, ...rest] = shareCell.split('|');
    const numerator = byShare.get(indicator as string);
    return numerator === undefined ? undefined : [numerator, ...rest].join('|');
  };
}
