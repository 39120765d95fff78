// Stage 6b, tiles (national layout only): the topology's area levels as Mapbox Vector Tiles, one layer per level with
// the area code as the only property (the app reads it with promoteId, so feature-state colouring works as for
// GeoJSON), plus what the area index needs per area (extent, label point, size). Pure: files are returned, not written.

import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import turfArea from '@turf/area';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology as buildTopologyCore } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type AreaGeometryInfo, TILE_EXTENT, TILE_MAXZOOM, TILE_MINZOOM, type TiledLevel, tilePath } from '../../core/tiles';

interface Props {
  code: string;
  label: [number, number];
}

function levelFeatures(topology: Topology, level: string): Array<Feature<Geometry, Props>> {
  const obj = topology.objects[level] as GeometryCollection | undefined;
  if (!obj) return [];
  return (feature(topology, obj) as FeatureCollection<Geometry, Props>).features;
}

function extent(g: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown) => {
    if (typeof (c as Position)[0] === 'number') {
      const [x, y] = c as Position as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return b;
}

/** Extent, label point and size of every area of the given topology levels. */
export function areaGeometryInfo(topology: Topology, levels: readonly string[]): Map<string, AreaGeometryInfo> {
  const out = new Map<string, AreaGeometryInfo>();
  for (const level of levels)
    for (const f of levelFeatures(topology, level))
      out.set(f.properties.code, { bbox: extent(f.geometry), label: f.properties.label, sizeKm2: turfArea(f) / 1e6 });
  return out;
}

/** The web-mercator tile of zoom z that holds a lon/lat point. */
export function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

export interface TileOptions {
  minzoom?: number;
  maxzoom?: number;
}

/**
 * Every non-empty tile of every level from minzoom to maxzoom, as file path → MVT bytes. geojson-vt simplifies per
 * zoom (tolerance 3 of 4,096 units: below a pixel at 512 px tiles) and clips with a buffer, so tiles join seamlessly.
 */
export function buildTiles(topology: Topology, levels: readonly TiledLevel[], opts: TileOptions = {}): Map<string, Uint8Array> {
  const minzoom = opts.minzoom ?? TILE_MINZOOM;
  const maxzoom = opts.maxzoom ?? TILE_MAXZOOM;
  const files = new Map<string, Uint8Array>();
  for (const level of levels) {
    const features = levelFeatures(topology, level).map((f) => ({
      type: 'Feature' as const,
      properties: { code: f.properties.code },
      geometry: f.geometry,
    }));
    if (features.length === 0) continue;
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features },
      { maxZoom: maxzoom, indexMaxZoom: Math.min(5, maxzoom), extent: TILE_EXTENT, tolerance: 3, buffer: 64 },
    );
    // Every tile over the level's extent: at low zooms geojson-vt drops areas smaller than its tolerance, so an
    // empty parent does not mean empty children.
    const [w, south, e, n] = features.reduce(
      (b, f) => {
        const x = extent(f.geometry);
        return [Math.min(b[0], x[0]), Math.min(b[1], x[1]), Math.max(b[2], x[2]), Math.max(b[3], x[3])];
      },
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    for (let z = minzoom; z <= maxzoom; z++) {
      const [x0, y0] = tileXY(w, n, z);
      const [x1, y1] = tileXY(e, south, z);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0)
            files.set(tilePath(level, z, x, y), fromGeojsonVt({ [level]: tile }, { version: 2, extent: TILE_EXTENT }));
        }
    }
  }
  return files;
}

/**
 * The embedded topology reduced to its gemeente level (the outline and the gemeente map), keeping the whole
 * extent as bbox so the app still knows the data's bounds: the small TopoJSON of the tiled layout.
 */
export function outlineTopology(topology: Topology, quantization = 1e5): Topology {
  const fc = { type: 'FeatureCollection' as const, features: levelFeatures(topology, 'gemeente') };
  const t = buildTopologyCore({ gemeente: fc as never }, quantization);
  return { ...t, ...(topology.bbox ? { bbox: topology.bbox } : {}) };
}
