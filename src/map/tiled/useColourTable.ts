// Colours of vector-tiled areas through the GPU colour table (ColourTableLayer), for AreaLayer. The layer's code is
// its own chunk: a GeoJSON data set (Weert) never loads it.
import { useEffect, useRef, useState } from 'react';
import type { MapHandle } from '../context';
import { AREA_FILL_LAYER, type AreaFeatureState, type AreaShapes, isTiles } from '../style/builders';
import type { ColourTableLayer } from './ColourTableLayer';

export const COLOUR_TABLE_LAYER = 'areas-colours';

/**
 * While `areas` are tiles: the colour-table layer under the (invisible) area fill, fed with `states`. `onPainted`
 * is called after each frame that first shows new colours over the whole view. Returns whether the layer is in use.
 */
export function useColourTable(
  h: MapHandle,
  areas: AreaShapes,
  states: ReadonlyMap<string, AreaFeatureState>,
  onPainted: () => void,
  onError: (message: string) => void,
): boolean {
  const { map, theme, slots } = h;
  const [layer, setLayer] = useState<ColourTableLayer | null>(null);
  const latest = useRef({ states, theme, onPainted, onError });
  latest.current = { states, theme, onPainted, onError };
  const tiles = isTiles(areas) ? areas : null;

  useEffect(() => {
    if (!tiles) return;
    let added: ColourTableLayer | null = null;
    let cancelled = false;
    void import('./ColourTableLayer').then(({ ColourTableLayer }) => {
      if (cancelled || !map.style) return;
      const { theme: th } = latest.current;
      added = new ColourTableLayer({
        id: COLOUR_TABLE_LAYER,
        url: tiles.url,
        sourceLayer: tiles.sourceLayer,
        minzoom: tiles.minzoom,
        maxzoom: tiles.maxzoom,
        codes: tiles.codes,
        opacity: th.areaOpacity,
        noData: th.noData,
        onPainted: () => latest.current.onPainted(),
        onError: (m) => latest.current.onError(m),
      });
      added.setColours(latest.current.states);
      // Directly under the area fill: above the base map and the neighbours, below borders, labels and overlays.
      map.addLayer(added, map.getLayer(AREA_FILL_LAYER) ? AREA_FILL_LAYER : undefined);
      slots.set(COLOUR_TABLE_LAYER, 'areas');
      setLayer(added);
    });
    return () => {
      cancelled = true;
      if (added && map.style && map.getLayer(COLOUR_TABLE_LAYER)) map.removeLayer(COLOUR_TABLE_LAYER);
      slots.delete(COLOUR_TABLE_LAYER);
      setLayer(null);
    };
  }, [map, slots, tiles]);

  useEffect(() => {
    layer?.setColours(states);
  }, [layer, states]);

  useEffect(() => {
    layer?.setStyle(theme.areaOpacity, theme.noData, latest.current.states);
  }, [layer, theme]);

  return tiles !== null;
}
