// The choropleth as a map child: adds the area and selection groups, applies per-area colours as feature state
// (only those that changed), reports hover and click, and sets the User Timing marks the benchmark reads.

import type { MapGeoJSONFeature, MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AreaColour } from '../lib/colour-table';
import { loadedTiledColours, type TiledColoursParts, useMap } from './context';
import {
  AREA_FILL_LAYER,
  AREA_SOURCE,
  type AreaFeatureState,
  type AreaShapes,
  areaFeature,
  areaGroup,
  isTiles,
  selectionGroup,
} from './style/builders';
import { changedStates } from './style/paint';
import { useLayerGroup } from './useLayerGroup';

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

/** Set once per page when the first choropleth with its classes is painted. */
export const FIRST_MAP_MARK = 'eerste-kaart';
/** Phases before the first map, for the benchmark: the data is in and decoded; the first map object is created. */
export const DATA_READY_MARK = 'gegevens-geladen';
export const MAP_CREATED_MARK = 'kaart-aangemaakt';
/** Set every time changed colours have been painted (indicator, year or level switch). */
export const MAP_UPDATED_MARK = 'kaart-bijgewerkt';

/**
 * Run `fn` once the first map is on screen (or after `maxWaitMs` when it never comes): work the first map does not
 * need, such as loading a schema library, must not compete with it. Returns a cancel function.
 */
export function afterFirstMap(fn: () => void, maxWaitMs = 15_000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    setTimeout(fn, 0);
  };
  const observer =
    typeof PerformanceObserver === 'undefined'
      ? null
      : new PerformanceObserver((list) => {
          if (list.getEntriesByName(FIRST_MAP_MARK).length > 0) run();
        });
  observer?.observe({ type: 'mark' });
  const timer = setTimeout(run, maxWaitMs);
  if (performance.getEntriesByName(FIRST_MAP_MARK).length > 0) run();
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}

interface Props {
  /**
   * false when the area and selection groups are already in the map's base groups (part of the first style: one
   * round trip less before the first map). Default: this child adds them itself.
   */
  addGroups?: boolean;
  /** The areas' data already carries their colours (colouredAreas): the first frame with areas counts as painted. */
  initiallyColoured?: boolean;
  areas: AreaShapes;
  /** Per-area feature state (GeoJSON areas). */
  states: ReadonlyMap<string, AreaFeatureState>;
  /** Per-area colours for vector-tiled areas (the GPU colour table); the choropleth's areas fit. */
  colours?: readonly AreaColour[];
  selected: string | null;
  onHover?: (h: HoverInfo | null) => void;
  onSelect?: (code: string) => void;
}

/** Layers that are hidden until needed (no shader work at start-up) are switched on here. */
function show(map: MlMap, layer: string, on: boolean) {
  if (!map.getLayer(layer)) return;
  const want = on ? 'visible' : 'none';
  if (map.getLayoutProperty(layer, 'visibility') !== want) map.setLayoutProperty(layer, 'visibility', want);
}

/**
 * Are coloured areas on screen? A box around the centre first: asking for every rendered feature loads the geometry
 * of all 14,000 buurten at national size on every switch. The whole view only when the centre holds none.
 */
function areasOnScreen(map: MlMap): boolean {
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const box: [[number, number], [number, number]] = [
    [width / 2 - 40, height / 2 - 40],
    [width / 2 + 40, height / 2 + 40],
  ];
  return (
    map.queryRenderedFeatures(box, { layers: [AREA_FILL_LAYER] }).length > 0 ||
    map.queryRenderedFeatures({ layers: [AREA_FILL_LAYER] }).length > 0
  );
}

/** How long a click waits for a second one (a double-click zooms instead of opening a profile). */
export const DOUBLE_CLICK_MS = 260;

const NO_COLOURS: readonly AreaColour[] = [];
// The GPU colouring's chunk, by hand rather than React.lazy: Suspense holds revealed content back (~300 ms), and the
// first national map waits for it. Usually it is there already (see provideTiledColours).
const loadTiledColours = () => import('./tiled/TiledColours');

/** Set the first-map mark once per page, every later time the update mark. */
function markPainted() {
  if (performance.getEntriesByName(FIRST_MAP_MARK).length === 0) performance.mark(FIRST_MAP_MARK);
  else performance.mark(MAP_UPDATED_MARK);
}

