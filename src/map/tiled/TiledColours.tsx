// Colours of vector-tiled areas through the GPU colour table (ColourTableLayer), as a child of AreaLayer. Its own
// chunk with the layer: a GeoJSON data set (Weert) never loads either.
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AreaColour } from '../../lib/colour-table';
import { provideTiledColours, useMap } from '../context';
import { AREA_FILL_LAYER, type AreaTiles } from '../style/builders';
import { ColourTableLayer } from './ColourTableLayer';
import { prefetchMeshes } from './meshes';

export const COLOUR_TABLE_LAYER = 'areas-colours';

interface Props {
  tiles: AreaTiles;
  colours: readonly AreaColour[];
  /** After each frame that first shows new colours over the whole view. */
  onPainted: () => void;
}

/**
 * The colour-table layer directly under the (invisible) area fill: above the base map, below borders and labels.
 * A tile that fails leaves a hole in the map: a notice says so instead of letting it pass for "no areas here".
 */
export default function TiledColours({ tiles, colours, onPainted }: Props) {
  const { map, theme, slots } = useMap();
  const [layer, setLayer] = useState<ColourTableLayer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef({ colours, theme, onPainted });
  latest.current = { colours, theme, onPainted };

  // Before the browser paints: the tiles are asked for in the commit that mounts the layer, not a frame later.
  useLayoutEffect(() => {
    const { theme: th } = latest.current;
    const added = new ColourTableLayer({
      id: COLOUR_TABLE_LAYER,
      url: tiles.url,
      sourceLayer: tiles.sourceLayer,
      minzoom: tiles.minzoom,
      maxzoom: tiles.maxzoom,
      codes: tiles.codes,
      opacity: th.areaOpacity,
      noData: th.noData,
      onPainted: () => latest.current.onPainted(),
      onError: setFailed,
    });
    map.addLayer(added, map.getLayer(AREA_FILL_LAYER) ? AREA_FILL_LAYER : undefined);
    slots.set(COLOUR_TABLE_LAYER, 'areas');
    setLayer(added);
    return () => {
      if (map.style && map.getLayer(COLOUR_TABLE_LAYER)) map.removeLayer(COLOUR_TABLE_LAYER);
      slots.delete(COLOUR_TABLE_LAYER);
      setLayer(null);
    };
  }, [map, slots, tiles]);

  // Also before the browser paints: colours that arrive outside an event (a file loaded) would otherwise wait for the
  // paint after their render and so reach the map one frame late.
  useLayoutEffect(() => {
    layer?.setColours(colours);
  }, [layer, colours]);

  useEffect(() => {
    layer?.setStyle(theme.areaOpacity, theme.noData, latest.current.colours);
  }, [layer, theme]);

  return failed ? (
    <p className="map-tile-error" role="status" data-testid="tile-error">
      Een deel van de kaart kon niet geladen worden; daar ontbreken gebieden. ({failed})
    </p>
  ) : null;
}

/** The map exists and its view is known: the tiles of that view can start loading before the layer is added. */
export function prefetch(map: MlMap, tiles: AreaTiles): void {
  const b = map.getBounds();
  prefetchMeshes(tiles, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
}

// Loaded means ready to mount (see provideTiledColours).
provideTiledColours({ default: TiledColours, prefetch });
