// Per-area accessibility indicators (core/distance/accessibility.ts): ids and catalogue entries, a hand-checkable
// case, what-if edits, and the real published data reproduced exactly (the app's runtime baseline equals the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { IndicatorSchema } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { type FacilitiesFile, type FacilityTypeOut, FacilityTypeOutSchema } from '../../core/contracts/facilities';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import {
  accessibilityCatalogue,
  accessibilityGrid,
  accessibilityIndicatorIds,
  accessibilitySeries,
  accessibilitySeriesOnGrid,
  isAccessibilityIndicator,
  nl,
  publishedPopulation,
} from '../../core/distance/accessibility';
import detour from '../../core/distance/detour-weert.json';
import { inverse, makeProjection } from '../../core/distance/project';

const ROOT = join(import.meta.dirname, '../..');

// Two 1 km × 1 km buurten side by side, in metres around (5.7, 51.25); cells of 500 m give 4 cells each, centres at
// x = -750, -250 (A) and 250, 750 (B), y = ±250. Rings are mirrored so the data's mean centre is the origin.
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

const point = (x: number, y: number, name: string) => {
  const [lon, lat] = ll(x, y);
  return { lon, lat, name, address: '', in_weert: true, location_reliable: name !== 'centroid', source: 'test.geojson' };
};

/** A type with one facility at (-250, 250): the centre of A's north-east cell. */
const proef: FacilityTypeOut = FacilityTypeOutSchema.parse({
  id: 'proef-type',
  label: 'Proefvoorziening',
  symbol: 'kruis',
  colour: '#1b9e77',
  cbsIndicators: null,
  cbsNote: 'Synthetisch testtype zonder CBS-indicator.',
  radii: { km: [0.6, 1.2, 5], aanname: true, reason: 'Testradii voor een handmatig te controleren geval.' },
  norms: [
    {
      id: 'tijd',
      label: 'Tijdsnorm',
      mode: 'auto',
      metres: null,
      minutes: 10,
      aanname: true,
      reason: 'Tijdsnorm zonder afstand.',
    },
    { id: 'm800', label: '800 m', mode: 'lopen', metres: 800, aanname: true, reason: 'Testnorm van 800 meter.' },
  ],
  capacity: null,
  hasData: true,
  howToAdd: null,
  sources: [
    { file: 'sources/facilities/test.geojson', title: 'Testpunten', publisher: 'Test', licence: 'CC0', date: '2025-06-01' },
  ],
  points: [point(-250, 250, 'centroid')],
});

const hypot = Math.hypot;
/** Distances from (-250, 250) to the cell centres, by hand. */
const distA = [0, 500, 500, hypot(500, 500)];
const distB = [500, 1000, hypot(500, 500), hypot(1000, 500)];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const r1 = (v: number) => Math.round(v * 10) / 10;

const run = (over: Partial<Parameters<typeof accessibilitySeries>[0]> = {}) =>
  accessibilitySeries({
    buurten,
    population: { [A]: 400, [B]: 200 },
    populationYear: 2024,
    types: [proef],
    detour: 1,
    cellSize: 500,
    deelgebieden: { DG01: [B] },
    ...over,
  });
const valuesOf = (series: Series[], indicator: string, level: Series['level']) =>
  series.find((s) => s.indicator === indicator && s.level === level)?.values;

const ids = accessibilityIndicatorIds('proef-type');

