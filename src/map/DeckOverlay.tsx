// deck.gl as a map child. deck.gl is loaded only when an overlay is mounted (≈200 KB gzip), never for the first map.
// maplibre 6: MapboxOverlay must run with interleaved: false (interleaved throws).
import type { LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { IControl } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useMap } from './context';
import { registerTestObject } from './testHook';

type Tooltip = { text?: string; html?: string; className?: string } | string | null;

interface Props {
  id: string;
  layers: LayersList;
  /** deck.gl's own tooltip for picked objects (plain text: no markup from data reaches the page). */
  getTooltip?: (info: {
    object?: unknown;
    layer?: { id: string } | null;
    bitmap?: { pixel: [number, number] } | null;
  }) => Tooltip;
}

export function DeckOverlay({ id, layers, getTooltip }: Props) {
  const { map } = useMap();
  const overlay = useRef<MapboxOverlay | null>(null);
  const latest = useRef({ layers, getTooltip });
  latest.current = { layers, getTooltip };
  useEffect(() => {
    let alive = true;
    let unregister = () => {};
    import('@deck.gl/mapbox').then(({ MapboxOverlay }) => {
      if (!alive) return;
      const o = new MapboxOverlay({
        interleaved: false,
        layers: latest.current.layers,
        getTooltip: (info) => latest.current.getTooltip?.(info as never) ?? null,
      });
      map.addControl(o as unknown as IControl);
      overlay.current = o;
      unregister = registerTestObject(id, o);
    });
    return () => {
      alive = false;
      unregister();
      if (overlay.current) map.removeControl(overlay.current as unknown as IControl);
      overlay.current = null;
    };
  }, [map, id]);
  useEffect(() => {
    overlay.current?.setProps({ layers });
  }, [layers]);
  return null;
}
