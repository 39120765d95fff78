// Straight-line nearest distance and counts within radii per cell, the way CBS reports them (nearest distance,
// "aantal binnen r km" per inhabitant) but on a surface. Nearest via a flatbush kNN query, counts via kdbush
// radius queries: both static indexes over the few facility points. `nearestBrute` is the reference for tests and
// the benchmark only.
import Flatbush from 'flatbush';
import KDBush from 'kdbush';

export interface Points {
  x: Float64Array;
  y: Float64Array;
}

export interface NearestResult {
  /** metres to the nearest facility; NaN when there is none */
  distance: Float32Array;
  /** index of the nearest facility, -1 when there is none */
  nearest: Int32Array;
  /** counts[k][i]: facilities within radii[k] metres of cell i */
  counts: Float32Array[];
  radii: number[];
}

function empty(n: number, radii: number[]): NearestResult {
  return {
    distance: new Float32Array(n).fill(Number.NaN),
    nearest: new Int32Array(n).fill(-1),
    counts: radii.map(() => new Float32Array(n)),
    radii,
  };
}

export function nearestIndexed(cells: Points, facilities: Points, radii: number[]): NearestResult {
  const n = cells.x.length;
  const m = facilities.x.length;
  const out = empty(n, radii);
  if (m === 0) return out;
  const fb = new Flatbush(m);
  const kd = new KDBush(m);
  for (let j = 0; j < m; j++) {
    const fx = facilities.x[j] ?? 0;
    const fy = facilities.y[j] ?? 0;
    fb.add(fx, fy, fx, fy);
    kd.add(fx, fy);
  }
  fb.finish();
  kd.finish();
  const buf = new Uint32Array(m);
  for (let i = 0; i < n; i++) {
    const cx = cells.x[i] ?? 0;
    const cy = cells.y[i] ?? 0;
    const j = fb.neighbors(cx, cy, 1)[0] ?? -1;
    out.nearest[i] = j;
    out.distance[i] = Math.hypot((facilities.x[j] ?? 0) - cx, (facilities.y[j] ?? 0) - cy);
    for (let k = 0; k < radii.length; k++) {
      const c = out.counts[k];
      if (c) c[i] = kd.withinInto(cx, cy, radii[k] ?? 0, buf);
    }
  }
  return out;
}

/** O(cells × facilities) reference: same result as nearestIndexed (ties broken by the lowest index). */
export function nearestBrute(cells: Points, facilities: Points, radii: number[]): NearestResult {
  const n = cells.x.length;
  const m = facilities.x.length;
  const out = empty(n, radii);
  if (m === 0) return out;
  const r2 = radii.map((r) => r * r);
  for (let i = 0; i < n; i++) {
    const cx = cells.x[i] ?? 0;
    const cy = cells.y[i] ?? 0;
    let best = Infinity;
    let bj = -1;
    for (let j = 0; j < m; j++) {
      const dx = (facilities.x[j] ?? 0) - cx;
      const dy = (facilities.y[j] ?? 0) - cy;
      const d2 = dx * dx + dy * dy;
      if (d2 < best) {
        best = d2;
        bj = j;
      }
      for (let k = 0; k < r2.length; k++) {
        const c = out.counts[k];
        if (c && d2 <= (r2[k] ?? 0)) c[i] = (c[i] ?? 0) + 1;
      }
    }
    out.nearest[i] = bj;
    out.distance[i] = Math.sqrt(best);
  }
  return out;
}
