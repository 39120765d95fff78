import { describe, expect, it } from 'vitest';
import type { Series } from '../../core/contracts/data';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { areaValue, getSeries, isSuppressed, WEERT_CODE } from '../../src/lib/data';
import { fileStem, indicatorCsv, tableCsv } from '../../src/lib/export';
import { deriveHeadline } from '../../src/lib/headline';
import {
  countColumn,
  POPULATION_ID,
  RATE_UNIT,
  rateEligible,
  rateOf,
  rateSeries,
  ratesPer1000,
  rateYears,
  withRates,
} from '../../src/lib/rates';
import { resolveState } from '../../src/state/app-state';
import { parseUrl, toUrl } from '../../src/state/url';
import { loadRealData } from './realData';

const codesOf = (idx: { table: { areas: { code: string }[] } }, prefix: string) =>
  idx.table.areas.filter((a) => a.code.startsWith(prefix)).map((a) => a.code);

describe('rates per 1.000 inwoners for a mapped count', () => {
  it('divides published values by the population of the same year, and gives no rate where either is withheld', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'buurt', year: 2024 }, idx);
    const r = ratesPer1000(idx, deriveChoropleth(idx, state, codesOf(idx, 'BU')));
    expect(r?.year).toBe(2024);
    const hh = areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'buurt', 'BU09880101') as number;
    const inw = areaValue(idx, 'AANT_INW', 'totaal', 2024, 'buurt', 'BU09880101') as number;
    expect(r?.rates.get('BU09880101')).toEqual({ kind: 'waarde', value: (hh / inw) * 1000 });
    expect(r?.rates.get('BU09881401')).toEqual({ kind: 'afgeschermd' });
  });

  it('offers no rate for a share, for the population itself or for hectares', async () => {
    const { idx } = await loadRealData();
    const codes = codesOf(idx, 'WK');
    for (const indicator of ['Eenzaam', 'AANT_INW', 'OPP_LAND']) {
      const { state } = resolveState({ indicator, level: 'wijk' }, idx);
      expect(ratesPer1000(idx, deriveChoropleth(idx, state, codes))).toBeUndefined();
      expect(rateEligible(idx.indicators.get(indicator))).toBe(false);
      expect(withRates(idx, indicator)).toBe(idx);
    }
  });

  it('withholds a rate when the count or the population is withheld, and gives none when either is missing', () => {
    expect(rateOf(12, 400, false, false)).toEqual({ kind: 'waarde', value: 30 });
    expect(rateOf(undefined, 400, true, false)).toEqual({ kind: 'afgeschermd' });
    expect(rateOf(12, undefined, false, true)).toEqual({ kind: 'afgeschermd' });
    // Withheld wins even when a value is at hand (an intern copy, a what-if): never a number from a hidden cell.
    expect(rateOf(12, 400, false, true)).toEqual({ kind: 'afgeschermd' });
    expect(rateOf(12, 400, true, false)).toEqual({ kind: 'afgeschermd' });
    expect(rateOf(undefined, 400, false, false)).toEqual({ kind: 'geen' });
    expect(rateOf(12, undefined, false, false)).toEqual({ kind: 'geen' });
    expect(rateOf(12, 0, false, false)).toEqual({ kind: 'geen' });
  });

  it('gives no rate for an aggregate whose count misses other buurten than its population', () => {
    const base = { subgroup: 'totaal', year: 2024, level: 'deelgebied' as const, source: 'x' };
    const count: Series = {
      ...base,
      indicator: 'AANTAL_HH',
      values: { DG01: 100, DG02: 50 },
      incomplete: { DG01: ['BU09880101'], DG02: ['BU09880102'] },
    };
    const pop: Series = {
      ...base,
      indicator: 'AANT_INW',
      values: { DG01: 200, DG02: 100 },
      incomplete: { DG02: ['BU09880102'] },
    };
    const s = rateSeries(count, pop);
    expect(s.values).toEqual({ DG02: 500 });
    expect(s.incomplete).toEqual({ DG01: ['BU09880101'], DG02: ['BU09880102'] });
  });
});

