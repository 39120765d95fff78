// Road distance over an imported network (GeoJSON LineStrings, WGS84), as CBS measures it: from the point projected
// perpendicularly onto the network (the nearest point ON an edge, not the nearest node — node snapping is known to
// bias access scores) along the roads to the facility's own projected point. Every vertex is a node and every
// segment an edge; lines connect only where they share a vertex (a crossing without one is a bridge or tunnel).
// One multi-source Dijkstra per type gives every node its nearest-facility distance in one pass.

import Flatbush from 'flatbush';
import type { Feature, LineString, MultiLineString } from 'geojson';
import TinyQueue from 'tinyqueue';
import type { NearestResult, Points } from './nearest';
import { forward, type Projection } from './project';

export interface RoadNetwork {
  nodeX: Float64Array;
  nodeY: Float64Array;
  edgeA: Uint32Array;
  edgeB: Uint32Array;
  edgeLen: Float64Array;
  /** CSR adjacency: neighbours of node v are adjNode[adjStart[v] .. adjStart[v+1]) */
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjLen: Float64Array;
  /** R-tree over edge bounding boxes (its buffer, `index.data`, can be transferred and restored with Flatbush.from) */
  index: Flatbush;
}

export interface Snap {
  edge: number;
  /** position along the edge from edgeA (0) to edgeB (1) */
  t: number;
  /** perpendicular distance from the point to the edge, metres */
  offset: number;
}

