import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../core/contracts/config';
import { loadCatalogue } from '../../geodata/lib/catalogue';
import { loadRealData } from './realData';

const layers = join(import.meta.dirname, '../../layers');

describe('indicator catalogue (layers/)', () => {
  it('validates every config and resolves every cross-reference', () => {
    const { themes, indicators } = loadCatalogue(layers);
    expect(themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    const ids = new Set(indicators.map((i) => i.id));
    for (const i of indicators) if (i.denominator) expect(ids.has(i.denominator), i.id).toBe(true);
  });

  it('has data for every catalogued indicator, with the age groups of the source', async () => {
    const { idx } = await loadRealData();
    for (const e of idx.catalogue.indicators) expect(e.availability.length, e.id).toBeGreaterThan(0);
    // At least the 95 indicators of the wijk/buurt sources are offered on the map of Weert itself.
    expect(
      idx.catalogue.indicators.filter((e) => e.availability.some((a) => a.level === 'wijk' || a.level === 'buurt')).length,
    ).toBeGreaterThanOrEqual(95);
    const eenzaam = idx.indicators.get('Eenzaam');
    const wijk = eenzaam?.availability.filter((a) => a.level === 'wijk').map((a) => `${a.subgroup}:${a.years.join('/')}`);
    expect(wijk).toEqual(['leeftijd 18+:2012/2016/2020', 'leeftijd 18-64:2012/2016', 'leeftijd 65+:2012/2016/2020']);
  });

  it('loads reference values for Weert, the Midden-Limburg gemeenten and NL', async () => {
    const { idx } = await loadRealData();
    const refs = idx.table.areas.filter((a) => !a.weert).map((a) => a.code);
    expect(refs).toEqual(expect.arrayContaining(['GM0946', 'GM0957', 'GM1640', 'GM1641', 'GM1669', 'GM1711', 'NL01']));
  });
});
