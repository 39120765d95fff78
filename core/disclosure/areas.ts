// Relations along the area levels. Counts: every total the source publishes is the sum of its parts (gemeente =
// Σ wijken, wijk = Σ buurten, a buurt without data being an unknown part), and every derived area the
// fraction-weighted sum of the member buurten it was made from. Shares and rates of derived areas are weighted means
// we compute ourselves, so S(dg)·Σw = Σ S(b)·w(b) holds exactly and a withheld buurt's share (times its weight, a
// small count) follows from it. Shares CBS/RIVM publish per wijk and gemeente are independent estimates or rounded
// percentages, not exact weighted means of the buurten: they give no exact relation and are left out.
import { aggregationRule, bestCoverage } from '../aggregate';
import type { AggregationConfig, IndicatorConfig } from '../contracts/config';
import type { Series } from '../contracts/data';
import { type CellId, type CellTable, cellId, type Hierarchy } from './cells';
import { allCodes, hasCell, productVar, type Relation, sumRelation } from './relation';

type Weight = { cell: CellId } | { constant: number };
interface Member {
  cell: CellId;
  w: Weight;
  f: number;
  /** The share's numerator count, when declared (a published numerator makes the product public). */
  numerator?: CellId;
}

/** S(dg)·Σ f·w(b) = Σ f·S(b)·w(b) over the members that went into the weighted mean; the unknowns are the products. */
function meanRelation(total: CellId, members: Member[]): Relation {
  const weightCell = (m: Member) => ('cell' in m.w ? m.w.cell : undefined);
  // No value, or no weight (a zero weight leaves no trace in `incomplete`): the member was not averaged in.
  const used = (t: CellTable) =>
    members.filter((m) => {
      const w = weightCell(m);
      return hasCell(t, m.cell) && (w === undefined || (hasCell(t, w) && t.value(w) !== 0));
    });
  const factorsKnown = (t: CellTable, m: Member) => {
    const w = weightCell(m);
    return t.isKnown(m.cell) && (w === undefined || t.isKnown(w));
  };
  const known = (t: CellTable, m: Member) => factorsKnown(t, m) || (m.numerator !== undefined && t.isKnown(m.numerator));
  return {
    total,
    cells: [total, ...members.flatMap((m) => [m.cell, ...(weightCell(m) ? [weightCell(m) as CellId] : [])])],
    terms(t) {
      const open = used(t).filter((m) => !known(t, m));
      // A withheld mean follows once every product is known; with an unknown product it is bilinear: no exact relation.
      if (!t.isKnown(total)) return open.length === 0 ? [{ v: total, coef: 1 }] : [];
      return open.map((m) => {
        const w = weightCell(m);
        if (w === undefined) return { v: m.cell, coef: -m.f * (m.w as { constant: number }).constant };
        const wv = t.value(w);
        return wv !== undefined ? { v: m.cell, coef: -m.f * wv } : { v: productVar(m.cell, w), coef: -m.f };
      });
    },
    // Withholding a share only hides a product that is not public some other way.
    parts: (t) =>
      used(t).flatMap((m) =>
        t.isPublished(m.cell) && factorsKnown(t, m) && !(m.numerator && t.isKnown(m.numerator)) ? [m.cell] : [],
      ),
  };
}

/** The weight series a derived mean used, chosen as core/areaset.ts chose it (coverage counts withheld values too). */
function weightSeries(buurtShare: Series, candidates: Series[]): Series | undefined {
  const views = candidates.map((c) => ({
    year: c.year,
    series: c,
    values: Object.fromEntries(allCodes(c).map((code) => [code, 0])),
  }));
  return bestCoverage(views, allCodes(buurtShare), buurtShare.year)?.series;
}

export function areaRelations(
  series: readonly Series[],
  catalogue: readonly IndicatorConfig[],
  agg: AggregationConfig,
  h: Hierarchy,
  numeratorOf: (shareCell: CellId) => CellId | undefined = () => undefined,
): Relation[] {
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const keyOf = (s: Series) => `${s.indicator}|${s.subgroup}|${s.year}`;
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    const g = groups.get(keyOf(s));
    if (g) g.push(s);
    else groups.set(keyOf(s), [s]);
  }
  const buurtSeries = series.filter((s) => s.level === 'buurt');
  const targets = Object.keys(h.membership).sort();
  const out: Relation[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Series;
    const entry = byId.get(first.indicator);
    if (!entry) continue;
    const rule = aggregationRule(entry, first.subgroup, agg);
    if (rule.kind === 'none') continue;
    const cell = (code: string) => cellId(first, code);
    const codes = new Set(group.flatMap(allCodes));
    const dg = group.find((s) => s.level === 'deelgebied');
    const used = (target: string) => {
      const missing = new Set(dg?.incomplete?.[target] ?? []);
      return (h.membership[target] ?? []).filter((m) => !missing.has(m.code));
    };
    if (rule.kind === 'sum') {
      for (const { total, parts } of h.sums) {
        if (codes.has(total) || parts.some((p) => codes.has(p)))
          out.push(
            sumRelation(
              cell(total),
              parts.map((p) => ({ cell: cell(p), f: 1 })),
            ),
          );
      }
      for (const target of targets) {
        if (codes.has(target))
          out.push(
            sumRelation(
              cell(target),
              used(target).map((m) => ({ cell: cell(m.code), f: m.fraction })),
            ),
          );
      }
      continue;
    }
    const buurt = group.find((s) => s.level === 'buurt');
    if (!dg || !buurt) continue;
    let weight: (code: string) => Weight;
    if (h.mode === 'area') {
      weight = (code) => ({ constant: h.buurtAreas?.[code] ?? 0 });
    } else {
      const candidates = buurtSeries.filter((s) => s.indicator === rule.weightIndicator && s.subgroup === 'totaal');
      const ws = weightSeries(buurt, candidates);
      if (!ws) continue;
      weight = (code) => ({ cell: cellId(ws, code) });
    }
    for (const target of targets) {
      if (!codes.has(target)) continue;
      const members = used(target).map((m): Member => {
        const numerator = numeratorOf(cell(m.code));
        return { cell: cell(m.code), w: weight(m.code), f: m.fraction, ...(numerator ? { numerator } : {}) };
      });
      out.push(meanRelation(cell(target), members));
    }
  }
  return out;
}
