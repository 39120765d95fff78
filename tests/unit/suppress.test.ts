import { describe, expect, it } from 'vitest';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { suppressSmallNumbers } from '../../core/suppress';

const cfg: PublicationConfig = { version: 1, description: '', profile: 'publiek', minPopulation: 50, minOwnCount: 5 };
const agg: AggregationConfig = {
  version: 1,
  description: '',
  subgroupWeights: { 'leeftijd 65+': { indicator: 'A_65_OO', note: '' } },
};
const ind = (id: string, measure: IndicatorConfig['measure'], denominator?: string) =>
  ({ id, measure, decimals: 1, ...(denominator ? { denominator } : {}) }) as IndicatorConfig;
const catalogue = [
  ind('AANT_INW', 'count'),
  ind('A_65_OO', 'count'),
  ind('P_65', 'share', 'AANT_INW'),
  ind('Eenzaam', 'share', 'AANT_INW'),
  ind('Wmo', 'count'),
];
const s = (indicator: string, values: Record<string, number>, over: Partial<Series> = {}): Series => ({
  indicator,
  subgroup: 'totaal',
  year: 2024,
  level: 'buurt',
  source: 'test',
  values,
  ...over,
});

// Synthetic: BU1 is a normal buurt, BU2 has 30 inhabitants (of whom 10 aged 65+), BU3 is absent from the population table.
const input: Series[] = [
  s('AANT_INW', { BU1: 1000, BU2: 30 }),
  s('A_65_OO', { BU1: 200, BU2: 10 }),
  s('P_65', { BU1: 20, BU2: 33.3, BU3: 12 }),
  s('Eenzaam', { BU1: 40, BU2: 50 }, { subgroup: 'leeftijd 65+' }),
  s('Wmo', { BU1: 3, BU2: 0 }, { own: true }),
  s('AANT_INW', { GM1: 20 }, { level: 'gemeente' }),
];

describe('publication profile', () => {
  const out = suppressSmallNumbers(input, catalogue, cfg, agg).series;
  const get = (i: number) => out[i] as Series;

  it('withholds shares of areas with fewer than 50 inhabitants, and marks them', () => {
    expect(get(2).values).toEqual({ BU1: 20 });
    expect(get(2).suppressed).toEqual(['BU2', 'BU3']);
  });
  it('withholds the counts of those areas too, so a share cannot be recomputed', () => {
    expect(get(0).values).toEqual({ BU1: 1000 });
    expect(get(1).values).toEqual({ BU1: 200 });
  });
  it('uses the age group as denominator for age-group shares', () => {
    expect(get(3).values).toEqual({ BU1: 40 });
  });
  it('withholds own counts below 5 (but not zero)', () => {
    expect(get(4).suppressed).toEqual(['BU1', 'BU2']); // BU1: 3 < 5; BU2: small area
  });
  it('withholds own counts under 5 at every level, deelgebied and gemeente included', () => {
    const own = [
      s('Wmo', { DG01: 4, DG02: 40 }, { own: true, level: 'deelgebied' }),
      s('Wmo', { GM0988: 3 }, { own: true, level: 'gemeente' }),
      s('AANT_INW', { DG01: 900, DG02: 2000 }, { level: 'deelgebied' }),
    ];
    const r = suppressSmallNumbers(own, catalogue, cfg, agg).series;
    expect(r[0]?.suppressed).toEqual(['DG01']);
    expect(r[1]?.suppressed).toEqual(['GM0988']);
  });
  it('leaves gemeente values alone and changes nothing in the internal profile', () => {
    expect(get(5).values).toEqual({ GM1: 20 });
    expect(suppressSmallNumbers(input, catalogue, { ...cfg, profile: 'intern' }, agg).series).toBe(input);
  });
});
