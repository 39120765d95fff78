// Stage 6, catalogue: what the app lists — indicators with their availability, attribution per source, the
// publication profile and a description of the derived area set.
import type { AreaSetConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import { type Catalogue, CatalogueSchema, type Series } from '../../core/contracts/data';
import type { SourcesManifest } from '../contracts/sources';
import { catalogueEntries } from '../lib/table';
import type { Theme } from './read-sources';

export interface CatalogueInput {
  themes: Theme[];
  indicators: IndicatorConfig[];
  /** The published series: availability is derived from them. */
  series: Series[];
  manifest: Pick<SourcesManifest, 'boundaries' | 'stats'> & Partial<Pick<SourcesManifest, 'network'>>;
  publication: PublicationConfig;
  areaSet: AreaSetConfig | null;
}

/** One line per source: boundaries first, then each statistics file, then the road network (if imported). */
export function attributionOf(manifest: CatalogueInput['manifest']): string[] {
  return [
    manifest.boundaries.attribution,
    ...manifest.stats.map((s) => `${s.publisher}: ${s.title} (${s.tables.join(', ')}), ${s.licence}`),
    ...(manifest.network ? [manifest.network.attribution] : []),
  ];
}

export function describeAreaSet(a: AreaSetConfig): NonNullable<Catalogue['areaSet']> {
  return {
    id: a.id,
    label: a.label,
    description: a.description,
    derivation: a.derivation,
    source: a.source,
    kind: a.definition.kind,
  };
}

export function assembleCatalogue({ themes, indicators, series, manifest, publication, areaSet }: CatalogueInput): Catalogue {
  return CatalogueSchema.parse({
    version: 1,
    themes,
    indicators: catalogueEntries(indicators, series),
    attribution: attributionOf(manifest),
    publication: { profile: publication.profile, minPopulation: publication.minPopulation, minOwnCount: publication.minOwnCount },
    ...(areaSet ? { areaSet: describeAreaSet(areaSet) } : {}),
  });
}