describe('the rate as the mapped indicator (withRates)', () => {
  it('replaces the count everywhere by the rate, labelled as our own calculation, only in years with a population', async () => {
    const { idx } = await loadRealData();
    const r = withRates(idx, 'AANTAL_HH');
    const entry = r.indicators.get('AANTAL_HH');
    expect(entry?.label).toBe('Huishoudens per 1.000 inwoners');
    expect(entry?.unit).toBe(RATE_UNIT);
    expect(entry?.measure).toBe('rate');
    expect(entry?.source.publisher).toMatch(/^Eigen berekening uit cijfers van CBS/);
    expect(entry?.caveat).toMatch(/^Geen cijfer van CBS: per 1\.000 inwoners is in deze viewer berekend/);
    // The original index is untouched.
    expect(idx.indicators.get('AANTAL_HH')?.unit).toBe('aantal');
    for (const a of entry?.availability ?? [])
      expect(a.years).toEqual(rateYears(idx, idx.indicators.get('AANTAL_HH'), a.level, a.subgroup));
    const hh = areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'wijk', 'WK098834') as number;
    const inw = areaValue(idx, POPULATION_ID, 'totaal', 2024, 'wijk', 'WK098834') as number;
    expect(areaValue(r, 'AANTAL_HH', 'totaal', 2024, 'wijk', 'WK098834')).toBeCloseTo((hh / inw) * 1000, 10);
    const weert =
      (areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'gemeente', WEERT_CODE) as number) /
      (areaValue(idx, POPULATION_ID, 'totaal', 2024, 'gemeente', WEERT_CODE) as number);
    expect(areaValue(r, 'AANTAL_HH', 'totaal', 2024, 'gemeente', WEERT_CODE)).toBeCloseTo(weert * 1000, 10);
  });

  it('never publishes a rate from a withheld count or population, at any level, group or year (no recovery by division)', async () => {
    const { idx } = await loadRealData();
    let published = 0;
    let withheld = 0;
    for (const count of idx.catalogue.indicators.filter(rateEligible)) {
      const r = withRates(idx, count.id);
      for (const a of r.indicators.get(count.id)?.availability ?? [])
        for (const year of a.years) {
          const rates = getSeries(r, count.id, a.subgroup, year, a.level) as Series;
          const c = getSeries(idx, count.id, a.subgroup, year, a.level) as Series;
          const p = getSeries(idx, POPULATION_ID, 'totaal', year, a.level) as Series;
          const hidden = new Set([...(c.suppressed ?? []), ...(p.suppressed ?? [])]);
          for (const code of hidden) {
            expect(rates.values[code], `${count.id} ${year} ${code}`).toBeUndefined();
            expect(rates.suppressed, `${count.id} ${year} ${code}`).toContain(code);
            withheld++;
          }
          for (const [code, v] of Object.entries(rates.values)) {
            // Both parts are published figures of this very area and year: the rate adds nothing to recover.
            expect(c.values[code], `${count.id} ${year} ${code}`).toBeDefined();
            expect(p.values[code], `${count.id} ${year} ${code}`).toBeDefined();
            expect(isSuppressed(idx, count.id, a.subgroup, year, code)).toBe(false);
            expect(isSuppressed(idx, POPULATION_ID, 'totaal', year, code)).toBe(false);
            expect(v).toBeCloseTo(((c.values[code] as number) / (p.values[code] as number)) * 1000, 10);
            published++;
          }
        }
    }
    // The real data has both: the test is not vacuous.
    expect(published).toBeGreaterThan(100);
    expect(withheld).toBeGreaterThan(0);
  });

  it('is what map, legend, headline and the CSV exports show', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'wijk', year: 2024, per1000: true }, idx);
    expect(state.per1000).toBe(true);
    const r = withRates(idx, state.indicator);
    const c = deriveChoropleth(r, state, codesOf(idx, 'WK'));
    const stramproy = c.areas.find((a) => a.code === 'WK098834');
    expect(stramproy?.value).toBeCloseTo(
      ((areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'wijk', 'WK098834') as number) /
        (areaValue(idx, POPULATION_ID, 'totaal', 2024, 'wijk', 'WK098834') as number)) *
        1000,
      10,
    );
    // Classes over the rates (hundreds per 1.000), not over the counts (thousands of households).
    expect(Math.max(...(c.classes?.breaks ?? []))).toBeLessThan(1000);
    expect(deriveHeadline(c).text).toMatch(
      /^Huishoudens per 1\.000 inwoners \(alle inwoners, 2024\): hoogst in .+ per 1\.000 inwoners/,
    );
    const csv = tableCsv(c);
    expect(csv.filename).toBe('weert-aantal_hh-per-1000-inwoners-wijk-totaal-2024.csv'.replace('aantal_hh', 'aantal-hh'));
    expect(csv.text).toContain(';per 1.000 inwoners;');
    expect(csv.text).toContain('Eigen berekening uit cijfers van CBS');
    expect(fileStem({ ...c, entry: idx.indicators.get('AANTAL_HH') as never })).not.toContain('per-1000');
    const all = indicatorCsv(r, 'AANTAL_HH');
    expect(all.text).toContain('Huishoudens per 1.000 inwoners');
    expect(all.text).not.toMatch(/;aantal;/);
  });
});

describe('the published count beside the rate (table)', () => {
  it('shows the count each rate was computed from, withheld where the count is withheld', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'buurt', year: 2024, per1000: true }, idx);
    const codes = codesOf(idx, 'BU');
    const c = deriveChoropleth(withRates(idx, state.indicator), state, codes);
    const col = countColumn(idx, c);
    expect(col?.year).toBe(2024);
    expect(col?.rates.get('BU09880101')).toEqual({
      kind: 'waarde',
      value: areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'buurt', 'BU09880101'),
    });
    for (const code of getSeries(idx, 'AANTAL_HH', 'totaal', 2024, 'buurt')?.suppressed ?? [])
      if (codes.includes(code)) expect(col?.rates.get(code)).toEqual({ kind: 'afgeschermd' });
    // Not for the count itself, nor for a change map of the rate.
    expect(countColumn(idx, deriveChoropleth(idx, { ...state, per1000: false }, codes))).toBeUndefined();
    const change = deriveChoropleth(withRates(idx, state.indicator), { ...state, compareYear: 2017 }, codes);
    expect(change.change).toBeDefined();
    expect(countColumn(idx, change)).toBeUndefined();
  });
});

describe('per1000 in the state and the link', () => {
  it('round-trips through the URL and is dropped with a notice where no rate exists', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'buurt', year: 2024, per1000: true }, idx);
    const url = toUrl(state);
    expect(url).toContain('per1000=aan');
    expect(resolveState(parseUrl(url).partial, idx).state).toEqual(state);
    const share = resolveState(parseUrl('?indicator=Eenzaam&per1000=aan').partial, idx);
    expect(share.state.per1000).toBe(false);
    expect(share.notices.join()).toMatch(/geen aantal/);
    // AANTAL_HH per wijk in 2025 exists, and so does the population: allowed; a year without population is not.
    const { state: off } = resolveState({ indicator: 'AANTAL_HH', level: 'wijk', year: 2025, per1000: true }, idx);
    expect(off.per1000).toBe(rateYears(idx, idx.indicators.get('AANTAL_HH'), 'wijk', 'totaal').includes(2025));
    expect(toUrl({ ...state, per1000: false })).not.toContain('per1000');
  });
});