export function buildNetwork(lines: Feature<LineString | MultiLineString>[], projection: Projection): RoadNetwork {
  const ids = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  const ea: number[] = [];
  const eb: number[] = [];
  const node = (lon: number, lat: number): number => {
    // ~1 cm in degrees: vertices shared by two lines become one node
    const key = `${Math.round(lon * 1e7)},${Math.round(lat * 1e7)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = xs.length;
      ids.set(key, id);
      const [x, y] = forward(projection, lon, lat);
      xs.push(x);
      ys.push(y);
    }
    return id;
  };
  for (const f of lines) {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const part of parts) {
      let prev = -1;
      for (const p of part) {
        const id = node(p[0] ?? 0, p[1] ?? 0);
        if (prev >= 0 && prev !== id) {
          ea.push(prev);
          eb.push(id);
        }
        prev = id;
      }
    }
  }
  const nodeX = Float64Array.from(xs);
  const nodeY = Float64Array.from(ys);
  const m = ea.length;
  if (m === 0) throw new Error('buildNetwork: no edges');
  const edgeA = Uint32Array.from(ea);
  const edgeB = Uint32Array.from(eb);
  const edgeLen = new Float64Array(m);
  const degree = new Uint32Array(xs.length + 1);
  const index = new Flatbush(m);
  for (let e = 0; e < m; e++) {
    const a = edgeA[e] ?? 0;
    const b = edgeB[e] ?? 0;
    const ax = nodeX[a] ?? 0;
    const ay = nodeY[a] ?? 0;
    const bx = nodeX[b] ?? 0;
    const by = nodeY[b] ?? 0;
    edgeLen[e] = Math.hypot(bx - ax, by - ay);
    degree[a + 1] = (degree[a + 1] ?? 0) + 1;
    degree[b + 1] = (degree[b + 1] ?? 0) + 1;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  const adjStart = new Uint32Array(xs.length + 1);
  for (let v = 0; v < xs.length; v++) adjStart[v + 1] = (adjStart[v] ?? 0) + (degree[v + 1] ?? 0);
  const fill = adjStart.slice(0, xs.length);
  const adjNode = new Uint32Array(2 * m);
  const adjLen = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = edgeA[e] ?? 0;
    const b = edgeB[e] ?? 0;
    const len = edgeLen[e] ?? 0;
    const ia = fill[a] ?? 0;
    adjNode[ia] = b;
    adjLen[ia] = len;
    fill[a] = ia + 1;
    const ib = fill[b] ?? 0;
    adjNode[ib] = a;
    adjLen[ib] = len;
    fill[b] = ib + 1;
  }
  return { nodeX, nodeY, edgeA, edgeB, edgeLen, adjStart, adjNode, adjLen, index };
}

function project(net: RoadNetwork, e: number, x: number, y: number): Snap {
  const a = net.edgeA[e] ?? 0;
  const b = net.edgeB[e] ?? 0;
  const ax = net.nodeX[a] ?? 0;
  const ay = net.nodeY[a] ?? 0;
  const dx = (net.nodeX[b] ?? 0) - ax;
  const dy = (net.nodeY[b] ?? 0) - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
  return { edge: e, t, offset: Math.hypot(ax + t * dx - x, ay + t * dy - y) };
}

/** Nearest point on any edge. The R-tree's kNN ranks by box distance, so the first hit only bounds the answer;
 * every edge whose box lies within that bound is then checked exactly. */
export function snap(net: RoadNetwork, x: number, y: number): Snap {
  const first = net.index.neighbors(x, y, 1)[0] ?? 0;
  let best = project(net, first, x, y);
  const r = best.offset;
  for (const e of net.index.search(x - r, y - r, x + r, y + r)) {
    const s = project(net, e, x, y);
    if (s.offset < best.offset || (s.offset === best.offset && e < best.edge)) best = s;
  }
  return best;
}

export function snapAll(net: RoadNetwork, pts: Points): Snap[] {
  const out: Snap[] = [];
  for (let i = 0; i < pts.x.length; i++) out.push(snap(net, pts.x[i] ?? 0, pts.y[i] ?? 0));
  return out;
}

/** Multi-source Dijkstra from snapped sources; `limit` stops the search beyond that distance (metres). */
export function nodeDistances(net: RoadNetwork, sources: Snap[], limit = Infinity): { dist: Float64Array; source: Int32Array } {
  const nn = net.nodeX.length;
  const dist = new Float64Array(nn).fill(Infinity);
  const source = new Int32Array(nn).fill(-1);
  const q = new TinyQueue<[number, number]>([], (p, r) => p[0] - r[0]);
  const seed = (v: number, d: number, s: number) => {
    if (d < (dist[v] ?? Infinity) && d <= limit) {
      dist[v] = d;
      source[v] = s;
      q.push([d, v]);
    }
  };
  sources.forEach((s, j) => {
    const len = net.edgeLen[s.edge] ?? 0;
    seed(net.edgeA[s.edge] ?? 0, s.offset + s.t * len, j);
    seed(net.edgeB[s.edge] ?? 0, s.offset + (1 - s.t) * len, j);
  });
  for (let top = q.pop(); top; top = q.pop()) {
    const [d, v] = top;
    if (d > (dist[v] ?? Infinity)) continue;
    const s = source[v] ?? -1;
    for (let k = net.adjStart[v] ?? 0, end = net.adjStart[v + 1] ?? 0; k < end; k++)
      seed(net.adjNode[k] ?? 0, d + (net.adjLen[k] ?? 0), s);
  }
  return { dist, source };
}

/** Distance from a snapped point to the sources: through either end of its edge, or directly along the edge to a
 * source on the same edge. */
function pointDistance(
  net: RoadNetwork,
  c: Snap,
  nd: { dist: Float64Array; source: Int32Array },
  sameEdge: Array<{ j: number; s: Snap }> | undefined,
): { d: number; j: number } {
  const len = net.edgeLen[c.edge] ?? 0;
  const a = net.edgeA[c.edge] ?? 0;
  const b = net.edgeB[c.edge] ?? 0;
  const viaA = c.t * len + (nd.dist[a] ?? Infinity);
  const viaB = (1 - c.t) * len + (nd.dist[b] ?? Infinity);
  let d = viaA <= viaB ? viaA : viaB;
  let j = viaA <= viaB ? (nd.source[a] ?? -1) : (nd.source[b] ?? -1);
  for (const f of sameEdge ?? []) {
    const direct = Math.abs(c.t - f.s.t) * len + f.s.offset;
    if (direct < d) {
      d = direct;
      j = f.j;
    }
  }
  return { d: d + c.offset, j };
}

function byEdge(snaps: Snap[]): Map<number, Array<{ j: number; s: Snap }>> {
  const m = new Map<number, Array<{ j: number; s: Snap }>>();
  snaps.forEach((s, j) => {
    const list = m.get(s.edge) ?? [];
    list.push({ j, s });
    m.set(s.edge, list);
  });
  return m;
}

/**
 * Network counterpart of nearestIndexed: nearest road distance per cell (snap offset + along the roads + the
 * facility's own snap offset) and facilities within each road radius. Unreachable = NaN / not counted.
 * Cells may be pre-snapped (`cellSnaps`) since the grid does not change between types.
 */
export function nearestNetwork(
  net: RoadNetwork,
  cells: Points,
  facilities: Points,
  radii: number[],
  cellSnaps: Snap[] = snapAll(net, cells),
): NearestResult {
  const n = cells.x.length;
  const out: NearestResult = {
    distance: new Float32Array(n).fill(Number.NaN),
    nearest: new Int32Array(n).fill(-1),
    counts: radii.map(() => new Float32Array(n)),
    radii,
  };
  const fs = snapAll(net, facilities);
  if (fs.length === 0) return out;
  const all = nodeDistances(net, fs);
  const same = byEdge(fs);
  for (let i = 0; i < n; i++) {
    const c = cellSnaps[i];
    if (!c) continue;
    const r = pointDistance(net, c, all, same.get(c.edge));
    if (Number.isFinite(r.d)) {
      out.distance[i] = r.d;
      out.nearest[i] = r.j;
    }
  }
  // Counts need each facility's own (bounded) search.
  const maxR = Math.max(0, ...radii);
  if (radii.length > 0)
    fs.forEach((s, j) => {
      const one = nodeDistances(net, [s], maxR);
      const onEdge = new Map([[s.edge, [{ j, s }]]]);
      for (let i = 0; i < n; i++) {
        const c = cellSnaps[i];
        if (!c) continue;
        const d = pointDistance(net, c, one, onEdge.get(c.edge)).d;
        for (let k = 0; k < radii.length; k++) {
          const cnt = out.counts[k];
          if (cnt && d <= (radii[k] ?? 0)) cnt[i] = (cnt[i] ?? 0) + 1;
        }
      }
    });
  return out;
}

/** Road distance from one snapped facility to every pre-snapped cell, up to `limit` metres (NaN beyond): the
 * per-facility catchment the capacity measure (E2SFCA) needs in network mode. */
export function distancesFrom(net: RoadNetwork, facility: Snap, cellSnaps: Snap[], limit: number): Float64Array {
  const one = nodeDistances(net, [facility], limit);
  const onEdge = [{ j: 0, s: facility }];
  const out = new Float64Array(cellSnaps.length).fill(Number.NaN);
  cellSnaps.forEach((c, i) => {
    const d = pointDistance(net, c, one, c.edge === facility.edge ? onEdge : undefined).d;
    if (d <= limit) out[i] = d;
  });
  return out;
}
