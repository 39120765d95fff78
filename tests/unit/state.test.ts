import { describe, expect, it } from 'vitest';
import { resolveState } from '../../src/state/app-state';
import { parseUrl, toUrl } from '../../src/state/url';
import { loadRealData } from './realData';

describe('URL state', () => {
  it('round-trips a full view through the URL', async () => {
    const { idx } = await loadRealData();
    const { state } = resolveState(
      {
        level: 'buurt',
        indicator: 'Eenzaam',
        subgroup: 'leeftijd 65+',
        year: 2016,
        method: 'ckmeans',
        selected: 'BU09883401',
        view: 'tabel',
        tableSort: { key: 'value', dir: -1 },
      },
      idx,
    );
    const back = resolveState(parseUrl(toUrl(state)).partial, idx);
    expect(back.state).toEqual(state);
    expect(back.notices).toEqual([]);
  });

  it('drops tampered parameters with a Dutch notice and keeps the rest', () => {
    const { partial, notices } = parseUrl('?indicator=<script>&jaar=abc&niveau=wijk&gebied=DROP%20TABLE');
    expect(partial).toEqual({ level: 'wijk' });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/ongeldig/);
  });

  it('only offers years and groups that exist for the indicator at that level', async () => {
    const { idx } = await loadRealData();
    // Volunteering has no 2012 figures; the 18-64 group has no 2020 file.
    const r = resolveState({ indicator: 'Vrijwilligerswerk', year: 2012, subgroup: 'leeftijd 18-64' }, idx);
    expect(r.state.year).toBe(2016);
    expect(r.notices.join(' ')).toMatch(/2012 bestaat niet/);
  });

  it('keeps the chosen level and picks an indicator that exists there', async () => {
    const { idx } = await loadRealData();
    // WOZ exists per wijk only.
    const r = resolveState({ level: 'buurt', indicator: 'WOZ' }, idx);
    expect(r.state.level).toBe('buurt');
    expect(r.state.indicator).not.toBe('WOZ');
    expect(r.notices[0]).toMatch(/niet beschikbaar per buurt/);
  });
});

describe('what-if edits in the URL', () => {
  it('round-trips adds, moves and removes in order', async () => {
    const { idx } = await loadRealData();
    const edits = [
      { kind: 'add' as const, type: 'huisarts', id: 'nieuw-1', lon: 5.70123, lat: 51.24567 },
      { kind: 'remove' as const, type: 'huisarts', id: 'huisarts-3' },
      { kind: 'move' as const, type: 'apotheek', id: 'apotheek-2', lon: 5.7, lat: 51.25 },
    ];
    const { state } = resolveState({ overlay: 'voorzieningen', facilityType: 'apotheek', edits }, idx);
    const url = toUrl(state);
    expect(url).toContain('laag=voorzieningen');
    const back = resolveState(parseUrl(url).partial, idx);
    expect(back.state.edits).toEqual(edits);
    expect(back.state.facilityType).toBe('apotheek');
    expect(back.notices).toEqual([]);
  });

  it('refuses a tampered edit list as a whole, with a Dutch notice', () => {
    for (const bad of [
      '+huisarts:nieuw-1@5.7',
      '+huisarts:<b>@5.7,51.2',
      '-huisarts:x@5.7,51.2',
      '*huisarts:a',
      `+a:b@${'1'.repeat(5000)}`,
    ]) {
      const { partial, notices } = parseUrl(`?wijzig=${encodeURIComponent(bad)}`);
      expect(partial.edits, bad).toBeUndefined();
      expect(notices[0]).toMatch(/ongeldig/);
    }
  });
});

describe('history entries', () => {
  it('makes opening, changing and closing a comparison a step Back undoes; other changes replace the entry', async () => {
    const { opensSomething } = await import('../../src/app/useAppState');
    const { idx } = await loadRealData();
    const { state } = resolveState({ selected: 'WK098834' }, idx);
    expect(opensSomething(state, { ...state, compareArea: 'WK098821' })).toBe(true);
    expect(opensSomething({ ...state, compareArea: 'WK098821' }, { ...state, compareArea: 'WK098801' })).toBe(true);
    expect(opensSomething({ ...state, compareArea: 'WK098821' }, state)).toBe(true);
    expect(opensSomething(state, { ...state, year: 2016 })).toBe(false);
  });
});
