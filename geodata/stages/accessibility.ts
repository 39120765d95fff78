// Stage: accessibility (VZ_* indicators). After publication (it weights with the published population, so a
// suppressed buurt counts as uninhabited) and before the catalogue. The calculation itself is the shared
// core/distance/accessibility.ts the app also runs for what-if edits; this stage only gathers the same inputs the
// app has and applies the publication rule to the result. No file system.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AggregationConfig, AreaSetConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import type { FacilityTypeOut } from '../../core/contracts/facilities';
import {
  accessibilityCatalogue,
  accessibilitySeries,
  type DetourInfo,
  publishedPopulation,
} from '../../core/distance/accessibility';
import { suppressSmallNumbers } from '../../core/suppress';

export interface AccessibilityStageInput {
  /** The topology the boundaries stage built (object `buurt`, properties.code). */
  topology: Topology;
  /** The published series (after the publication stage): population and the suppression's population tables. */
  series: Series[];
  /** Facility types as written to voorzieningen.json. */
  types: FacilityTypeOut[];
  detour: DetourInfo;
  areaSet: AreaSetConfig | null;
  publication: PublicationConfig;
  aggregation: AggregationConfig;
  /** The imported road network (sources.json "network"): when given, distances are over it (network mode). */
  network?: { title: string; licence: string; lines: Feature<LineString | MultiLineString>[] };
}

export interface AccessibilityResult {
  /** The VZ_* series, after the small-number rule. */
  series: Series[];
  /** Their catalogue entries. */
  indicators: IndicatorConfig[];
  suppressedValues: number;
}

const NONE: AccessibilityResult = { series: [], indicators: [], suppressedValues: 0 };

/** Buurt polygons exactly as the app decodes them from weert.topo.json. */
export function buurtFeatures(topology: Topology) {
  const object = topology.objects.buurt as GeometryCollection | undefined;
  if (!object) return [];
  return (feature(topology, object) as FeatureCollection<Polygon | MultiPolygon>).features;
}

export function buildAccessibility(input: AccessibilityStageInput): AccessibilityResult {
  const population = publishedPopulation(input.series);
  const types = input.types.filter((t) => t.hasData && t.points.length > 0);
  if (!population || types.length === 0) return NONE;
  const def = input.areaSet?.definition;
  const deelgebieden = def?.kind === 'buurten' ? Object.fromEntries(def.areas.map((a) => [a.code, a.buurten])) : undefined;
  const series = accessibilitySeries({
    buurten: buurtFeatures(input.topology),
    population: population.values,
    populationYear: population.year,
    types,
    detour: input.detour.factor,
    ...(deelgebieden ? { deelgebieden } : {}),
    ...(input.network ? { network: { title: input.network.title, lines: input.network.lines } } : {}),
  });
  const net = input.network;
  const indicators = accessibilityCatalogue(
    types,
    input.detour,
    population.year,
    net ? { title: net.title, licence: net.licence } : undefined,
  );
  // Uninhabited (suppressed) buurten already have no value; the same rule as every other series guards the rest.
  const ids = new Set(indicators.map((i) => i.id));
  const r = suppressSmallNumbers([...input.series, ...series], indicators, input.publication, input.aggregation);
  return {
    series: r.series.filter((s) => ids.has(s.indicator)),
    indicators,
    suppressedValues: r.suppressedValues,
  };
}
