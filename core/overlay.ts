// Overlay of user polygons on buurten: which share of each buurt lies in each polygon. Pure (turf only).
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Membership } from './aggregate';

type Poly = Feature<Polygon | MultiPolygon, { code: string }>;

/** Fractions below this (0.1%) are slivers from generalised borders, not real overlap. */
export const MIN_FRACTION = 0.001;

export function overlayMembership(buurten: Poly[], targets: Poly[]): Membership {
  const m: Membership = {};
  for (const t of targets) {
    const members: Membership[string] = [];
    for (const b of buurten) {
      const inter = intersect(featureCollection([b, t]));
      if (!inter) continue;
      const fraction = area(inter) / area(b);
      if (fraction >= MIN_FRACTION)
        members.push({ code: b.properties.code, fraction: Math.min(1, Math.round(fraction * 1e6) / 1e6) });
    }
    m[t.properties.code] = members;
  }
  return m;
}
