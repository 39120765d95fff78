// Geometric invariants of the committed public/data/weert.topo.json: the wijk and gemeente levels are merged from the
// buurt arcs, so the levels must nest without gaps or overlaps, and every label point must lie inside its own area.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

interface AreaProps {
  code: string;
  name: string;
  parent?: string;
  label: [number, number];
}
type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/weert.topo.json'), 'utf8')) as Topology<
  Record<'buurt' | 'wijk' | 'gemeente', GeometryCollection<AreaProps>>
>;

const decode = (name: 'buurt' | 'wijk' | 'gemeente') =>
  (feature(topo, topo.objects[name]) as FeatureCollection<Polygon | MultiPolygon, AreaProps>).features as AreaFeature[];

const buurten = decode('buurt');
const wijken = decode('wijk');
const gemeenten = decode('gemeente');

// Areas in m² (spherical, as turf measures); computed once, used by several tests.
const areaOf = new Map<string, number>([...buurten, ...wijken, ...gemeenten].map((f) => [f.properties.code, area(f)]));
const sum = (fs: AreaFeature[]) => fs.reduce((s, f) => s + (areaOf.get(f.properties.code) ?? Number.NaN), 0);
const relDiff = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

const bboxesIntersect = (a: AreaFeature, b: AreaFeature) => {
  const [ax0, ay0, ax1, ay1] = bbox(a);
  const [bx0, by0, bx1, by1] = bbox(b);
  return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
};

/** Pairs of features that overlap by 1 m² or more; bbox test first, as intersect is expensive. */
function overlappingPairs(fs: AreaFeature[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < fs.length; i++)
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i] as AreaFeature;
      const b = fs[j] as AreaFeature;
      if (!bboxesIntersect(a, b)) continue;
      const x = intersect(featureCollection([a, b]));
      // Shared borders may leave a zero-width sliver after quantization; 1 m² is far below any real overlap.
      if (x && area(x) >= 1) out.push(`${a.properties.code}×${b.properties.code}: ${area(x).toFixed(1)} m²`);
    }
  return out;
}

describe('weert.topo.json levels', () => {
  it('has 38 buurten, 16 wijken and 1 gemeente with unique codes', () => {
    expect(buurten).toHaveLength(38);
    expect(wijken).toHaveLength(16);
    expect(gemeenten).toHaveLength(1);
    const codes = [...buurten, ...wijken, ...gemeenten].map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("every buurt's parent is a wijk in the wijk object, and every wijk has buurten", () => {
    const wijkCodes = new Set(wijken.map((w) => w.properties.code));
    const orphans = buurten.filter((b) => !wijkCodes.has(b.properties.parent ?? ''));
    expect(orphans.map((b) => b.properties.code)).toEqual([]);
    const parents = new Set(buurten.map((b) => b.properties.parent));
    expect([...wijkCodes].filter((w) => !parents.has(w))).toEqual([]);
    // And every wijk belongs to the one gemeente.
    const gm = gemeenten[0]?.properties.code;
    expect(wijken.every((w) => w.properties.parent === gm)).toBe(true);
  });
});

describe('no gaps or overlaps between levels (areas add up)', () => {
  it.each(wijken.map((w) => [w.properties.code, w] as const))('wijk %s = sum of its buurten', (code, wijk) => {
    const own = buurten.filter((b) => b.properties.parent === code);
    expect(relDiff(areaOf.get(code) ?? 0, sum(own))).toBeLessThan(1e-6);
    // The union of the buurten covers the same area as the wijk (sum alone could hide an overlap plus a gap).
    const u = own.length === 1 ? own[0] : union(featureCollection(own));
    expect(u).toBeTruthy();
    expect(relDiff(area(u as AreaFeature), area(wijk))).toBeLessThan(1e-6);
  });

  it('gemeente = sum of all buurten = sum of all wijken', () => {
    const gm = areaOf.get(gemeenten[0]?.properties.code ?? '') ?? 0;
    expect(gm).toBeGreaterThan(1e7); // Weert is about 105 km²: guards against an empty or degenerate geometry
    expect(relDiff(gm, sum(buurten))).toBeLessThan(1e-6);
    expect(relDiff(gm, sum(wijken))).toBeLessThan(1e-6);
  });
});

describe('no overlaps within a level', () => {
  it('no two buurten overlap', () => {
    expect(overlappingPairs(buurten)).toEqual([]);
  });

  it('no two wijken overlap', () => {
    expect(overlappingPairs(wijken)).toEqual([]);
  });
});

describe('label points', () => {
  it.each([...buurten, ...wijken, ...gemeenten].map((f) => [f.properties.code, f] as const))(
    'label of %s lies inside its own polygon',
    (_code, f) => {
      // ignoreBoundary: a label exactly on the border would be drawn half outside the area.
      expect(booleanPointInPolygon(f.properties.label, f, { ignoreBoundary: true })).toBe(true);
    },
  );
});
