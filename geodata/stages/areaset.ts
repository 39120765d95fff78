// Stage 4, area set: which buurten (or which share of them) make up each deelgebied, and its series aggregated
// from the buurt series with the catalogue's rules (sum / weighted by denominator or area).
import turfArea from '@turf/area';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Membership } from '../../core/aggregate';
import { deriveAreaSetSeries } from '../../core/areaset';
import type { AggregationConfig, AreaSetConfig, IndicatorConfig } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { overlayMembership } from '../../core/overlay';
import { sortSeries } from '../../core/series';
import type { AreaSetGeometry } from '../lib/topology';

export interface AreaSetInput {
  areaSet: AreaSetConfig;
  geometry: AreaSetGeometry;
  /** The built topology: buurt shapes are taken from it, so areas match what the map shows. */
  topology: Topology;
  series: Series[];
  indicators: IndicatorConfig[];
  aggregation: AggregationConfig;
}

export interface AreaSetResult {
  membership: Membership;
  /** Buurt land areas (m², rounded), the weights of an area-weighted overlay. */
  buurtAreas: Record<string, number>;
  derived: Series[];
  /** The input series plus the derived ones, in the canonical order. */
  series: Series[];
}

/** Codes and names of the area set's areas, as the indicator table lists them. */
export function areaSetAreas(g: AreaSetGeometry): Array<{ code: string; name: string }> {
  return (g.kind === 'buurten' ? g.areas : g.features).map((a) => ({ code: a.code, name: a.name }));
}

function buurtFeatures(topology: Topology) {
  const fc = feature(topology, topology.objects.buurt as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  return fc.features;
}

export function membershipOf(geometry: AreaSetGeometry, buurten: ReturnType<typeof buurtFeatures>): Membership {
  if (geometry.kind === 'buurten') {
    return Object.fromEntries(geometry.areas.map((a) => [a.code, a.buurten.map((code) => ({ code, fraction: 1 }))]));
  }
  const targets = geometry.features.map((f) => ({
    type: 'Feature' as const,
    properties: { code: f.code },
    geometry: f.geometry,
  }));
  return overlayMembership(buurten, targets);
}

/** How the set's values are made: exact groups of buurten, or an overlay weighted by area or population. */
export const areaSetMode = (a: AreaSetConfig) => (a.definition.kind === 'buurten' ? 'buurten' : a.definition.weighting);

export function deriveAreaSet({ areaSet, geometry, topology, series, indicators, aggregation }: AreaSetInput): AreaSetResult {
  const buurten = buurtFeatures(topology);
  const membership = membershipOf(geometry, buurten);
  const mode = areaSetMode(areaSet);
  const buurtAreas = Object.fromEntries(buurten.map((f) => [f.properties.code, Math.round(turfArea(f))]));
  const derived = deriveAreaSetSeries({ series, catalogue: indicators, cfg: aggregation, membership, mode, buurtAreas });
  return { membership, buurtAreas, derived, series: sortSeries([...series, ...derived]) };
}
