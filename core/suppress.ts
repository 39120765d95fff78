// Publication profile, primary rule: withhold values of areas with few inhabitants (and small own counts) in the
// public build. What else must go so these cannot be recomputed from totals is core/disclosure/secondary.ts.

import { aggregationRule, bestCoverage } from './aggregate';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from './contracts/config';
import type { Series } from './contracts/data';
import type { Hierarchy } from './disclosure/cells';
import { suppressAcrossLevels } from './disclosure/secondary';

const SMALL_AREA_LEVELS = new Set(['buurt', 'wijk', 'deelgebied']);

/** The population an area's value is about: the age group's own count where it exists, else all inhabitants. */
function populationIndicator(entry: IndicatorConfig, subgroup: string, agg: AggregationConfig): string {
  const rule = aggregationRule(entry, subgroup, agg);
  return rule.kind === 'weighted' ? rule.weightIndicator : 'AANT_INW';
}

export interface SuppressionResult {
  series: Series[];
  suppressedValues: number;
}

export function suppressSmallNumbers(
  series: Series[],
  catalogue: IndicatorConfig[],
  cfg: PublicationConfig,
  agg: AggregationConfig,
): SuppressionResult {
  if (cfg.profile === 'intern') return { series, suppressedValues: 0 };
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const popSeries = (indicator: string, level: string) =>
    series.filter((s) => s.indicator === indicator && s.level === level && s.subgroup === 'totaal');
  let suppressedValues = 0;
  const out = series.map((s) => {
    const entry = byId.get(s.indicator);
    if (!entry) return s;
    // A set: national tables hide thousands of areas, and a list lookup per value would be quadratic.
    const hiddenSet = new Set<string>();
    // Own registrations: a small count is withheld at every level (a gemeente total of 3 is as telling as a buurt's).
    if (entry.measure === 'count' && s.own) {
      for (const [code, v] of Object.entries(s.values)) if (v > 0 && v < cfg.minOwnCount) hiddenSet.add(code);
    }
    if (SMALL_AREA_LEVELS.has(s.level)) {
      // Counts of a small area are withheld too: otherwise a suppressed share could be recomputed from them.
      const popIndicator = entry.measure === 'count' ? 'AANT_INW' : populationIndicator(entry, s.subgroup, agg);
      const pop = bestCoverage(popSeries(popIndicator, s.level), Object.keys(s.values), s.year);
      for (const code of pop ? Object.keys(s.values) : []) {
        const n = pop?.values[code];
        // Missing in a population table that has other areas = withheld by CBS, i.e. very small: suppress too.
        if (n === undefined || n < cfg.minPopulation) hiddenSet.add(code);
      }
    }
    if (hiddenSet.size === 0) return s;
    const hidden = [...hiddenSet];
    suppressedValues += hidden.length;
    const values = Object.fromEntries(Object.entries(s.values).filter(([c]) => !hiddenSet.has(c)));
    return { ...s, values, suppressed: hidden.sort() };
  });
  return { series: out, suppressedValues };
}

/** Inhabitants per area (latest year with a count): the order in which secondary suppression picks areas. */
export function populationSize(series: readonly Series[]): (code: string) => number | undefined {
  const size = new Map<string, { year: number; n: number }>();
  for (const s of series) {
    if (s.indicator !== 'AANT_INW' || s.subgroup !== 'totaal') continue;
    for (const [code, n] of Object.entries(s.values)) {
      const prev = size.get(code);
      if (!prev || s.year > prev.year) size.set(code, { year: s.year, n });
    }
  }
  return (code) => size.get(code)?.n;
}

export interface PublicationSuppression extends SuppressionResult {
  /** Of `suppressedValues`, those withheld only so that others cannot be recomputed. */
  secondaryValues: number;
}

/**
 * Everything the public profile withholds: small areas and own counts (primary), then what would give them back by
 * adding and subtracting across levels and indicators (secondary). The intern profile withholds nothing.
 */
export function suppressForPublication(
  series: Series[],
  catalogue: IndicatorConfig[],
  cfg: PublicationConfig,
  agg: AggregationConfig,
  hierarchy: Hierarchy,
): PublicationSuppression {
  if (cfg.profile === 'intern') return { series, suppressedValues: 0, secondaryValues: 0 };
  const primary = suppressSmallNumbers(series, catalogue, cfg, agg);
  const rules = {
    catalogue,
    aggregation: agg,
    hierarchy,
    indicatorSums: cfg.indicatorSums ?? [],
    indicatorShares: cfg.indicatorShares ?? [],
  };
  const r = suppressAcrossLevels(primary.series, rules, populationSize(series));
  return {
    series: r.series,
    suppressedValues: primary.suppressedValues + r.secondaryValues,
    secondaryValues: r.secondaryValues,
  };
}
