// The one place where app state becomes a maplibre style. Pure: no maplibre runtime, validated in unit tests.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Choropleth } from '../lib/choropleth';
import { NO_DATA_COLOR, NO_DATA_PATTERN_ID } from '../lib/palette';

export interface MapGeodata {
  /** Areas of the current level; each feature has properties.code. */
  areas: FeatureCollection;
  /** Outline of the gemeente Weert. */
  gemeente: FeatureCollection;
  /** Neighbouring gemeenten: the offline base map. */
  context: FeatureCollection;
}

/** A PDOK BRT-Achtergrondkaart style when it could be loaded; otherwise the offline base is used alone. */
export interface BaseStyle {
  sources: StyleSpecification['sources'];
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

export const AREA_SOURCE = 'areas';
export const AREA_FILL_LAYER = 'areas-fill';
export const BASE_ATTRIBUTION = 'Gebiedsgrenzen © CBS / Kadaster (CC BY 4.0)';
export const PDOK_ATTRIBUTION = 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart)';

export interface MapSpecInput {
  choropleth: Choropleth;
  geo: MapGeodata;
  selected: string | null;
  base?: BaseStyle | null;
}

function fillColor(c: Choropleth): ExpressionSpecification | string {
  const pairs = c.areas.flatMap((a) => [a.code, a.color]);
  if (pairs.length === 0) return NO_DATA_COLOR;
  return ['match', ['get', 'code'], ...pairs, NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

export function toMapStyle({ choropleth, geo, selected, base }: MapSpecInput): StyleSpecification {
  const noData = choropleth.areas.filter((a) => a.value === undefined).map((a) => a.code);
  const baseLayers: LayerSpecification[] = base
    ? [
        ...base.layers,
        // A translucent veil mutes the topographic base so the choropleth stays the figure and the map the ground.
        { id: 'base-veil', type: 'background', paint: { 'background-color': '#ffffff', 'background-opacity': 0.55 } },
      ]
    : [{ id: 'background', type: 'background', paint: { 'background-color': '#eef0f2' } }];

  const layers: LayerSpecification[] = [
    ...baseLayers,
    {
      id: 'context-fill',
      type: 'fill',
      source: 'context',
      paint: { 'fill-color': '#f8f8f6', 'fill-opacity': base ? 0 : 1 },
    },
    {
      id: 'context-line',
      type: 'line',
      source: 'context',
      paint: { 'line-color': '#9a9a9a', 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: AREA_FILL_LAYER,
      type: 'fill',
      source: AREA_SOURCE,
      paint: { 'fill-color': fillColor(choropleth), 'fill-opacity': 0.88 },
    },
    {
      id: 'areas-nodata',
      type: 'fill',
      source: AREA_SOURCE,
      filter: ['in', ['get', 'code'], ['literal', noData]],
      paint: { 'fill-pattern': NO_DATA_PATTERN_ID },
    },
    {
      id: 'areas-line',
      type: 'line',
      source: AREA_SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 2] },
    },
    {
      id: 'areas-hover',
      type: 'line',
      source: AREA_SOURCE,
      paint: {
        'line-color': '#1a1a1a',
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
      },
    },
    {
      id: 'gemeente-line',
      type: 'line',
      source: 'gemeente',
      paint: { 'line-color': '#333333', 'line-width': 2 },
    },
    {
      id: 'areas-selected',
      type: 'line',
      source: AREA_SOURCE,
      filter: ['==', ['get', 'code'], selected ?? ''],
      paint: { 'line-color': '#000000', 'line-width': 4 },
    },
  ];

  const style: StyleSpecification = {
    version: 8,
    name: 'Sociale Staat van Weert',
    sources: {
      ...(base?.sources ?? {}),
      context: { type: 'geojson', data: geo.context as never },
      gemeente: { type: 'geojson', data: geo.gemeente as never, attribution: BASE_ATTRIBUTION },
      [AREA_SOURCE]: { type: 'geojson', data: geo.areas as never, promoteId: 'code' },
    },
    layers,
  };
  if (base?.glyphs) style.glyphs = base.glyphs;
  if (base?.sprite) style.sprite = base.sprite;
  return style;
}
