// The groups every map starts with: background and the neighbouring gemeenten, plus the PDOK base when reachable.
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { basemapWanted, loadPdokBase } from '../map/basemap';
import { type BaseStyle, backgroundGroup, contextGroup, pdokGroup } from '../map/style/builders';
import type { LayerGroup } from '../map/style/groups';
import type { MapTheme } from '../map/theme';

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
  const groups = useMemo(
    () => [backgroundGroup(theme), ...(base ? [pdokGroup(theme, base)] : []), contextGroup(theme, context, base !== null)],
    [theme, context, base],
  );
  return { groups, base };
}
