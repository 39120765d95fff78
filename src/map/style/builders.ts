// The viewer's layer groups. Pure: theme + data in, sources and layers out; validated in unit tests.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { NO_DATA_PATTERN_ID } from '../../lib/palette';
import type { MapTheme } from '../theme';
import type { LayerGroup } from './groups';

export const AREA_SOURCE = 'areas';
export const AREA_FILL_LAYER = 'areas-fill';
export const BASE_ATTRIBUTION = 'Gebiedsgrenzen © CBS / Kadaster (CC BY 4.0)';
export const PDOK_ATTRIBUTION = 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart)';

/** A PDOK BRT-Achtergrondkaart style when it could be loaded; otherwise the offline base is used alone. */
export interface BaseStyle {
  sources: StyleSpecification['sources'];
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

/** A level served as vector tiles (national layout): one layer per level, features carry `code`. */
export interface AreaTiles {
  kind: 'tiles';
  /** Absolute tile URL template ({z}/{x}/{y}). */
  url: string;
  sourceLayer: string;
  minzoom: number;
  maxzoom: number;
  /** The level's codes in area index order: the row order of the GPU colour table (ColourTableLayer). */
  codes: readonly string[];
}

/** The areas of a level: GeoJSON (embedded layout) or vector tiles (national layout). */
export type AreaShapes = FeatureCollection | AreaTiles;

export const isTiles = (a: AreaShapes): a is AreaTiles => (a as AreaTiles).kind === 'tiles';

/** The area source: the same id and promoteId either way, so feature state works the same on both. */
function areaSource(areas: AreaShapes): SourceSpecification {
  return isTiles(areas)
    ? {
        type: 'vector',
        tiles: [areas.url],
        minzoom: areas.minzoom,
        maxzoom: areas.maxzoom,
        promoteId: 'code',
        attribution: BASE_ATTRIBUTION,
      }
    : { type: 'geojson', data: areas as never, promoteId: 'code', attribution: BASE_ATTRIBUTION };
}

/**
 * Marks the gemeente border inside the area source. A second GeoJSON source cost the first map a worker round and a
 * frame (about 300 ms on the bench machine); riding in the area source it cost nothing measurable.
 */
export const OUTLINE_PROPERTY = 'gemeentegrens';
/** Area layers leave the border out (only GeoJSON areas carry it: vector tiles hold areas alone, unfiltered). */
const NOT_OUTLINE: FilterSpecification = ['!', ['has', OUTLINE_PROPERTY]];

/** Where layers on the area source read: `source-layer` for vector tiles, the border filter for GeoJSON. */
const onAreas = (areas: AreaShapes | undefined) =>
  areas && isTiles(areas)
    ? { source: AREA_SOURCE, 'source-layer': areas.sourceLayer }
    : { source: AREA_SOURCE, filter: NOT_OUTLINE };

/** From this zoom the area borders and the no-data hatch of a tiled level are drawn. */
export const TILED_LINES_MINZOOM = 8;

/**
 * The areas plus the gemeente border, for one GeoJSON source. The border's codes get a prefix: feature state is
 * keyed by code, and at gemeente level the border and the area would otherwise share state (a selection, a colour).
 */
export function withOutline(areas: FeatureCollection, gemeente: FeatureCollection): FeatureCollection {
  return {
    ...areas,
    features: [
      ...areas.features,
      ...gemeente.features.map((f) => ({
        ...f,
        properties: { ...f.properties, code: `grens-${String(f.properties?.code ?? '')}`, [OUTLINE_PROPERTY]: true },
      })),
    ],
  };
}

/** The feature-state target of one area (vector tiles also need their source layer). */
export const areaFeature = (areas: AreaShapes, id: string) => ({
  source: AREA_SOURCE,
  id,
  ...(isTiles(areas) ? { sourceLayer: areas.sourceLayer } : {}),
});

/** Per-area feature state the area layers read: colours change without re-tiling the source (fast at 14,000 areas). */
export interface AreaFeatureState {
  color: string;
  nodata: boolean;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function backgroundGroup(theme: MapTheme): LayerGroup {
  return {
    id: 'background',
    slot: 'background',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.background } }],
  };
}

/** The topographic base, muted by a veil so the choropleth stays the figure and the map the ground. */
export function pdokGroup(theme: MapTheme, base: BaseStyle): LayerGroup {
  return {
    id: 'pdok',
    slot: 'base',
    sources: base.sources,
    layers: [
      ...base.layers,
      {
        id: 'base-veil',
        type: 'background',
        paint: { 'background-color': theme.veil.color, 'background-opacity': theme.veil.opacity },
      },
    ],
    ...(base.glyphs ? { glyphs: base.glyphs } : {}),
    ...(base.sprite ? { sprite: base.sprite } : {}),
  };
}

export function contextGroup(theme: MapTheme, context: FeatureCollection, withBase: boolean): LayerGroup {
  return {
    id: 'context',
    slot: 'context',
    sources: { context: { type: 'geojson', data: context as never } },
    layers: [
      {
        id: 'context-fill',
        type: 'fill',
        source: 'context',
        paint: { 'fill-color': theme.contextFill, 'fill-opacity': withBase ? 0 : 1 },
      },
      {
        id: 'context-line',
        type: 'line',
        source: 'context',
        paint: { 'line-color': theme.contextLine, 'line-width': theme.contextLineWidth, 'line-dasharray': [3, 2] },
      },
    ],
  };
}

