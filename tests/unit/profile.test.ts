import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisons, standing, themeSummaries } from '../../src/lib/profile';
import { loadRealData } from './realData';

describe('area profile', () => {
  it('compares a wijk with Weert, the region and NL, using the source values', async () => {
    const { idx } = await loadRealData();
    const c = comparisons(idx, 'Eenzaam', 'leeftijd 18+', 2020, 'WK098834');
    expect(c[0]).toMatchObject({ code: 'WK098834', value: 45.3, kind: 'gebied' });
    expect(c.find((x) => x.code === 'GM0988')?.value).toBe(47.1);
    expect(c.find((x) => x.code === 'NL01')?.value).toBe(47);
    expect(c.filter((x) => x.kind === 'regio')).toHaveLength(6);
  });

  it('lists Weert once when Weert itself is selected (regional map)', async () => {
    const { idx } = await loadRealData();
    const c = comparisons(idx, 'Eenzaam', 'leeftijd 18+', 2020, 'GM0988');
    expect(c.filter((x) => x.code === 'GM0988')).toHaveLength(1);
    expect(c[0]).toMatchObject({ code: 'GM0988', value: 47.1 });
  });

  it('reads standing through the polarity, with a tolerance band for equal', () => {
    expect(standing(40, 47, 'higher-is-worse')).toBe('gunstiger');
    expect(standing(40, 47, 'higher-is-better')).toBe('ongunstiger');
    expect(standing(46, 47, 'higher-is-worse')).toBe('gelijk');
    expect(standing(40, 47, 'neutral')).toBe('neutraal');
  });

  it('summarises every theme for a buurt without counting absolute numbers', async () => {
    const { idx } = await loadRealData();
    const themes = themeSummaries(idx, 'BU09883401');
    expect(themes.map((t) => t.themeId)).toEqual(idx.catalogue.themes.map((t) => t.id));
    const items = themes.flatMap((t) => t.items);
    expect(items.length).toBeGreaterThan(20);
    expect(items.every((i) => i.entry.measure !== 'count')).toBe(true);
  });
});

describe('honest verdicts', () => {
  it('calls small differences vergelijkbaar, with stricter limits for model estimates', async () => {
    const { standing, comparable } = await import('../../src/lib/profile');
    const { ComparisonConfigSchema } = await import('../../core/contracts/config');
    const cfg = JSON.parse(readFileSync(new URL('../../layers/comparison.json', import.meta.url), 'utf8'));
    expect(ComparisonConfigSchema.safeParse(cfg).success).toBe(true);
    // The example: 1,9% against 1,8% is not "ongunstiger".
    expect(standing(1.9, 1.8, 'higher-is-worse', { unit: '%', model: true })).toBe('gelijk');
    expect(standing(1.9, 1.8, 'higher-is-worse', { unit: '%', model: false })).toBe('gelijk');
    expect(standing(52, 47, 'higher-is-worse', { unit: '%', model: true })).toBe('ongunstiger');
    expect(standing(50, 47, 'higher-is-worse', { unit: '%', model: true })).toBe('gelijk');
    expect(standing(50, 47, 'higher-is-worse', { unit: '%', model: false })).toBe('ongunstiger');
    expect(comparable(9, 100, { unit: 'km', model: false })).toBe(true);
    expect(comparable(11, 100, { unit: 'km', model: false })).toBe(false);
  });
});
