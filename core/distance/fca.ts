// Capacity-aware access: the floating catchment area family. A distance map says everyone near a full practice is
// fine; FCA divides each facility's supply over the demand that can reach it.
// E2SFCA (Luo & Qi 2009): R_j = S_j / Σ_k P_k W(d_kj), A_i = Σ_j R_j W(d_ij), W stepwise over distance zones.
// Balanced FCA (Paez et al. 2019, as in the R `accessibility` package): step 1 uses weights normalised per cell, so
// each cell's demand is split over the facilities it reaches instead of counted at each (Σ_j demand_j = covered
// population); step 2 uses weights normalised per facility, so a facility's ratio is spread, not copied, over cells.
// The zone weights are an ASSUMPTION (aanname), not a measured decay: parameters, documented in the method text.
import KDBush from 'kdbush';
import type { Points } from './nearest';

export interface DecayZone {
  /** upper bound of the zone in metres (inclusive) */
  upTo: number;
  weight: number;
}

/** 0–1 km 1.0, 1–3 km 0.68, 3–5 km 0.22 (aanname, the weight pattern of Luo & Qi's Gaussian steps). */
export const DEFAULT_ZONES: DecayZone[] = [
  { upTo: 1000, weight: 1 },
  { upTo: 3000, weight: 0.68 },
  { upTo: 5000, weight: 0.22 },
];

/** Normpraktijk: one full-time GP for 2,350 patients (aanname when the FTE per location is unknown). */
export const NORMPRAKTIJK_PATIENTS = 2350;

export function decayWeight(d: number, zones: DecayZone[]): number {
  for (const z of zones) if (d <= z.upTo) return z.weight;
  return 0;
}

/** Sparse cell–facility pairs within reach: pairs i→j with distance d. */
export interface Pairs {
  cell: Uint32Array;
  facility: Uint32Array;
  distance: Float64Array;
}

/** Straight-line pairs within `maxDistance` (metres), via a kdbush radius query per facility. */
export function pairsWithin(cells: Points, facilities: Points, maxDistance: number): Pairs {
  const cell: number[] = [];
  const facility: number[] = [];
  const distance: number[] = [];
  const n = cells.x.length;
  if (n > 0) {
    const kd = new KDBush(n);
    for (let i = 0; i < n; i++) kd.add(cells.x[i] ?? 0, cells.y[i] ?? 0);
    kd.finish();
    for (let j = 0; j < facilities.x.length; j++) {
      const fx = facilities.x[j] ?? 0;
      const fy = facilities.y[j] ?? 0;
      for (const i of kd.within(fx, fy, maxDistance)) {
        cell.push(i);
        facility.push(j);
        distance.push(Math.hypot((cells.x[i] ?? 0) - fx, (cells.y[i] ?? 0) - fy));
      }
    }
  }
  return { cell: Uint32Array.from(cell), facility: Uint32Array.from(facility), distance: Float64Array.from(distance) };
}

export interface FcaResult {
  /** supply-to-demand ratio per facility (R_j); NaN when nobody reaches it */
  ratio: Float64Array;
  /** access per cell A_i (supply units per inhabitant); 0 = no facility in reach */
  access: Float64Array;
}

export interface FcaOptions {
  zones?: DecayZone[];
  balanced?: boolean;
}

export function fca(population: Float64Array, supply: ArrayLike<number>, pairs: Pairs, options: FcaOptions = {}): FcaResult {
  const zones = options.zones ?? DEFAULT_ZONES;
  const n = population.length;
  const m = supply.length;
  const p = pairs.cell.length;
  const w = new Float64Array(p);
  for (let k = 0; k < p; k++) w[k] = decayWeight(pairs.distance[k] ?? Infinity, zones);
  // Balanced: demand-side weights sum to 1 per cell, supply-side weights to 1 per facility.
  let wDemand = w;
  let wSupply = w;
  if (options.balanced) {
    const perCell = new Float64Array(n);
    const perFac = new Float64Array(m);
    for (let k = 0; k < p; k++) {
      const i = pairs.cell[k] ?? 0;
      const j = pairs.facility[k] ?? 0;
      perCell[i] = (perCell[i] ?? 0) + (w[k] ?? 0);
      perFac[j] = (perFac[j] ?? 0) + (w[k] ?? 0);
    }
    wDemand = w.map((v, k) => (v > 0 ? v / (perCell[pairs.cell[k] ?? 0] ?? 1) : 0));
    wSupply = w.map((v, k) => (v > 0 ? v / (perFac[pairs.facility[k] ?? 0] ?? 1) : 0));
  }
  const demand = new Float64Array(m);
  for (let k = 0; k < p; k++) {
    const j = pairs.facility[k] ?? 0;
    demand[j] = (demand[j] ?? 0) + (population[pairs.cell[k] ?? 0] ?? 0) * (wDemand[k] ?? 0);
  }
  const ratio = new Float64Array(m);
  for (let j = 0; j < m; j++) ratio[j] = (demand[j] ?? 0) > 0 ? (supply[j] ?? 0) / (demand[j] ?? 1) : Number.NaN;
  const access = new Float64Array(n);
  for (let k = 0; k < p; k++) {
    const r = ratio[pairs.facility[k] ?? 0] ?? Number.NaN;
    if (Number.isNaN(r)) continue;
    const i = pairs.cell[k] ?? 0;
    access[i] = (access[i] ?? 0) + r * (wSupply[k] ?? 0);
  }
  return { ratio, access };
}

/** Access as supply per 1,000 inhabitants (the unit the UI shows). */
export function per1000(access: Float64Array): Float64Array {
  return access.map((a) => a * 1000);
}
