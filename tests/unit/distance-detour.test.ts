// Detour factor fit through the origin, on synthetic numbers.
import { describe, expect, it } from 'vitest';
import { fitDetour } from '../../core/distance/detour';

describe('fitDetour', () => {
  it('recovers an exact factor with zero spread and zero residuals', () => {
    const f = fitDetour([
      { code: 'a', straight: 500, road: 650 },
      { code: 'b', straight: 1000, road: 1300 },
      { code: 'c', straight: 2000, road: 2600 },
    ]);
    expect(f.factor).toBeCloseTo(1.3, 12);
    expect(f.ratioSd).toBeCloseTo(0, 12);
    expect(f.rmse).toBeCloseTo(0, 9);
    for (const r of f.rows) expect(r.residual).toBeCloseTo(0, 9);
  });

  it('least squares through the origin: f = Σdc/Σd², residual f·d − c', () => {
    // d = (1, 2), c = (1, 3): f = (1 + 6) / (1 + 4) = 1.4; residuals 0.4 and −0.2; ratios 1 and 1.5.
    const f = fitDetour([
      { code: 'a', straight: 1, road: 1 },
      { code: 'b', straight: 2, road: 3 },
    ]);
    expect(f.factor).toBeCloseTo(1.4, 12);
    expect(f.rows.map((r) => r.residual)).toEqual([expect.closeTo(0.4, 12), expect.closeTo(-0.2, 12)]);
    expect(f.ratioMin).toBe(1);
    expect(f.ratioMax).toBe(1.5);
    expect(f.ratioMean).toBeCloseTo(1.25, 12);
    expect(f.ratioSd).toBeCloseTo(Math.SQRT1_2 / 2, 12);
    expect(f.rmse).toBeCloseTo(Math.sqrt((0.16 + 0.04) / 2), 12);
  });

  it('drops rows without a straight-line distance and refuses an empty fit', () => {
    expect(
      fitDetour([
        { code: 'a', straight: 0, road: 1 },
        { code: 'b', straight: 1, road: 2 },
      ]).n,
    ).toBe(1);
    expect(() => fitDetour([])).toThrow();
  });
});
