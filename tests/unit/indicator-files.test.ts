// Which indicator-year files a map reads (tiled layout: one file per indicator and year). Years from the catalogue
// of public/data (layers/, CBS and GGD tables).
import { describe, expect, it } from 'vitest';
import { allYears, mapFiles } from '../../src/lib/indicator-files';
import { resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

describe('the files a map reads', () => {
  it('is the shown indicator in the shown year', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'Eenzaam', level: 'wijk', year: 2016 }, idx);
    expect(mapFiles(idx, state)).toEqual([{ indicator: 'Eenzaam', year: 2016 }]);
  });

  it('adds the compared year of a change map, and the other year of two maps side by side', async () => {
    const { idx } = await loadRealData();
    const change = resolveState({ indicator: 'Eenzaam', level: 'wijk', year: 2020, compareYear: 2012 }, idx).state;
    expect(mapFiles(idx, change)).toEqual([
      { indicator: 'Eenzaam', year: 2020 },
      { indicator: 'Eenzaam', year: 2012 },
    ]);
    // Side by side without a chosen year: the year before (Eenzaam at wijk level: 2012, 2016, 2020).
    const side = resolveState({ indicator: 'Eenzaam', level: 'wijk', year: 2020, view: 'naast' }, idx).state;
    expect(mapFiles(idx, side)).toEqual([
      { indicator: 'Eenzaam', year: 2020 },
      { indicator: 'Eenzaam', year: 2016 },
    ]);
  });

  it('adds the population of the same year to a count shown per 1.000 inwoners', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'buurt', year: 2024, per1000: true }, idx);
    expect(state.per1000).toBe(true);
    expect(mapFiles(idx, state)).toEqual([
      { indicator: 'AANTAL_HH', year: 2024 },
      { indicator: 'AANT_INW', year: 2024 },
    ]);
  });

  it("lists every year an indicator has at any level, each once (its trend's files)", async () => {
    const { idx } = await loadRealData();
    // AANTAL_HH: buurt 2017 2024, wijk 2022 2024 2025, gemeente 2018–2020 and 2022–2025.
    expect(
      allYears(idx, ['AANTAL_HH'])
        .map((f) => f.year)
        .sort(),
    ).toEqual([2017, 2018, 2019, 2020, 2022, 2023, 2024, 2025]);
    expect(allYears(idx, ['bestaat-niet'])).toEqual([]);
  });
});
