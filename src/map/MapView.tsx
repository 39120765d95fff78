// Thin React wrapper: creates the map once, applies the style from toMapStyle with diffing, reports hover/click.

import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { AttributionControl, type MapGeoJSONFeature, Marker, Map as MlMap, NavigationControl } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { AreaLabel } from '../data/load';
import { NO_DATA_PATTERN_ID } from '../lib/palette';
import { AREA_FILL_LAYER, AREA_SOURCE } from './spec';

export type MapLabel = AreaLabel;

/** Hide labels that overlap a higher-priority one; cheap enough for a few dozen DOM labels on every moveend. */
function declutter(elements: HTMLElement[]) {
  const kept: DOMRect[] = [];
  for (const el of elements) {
    el.style.visibility = 'visible';
    const r = el.getBoundingClientRect();
    const hit = kept.some((k) => r.left < k.right + 2 && r.right > k.left - 2 && r.top < k.bottom && r.bottom > k.top);
    if (hit) el.style.visibility = 'hidden';
    else kept.push(r);
  }
}

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

interface Props {
  style: StyleSpecification;
  bbox: [number, number, number, number];
  labels: MapLabel[];
  attribution: string;
  onHover: (h: HoverInfo | null) => void;
  onSelect: (code: string) => void;
  onReady?: () => void;
}

/** maplibre's own control texts in Dutch (its default is English). */
const MAP_LOCALE = {
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'AttributionControl.MapFeedback': 'Feedback over de kaart',
  'ScrollZoomBlocker.CtrlMessage': 'Gebruik Ctrl + scrollen om te zoomen',
  'ScrollZoomBlocker.CmdMessage': 'Gebruik ⌘ + scrollen om te zoomen',
  'TouchPanBlocker.Message': 'Gebruik twee vingers om de kaart te verschuiven',
};

/** Diagonal hatch for no-data areas: texture, not only colour, tells them apart (WCAG 1.4.1). */
function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [110, 110, 110, 255] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}

export function MapView({ style, bbox, labels, attribution, onHover, onSelect, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const handlers = useRef({ onHover, onSelect, onReady });
  handlers.current = { onHover, onSelect, onReady };

  // Create once. Style updates go through setStyle(diff) below, so this effect must not depend on `style`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once per mount on purpose
  useEffect(() => {
    if (!container.current) return;
    const map = new MlMap({
      container: container.current,
      style: style as never,
      bounds: [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 17,
      minZoom: 8,
      locale: MAP_LOCALE,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right');
    map.touchZoomRotate.disableRotation();
    // maplibre 6: only a resolver can supply a missing image in time (event listeners are too late for the
    // current layout, which left no-data areas without their hatch).
    map.setMissingStyleImageResolver((id) => {
      if (id === NO_DATA_PATTERN_ID && !map.hasImage(id)) map.addImage(id, hatchImage());
    });
    let hovered: string | null = null;
    const setHover = (code: string | null) => {
      if (hovered === code) return;
      if (hovered && map.getSource(AREA_SOURCE)) map.setFeatureState({ source: AREA_SOURCE, id: hovered }, { hover: false });
      hovered = code;
      if (code) map.setFeatureState({ source: AREA_SOURCE, id: code }, { hover: true });
    };
    map.on('mousemove', AREA_FILL_LAYER, (e) => {
      const f = e.features?.[0] as MapGeoJSONFeature | undefined;
      const code = f?.properties?.code as string | undefined;
      setHover(code ?? null);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      handlers.current.onHover(code ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseleave', AREA_FILL_LAYER, () => {
      setHover(null);
      map.getCanvas().style.cursor = '';
      handlers.current.onHover(null);
    });
    map.on('click', AREA_FILL_LAYER, (e) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      if (code) handlers.current.onSelect(code);
    });
    // Test and benchmark hook: the map instance and the moment the choropleth was first drawn (ms since navigation).
    const hook: { map: MlMap; firstRenderMs?: number } = { map };
    (window as unknown as { weertViewer: typeof hook }).weertViewer = hook;
    const onIdle = () => {
      if (hook.firstRenderMs !== undefined || map.queryRenderedFeatures({ layers: [AREA_FILL_LAYER] }).length === 0) return;
      hook.firstRenderMs = performance.now();
      handlers.current.onReady?.();
      map.off('idle', onIdle);
    };
    map.on('idle', onIdle);
    map
      .getCanvas()
      .setAttribute('aria-label', 'Kaart van Weert; gebruik de pijltjestoetsen om te schuiven en + en − om te zoomen');
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  const applied = useRef<StyleSpecification | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (applied.current === null) {
      applied.current = style; // the map was just created with this style
      return;
    }
    if (applied.current === style) return;
    applied.current = style;
    // A diff needs a loaded style; while the first load is still busy, apply the latest style once it is done.
    if (map.isStyleLoaded()) map.setStyle(style as never, { diff: true });
    else map.once('idle', () => map.setStyle(applied.current as never, { diff: true }));
  }, [style]);

  // Refit only when the extent really changes (switching to or from the regional map), not on every render.
  const bboxKey = bbox.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the bbox values
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 20, duration: 0 },
    );
  }, [bboxKey]);

  // HTML labels: no glyph server is needed offline, and text stays crisp and translatable.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const ordered = [...labels].sort((a, b) => b.priority - a.priority);
    const markers = ordered.map((l) => {
      const el = document.createElement('div');
      el.className = 'map-label';
      el.textContent = l.name;
      el.setAttribute('aria-hidden', 'true');
      return new Marker({ element: el }).setLngLat(l.lngLat).addTo(map);
    });
    const run = () => declutter(markers.map((m) => m.getElement()));
    const frame = requestAnimationFrame(run);
    map.on('moveend', run);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend', run);
      for (const m of markers) m.remove();
    };
  }, [labels]);

  return <div ref={container} className="map" data-testid="map" />;
}
