// Synchronised cameras for maps shown side by side (two years, two scenarios): a user's move on one map is copied
// to the others. Programmatic moves are not copied back, so maps never echo each other.
import type { Map as MlMap } from 'maplibre-gl';

export interface MapSync {
  /** Adds a map to the group; returns the function that removes it again. */
  add(map: MlMap): () => void;
}

export function createMapSync(): MapSync {
  const maps = new Set<MlMap>();
  let moving: MlMap | null = null;
  return {
    add(map) {
      const onMove = () => {
        if (moving && moving !== map) return;
        moving = map;
        const view = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
        for (const other of maps) if (other !== map) other.jumpTo(view);
        moving = null;
      };
      // Join at the group's current view.
      const first = [...maps][0];
      if (first) map.jumpTo({ center: first.getCenter(), zoom: first.getZoom(), bearing: first.getBearing() });
      maps.add(map);
      map.on('move', onMove);
      return () => {
        map.off('move', onMove);
        maps.delete(map);
      };
    },
  };
}
