// E2SFCA and balanced FCA on a 2-facility, 3-cell hand case.
import { describe, expect, it } from 'vitest';
import { fca, pairsWithin, per1000 } from '../../core/distance/fca';

// Cells P = (100, 200, 300); facilities S = (1, 2).
// Distances: c0–f0 500 m (w 1), c1–f0 2000 m (w 0.68), c1–f1 800 m (w 1), c2–f1 4000 m (w 0.22);
// c0–f1 and c2–f0 are beyond 5 km (no pair).
const population = Float64Array.from([100, 200, 300]);
const supply = [1, 2];
const pairs = {
  cell: Uint32Array.from([0, 1, 1, 2]),
  facility: Uint32Array.from([0, 0, 1, 1]),
  distance: Float64Array.from([500, 2000, 800, 4000]),
};

describe('E2SFCA', () => {
  it('step 1 ratios and step 2 access', () => {
    const r = fca(population, supply, pairs);
    // R0 = 1 / (100·1 + 200·0.68) = 1/236; R1 = 2 / (200·1 + 300·0.22) = 2/266
    expect(r.ratio[0]).toBeCloseTo(1 / 236, 12);
    expect(r.ratio[1]).toBeCloseTo(2 / 266, 12);
    // A0 = R0; A1 = 0.68·R0 + R1; A2 = 0.22·R1
    expect(r.access[0]).toBeCloseTo(1 / 236, 12);
    expect(r.access[1]).toBeCloseTo(0.68 / 236 + 2 / 266, 12);
    expect(r.access[2]).toBeCloseTo((0.22 * 2) / 266, 12);
    expect(per1000(r.access)[1]).toBeCloseTo(1000 * (0.68 / 236 + 2 / 266), 9);
  });

  it('balanced: demand counted once, supply spread once', () => {
    const r = fca(population, supply, pairs, { balanced: true });
    // Per-cell weights: c1 splits 0.68/1.68 to f0 and 1/1.68 to f1. Demand f0 = 100 + 200·0.68/1.68,
    // f1 = 200/1.68 + 300; together 600 = all inhabitants.
    const d0 = 100 + (200 * 0.68) / 1.68;
    const d1 = 200 / 1.68 + 300;
    expect(d0 + d1).toBeCloseTo(600, 9);
    expect(r.ratio[0]).toBeCloseTo(1 / d0, 12);
    expect(r.ratio[1]).toBeCloseTo(2 / d1, 12);
    // Per-facility weights: f0 gives 1/1.68 to c0 and 0.68/1.68 to c1; f1 gives 1/1.22 to c1 and 0.22/1.22 to c2.
    expect(r.access[0]).toBeCloseTo(1 / d0 / 1.68, 12);
    expect(r.access[1]).toBeCloseTo((1 / d0) * (0.68 / 1.68) + (2 / d1) * (1 / 1.22), 12);
    expect(r.access[2]).toBeCloseTo((2 / d1) * (0.22 / 1.22), 12);
  });

  it('a facility nobody reaches has no ratio (NaN) and adds nothing', () => {
    const r = fca(population, [1, 2, 5], pairs);
    expect(Number.isNaN(r.ratio[2])).toBe(true);
    expect(r.access[0]).toBeCloseTo(1 / 236, 12);
  });

  it('pairsWithin finds straight-line pairs within the largest zone', () => {
    const p = pairsWithin(
      { x: Float64Array.from([0, 3000, 9000]), y: new Float64Array(3) },
      { x: Float64Array.from([0]), y: new Float64Array(1) },
      5000,
    );
    expect(Array.from(p.cell).sort()).toEqual([0, 1]);
    expect(Array.from(p.distance).sort((a, b) => a - b)).toEqual([0, 3000]);
  });
});
