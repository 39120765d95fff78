// deck.gl as a map child. deck.gl is loaded only when an overlay is mounted (≈200 KB gzip), never for the first map.
// maplibre 6: MapboxOverlay must run with interleaved: false (interleaved throws).
import type { LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { IControl } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useMap } from './context';
import { registerTestObject } from './testHook';

export function DeckOverlay({ id, layers }: { id: string; layers: LayersList }) {
  const { map } = useMap();
  const overlay = useRef<MapboxOverlay | null>(null);
  const latest = useRef(layers);
  latest.current = layers;
  useEffect(() => {
    let alive = true;
    let unregister = () => {};
    import('@deck.gl/mapbox').then(({ MapboxOverlay }) => {
      if (!alive) return;
      const o = new MapboxOverlay({ interleaved: false, layers: latest.current });
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
