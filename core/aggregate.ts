// Aggregation from buurten to larger areas (deelgebieden, user polygons). Pure: values and memberships in, values out.
import type { AggregationConfig, IndicatorConfig } from './contracts/config';

export type AggregationRule =
  | { kind: 'sum' }
  | { kind: 'weighted'; weightIndicator: string; note: string }
  | { kind: 'none'; reason: string };

/** Target area code → its member buurten, each with the fraction of the buurt that lies in the target (1 = whole). */
export type Membership = Record<string, Array<{ code: string; fraction: number }>>;

/**
 * Counts sum; shares and rates are weighted by their own denominator (per age group where configured);
 * means and codes without a weight cannot be aggregated and are not offered.
 */
export function aggregationRule(entry: IndicatorConfig, subgroup: string, cfg: AggregationConfig): AggregationRule {
  if (entry.measure === 'count') return { kind: 'sum' };
  if (entry.measure === 'share' || entry.measure === 'rate') {
    const bySubgroup = cfg.subgroupWeights[subgroup];
    if (bySubgroup) return { kind: 'weighted', weightIndicator: bySubgroup.indicator, note: bySubgroup.note };
    if (entry.denominator) return { kind: 'weighted', weightIndicator: entry.denominator, note: 'de eigen noemer' };
    return { kind: 'none', reason: 'geen noemer bekend om mee te wegen' };
  }
  return { kind: 'none', reason: 'gemiddelden en codes zonder gewicht kunnen niet worden samengevoegd' };
}

/** Nearest year with weights; on a tie the later year (the more recent population). */
export function nearestYear(years: number[], target: number): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    if (
      best === undefined ||
      Math.abs(y - target) < Math.abs(best - target) ||
      (Math.abs(y - target) === Math.abs(best - target) && y > best)
    ) {
      best = y;
    }
  }
  return best;
}

/**
 * Of several population/weight series, the one that covers most of `codes`; among equals the nearest year.
 * (A year with more areas beats a closer year with gaps: gaps would drop or suppress areas for no reason.)
 */
export function bestCoverage<S extends { year: number; values: Readonly<Record<string, number>> }>(
  candidates: S[],
  codes: string[],
  year: number,
): S | undefined {
  const coverage = (w: S) => codes.filter((c) => w.values[c] !== undefined).length;
  const best = Math.max(0, ...candidates.map(coverage));
  const full = candidates.filter((w) => best > 0 && coverage(w) === best);
  const y = nearestYear(
    full.map((w) => w.year),
    year,
  );
  return full.find((w) => w.year === y);
}

export interface Aggregated {
  values: Record<string, number>;
  /** Targets where some member with (possibly) inhabitants had no value: the result covers only part of the area. */
  incomplete: Record<string, string[]>;
}

const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

export function aggregate(
  values: Readonly<Record<string, number>>,
  membership: Membership,
  rule: AggregationRule,
  decimals: number,
  weights: Readonly<Record<string, number>> = {},
): Aggregated {
  const out: Aggregated = { values: {}, incomplete: {} };
  if (rule.kind === 'none') return out;
  for (const target of Object.keys(membership).sort()) {
    const members = membership[target] ?? [];
    let num = 0;
    let den = 0;
    let used = 0;
    const missing: string[] = [];
    for (const { code, fraction } of members) {
      const v = values[code];
      const w = weights[code];
      if (rule.kind === 'sum') {
        if (v === undefined) missing.push(code);
        else {
          num += v * fraction;
          used++;
        }
        continue;
      }
      // A member known to have no population (weight 0) neither contributes nor makes the result incomplete.
      if (w === 0) continue;
      if (v === undefined || w === undefined) {
        missing.push(code);
        continue;
      }
      num += v * w * fraction;
      den += w * fraction;
      used++;
    }
    if (used === 0 || (rule.kind === 'weighted' && den === 0)) continue;
    out.values[target] = roundTo(rule.kind === 'sum' ? num : num / den, decimals);
    if (missing.length > 0) out.incomplete[target] = missing.sort();
  }
  return out;
}
