import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, aggregationRule, bestCoverage, type Membership, nearestYear } from '../../core/aggregate';
import type { AggregationConfig, IndicatorConfig } from '../../core/contracts/config';
import { toRecordSeries } from '../../core/contracts/indicators-file';
import { loadRealData } from './realData';

const cfg: AggregationConfig = {
  version: 1,
  description: '',
  subgroupWeights: { 'leeftijd 65+': { indicator: 'A_65_OO', note: '65-plussers' } },
};
const ind = (over: Partial<IndicatorConfig>): IndicatorConfig =>
  ({ id: 'X', measure: 'share', decimals: 1, ...over }) as IndicatorConfig;

describe('aggregation rules', () => {
  it('sums counts, weights shares by their own denominator or age group, refuses means', () => {
    expect(aggregationRule(ind({ measure: 'count' }), 'totaal', cfg)).toEqual({ kind: 'sum' });
    expect(aggregationRule(ind({ denominator: 'AANT_INW' }), 'leeftijd 65+', cfg)).toMatchObject({
      kind: 'weighted',
      weightIndicator: 'A_65_OO',
    });
    expect(aggregationRule(ind({ denominator: 'AANTAL_HH' }), 'totaal', cfg)).toMatchObject({
      kind: 'weighted',
      weightIndicator: 'AANTAL_HH',
    });
    expect(aggregationRule(ind({}), 'totaal', cfg).kind).toBe('none');
    expect(aggregationRule(ind({ measure: 'mean' }), 'totaal', cfg).kind).toBe('none');
  });

  it('picks the nearest weight year, the later one on a tie, but prefers full coverage', () => {
    expect(nearestYear([2017, 2024], 2020)).toBe(2017);
    expect(nearestYear([2016, 2024], 2020)).toBe(2024);
    const w2017 = { year: 2017, values: { a: 1 } };
    const w2024 = { year: 2024, values: { a: 1, b: 1 } };
    expect(bestCoverage([w2017, w2024], ['a', 'b'], 2018)).toBe(w2024);
  });
});

describe('aggregate (golden cases)', () => {
  const membership: Membership = {
    DG01: [
      { code: 'b1', fraction: 1 },
      { code: 'b2', fraction: 1 },
    ],
    DG02: [
      { code: 'b3', fraction: 1 },
      { code: 'b4', fraction: 0.5 },
    ],
  };
  it('sums counts and lists members without data', () => {
    const r = aggregate({ b1: 100, b2: 50, b3: 10 }, membership, { kind: 'sum' }, 0);
    expect(r).toEqual({ values: { DG01: 150, DG02: 10 }, incomplete: { DG02: ['b4'] } });
  });
  it('weights shares by population; members without inhabitants do not count as missing', () => {
    const r = aggregate({ b1: 10, b2: 40, b3: 20 }, membership, { kind: 'weighted', weightIndicator: 'P', note: '' }, 1, {
      b1: 300,
      b2: 100,
      b3: 50,
      b4: 0,
    });
    expect(r).toEqual({ values: { DG01: 17.5, DG02: 20 }, incomplete: {} });
  });
  it('gives no value (not 0) when no member has data', () => {
    const r = aggregate({}, membership, { kind: 'sum' }, 0);
    expect(r.values).toEqual({});
  });
});

describe('aggregation properties', () => {
  it('summing groups of a partition equals summing everything, for any partition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (counts, k) => {
          const values = Object.fromEntries(counts.map((c, i) => [`b${i}`, c]));
          const membership: Membership = {};
          counts.forEach((_, i) => {
            const g = `G${i % k}`;
            membership[g] = [...(membership[g] ?? []), { code: `b${i}`, fraction: 1 }];
          });
          const r = aggregate(values, membership, { kind: 'sum' }, 0);
          const total = Object.values(r.values).reduce((a, b) => a + b, 0);
          return total === counts.reduce((a, b) => a + b, 0);
        },
      ),
    );
  });

  it('a weighted mean lies between the smallest and largest member value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.float({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 1, max: 5000 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (pairs) => {
          const values = Object.fromEntries(pairs.map(([v], i) => [`b${i}`, v]));
          const weights = Object.fromEntries(pairs.map(([, w], i) => [`b${i}`, w]));
          const membership: Membership = { G: pairs.map((_, i) => ({ code: `b${i}`, fraction: 1 })) };
          const r = aggregate(values, membership, { kind: 'weighted', weightIndicator: 'P', note: '' }, 6, weights);
          const vs = pairs.map(([v]) => v);
          const m = r.values.G as number;
          return m >= Math.min(...vs) - 1e-6 && m <= Math.max(...vs) + 1e-6;
        },
      ),
    );
  });

  it("the deelgebieden's count indicators add up to Weert's own figure within CBS rounding", async () => {
    const { idx } = await loadRealData();
    const all = [...idx.series.values()].map(toRecordSeries);
    const dg = all.filter((s) => s.level === 'deelgebied' && idx.indicators.get(s.indicator)?.measure === 'count');
    let compared = 0;
    for (const s of dg) {
      const weert = all.find(
        (g) => g.level === 'gemeente' && g.indicator === s.indicator && g.year === s.year && g.subgroup === s.subgroup,
      )?.values.GM0988;
      if (weert === undefined) continue;
      const sum = Object.values(s.values).reduce((a, b) => a + b, 0);
      // Buurt counts are rounded to 5 (±2.5 each, 38 buurten) and three industrial buurten with ~15 inhabitants are secret.
      expect(Math.abs(sum - weert), `${s.indicator} ${s.year}`).toBeLessThanOrEqual(2.5 * 38 + 15);
      expect(Math.abs(sum - weert) / weert).toBeLessThan(0.002);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(2); // inwoners and huishoudens 2024
    const inw = dg.find((s) => s.indicator === 'AANT_INW' && s.year === 2024);
    expect(Object.keys(inw?.values ?? {})).toEqual(['DG01', 'DG02', 'DG03', 'DG04', 'DG05']);
  });
});
