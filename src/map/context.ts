// The map provided to its children (as react-map-gl does): overlays, areas and labels are child components that
// add their own layer groups; the map component knows none of them.
import type { Map as MlMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';
import type { GroupSlot } from './style/groups';
import type { MapTheme } from './theme';

export interface MapHandle {
  map: MlMap;
  theme: MapTheme;
  /** Layer id → slot of the group that added it: where a new group's layers must be inserted. */
  slots: Map<string, GroupSlot>;
}

export const MapContext = createContext<MapHandle | null>(null);

export function useMap(): MapHandle {
  const h = useContext(MapContext);
  if (!h) throw new Error('useMap() buiten een <MapView> gebruikt');
  return h;
}

/** What the GPU colouring's chunk offers the map: its component and the early tile request. */
export type TiledColoursParts = Pick<typeof import('./tiled/TiledColours'), 'default' | 'prefetch'>;
let tiledColours: TiledColoursParts | null = null;
/**
 * The GPU colouring's chunk hands itself over here as it runs (the tiled loader warms it while the data loads), so
 * the area layer can mount it in the same render as the map's children. Waiting for the import's promise instead
 * cost up to a second: a busy main thread (national frames in software, 100–250 ms each) lets it settle late.
 */
export const provideTiledColours = (m: TiledColoursParts) => {
  tiledColours = m;
};
export const loadedTiledColours = () => tiledColours;
