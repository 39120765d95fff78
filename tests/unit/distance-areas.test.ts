// Grid and per-area measures: population spread, weights, and no-data that is never 0.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaMeasures, wijkOfBuurt } from '../../core/distance/areas';
import { makeGrid } from '../../core/distance/grid';
import { forward, inverse, makeProjection } from '../../core/distance/project';

const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../golden/fixtures/distance/areas-rect.json'), 'utf8'),
) as FeatureCollection<Polygon> & { projection: { lon0: number; lat0: number } };
const projection = makeProjection(fixture.projection.lon0, fixture.projection.lat0);
const population = { BU09990101: 1000, BU09990102: 0, BU09990201: 40 };
const grid = makeGrid(fixture.features, { cellSize: 100, population, projection });

describe('project', () => {
  it('round-trips and measures a degree of latitude near 111.25 km at 51.25 N', () => {
    const [lon, lat] = inverse(projection, 1234.5, -678.9);
    const [x, y] = forward(projection, lon, lat);
    expect(x).toBeCloseTo(1234.5, 6);
    expect(y).toBeCloseTo(-678.9, 6);
    expect(projection.ky).toBeGreaterThan(111200);
    expect(projection.ky).toBeLessThan(111300);
  });
});

describe('makeGrid', () => {
  it('keeps cells whose centre is inside; spreads inhabitants evenly; lists buurten without a cell', () => {
    const count = (code: string) => Array.from(grid.area).filter((a) => grid.codes[a] === code).length;
    expect(count('BU09990101')).toBe(50);
    expect(count('BU09990102')).toBe(10);
    expect(grid.n).toBe(60);
    const popA = Array.from(grid.pop).filter((_, i) => grid.codes[grid.area[i] ?? -1] === 'BU09990101');
    expect(new Set(popA)).toEqual(new Set([20]));
    expect(grid.unplaced).toEqual(['BU09990201']);
  });
});

describe('areaMeasures', () => {
  // Synthetic surface: distance = cell x (metres), count within r0 = 1 when x < 500.
  const distance = Float32Array.from(grid.x, (x) => x);
  const counts = [Float32Array.from(grid.x, (x) => (x < 500 ? 1 : 0))];
  const surface = { distance, counts, radii: [1000] };

  it('per buurt: population-weighted mean, share beyond the norm, mean count; no inhabitants → undefined', () => {
    const m = areaMeasures(grid, surface, { norm: 700 });
    const a = m.BU09990101;
    // Columns x = 50..950: mean 500; beyond 700: x = 750, 850, 950 → 3 of 10 columns.
    expect(a?.meanDistance).toBeCloseTo(500, 6);
    expect(a?.shareBeyond).toBeCloseTo(0.3, 9);
    expect(a?.meanCounts[0]).toBeCloseTo(0.5, 9);
    expect(a?.population).toBeCloseTo(1000, 6);
    expect('BU09990102' in m).toBe(true);
    expect(m.BU09990102).toBeUndefined();
    expect(m.BU09990201).toBeUndefined();
  });

  it('applies the detour factor to the mean and the norm test', () => {
    const a = areaMeasures(grid, surface, { norm: 700, detour: 1.4 }).BU09990101;
    expect(a?.meanDistance).toBeCloseTo(700, 6);
    // 1.4·x > 700 ⇔ x > 500: columns 550..950 → 5 of 10
    expect(a?.shareBeyond).toBeCloseTo(0.5, 9);
  });

  it('weights by inhabitants, not by cells, when grouping to wijk', () => {
    const pop2 = makeGrid(fixture.features, { cellSize: 100, population: { BU09990101: 1000, BU09990102: 1000 }, projection });
    const d2 = Float32Array.from(pop2.area, (a) => (pop2.codes[a] === 'BU09990101' ? 100 : 1000));
    const m = areaMeasures(
      pop2,
      { distance: d2, counts: [], radii: [] },
      { groupOf: wijkOfBuurt, groups: ['WK099901', 'WK099902'] },
    );
    // 50 cells of 20 inhabitants at 100 m, 10 cells of 100 at 1000 m: (1000·100 + 1000·1000) / 2000 = 550
    // (a mean over cells would give 250).
    expect(m.WK099901?.meanDistance).toBeCloseTo(550, 6);
    expect(m.WK099902).toBeUndefined();
    expect(m.WK099901?.shareBeyond).toBeUndefined();
  });

  it('deelgebieden through a membership map; cells without a facility (NaN) are left out, not counted as 0', () => {
    const d = Float32Array.from(grid.x, (x) => (x < 500 ? Number.NaN : x));
    const m = areaMeasures(
      grid,
      { distance: d, counts: [], radii: [] },
      { groupOf: { BU09990101: 'Noord', BU09990102: 'Noord' } },
    );
    expect(m.Noord?.meanDistance).toBeCloseTo(750, 6);
    expect(m.Noord?.population).toBeCloseTo(500, 6);
  });

  it('wijkOfBuurt', () => {
    expect(wijkOfBuurt('BU09880101')).toBe('WK098801');
    expect(wijkOfBuurt('WK098801')).toBeUndefined();
  });
});
