// Every linear relation an attacker can use between published cells: along the area levels (areas.ts) and between
// indicators in one area (indicators.ts, as declared in layers/publication.json).
import type { AggregationConfig, IndicatorConfig } from '../contracts/config';
import type { Series } from '../contracts/data';
import { areaRelations } from './areas';
import type { Hierarchy } from './cells';
import {
  type IndicatorShare,
  type IndicatorSum,
  indicatorShareRelations,
  indicatorSumRelations,
  numeratorOf,
} from './indicators';
import type { Relation } from './relation';

/** What the relations between published cells are made of. */
export interface DisclosureRules {
  catalogue: readonly IndicatorConfig[];
  aggregation: AggregationConfig;
  hierarchy: Hierarchy;
  /** Counts that add up per area (layers/publication.json). */
  indicatorSums?: readonly IndicatorSum[];
  /** Shares that are 100 × a count over a count (layers/publication.json). */
  indicatorShares?: readonly IndicatorShare[];
}

export function relationsOf(series: readonly Series[], r: DisclosureRules): Relation[] {
  const shares = r.indicatorShares ?? [];
  return [
    ...areaRelations(series, r.catalogue, r.aggregation, r.hierarchy, numeratorOf(shares)),
    ...indicatorSumRelations(series, r.indicatorSums ?? []),
    ...indicatorShareRelations(series, shares),
  ];
}