describe('accessibility indicators', () => {
  it('ids are stable and valid', () => {
    expect(accessibilityIndicatorIds('huisarts').distance).toBe('VZ_AFST_HUISARTS');
    expect(accessibilityIndicatorIds('voortgezet-onderwijs').within[2]).toBe('VZ_BINNEN3_VOORTGEZET_ONDERWIJS');
    for (const id of [ids.distance, ids.norm, ids.capacity, ...ids.within]) {
      expect(id).toMatch(/^[A-Za-z0-9_]+$/);
      expect(isAccessibilityIndicator(id)).toBe(true);
    }
    expect(isAccessibilityIndicator('AF_ARTSPR')).toBe(false);
    expect(nl(1.32)).toBe('1,32');
    expect(nl(2350)).toBe('2.350');
  });

  it('catalogue entries of every real type validate against IndicatorSchema', () => {
    const fac = JSON.parse(readFileSync(join(ROOT, 'public/data/voorzieningen.json'), 'utf8')) as FacilitiesFile;
    const entries = accessibilityCatalogue(fac.types, detour, 2024);
    for (const e of entries) expect(IndicatorSchema.safeParse(e).success, e.id).toBe(true);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('VZ_AFST_HUISARTS')?.label).toBe('Afstand tot huisartsenpraktijk (eigen berekening)');
    expect(byId.get('VZ_AFST_HUISARTS')?.caveat).toContain('1,32');
    expect(byId.get('VZ_AFST_HUISARTS')?.caveat).toMatch(/Indicatief: \d+ van de \d+ locaties/);
    expect(byId.get('VZ_NORM_HUISARTS')).toMatchObject({ measure: 'share', denominator: 'AANT_INW', unit: '%' });
    expect(byId.get('VZ_CAP_HUISARTS')).toMatchObject({ measure: 'rate', unit: 'per 1.000 inwoners' });
    // No capacity measure for schools (demand is children, not all inhabitants) and no types without data.
    expect(byId.has('VZ_CAP_BASISSCHOOL')).toBe(false);
    expect([...byId.keys()].some((id) => id.endsWith('_SUPERMARKT'))).toBe(false);
    // A type whose norms have no metres gets no norm share.
    expect(byId.has('VZ_NORM_SPECIAAL_ONDERWIJS')).toBe(false);
  });

  it('a hand-checkable case: mean distance, norm share and counts per buurt, wijk, deelgebied and gemeente', () => {
    const s = run();
    const wijk = (400 * mean(distA) + 200 * mean(distB)) / 600;
    expect(valuesOf(s, ids.distance, 'buurt')).toEqual({ [A]: r1(mean(distA) / 1000), [B]: r1(mean(distB) / 1000) });
    expect(valuesOf(s, ids.distance, 'buurt')).toEqual({ [A]: 0.4, [B]: 0.8 });
    expect(valuesOf(s, ids.distance, 'wijk')).toEqual({ WK099901: r1(wijk / 1000) });
    expect(valuesOf(s, ids.distance, 'gemeente')).toEqual({ GM0999: 0.6 });
    expect(valuesOf(s, ids.distance, 'deelgebied')).toEqual({ DG01: 0.8 });
    // Beyond 800 m: none in A, two of four cells in B (1000 and 1118 m); wijk 100 of 600 inhabitants.
    expect(valuesOf(s, ids.norm, 'buurt')).toEqual({ [A]: 0, [B]: 50 });
    expect(valuesOf(s, ids.norm, 'wijk')).toEqual({ WK099901: 17 });
    // Within 600 m: 3 of A's cells, 1 of B's; within 1.2 km: every cell of both (the farthest is 1118 m).
    expect(valuesOf(s, ids.within[0], 'buurt')).toEqual({ [A]: 0.8, [B]: 0.3 });
    expect(valuesOf(s, ids.within[1], 'buurt')).toEqual({ [A]: 1, [B]: 1 });
    expect(valuesOf(s, ids.within[0], 'wijk')).toEqual({ WK099901: r1((400 * 0.75 + 200 * 0.25) / 600) });
    const meta = s.find((x) => x.indicator === ids.distance);
    expect(meta).toMatchObject({
      year: 2025,
      subgroup: 'totaal',
      source: 'eigen berekening (voorzieningen 2025-06-01, inwoners 2024)',
    });
    expect(meta?.method).toBe('hemelsbreed × 1; inwoners gelijk verdeeld over de buurt');
  });

  it('the detour factor scales distances (and shrinks the straight-line radii)', () => {
    const s = run({ detour: 1.32 });
    expect(valuesOf(s, ids.distance, 'buurt')).toEqual({
      [A]: r1((1.32 * mean(distA)) / 1000),
      [B]: r1((1.32 * mean(distB)) / 1000),
    });
    // Road 600 m = straight 455 m: only the facility's own cell in A.
    expect(valuesOf(s, ids.within[0], 'buurt')?.[A]).toBe(0.3);
  });

  it('an area without inhabitants has no value (absent, not 0)', () => {
    const s = run({ population: { [A]: 400 } });
    for (const series of s.filter((x) => x.level === 'buurt')) {
      expect(Object.keys(series.values)).toEqual([A]);
    }
    expect(s.some((x) => x.level === 'deelgebied')).toBe(false);
  });

  it('edits: a facility added in B lowers its distance; removing it restores the exact baseline', () => {
    const base = run();
    const [lon, lat] = ll(500, 0);
    const add = { kind: 'add' as const, facility: { id: 'nieuw', lon, lat } };
    const added = run({ edits: { 'proef-type': [add] } });
    expect(valuesOf(added, ids.distance, 'buurt')?.[B]).toBeLessThan(valuesOf(base, ids.distance, 'buurt')?.[B] ?? 0);
    const removed = run({ edits: { 'proef-type': [add, { kind: 'remove', id: 'nieuw' }] } });
    expect(removed).toEqual(base);
    // Removing the only facility leaves nothing to measure: no values at all.
    expect(run({ edits: { 'proef-type': [{ kind: 'remove', id: 'proef-type-0' }] } })).toEqual([]);
  });

  it('reproduces exactly the VZ_* values the pipeline published (the app baseline equals the build)', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public/data', f), 'utf8'));
    const topo = read('weert.topo.json') as Topology;
    const fc = feature(topo, topo.objects.buurt as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
    const table = decodeIndicatorTable(read('indicators.json'));
    const fac = read('voorzieningen.json') as FacilitiesFile;
    const pop = publishedPopulation(table.series);
    if (!pop) throw new Error('no published population');
    const deelgebied = JSON.parse(readFileSync(join(ROOT, 'layers/areasets/deelgebied.json'), 'utf8'));
    const deelgebieden = Object.fromEntries(
      (deelgebied.definition.areas as { code: string; buurten: string[] }[]).map((a) => [a.code, a.buurten]),
    );
    const input = {
      buurten: fc.features,
      population: pop.values,
      populationYear: pop.year,
      types: fac.types,
      detour: detour.factor,
      deelgebieden,
    };
    const computed = accessibilitySeries(input);
    const published = table.series.filter((s) => isAccessibilityIndicator(s.indicator));
    expect(published.length).toBeGreaterThan(0);
    const key = (s: Series) => `${s.indicator}|${s.year}|${s.level}`;
    expect(computed.map(key).sort()).toEqual(published.map(key).sort());
    const byKey = new Map(computed.map((s) => [key(s), s]));
    for (const p of published) {
      const c = byKey.get(key(p));
      // Published = computed minus what the publication rule withheld.
      const kept = Object.fromEntries(Object.entries(c?.values ?? {}).filter(([code]) => !p.suppressed?.includes(code)));
      expect(p.values, key(p)).toEqual(kept);
      expect(p.source).toBe(c?.source);
      expect(p.method).toBe(c?.method);
    }
    // One type on a kept grid (the worker's path) equals the full run.
    const grid = accessibilityGrid(input);
    const huisarts = fac.types.filter((t) => t.id === 'huisarts');
    const one = accessibilitySeriesOnGrid(grid, { ...input, types: huisarts });
    expect(one).toEqual(computed.filter((s) => s.indicator.endsWith('_HUISARTS')));
  });
});