export function AreaLayer({
  addGroups = true,
  initiallyColoured = false,
  areas,
  states,
  colours = NO_COLOURS,
  selected,
  onHover,
  onSelect,
}: Props) {
  const { map, theme } = useMap();
  // Vector tiles: colours through the GPU colour table, not feature state (see ColourTableLayer).
  const gpu = isTiles(areas);
  const [tiled, setTiled] = useState<TiledColoursParts | null>(() => (gpu ? loadedTiledColours() : null));
  useEffect(() => {
    if (!gpu || tiled) return;
    let alive = true;
    void loadTiledColours().then((m) => alive && setTiled(m));
    return () => {
      alive = false;
    };
  }, [gpu, tiled]);
  const group = useMemo(() => (addGroups ? areaGroup(theme, areas, { gpuColours: true }) : null), [addGroups, theme, areas]);
  const selection = useMemo(() => (addGroups ? selectionGroup(theme, areas) : null), [addGroups, theme, areas]);
  useLayerGroup(group);
  useLayerGroup(selection);

  // New geometry (a level switch) starts without states: everything must be applied again.
  const applied = useRef<{ areas: AreaShapes; states: ReadonlyMap<string, AreaFeatureState> } | null>(null);
  const markPending = useRef(initiallyColoured);
  useEffect(() => {
    if (gpu) return;
    const prev = applied.current?.areas === areas ? applied.current.states : null;
    const changes = changedStates(prev, states);
    for (const [code, s] of changes) map.setFeatureState(areaFeature(areas, code), s as never);
    applied.current = { areas, states };
    show(
      map,
      'areas-nodata',
      [...states.values()].some((s) => s.nodata),
    );
    if (changes.length === 0) return;
    markPending.current = true;
    map.triggerRepaint();
  }, [map, areas, states, gpu]);

  // GPU colours: the invisible fill (hover, click, queries) joins once the first map is painted, and again when a
  // level switch re-adds it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: areas: a level switch re-adds the fill, hidden
  useEffect(() => {
    if (!gpu) return;
    return afterFirstMap(() => {
      if (map.style) show(map, AREA_FILL_LAYER, true);
    });
  }, [map, gpu, areas]);

  // One listener for the whole life of the layer: a mark stays pending until coloured areas are really on screen,
  // however often the states change in between.
  useEffect(() => {
    const onIdle = () => {
      if (!markPending.current) return;
      if (!areasOnScreen(map)) return;
      markPending.current = false;
      markPainted();
    };
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map]);

  // Selection as feature state: no layer filter to rebuild.
  useEffect(() => {
    if (!selected) return;
    show(map, 'areas-selected', true);
    map.setFeatureState(areaFeature(areas, selected), { selected: true });
    return () => {
      if (map.getSource(AREA_SOURCE)) map.setFeatureState(areaFeature(areas, selected), { selected: false });
    };
  }, [map, selected, areas]);

  const handlers = useRef({ onHover, onSelect });
  handlers.current = { onHover, onSelect };
  const shapes = useRef(areas);
  shapes.current = areas;
  useEffect(() => {
    let hovered: string | null = null;
    const setHover = (code: string | null) => {
      if (hovered === code) return;
      if (hovered && map.getSource(AREA_SOURCE)) map.setFeatureState(areaFeature(shapes.current, hovered), { hover: false });
      hovered = code;
      if (code) show(map, 'areas-hover', true);
      if (code) map.setFeatureState(areaFeature(shapes.current, code), { hover: true });
    };
    const move = (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      setHover(code ?? null);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      handlers.current.onHover?.(code ? { code, x: e.point.x, y: e.point.y } : null);
    };
    const leave = () => {
      setHover(null);
      map.getCanvas().style.cursor = '';
      handlers.current.onHover?.(null);
    };
    // A double-click zooms: the first click waits a moment so it does not also open a profile.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const click = (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      // The tooltip goes on a click: the profile (or the map) takes over.
      handlers.current.onHover?.(null);
      clearTimeout(pending);
      if (code) pending = setTimeout(() => handlers.current.onSelect?.(code), DOUBLE_CLICK_MS);
    };
    const dblclick = () => clearTimeout(pending);
    map.on('mousemove', AREA_FILL_LAYER, move);
    map.on('mouseleave', AREA_FILL_LAYER, leave);
    // A drag moves the map under a tooltip that no longer points at its area.
    map.on('dragstart', leave);
    map.on('click', AREA_FILL_LAYER, click);
    map.on('dblclick', dblclick);
    return () => {
      clearTimeout(pending);
      map.off('mousemove', AREA_FILL_LAYER, move);
      map.off('mouseleave', AREA_FILL_LAYER, leave);
      map.off('dragstart', leave);
      map.off('click', AREA_FILL_LAYER, click);
      map.off('dblclick', dblclick);
    };
  }, [map]);

  return gpu && tiled ? <tiled.default tiles={areas} colours={colours} onPainted={markPainted} /> : null;
}
