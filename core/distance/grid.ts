// Square grid of population-weighted cells over the buurt polygons: the "homes" of the distance surface.
// ASSUMPTION (the UI states it): a buurt's inhabitants are spread evenly over its cells. That is fair in built-up
// buurten and wrong in buitengebied buurten where most people live in a village core or along a few roads — there
// the mean distance is an area average, not a resident average. Cells are kept only when their centre lies inside
// a polygon (the first one in input order wins on overlap); buurten too small to contain a cell centre are listed
// in `unplaced` and their inhabitants are missing from the grid.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { forward, inverse, type Projection, projectionFor } from './project';

export interface Grid {
  projection: Projection;
  cellSize: number;
  /** raster origin (lower-left corner of column 0 / row 0) in projected metres */
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  /** number of kept cells */
  n: number;
  col: Int32Array;
  row: Int32Array;
  x: Float64Array;
  y: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  /** index into `codes` of the polygon containing the cell centre */
  area: Int32Array;
  codes: string[];
  /** inhabitants represented by the cell (1 per cell when no population was given) */
  pop: Float64Array;
  /** polygon codes with population but no cell */
  unplaced: string[];
}

export interface GridOptions {
  cellSize?: number;
  population?: Record<string, number>;
  /** property holding the area code; default 'code' */
  codeKey?: string;
  projection?: Projection;
}

type AreaFeature = Feature<Polygon | MultiPolygon>;

function ringsOf(f: AreaFeature): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

function codeOf(f: AreaFeature, key: string): string {
  const v = f.properties?.[key];
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`makeGrid: feature without properties.${key}`);
  return String(v);
}

export function makeGrid(polygons: AreaFeature[], options: GridOptions = {}): Grid {
  const cellSize = options.cellSize ?? 100;
  const key = options.codeKey ?? 'code';
  if (!(cellSize > 0)) throw new Error('makeGrid: cellSize must be > 0');
  const projection =
    options.projection ??
    projectionFor(polygons.flatMap((f) => ringsOf(f).flatMap((r) => r.map((p) => [p[0] ?? 0, p[1] ?? 0] as const))));
  const codes = polygons.map((f) => codeOf(f, key));
  // Project every ring once; even-odd filling over all rings of a feature handles holes and multipolygons.
  const projected = polygons.map((f) => ringsOf(f).map((ring) => ring.map((p) => forward(projection, p[0] ?? 0, p[1] ?? 0))));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of projected)
    for (const ring of rings)
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
  if (!Number.isFinite(minX)) throw new Error('makeGrid: no polygons');
  // Snap the raster to multiples of the cell size so grids of the same projection line up.
  const x0 = Math.floor(minX / cellSize) * cellSize;
  const y0 = Math.floor(minY / cellSize) * cellSize;
  const cols = Math.max(1, Math.ceil((maxX - x0) / cellSize));
  const rows = Math.max(1, Math.ceil((maxY - y0) / cellSize));
  const owner = new Int32Array(cols * rows).fill(-1);
  const xs: number[] = [];
  for (let a = 0; a < projected.length; a++) {
    const rings = projected[a] ?? [];
    let pMinY = Infinity;
    let pMaxY = -Infinity;
    for (const ring of rings)
      for (const [, y] of ring) {
        if (y < pMinY) pMinY = y;
        if (y > pMaxY) pMaxY = y;
      }
    const r0 = Math.max(0, Math.floor((pMinY - y0) / cellSize - 0.5));
    const r1 = Math.min(rows - 1, Math.ceil((pMaxY - y0) / cellSize - 0.5));
    for (let r = r0; r <= r1; r++) {
      const cy = y0 + (r + 0.5) * cellSize;
      xs.length = 0;
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i] ?? [0, 0];
          const [xj, yj] = ring[j] ?? [0, 0];
          // half-open rule: an edge counts when cy lies in [min, max) of its y-range
          if (yi > cy !== yj > cy) xs.push(xi + ((cy - yi) * (xj - xi)) / (yj - yi));
        }
      xs.sort((p, q) => p - q);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil(((xs[k] ?? 0) - x0) / cellSize - 0.5));
        const c1 = Math.min(cols - 1, Math.floor(((xs[k + 1] ?? 0) - x0) / cellSize - 0.5));
        for (let c = c0; c <= c1; c++) {
          const idx = r * cols + c;
          if (owner[idx] === -1) owner[idx] = a;
        }
      }
    }
  }
  let n = 0;
  const perArea = new Int32Array(codes.length);
  for (let i = 0; i < owner.length; i++) {
    const a = owner[i] ?? -1;
    if (a >= 0) {
      n++;
      perArea[a] = (perArea[a] ?? 0) + 1;
    }
  }
  const grid: Grid = {
    projection,
    cellSize,
    x0,
    y0,
    cols,
    rows,
    n,
    col: new Int32Array(n),
    row: new Int32Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    area: new Int32Array(n),
    codes,
    pop: new Float64Array(n),
    unplaced: [],
  };
  const pop = options.population;
  let k = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const a = owner[r * cols + c] ?? -1;
      if (a < 0) continue;
      const x = x0 + (c + 0.5) * cellSize;
      const y = y0 + (r + 0.5) * cellSize;
      const [lon, lat] = inverse(projection, x, y);
      grid.col[k] = c;
      grid.row[k] = r;
      grid.x[k] = x;
      grid.y[k] = y;
      grid.lon[k] = lon;
      grid.lat[k] = lat;
      grid.area[k] = a;
      grid.pop[k] = pop ? (pop[codes[a] ?? ''] ?? 0) / (perArea[a] ?? 1) : 1;
      k++;
    }
  if (pop) grid.unplaced = codes.filter((code, a) => (perArea[a] ?? 0) === 0 && (pop[code] ?? 0) > 0);
  return grid;
}
