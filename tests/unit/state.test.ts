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
