import { describe, expect, it } from 'vitest';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { areaValue } from '../../src/lib/data';
import { ratesPer1000 } from '../../src/lib/rates';
import { resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

describe('rates per 1.000 inwoners for a mapped count', () => {
  it('divides published values by the population of the same year, and gives no rate where either is withheld', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ indicator: 'AANTAL_HH', level: 'buurt', year: 2024 }, idx);
    const codes = idx.table.areas.filter((a) => a.code.startsWith('BU')).map((a) => a.code);
    const r = ratesPer1000(idx, deriveChoropleth(idx, state, codes));
    expect(r?.year).toBe(2024);
    const hh = areaValue(idx, 'AANTAL_HH', 'totaal', 2024, 'buurt', 'BU09880101') as number;
    const inw = areaValue(idx, 'AANT_INW', 'totaal', 2024, 'buurt', 'BU09880101') as number;
    expect(r?.rates.get('BU09880101')).toEqual({ kind: 'waarde', value: (hh / inw) * 1000 });
    expect(r?.rates.get('BU09881401')).toEqual({ kind: 'afgeschermd' });
  });

  it('offers no rate for a share or for the population itself', async () => {
    const { idx } = await loadRealData();
    const codes = idx.table.areas.filter((a) => a.code.startsWith('WK')).map((a) => a.code);
    for (const indicator of ['Eenzaam', 'AANT_INW']) {
      const { state } = resolveState({ indicator, level: 'wijk' }, idx);
      expect(ratesPer1000(idx, deriveChoropleth(idx, state, codes))).toBeUndefined();
    }
  });
});
