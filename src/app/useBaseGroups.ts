// The groups under every map: background, the neighbouring gemeenten, and the PDOK base when reachable.
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { basemapWanted, loadPdokBase } from '../map/basemap';
import { type BaseStyle, backgroundGroup, contextGroup, pdokGroup } from '../map/style/builders';
import type { LayerGroup } from '../map/style/groups';
import type { MapTheme } from '../map/theme';
import { useAfterFirstMap } from './useAfterFirstMap';

export function useBaseGroups(theme: MapTheme, context: FeatureCollection): { groups: LayerGroup[]; base: BaseStyle | null } {
  const [base, setBase] = useState<BaseStyle | null>(null);
  useEffect(() => {
    if (!basemapWanted(window.location.search)) return;
    let alive = true;
    loadPdokBase().then((b) => alive && setBase(b));
    return () => {
      alive = false;
    };
  }, []);
  // The neighbours join once the first choropleth is painted: a second source cost the first map a worker round and
  // a frame (about 300 ms on the bench machine), and the choropleth, not its surroundings, is what a user waits for.
  const painted = useAfterFirstMap();
  const groups = useMemo(
    () => [
      backgroundGroup(theme),
      ...(base ? [pdokGroup(theme, base)] : []),
      ...(painted ? [contextGroup(theme, context, base !== null)] : []),
    ],
    [theme, context, base, painted],
  );
  return { groups, base };
}
