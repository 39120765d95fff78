// Proportional symbols for the scenario's locations: one circle per place (projects at the same buurt centre are
// drawn together), its area proportional to the net homes built up to the shown year. Pure.
import type { Project } from '../../../core/contracts/scenario';
import { type LonLat, netHomesUntil, projectPosition } from '../../../core/growth/access';

export interface LocationSymbol {
  key: string;
  lon: number;
  lat: number;
  homes: number;
  names: string[];
  /** 'gepubliceerd' when every project here has a published count; else the assumption kind. */
  kind: 'gepubliceerd' | 'aanname' | 'eigen';
  hard: boolean;
}

/** Metres of radius for n homes: area ∝ homes; 1.000 homes ≈ 470 m. */
export const radiusFor = (homes: number) => 15 * Math.sqrt(Math.max(homes, 0));

export function locationSymbols(
  projects: readonly Project[],
  year: number,
  buurtPoint: (code: string) => LonLat | undefined,
): LocationSymbol[] {
  const byKey = new Map<string, LocationSymbol>();
  for (const p of projects) {
    const at = projectPosition(p, buurtPoint);
    const homes = netHomesUntil(p, year);
    if (!at || homes <= 0) continue;
    const key = `${at.lon.toFixed(5)},${at.lat.toFixed(5)}`;
    const kind = p.soort === 'gepubliceerd' ? 'gepubliceerd' : p.soort === 'eigen' ? 'eigen' : 'aanname';
    const s = byKey.get(key);
    if (!s) {
      byKey.set(key, { key, lon: at.lon, lat: at.lat, homes, names: [p.naam], kind, hard: p.status === 'hard' });
      continue;
    }
    s.homes += homes;
    s.names.push(p.naam);
    if (s.kind !== kind) s.kind = kind === 'eigen' || s.kind === 'eigen' ? 'eigen' : 'aanname';
    s.hard = s.hard && p.status === 'hard';
  }
  // Big circles first, so small ones stay visible and clickable on top.
  return [...byKey.values()].sort((a, b) => b.homes - a.homes);
}
