// Publication profile: withhold values of areas with few inhabitants (and small own counts) in the public build.

import { aggregationRule, bestCoverage } from './aggregate';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from './contracts/config';
import type { Series } from './contracts/data';

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
    if (!entry || !SMALL_AREA_LEVELS.has(s.level)) return s;
    // A set: national tables hide thousands of areas, and a list lookup per value would be quadratic.
    const hiddenSet = new Set<string>();
    // Counts of a small area are withheld too: otherwise a suppressed share could be recomputed from them.
    const popIndicator = entry.measure === 'count' ? 'AANT_INW' : populationIndicator(entry, s.subgroup, agg);
    if (entry.measure === 'count' && s.own) {
      for (const [code, v] of Object.entries(s.values)) if (v > 0 && v < cfg.minOwnCount) hiddenSet.add(code);
    }
    const pop = bestCoverage(popSeries(popIndicator, s.level), Object.keys(s.values), s.year);
    for (const code of pop ? Object.keys(s.values) : []) {
      const n = pop?.values[code];
      // Missing in a population table that has other areas = withheld by CBS, i.e. very small: suppress too.
      if (n === undefined || n < cfg.minPopulation) hiddenSet.add(code);
    }
    if (hiddenSet.size === 0) return s;
    const hidden = [...hiddenSet];
    suppressedValues += hidden.length;
    const values = Object.fromEntries(Object.entries(s.values).filter(([c]) => !hiddenSet.has(c)));
    return { ...s, values, suppressed: hidden.sort() };
  });
  return { series: out, suppressedValues };
}
