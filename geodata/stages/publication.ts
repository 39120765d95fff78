// Stage 5, publication: in the public profile small numbers are withheld (and marked) in everything the app shows:
// first the small areas and own counts themselves (primary), then what would give them back by differencing
// across buurt, wijk, deelgebied and gemeente (secondary). The rules are core/suppress.ts; this stage only says
// how the areas nest.
import type { Membership } from '../../core/aggregate';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Area, Series } from '../../core/contracts/data';
import { type Hierarchy, hierarchyOf } from '../../core/disclosure/cells';
import { suppressForPublication } from '../../core/suppress';

export type Profile = PublicationConfig['profile'];

export interface PublicationInput {
  series: Series[];
  indicators: IndicatorConfig[];
  /** layers/publication.json */
  publication: PublicationConfig;
  /** Overrides the configured profile ('intern' keeps every value; never for the public website). */
  profile?: Profile;
  aggregation: AggregationConfig;
  /** The indicator table's areas: their parents say which totals add up from which parts. */
  areas: Area[];
  /** The derived area set's membership and weighting, when there is one (stage 4). */
  derived?: { membership: Membership; mode: Hierarchy['mode']; buurtAreas: Record<string, number> };
}

export interface Publication {
  /** The configuration the data was built with (profile override applied). */
  publication: PublicationConfig;
  series: Series[];
  /** All withheld values, primary and secondary. */
  suppressedValues: number;
  /** Of those, withheld only so that others cannot be recomputed. */
  secondaryValues: number;
}

/** How the published areas nest: the CBS levels from the area list, the derived set from stage 4. */
export function publicationHierarchy(input: Pick<PublicationInput, 'areas' | 'derived'>): Hierarchy {
  const { membership = {}, mode = 'buurten', buurtAreas } = input.derived ?? {};
  return hierarchyOf(input.areas, { membership, mode, ...(buurtAreas ? { buurtAreas } : {}) });
}

export function applyPublication(input: PublicationInput): Publication {
  const { series, indicators, publication, profile, aggregation } = input;
  const cfg = profile ? { ...publication, profile } : publication;
  const r = suppressForPublication(series, indicators, cfg, aggregation, publicationHierarchy(input));
  return { publication: cfg, ...r };
}
