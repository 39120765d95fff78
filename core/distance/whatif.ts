// The app-facing API: one surface per facility type, and a fast recompute of one type after an edit (add, move,
// remove a facility). Adding a facility only lowers distances and raises counts near it, so an add is applied
// incrementally on the cells within reach; move and remove recompute the type (still a few ms at 100 m).
// Surfaces hold typed arrays only, so a Web Worker can transfer them.
import type { Grid } from './grid';
import { type NearestResult, nearestIndexed, type Points } from './nearest';
import { nearestNetwork, type RoadNetwork, type Snap } from './network';
import { forward, type Projection } from './project';

export interface Facility {
  id: string;
  lon: number;
  lat: number;
  /** supply for FCA (e.g. FTE); optional */
  capacity?: number;
}

export type FacilityEdit =
  | { kind: 'add'; facility: Facility }
  | { kind: 'move'; id: string; lon: number; lat: number }
  | { kind: 'remove'; id: string };

export interface SurfaceOptions {
  /** road radii in metres for the counts; default CBS 1/3/5 km (voortgezet onderwijs 3/5/10, ziekenhuis 5/10/20) */
  radii?: number[];
  /** straight-line mode: distances are multiplied by this and radii divided by it (estimated road distance) */
  detour?: number;
  /** network mode: when given, distances are road distances and `detour` is ignored */
  network?: { net: RoadNetwork; cellSnaps: Snap[] };
}

export interface Surface {
  /** estimated road distance in metres per grid cell; NaN = no facility */
  distance: Float32Array;
  /** index into the facility list of the nearest facility per cell; -1 = none */
  nearest: Int32Array;
  /** counts[k][i]: facilities within radii[k] (road metres) */
  counts: Float32Array[];
  radii: number[];
  /** factor applied to straight-line distances (1 in network mode) */
  detour: number;
  mode: 'straight' | 'network';
}

export const DEFAULT_RADII = [1000, 3000, 5000];

export function facilityPoints(projection: Projection, facilities: Facility[]): Points {
  const x = new Float64Array(facilities.length);
  const y = new Float64Array(facilities.length);
  facilities.forEach((f, j) => {
    const [px, py] = forward(projection, f.lon, f.lat);
    x[j] = px;
    y[j] = py;
  });
  return { x, y };
}

function scaled(r: NearestResult, detour: number, radii: number[]): Surface {
  if (detour !== 1) for (let i = 0; i < r.distance.length; i++) r.distance[i] = (r.distance[i] ?? 0) * detour;
  return { distance: r.distance, nearest: r.nearest, counts: r.counts, radii, detour, mode: 'straight' };
}

export function computeSurface(grid: Grid, facilities: Facility[], options: SurfaceOptions = {}): Surface {
  const radii = options.radii ?? DEFAULT_RADII;
  const pts = facilityPoints(grid.projection, facilities);
  if (options.network) {
    const r = nearestNetwork(options.network.net, grid, pts, radii, options.network.cellSnaps);
    return { ...r, radii, detour: 1, mode: 'network' };
  }
  const detour = options.detour ?? 1;
  return scaled(
    nearestIndexed(
      grid,
      pts,
      radii.map((r) => r / detour),
    ),
    detour,
    radii,
  );
}

export function applyEdits(facilities: Facility[], edits: FacilityEdit[]): Facility[] {
  let out = facilities.slice();
  for (const e of edits) {
    if (e.kind === 'add') {
      if (out.some((f) => f.id === e.facility.id)) throw new Error(`applyEdits: id ${e.facility.id} exists`);
      out.push(e.facility);
    } else if (e.kind === 'move') out = out.map((f) => (f.id === e.id ? { ...f, lon: e.lon, lat: e.lat } : f));
    else out = out.filter((f) => f.id !== e.id);
  }
  return out;
}

/**
 * Surface of one type after edits. `previous` must be the surface of `facilities` with the same options; it is not
 * modified. Returns the new facility list (nearest indices refer to it) and the new surface.
 */
export function recomputeType(
  grid: Grid,
  previous: Surface,
  facilities: Facility[],
  edits: FacilityEdit[],
  options: SurfaceOptions = {},
): { facilities: Facility[]; surface: Surface } {
  const next = applyEdits(facilities, edits);
  const onlyAdds = edits.every((e) => e.kind === 'add');
  if (!onlyAdds || options.network) return { facilities: next, surface: computeSurface(grid, next, options) };
  const detour = previous.detour;
  const surface: Surface = {
    ...previous,
    distance: previous.distance.slice(),
    nearest: previous.nearest.slice(),
    counts: previous.counts.map((c) => c.slice()),
  };
  for (let e = 0; e < edits.length; e++) {
    const edit = edits[e];
    if (edit?.kind !== 'add') continue;
    const j = facilities.length + e;
    const [fx, fy] = forward(grid.projection, edit.facility.lon, edit.facility.lat);
    const maxR = Math.max(0, ...surface.radii) / detour;
    // Distances drop anywhere; counts change only within the largest radius: one pass over all cells is O(n) and
    // cheaper than maintaining a raster lookup for ~10^4–10^5 cells.
    for (let i = 0; i < grid.n; i++) {
      const d = Math.hypot((grid.x[i] ?? 0) - fx, (grid.y[i] ?? 0) - fy);
      const road = d * detour;
      const old = surface.distance[i] ?? Number.NaN;
      if (Number.isNaN(old) || road < old) {
        surface.distance[i] = road;
        surface.nearest[i] = j;
      }
      if (d <= maxR)
        for (let k = 0; k < surface.radii.length; k++) {
          const c = surface.counts[k];
          if (c && d <= (surface.radii[k] ?? 0) / detour) c[i] = (c[i] ?? 0) + 1;
        }
    }
  }
  return { facilities: next, surface };
}
