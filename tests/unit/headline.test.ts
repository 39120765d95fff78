// The headline above the map names the highest and lowest area with their values, and Weert and NL; areas without
// a value (missing or suppressed) never appear in it.
import { describe, expect, it } from 'vitest';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { deriveHeadline } from '../../src/lib/headline';
import { resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

describe('headline', () => {
  it('names the highest and lowest wijk with their source values, and Weert and Nederland', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ level: 'wijk', indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020 }, idx);
    const codes = idx.table.areas.filter((a) => a.weert && a.level === 'wijk').map((a) => a.code);
    const c = deriveChoropleth(idx, state, codes);
    const h = deriveHeadline(c);
    const top = h.ranked[0];
    const bottom = h.ranked.at(-1);
    expect(top && bottom).toBeTruthy();
    expect(h.ranked.every((r, i) => i === 0 || (h.ranked[i - 1]?.value ?? 0) >= r.value)).toBe(true);
    expect(h.text).toContain(`hoogst in ${top?.name}`);
    expect(h.text).toContain(`laagst in ${bottom?.name}`);
    expect(h.text).toMatch(/Weert 47,1%, Nederland 47,0%\.$/);
    expect(h.text.startsWith('Eenzaam (18 jaar en ouder, 2020)')).toBe(true);
  });

  it('leaves out areas without a value and says so when none has one', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState({ level: 'buurt', indicator: 'Eenzaam', subgroup: 'leeftijd 18+', year: 2020 }, idx);
    const codes = idx.table.areas.filter((a) => a.weert && a.level === 'buurt').map((a) => a.code);
    const c = deriveChoropleth(idx, state, codes);
    const missing = c.areas.filter((a) => a.value === undefined).map((a) => a.code);
    expect(missing.length).toBeGreaterThan(0);
    expect(deriveHeadline(c).ranked.some((r) => missing.includes(r.code))).toBe(false);
    const empty = deriveHeadline({ ...c, areas: c.areas.map((a) => ({ ...a, value: undefined })) });
    expect(empty.text).toMatch(/geen gegevens voor de buurten/);
  });

  it('names the same highest and lowest as the full ranking, ties included, for every indicator, level and year', async () => {
    const { idx } = await loadRealData();
    let checked = 0;
    for (const entry of idx.indicators.values()) {
      for (const level of ['wijk', 'buurt'] as const) {
        const { state } = resolveState({ level, indicator: entry.id }, idx);
        if (state.indicator !== entry.id) continue;
        const codes = idx.table.areas.filter((a) => a.weert && a.level === level).map((a) => a.code);
        const h = deriveHeadline(deriveChoropleth(idx, state, codes));
        expect(h.count).toBe(h.ranked.length);
        const [top, bottom] = [h.ranked[0], h.ranked.at(-1)];
        if (!top || !bottom || top.value === bottom.value) continue;
        expect(h.text, `${entry.id} ${level}`).toContain(`hoogst in ${top.name} (`);
        expect(h.text, `${entry.id} ${level}`).toContain(`laagst in ${bottom.name} (`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
