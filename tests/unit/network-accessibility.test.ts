// Accessibility in network mode (core/distance/accessibility.ts with `network`): a tiny hand-checkable street grid.
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type FacilityTypeOut, FacilityTypeOutSchema } from '../../core/contracts/facilities';
import { networkFeatures } from '../../core/contracts/network';
import { accessibilityCatalogue, accessibilitySeries, methodText } from '../../core/distance/accessibility';
import { inverse, makeProjection } from '../../core/distance/project';

// Two 1 km × 1 km buurten side by side around (5.7, 51.25); 500 m cells, centres at x = -750, -250 (A), 250, 750 (B)
// and y = ±250 (the same layout as accessibility.test.ts).
const P = makeProjection(5.7, 51.25);
const ll = (x: number, y: number) => inverse(P, x, y);
const square = (code: string, ring: [number, number][]) => ({
  type: 'Feature' as const,
  properties: { code },
  geometry: { type: 'Polygon' as const, coordinates: [ring.map(([x, y]) => ll(x, y))] },
});
const A = 'BU09990101';
const B = 'BU09990102';
const buurten = [
  square(A, [
    [-1000, -500],
    [0, -500],
    [0, 500],
    [-1000, 500],
    [-1000, -500],
  ]),
  square(B, [
    [1000, 500],
    [0, 500],
    [0, -500],
    [1000, -500],
    [1000, 500],
  ]),
];

// Streets: y = 250 and y = -250 (through every cell centre), joined only at x = 1040, east of both buurten.
const street = (pts: [number, number][]): Feature<LineString> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: pts.map(([x, y]) => ll(x, y)) },
});
const lines = [
  street([
    [-1000, 250],
    [1040, 250],
  ]),
  street([
    [-1000, -250],
    [1040, -250],
  ]),
  street([
    [1040, 250],
    [1040, -250],
  ]),
];

const [flon, flat] = ll(-250, 250);
const proef: FacilityTypeOut = FacilityTypeOutSchema.parse({
  id: 'proef-type',
  label: 'Proefvoorziening',
  symbol: 'kruis',
  colour: '#1b9e77',
  cbsIndicators: null,
  cbsNote: 'Synthetisch testtype zonder CBS-indicator.',
  radii: { km: [0.6, 1.2, 5], aanname: true, reason: 'Testradii voor een handmatig te controleren geval.' },
  norms: [],
  capacity: null,
  hasData: true,
  howToAdd: null,
  sources: [
    { file: 'sources/facilities/test.geojson', title: 'Testpunten', publisher: 'Test', licence: 'CC0', date: '2025-06-01' },
  ],
  points: [{ lon: flon, lat: flat, name: 'p', address: '', in_weert: true, location_reliable: true, source: 'test.geojson' }],
});

const run = (network?: { title: string; lines: Feature<LineString>[] }) =>
  accessibilitySeries({
    buurten,
    population: { [A]: 400, [B]: 200 },
    populationYear: 2024,
    types: [proef],
    detour: 1,
    cellSize: 500,
    ...(network ? { network } : {}),
  });
const distance = (series: ReturnType<typeof run>) =>
  series.find((s) => s.indicator === 'VZ_AFST_PROEF_TYPE' && s.level === 'buurt');

describe('accessibility over a road network', () => {
  it('mean distance per buurt equals the hand-computed network distance and exceeds the straight line', () => {
    const net = distance(run({ title: 'Proefwegen', lines }));
    // North street cells: 500 and 0 (A), 500 and 1000 (B). South street cells go round via x = 1040:
    // 1290 east + 500 south + the way back west: A 2290 + 1290 = 3580 and 3080, B 2080 and 2580.
    const a = (3580 + 3080 + 500 + 0) / 4;
    const b = (2080 + 2580 + 500 + 1000) / 4;
    expect(net?.values[A]).toBe(Math.round(a / 100) / 10);
    expect(net?.values[B]).toBe(Math.round(b / 100) / 10);
    const straight = distance(run());
    expect(net?.values[A]).toBeGreaterThan(straight?.values[A] ?? Infinity);
    expect(net?.values[B]).toBeGreaterThan(straight?.values[B] ?? Infinity);
    expect(net?.method).toBe(methodText(1, 'Proefwegen'));
    expect(net?.method).toContain('over het geïmporteerde wegennet (Proefwegen)');
    expect(straight?.method).toContain('hemelsbreed');
  });

  it('the compact file form (public/data/wegennet.json lines) gives the same numbers', () => {
    const compact = lines.map((l) => l.geometry.coordinates.map(([lon = 0, lat = 0]): [number, number] => [lon, lat]));
    expect(run({ title: 'Proefwegen', lines: networkFeatures({ lines: compact }) })).toEqual(run({ title: 'Proefwegen', lines }));
  });

  it('catalogue texts name the network instead of the detour factor', () => {
    const [entry] = accessibilityCatalogue([proef], { factor: 1.32, basis: 'AF_ARTSPR 2022' }, 2024, { title: 'Proefwegen' });
    expect(entry?.caveat).toContain('over het geïmporteerde wegennet (Proefwegen)');
    expect(entry?.caveat).not.toContain('1,32');
    expect(entry?.source.tables).toContain('Wegennet: Proefwegen');
  });
});
