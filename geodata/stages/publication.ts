// Stage 5, publication: in the public profile small numbers are withheld (and marked) in everything the app shows.
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { suppressSmallNumbers } from '../../core/suppress';

export type Profile = PublicationConfig['profile'];

export interface PublicationInput {
  series: Series[];
  indicators: IndicatorConfig[];
  /** layers/publication.json */
  publication: PublicationConfig;
  /** Overrides the configured profile ('intern' keeps every value; never for the public website). */
  profile?: Profile;
  aggregation: AggregationConfig;
}

export interface Publication {
  /** The configuration the data was built with (profile override applied). */
  publication: PublicationConfig;
  series: Series[];
  suppressedValues: number;
}

export function applyPublication({ series, indicators, publication, profile, aggregation }: PublicationInput): Publication {
  const cfg = profile ? { ...publication, profile } : publication;
  const r = suppressSmallNumbers(series, indicators, cfg, aggregation);
  return { publication: cfg, series: r.series, suppressedValues: r.suppressedValues };
}
