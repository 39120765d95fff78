// A still of the choropleth for export (PNG, print). The on-screen map keeps its fast default (no preserved drawing
// buffer, so its pixels cannot be read after a frame); an export draws a second, off-screen map in the print theme
// with a preserved buffer, at the size the sheet needs, waits until it is complete, copies it and removes it.
import type { FeatureCollection } from 'geojson';
import type { Map as MlMapType } from 'maplibre-gl';
import { Map as MlMap } from 'maplibre-gl';
import type { AreaLabel } from '../data/load';
import type { Choropleth } from '../lib/choropleth';
import { NO_DATA_PATTERN_ID } from '../lib/palette';
import type { CameraTarget } from './camera';
import { type AreaShapes, areaFeature, areaGroup, backgroundGroup, contextGroup, isTiles, outlineGroup } from './style/builders';
import { composeStyle, type LayerGroup } from './style/groups';
import { areaStates, colouredAreas } from './style/paint';
import { type MapTheme, PRINT_THEME } from './theme';

export interface SnapshotInput {
  choropleth: Choropleth;
  areas: AreaShapes;
  context: FeatureCollection;
  gemeente: FeatureCollection;
  labels: readonly AreaLabel[];
  camera: CameraTarget;
}

export interface Snapshot {
  /** The map, width × height pixels. */
  image: HTMLCanvasElement;
  /** The area labels that fall inside the image, in its pixels. */
  labels: Array<{ text: string; x: number; y: number; priority: number }>;
}

/** The groups of the exported map: background, neighbours, the coloured areas (with the no-data hatch), outline. */
export function snapshotGroups(input: SnapshotInput, theme: MapTheme = PRINT_THEME): LayerGroup[] {
  const states = areaStates(input.choropleth);
  // Vector tiles carry no colours: renderSnapshot sets them as feature state.
  const areas = areaGroup(theme, isTiles(input.areas) ? input.areas : colouredAreas(input.areas, states));
  // The on-screen map shows the hatch layer once needed; a still needs it from its only frame.
  const withHatch: LayerGroup = {
    ...areas,
    layers: areas.layers.map((l) =>
      l.id === 'areas-nodata' ? ({ ...l, layout: { ...(l.layout ?? {}), visibility: 'visible' } } as typeof l) : l,
    ),
  };
  return [backgroundGroup(theme), contextGroup(theme, input.context, false), withHatch, outlineGroup(theme, input.gemeente)];
}

/** The same diagonal hatch as the on-screen map (MapView) for areas without data. */
function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) data.set((x + y) % size < 2 ? [110, 110, 110, 255] : [0, 0, 0, 0], (y * size + x) * 4);
  return { width: size, height: size, data };
}

export async function renderSnapshot(input: SnapshotInput, width: number, height: number, timeoutMs = 20_000): Promise<Snapshot> {
  const container = document.createElement('div');
  // Laid out (maplibre needs a size) but off screen and hidden from assistive technology.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.appendChild(container);
  const cam = input.camera;
  const map = new MlMap({
    container,
    style: composeStyle(snapshotGroups(input)) as never,
    ...(cam.kind === 'bounds'
      ? { bounds: [cam.bounds.slice(0, 2), cam.bounds.slice(2, 4)] as never, fitBoundsOptions: { padding: cam.padding ?? 20 } }
      : { center: cam.center, zoom: cam.zoom, bearing: cam.bearing ?? 0 }),
    interactive: false,
    attributionControl: false,
    pixelRatio: 1,
    fadeDuration: 0,
    maxZoom: 17,
    minZoom: 5,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  map.setMissingStyleImageResolver((id) => {
    if (id === NO_DATA_PATTERN_ID && !map.hasImage(id)) map.addImage(id, hatchImage());
  });
  const idle = (m: MlMapType) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('De kaart voor de export werd niet op tijd getekend.')), timeoutMs);
      m.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      m.once('error', (e) => {
        clearTimeout(timer);
        reject(e.error instanceof Error ? e.error : new Error('De kaart voor de export kon niet getekend worden.'));
      });
    });
  try {
    await idle(map);
    if (isTiles(input.areas)) {
      for (const [code, s] of areaStates(input.choropleth)) map.setFeatureState(areaFeature(input.areas, code), s as never);
      map.triggerRepaint();
      await idle(map);
    }
    const source = map.getCanvas();
    const image = document.createElement('canvas');
    image.width = width;
    image.height = height;
    image.getContext('2d')?.drawImage(source, 0, 0, width, height);
    const labels = input.labels.flatMap((l) => {
      const p = map.project(l.lngLat);
      return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height
        ? [{ text: l.name, x: p.x, y: p.y, priority: l.priority }]
        : [];
    });
    return { image, labels };
  } finally {
    map.remove();
    container.remove();
  }
}
