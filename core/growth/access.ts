// Growth meets the voorzieningen analysis: for the new homes of a scenario, how many lie beyond each facility type's
// distance norm, and how the supply per inhabitant changes when the new inhabitants arrive. Distances as in the
// voorzieningen overlay without a road network: straight line × the detour factor. Pure.
import type { Project } from '../contracts/scenario';

export interface LonLat {
  lon: number;
  lat: number;
}

const EARTH = 6_371_008.8;
const rad = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function metresBetween(a: LonLat, b: LonLat): number {
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Where a project is: its own point, else the middle of its plan area, else its buurt's label point; or null. */
export function projectPosition(p: Project, buurtPoint: (code: string) => LonLat | undefined): LonLat | null {
  if (p.punt) return { lon: p.punt[0], lat: p.punt[1] };
  const ring = p.vlak?.coordinates[0];
  if (ring && ring.length > 1) {
    // The closing vertex repeats the first: leave it out of the mean.
    const pts = ring.slice(0, -1);
    return {
      lon: pts.reduce((s, c) => s + c[0], 0) / pts.length,
      lat: pts.reduce((s, c) => s + c[1], 0) / pts.length,
    };
  }
  return (p.buurt && buurtPoint(p.buurt)) || null;
}

/** Net homes of a project completed up to and including `year`. */
export function netHomesUntil(p: Project, year: number): number {
  let n = 0;
  for (const [y, v] of Object.entries(p.woningenPerJaar)) if (Number(y) <= year) n += v;
  for (const [y, v] of Object.entries(p.vervangenPerJaar ?? {})) if (Number(y) <= year) n -= v;
  return n;
}

export interface NormShare {
  /** Net new homes with a known location, and those beyond the norm. */
  homes: number;
  beyond: number;
  /** New homes without a location (unallocated or buurt unknown): not in the share. */
  unplaced: number;
  /** Per project: estimated distance to the nearest facility (m), for the table. */
  perProject: { id: string; metres: number | null; homes: number }[];
}

export function shareBeyondNorm(
  projects: readonly Project[],
  year: number,
  facilities: readonly LonLat[],
  normMetres: number,
  detour: number,
  buurtPoint: (code: string) => LonLat | undefined,
): NormShare {
  let homes = 0;
  let beyond = 0;
  let unplaced = 0;
  const perProject: NormShare['perProject'] = [];
  for (const p of projects) {
    const n = netHomesUntil(p, year);
    if (n <= 0) continue;
    const at = projectPosition(p, buurtPoint);
    if (!at || facilities.length === 0) {
      unplaced += n;
      perProject.push({ id: p.id, metres: null, homes: n });
      continue;
    }
    let best = Number.POSITIVE_INFINITY;
    for (const f of facilities) best = Math.min(best, metresBetween(at, f));
    const metres = best * detour;
    homes += n;
    if (metres > normMetres) beyond += n;
    perProject.push({ id: p.id, metres, homes: n });
  }
  return { homes, beyond, unplaced, perProject };
}

/** Facilities per 10,000 inhabitants, now and with the extra inhabitants; null without inhabitants. */
export function supplyPer10k(count: number, inhabitants: number, extra: number) {
  const per = (pop: number) => (pop > 0 ? (count / pop) * 10_000 : null);
  return { now: per(inhabitants), withGrowth: per(inhabitants + extra) };
}
