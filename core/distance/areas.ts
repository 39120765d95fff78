// Per-area summaries of a cell surface, weighted by the inhabitants each cell represents — the same weighting as
// CBS (a mean over persons, not over area). An area without inhabited cells has no value (undefined), never 0,
// so the map shows it as no-data instead of "right next door".
import type { Grid } from './grid';

export interface AreaSurface {
  /** metres per cell; NaN = no facility reachable */
  distance: Float32Array;
  counts: Float32Array[];
  radii: number[];
}

export interface AreaMeasure {
  /** inhabitants counted (cells with a finite distance) */
  population: number;
  cells: number;
  /** population-weighted mean distance in metres, multiplied by `detour` */
  meanDistance: number;
  /** share (0–1) of inhabitants whose distance × detour exceeds `norm`; undefined without a norm */
  shareBeyond: number | undefined;
  /** population-weighted mean count within each radius (CBS "aantal binnen"), same order as surface.radii */
  meanCounts: number[];
}

export interface AreaOptions {
  /** Multiplies straight-line distances (estimated road distance). Leave at 1 for network or pre-scaled surfaces. */
  detour?: number;
  /** norm distance in metres for shareBeyond */
  norm?: number;
  /**
   * Cell area code → group code(s). Omit for per-area (buurt) results. A wijk grouping is `wijkOfBuurt`; a
   * deelgebied grouping is a membership map buurt → deelgebied. Codes missing from the map are left out.
   */
  groupOf?: Record<string, string | string[]> | ((code: string) => string | string[] | undefined);
  /** group codes that must appear in the result (as undefined when they have no inhabited cell); default: every polygon code when ungrouped */
  groups?: string[];
}

/** BU09880101 → WK098801: CBS buurt codes carry their wijk code. */
export function wijkOfBuurt(code: string): string | undefined {
  return /^BU\d{8}$/.test(code) ? `WK${code.slice(2, 8)}` : undefined;
}

export function areaMeasures(
  grid: Pick<Grid, 'n' | 'area' | 'codes' | 'pop'>,
  surface: AreaSurface,
  options: AreaOptions = {},
): Record<string, AreaMeasure | undefined> {
  const detour = options.detour ?? 1;
  const norm = options.norm;
  const g = options.groupOf;
  const lookup = (code: string): string[] => {
    const v = g === undefined ? code : typeof g === 'function' ? g(code) : g[code];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  // Resolve each polygon's groups once, not per cell.
  const targets = grid.codes.map(lookup);
  const k = surface.radii.length;
  const acc = new Map<string, { pop: number; cells: number; dist: number; beyond: number; counts: number[] }>();
  for (let i = 0; i < grid.n; i++) {
    const p = grid.pop[i] ?? 0;
    const d = surface.distance[i] ?? Number.NaN;
    if (!(p > 0) || Number.isNaN(d)) continue;
    const dd = d * detour;
    for (const t of targets[grid.area[i] ?? -1] ?? []) {
      let a = acc.get(t);
      if (!a) {
        a = { pop: 0, cells: 0, dist: 0, beyond: 0, counts: new Array<number>(k).fill(0) };
        acc.set(t, a);
      }
      a.pop += p;
      a.cells++;
      a.dist += p * dd;
      if (norm !== undefined && dd > norm) a.beyond += p;
      for (let r = 0; r < k; r++) a.counts[r] = (a.counts[r] ?? 0) + p * (surface.counts[r]?.[i] ?? 0);
    }
  }
  const out: Record<string, AreaMeasure | undefined> = {};
  // Without a grouping every polygon appears, inhabited or not.
  for (const code of options.groups ?? (g === undefined ? grid.codes : [])) out[code] = undefined;
  for (const [code, a] of acc)
    out[code] = {
      population: a.pop,
      cells: a.cells,
      meanDistance: a.dist / a.pop,
      shareBeyond: norm === undefined ? undefined : a.beyond / a.pop,
      meanCounts: a.counts.map((c) => c / a.pop),
    };
  return out;
}
