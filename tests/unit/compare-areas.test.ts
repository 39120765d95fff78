import { describe, expect, it } from 'vitest';
import { compareAreas, sortRows } from '../../src/lib/compare-areas';
import { loadRealData } from './realData';

describe('compare two areas', () => {
  it('puts the source values of Stramproy and Keent in the same row, with Weert, NL and A−B', async () => {
    const { idx } = await loadRealData();
    const rows = compareAreas(idx, 'WK098834', 'WK098821');
    const row = rows.find((r) => r.entry.id === 'Eenzaam');
    expect(row).toMatchObject({
      subgroup: 'leeftijd 18+',
      year: 2020,
      a: { kind: 'waarde', value: 45.3 },
      b: { kind: 'waarde', value: 53.4 },
      weert: { kind: 'waarde', value: 47.1 },
      nl: { kind: 'waarde', value: 47 },
    });
    expect(row?.diff).toBeCloseTo(-8.1, 5);
    // 8,1 procentpunt is beyond the model-estimate threshold: fewer lonely people in A is gunstiger.
    expect(row?.verdict).toBe('gunstiger');
    expect(rows.every((r) => r.entry.measure !== 'count')).toBe(true);
  });

  it('sorts by |A−B| relative to Weert, largest first, or by theme', async () => {
    const { idx } = await loadRealData();
    const rows = compareAreas(idx, 'WK098834', 'WK098821');
    const byDev = sortRows(rows, 'afwijking', idx);
    const devs = byDev.map((r) => r.deviation).filter((d): d is number => d !== undefined);
    expect(devs.length).toBeGreaterThan(10);
    expect(devs).toEqual([...devs].sort((x, y) => y - x));
    // Rows without a deviation come last.
    const firstMissing = byDev.findIndex((r) => r.deviation === undefined);
    if (firstMissing >= 0) expect(byDev.slice(firstMissing).every((r) => r.deviation === undefined)).toBe(true);
    const order: string[] = idx.catalogue.themes.map((t) => t.id);
    const themes = sortRows(byDev, 'thema', idx).map((r) => order.indexOf(r.themeId));
    expect(themes).toEqual([...themes].sort((x, y) => x - y));
  });

  it('shows a withheld value as afgeschermd, without a difference or verdict, never as 0', async () => {
    const { idx } = await loadRealData();
    const rows = compareAreas(idx, 'BU09881402', 'WK098821');
    const hidden = rows.filter((r) => r.a.kind === 'afgeschermd');
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) {
      expect(r.diff).toBeUndefined();
      expect(r.verdict).toBe('onbekend');
    }
  });
});

describe('second area in the link', () => {
  it('round-trips vergelijkgebied and drops an unknown area with a Dutch notice', async () => {
    const { resolveState } = await import('../../src/state/app-state');
    const { parseUrl, toUrl } = await import('../../src/state/url');
    const { idx } = await loadRealData();
    const { state } = resolveState({ selected: 'WK098834', compareArea: 'WK098821' }, idx);
    const url = toUrl(state);
    expect(url).toContain('vergelijkgebied=WK098821');
    expect(resolveState(parseUrl(url).partial, idx).state.compareArea).toBe('WK098821');
    const bad = resolveState(parseUrl('?gebied=WK098834&vergelijkgebied=WK099999').partial, idx);
    expect(bad.state.compareArea).toBeNull();
    expect(bad.notices.join(' ')).toMatch(/Vergelijkingsgebied 'WK099999' bestaat niet/);
  });
});
