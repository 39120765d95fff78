// Stage 6, catalogue: what the app lists — indicators with their availability, attribution per source, the
// publication profile, a description of the derived area set, the search words and what the footer says.
import type {
  AreaSetConfig,
  ComparisonConfig,
  IndicatorConfig,
  PublicationConfig,
  SiteConfig,
  SynonymsConfig,
} from '../../core/contracts/config';
import { type Catalogue, CatalogueSchema, type Series } from '../../core/contracts/data';
import type { SourcesManifest } from '../contracts/sources';
import { catalogueEntries } from '../lib/table';
import type { Theme } from './read-sources';

export interface CatalogueInput {
  themes: Theme[];
  indicators: IndicatorConfig[];
  /** The published series: availability is derived from them. */
  series: Series[];
  manifest: Pick<SourcesManifest, 'boundaries' | 'stats'> & Partial<Pick<SourcesManifest, 'network' | 'points'>>;
  publication: PublicationConfig;
  areaSet: AreaSetConfig | null;
  synonyms?: SynonymsConfig | null;
  comparison?: ComparisonConfig | null;
  site?: SiteConfig | null;
}

/** One line per source: boundaries first, then each statistics file, then the road network (if imported). */
export function attributionOf(manifest: CatalogueInput['manifest']): string[] {
  return [
    manifest.boundaries.attribution,
    ...manifest.stats.map((s) => `${s.publisher}: ${s.title} (${s.tables.join(', ')}), ${s.licence}`),
    ...(manifest.network ? [manifest.network.attribution] : []),
  ];
}

/** The latest import date any source records: when the data last changed (undefined when none records one). */
export function latestImport(manifest: CatalogueInput['manifest']): string | undefined {
  const dates = [...manifest.stats, ...(manifest.points ?? []), ...(manifest.network ? [manifest.network] : [])]
    .map((s) => s.imported?.date)
    .filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates[dates.length - 1];
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

/** Internal notes travel only in the intern build; the public catalogue never holds them. */
function forProfile(indicators: IndicatorConfig[], profile: PublicationConfig['profile']): IndicatorConfig[] {
  if (profile === 'intern') return indicators;
  return indicators.map(({ internalCaveat: _internal, ...rest }) => rest);
}

export function assembleCatalogue({
  themes,
  indicators,
  series,
  manifest,
  publication,
  areaSet,
  synonyms,
  comparison,
  site,
}: CatalogueInput): Catalogue {
  const updated = latestImport(manifest);
  return CatalogueSchema.parse({
    version: 1,
    themes,
    indicators: catalogueEntries(forProfile(indicators, publication.profile), series),
    attribution: attributionOf(manifest),
    publication: { profile: publication.profile, minPopulation: publication.minPopulation, minOwnCount: publication.minOwnCount },
    ...(areaSet ? { areaSet: describeAreaSet(areaSet) } : {}),
    ...(synonyms ? { synonyms: synonyms.synonyms } : {}),
    ...(comparison ? { comparison } : {}),
    ...(site ? { site: { publisher: site.publisher, contact: site.contact, accessibility: site.accessibility } } : {}),
    ...(updated ? { updated } : {}),
  });
}
