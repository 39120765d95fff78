// One choropleth map with its caption and tooltip: the areas, outline and labels as children of MapView, plus any
// overlay the layout passes in. Used once in the explore layout, twice side by side.
import type { FeatureCollection } from 'geojson';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { AreaLabel } from '../data/load';
import type { Choropleth } from '../lib/choropleth';
import { AreaLabels } from '../map/AreaLabels';
import { AreaLayer, afterFirstMap, type HoverInfo } from '../map/AreaLayer';
import type { CameraTarget, CameraView } from '../map/camera';
import { loadedTiledColours } from '../map/context';
import { MapView } from '../map/MapView';
import {
  type AreaFeatureState,
  type AreaShapes,
  areaGroup,
  isTiles,
  outlineGroup,
  outlineInAreasGroup,
  selectionGroup,
  withOutline,
} from '../map/style/builders';
import type { LayerGroup } from '../map/style/groups';
import { areaStates, colouredAreas } from '../map/style/paint';
import type { MapSync } from '../map/sync';
import type { MapTheme } from '../map/theme';

// Only on a hover: its code loads after the first map (prefetched then, so the first hover does not wait for it).
const loadTooltip = () => import('../components/Tooltip');
const Tooltip = lazy(() => loadTooltip().then((m) => ({ default: m.Tooltip })));

interface Props {
  id: string;
  caption: ReactNode;
  choropleth: Choropleth;
  areas: AreaShapes;
  labels: AreaLabel[];
  /** The gemeente border, drawn over the areas. */
  gemeente: FeatureCollection;
  theme: MapTheme;
  baseGroups: LayerGroup[];
  camera: CameraTarget;
  onCameraChange: (v: CameraView) => void;
  sync: MapSync;
  attribution: string;
  ariaLabel: string;
  selected: string | null;
  onSelect: (code: string) => void;
  testId?: string;
  captionTestId?: string;
  /** Overlays (map children) drawn above the areas. */
  children?: ReactNode;
}

const NO_STATES: ReadonlyMap<string, AreaFeatureState> = new Map();

export function ChoroplethMap(p: Props) {
  const [hover, setHover] = useState<HoverInfo | null>(null);
  useEffect(() => afterFirstMap(() => void loadTooltip()), []);
  // Vector tiles take their colours from the choropleth's areas (GPU colour table): no feature states to build.
  const tiled = isTiles(p.areas);
  const states = useMemo(() => (tiled ? NO_STATES : areaStates(p.choropleth)), [p.choropleth, tiled]);
  const latestStates = useRef(states);
  latestStates.current = states;
  // The geometry carries the colours of the moment it is (re)loaded; later changes are feature state only.
  // (Vector tiles carry only the code: there the first colours are feature state too.)
  const areas = useMemo(() => (isTiles(p.areas) ? p.areas : colouredAreas(p.areas, latestStates.current)), [p.areas]);
  // The gemeente border rides in the area source (GeoJSON): one source, one worker round for the first map.
  const source = useMemo(() => (isTiles(areas) ? areas : withOutline(areas, p.gemeente)), [areas, p.gemeente]);
  // Areas, outline and selection belong to the first style: the choropleth needs no second round trip to the worker.
  const groups = useMemo(
    () => [
      ...p.baseGroups,
      areaGroup(p.theme, source, { gpuColours: true }),
      isTiles(source) ? outlineGroup(p.theme, p.gemeente) : outlineInAreasGroup(p.theme),
      selectionGroup(p.theme, source),
    ],
    [p.baseGroups, p.theme, source, p.gemeente],
  );
  return (
    <div className="map-cell" data-testid={p.testId}>
      <p className="map-caption" data-testid={p.captionTestId}>
        {p.caption}
      </p>
      <MapView
        id={p.id}
        theme={p.theme}
        baseGroups={groups}
        camera={p.camera}
        onCameraChange={p.onCameraChange}
        sync={p.sync}
        attribution={p.attribution}
        ariaLabel={p.ariaLabel}
        onCreate={isTiles(areas) ? (map) => loadedTiledColours()?.prefetch(map, areas) : undefined}
      >
        <AreaLayer
          addGroups={false}
          initiallyColoured={!isTiles(areas)}
          areas={areas}
          states={states}
          colours={p.choropleth.areas}
          selected={p.selected}
          onHover={setHover}
          onSelect={p.onSelect}
        />
        <AreaLabels labels={p.labels} />
        {p.children}
      </MapView>
      {hover && (
        <Suspense fallback={null}>
          <Tooltip hover={hover} choropleth={p.choropleth} />
        </Suspense>
      )}
    </div>
  );
}
