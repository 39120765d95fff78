// One vector tile's polygons as a triangle mesh the GPU can colour per area: positions in tile units, for every vertex
// the feature it belongs to, and triangle indices. Pure (no maplibre, no WebGL): the mesh worker runs it, tests too.
import { classifyRings, VectorTile } from '@mapbox/vector-tile';
import earcut from 'earcut';
import { PbfReader } from 'pbf';

export interface TileMesh {
  /** Tile extent (4,096 in this project's tiles): positions run 0..extent inside the tile, beyond in its buffer. */
  extent: number;
  /** x, y per vertex in tile units. */
  positions: Int16Array;
  /** Per vertex: index into `codes` (the feature the vertex belongs to). */
  feature: Uint32Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
  /** The `code` property of each feature that has triangles, in order of appearance. */
  codes: string[];
}

/** Earcut cost grows with ring count: a polygon with more holes than this keeps its largest ones (maplibre does too). */
const MAX_RINGS = 500;

function ringArea(ring: ReadonlyArray<{ x: number; y: number }>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as { x: number; y: number };
    const b = ring[j] as { x: number; y: number };
    sum += (b.x - a.x) * (a.y + b.y);
  }
  return Math.abs(sum) / 2;
}

/**
 * Triangulates the polygons of layer `layerName`. Features without a string `code` or without area are left out;
 * a missing layer gives an empty mesh (a tile outside the areas).
 */
export function meshTile(data: Uint8Array, layerName: string): TileMesh {
  const layer = new VectorTile(new PbfReader(data)).layers[layerName];
  const positions: number[] = [];
  const feature: number[] = [];
  const indices: number[] = [];
  const codes: string[] = [];
  const extent = layer?.extent ?? 4096;
  for (let i = 0; i < (layer?.length ?? 0); i++) {
    const f = layer?.feature(i);
    if (f?.type !== 3) continue;
    const code = f.properties.code;
    if (typeof code !== 'string') continue;
    const fid = codes.length;
    let used = false;
    for (let polygon of classifyRings(f.loadGeometry())) {
      if (polygon.length > MAX_RINGS) {
        const [outer, ...holes] = polygon;
        holes.sort((a, b) => ringArea(b) - ringArea(a));
        polygon = [outer as (typeof polygon)[number], ...holes.slice(0, MAX_RINGS - 1)];
      }
      const flat: number[] = [];
      const holeStarts: number[] = [];
      for (const [r, ring] of polygon.entries()) {
        if (r > 0) holeStarts.push(flat.length / 2);
        // Vector tile rings repeat their first point at the end; earcut wants it once.
        const n =
          ring.length > 1 && ring[0]?.x === ring.at(-1)?.x && ring[0]?.y === ring.at(-1)?.y ? ring.length - 1 : ring.length;
        for (let k = 0; k < n; k++) flat.push((ring[k] as { x: number }).x, (ring[k] as { y: number }).y);
      }
      const triangles = earcut(flat, holeStarts, 2);
      if (triangles.length === 0) continue;
      const base = positions.length / 2;
      for (const v of flat) positions.push(v);
      for (let k = 0; k < flat.length / 2; k++) feature.push(fid);
      for (const t of triangles) indices.push(base + t);
      used = true;
    }
    if (used) codes.push(code);
  }
  return {
    extent,
    positions: Int16Array.from(positions),
    feature: Uint32Array.from(feature),
    indices: Uint32Array.from(indices),
    codes,
  };
}

/**
 * Per vertex, the area's row in the colour table (its position in the level's area index); codes the index does not
 * know get `unknown` (the table's last row, drawn as "no colour").
 */
export function areaRows(
  mesh: Pick<TileMesh, 'feature' | 'codes'>,
  rowOf: ReadonlyMap<string, number>,
  unknown: number,
): Uint32Array {
  const perFeature = mesh.codes.map((c) => rowOf.get(c) ?? unknown);
  const out = new Uint32Array(mesh.feature.length);
  for (let v = 0; v < out.length; v++) out[v] = perFeature[mesh.feature[v] as number] as number;
  return out;
}
