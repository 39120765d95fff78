// Polygon checks for imported area sets: every ring a real ring (no self-intersection, some area), the outer ring
// first with holes inside it, and the area set in Weert. Overlay with the buurten gives wrong shares for a twisted
// or inside-out polygon without any error, so these are refused here.
import { area, booleanPointInPolygon, featureCollection, intersect, kinks, polygon, rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Rings = number[][][];

const polygonsOf = (g: Polygon | MultiPolygon): Rings[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const fmt = (p: number[] | undefined) => `(${p?.[0]}, ${p?.[1]})`;

/** All points on one line (within rounding): a ring without area. A bow tie also sums to zero area, but is not this. */
function collinear(ring: number[][]): boolean {
  const [ax, ay] = ring[0] as number[];
  const b = ring.find((p) => p[0] !== ax || p[1] !== ay);
  if (!b) return true;
  const [dx, dy] = [(b[0] as number) - (ax as number), (b[1] as number) - (ay as number)];
  return ring.every((p) => Math.abs(dx * ((p[1] as number) - (ay as number)) - dy * ((p[0] as number) - (ax as number))) < 1e-12);
}

/** Holes (rings 2, 3, …) must lie inside ring 1; a hole listed first turns the polygon inside out. */
function ringOrderIssue(rings: Rings, label: string): string | undefined {
  const outer = polygon([rings[0] as number[][]]);
  for (const [i, ring] of rings.entries()) {
    if (i === 0) continue;
    const out = ring.find((p) => !booleanPointInPolygon(p, outer));
    if (out) {
      return `${label}ring ${i + 1} ligt niet binnen ring 1 (punt ${fmt(out)}): de buitenrand moet de eerste ring zijn, gaten volgen erna en liggen erbinnen`;
    }
  }
  return undefined;
}

/** A polygon's problem, or undefined: no area, self-intersection (also between rings), ring order. */
export function polygonIssue(g: Polygon | MultiPolygon): string | undefined {
  for (const [n, rings] of polygonsOf(g).entries()) {
    const label = g.type === 'MultiPolygon' ? `deel ${n + 1}, ` : '';
    for (const [i, ring] of rings.entries()) {
      if (collinear(ring)) return `${label}ring ${i + 1} heeft geen oppervlakte (alle punten op één lijn)`;
    }
    const k = kinks(polygon(rings)).features[0];
    if (k) {
      return `${label}vlak snijdt zichzelf bij ${fmt(k.geometry.coordinates.map((c) => Math.round(c * 1e6) / 1e6))} (een rand kruist een andere rand); maak het vlak geldig, bv. met "Geometrie repareren" in QGIS`;
    }
    const order = ringOrderIssue(rings, label);
    if (order) return order;
  }
  return undefined;
}

/** RFC 7946 ring orientation (outer anticlockwise, holes clockwise), whatever the file had. */
export function rewound<G extends Polygon | MultiPolygon>(g: G): G {
  return rewind(g) as G;
}

/** Share of a feature's area inside the gemeente (0–1). */
export function shareInside(g: Polygon | MultiPolygon, gemeente: Polygon | MultiPolygon): number {
  const total = area(g);
  if (total === 0) return 0;
  const f = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({
    type: 'Feature',
    properties: {},
    geometry,
  });
  const both = intersect(featureCollection([f(g), f(gemeente)]));
  return both ? area(both) / total : 0;
}