/**
 * The choropleth. Colours, the no-data hatch, hover and selection come from feature state, so the layer definitions
 * never change with the indicator: a switch only updates states (no source reload, no style diff over the geometry).
 */
export function areaGroup(theme: MapTheme, areas: AreaShapes, opts: { gpuColours?: boolean } = {}): LayerGroup {
  // Tiled areas coloured by the GPU colour table (ColourTableLayer): the fill stays for hover, click and queries
  // but draws nothing (maplibre skips a fill with opacity 0) and reads no feature state, so a switch costs it nothing.
  const gpu = opts.gpuColours === true && isTiles(areas);
  return {
    id: 'areas',
    slot: 'areas',
    sources: { [AREA_SOURCE]: areaSource(areas) },
    layers: [
      {
        id: AREA_FILL_LAYER,
        type: 'fill',
        ...onAreas(areas),
        // GPU colours: hidden until the first map is painted (AreaLayer shows it), so maplibre does not lay out the
        // same tiles for picking while the colour table's worker triangulates them for the first map.
        ...(gpu ? { layout: { visibility: 'none' as const } } : {}),
        paint: gpu
          ? { 'fill-color': theme.noData, 'fill-opacity': 0 }
          : {
              // Feature state (set on every change) wins; the colour in the data is the first paint's, so the first
              // frame with tiles is already the choropleth.
              'fill-color': ['to-color', ['coalesce', ['feature-state', 'color'], ['get', 'color'], theme.noData]],
              'fill-opacity': theme.areaOpacity,
            },
      },
      ...(gpu ? [] : [nodataLayer(areas)]),
      {
        id: 'areas-line',
        type: 'line',
        // Vector tiles (national size): borders of areas a few pixels wide are noise, and 14,000 outlines cost a
        // software renderer more than the fills. They appear from zoom 8 (a buurt ≈ 20 px).
        ...(isTiles(areas) ? { minzoom: TILED_LINES_MINZOOM } : {}),
        ...onAreas(areas),
        paint: {
          'line-color': theme.areaLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, theme.areaLineWidth[0], 15, theme.areaLineWidth[1]],
        },
      },
    ],
  };
}

function nodataLayer(areas: AreaShapes): LayerSpecification {
  return {
    id: 'areas-nodata',
    type: 'fill',
    ...onAreas(areas),
    // Hidden until some area has no data: a layer that is never drawn costs no shader program at start-up.
    layout: { visibility: 'none' },
    // Vector tiles: the hatch from zoom 8 too (below that areas without data are plain grey). A layer below its
    // minzoom has no bucket in the tiles, so a switch updates one paint array per feature instead of two.
    ...(isTiles(areas) ? { minzoom: TILED_LINES_MINZOOM } : {}),
    paint: {
      'fill-pattern': NO_DATA_PATTERN_ID,
      'fill-opacity': ['case', ['boolean', ['coalesce', ['feature-state', 'nodata'], ['get', 'nodata']], false], 1, 0],
    },
  };
}

/** The gemeente border as its own source: vector-tiled areas (and the exported still) draw it this way. */
export function outlineGroup(theme: MapTheme, gemeente: FeatureCollection): LayerGroup {
  return {
    id: 'outline',
    slot: 'outline',
    sources: { gemeente: { type: 'geojson', data: gemeente as never, attribution: BASE_ATTRIBUTION } },
    layers: [outlineLayer(theme, { source: 'gemeente' })],
  };
}

/** The gemeente border read from the area source (see withOutline): no source of its own. */
export function outlineInAreasGroup(theme: MapTheme): LayerGroup {
  return {
    id: 'outline',
    slot: 'outline',
    sources: {},
    layers: [outlineLayer(theme, { source: AREA_SOURCE, filter: ['has', OUTLINE_PROPERTY] })],
  };
}

function outlineLayer(theme: MapTheme, on: { source: string; filter?: FilterSpecification }): LayerSpecification {
  return {
    id: 'gemeente-line',
    type: 'line',
    ...on,
    paint: { 'line-color': theme.gemeenteLine, 'line-width': theme.gemeenteWidth },
  };
}

/** Hover and selection outlines on top of everything, reading the area source's feature state. */
export function selectionGroup(theme: MapTheme, areas?: AreaShapes): LayerGroup {
  return {
    id: 'selection',
    slot: 'selection',
    sources: {},
    layers: [
      {
        id: 'areas-hover',
        type: 'line',
        ...onAreas(areas),
        // Shown on the first hover / selection (AreaLayer): nothing to draw before that.
        layout: { visibility: 'none' },
        paint: { 'line-color': theme.hoverLine, 'line-width': ['case', state('hover'), theme.hoverWidth, 0] },
      },
      {
        id: 'areas-selected',
        type: 'line',
        ...onAreas(areas),
        layout: { visibility: 'none' },
        paint: { 'line-color': theme.selectedLine, 'line-width': ['case', state('selected'), theme.selectedWidth, 0] },
      },
    ],
  };
}
