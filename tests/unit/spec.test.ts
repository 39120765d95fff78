import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { CLASSIFICATION_METHODS } from '../../src/lib/classify';
import { NO_DATA_COLOR } from '../../src/lib/palette';
import { resolveState } from '../../src/lib/state';
import { AREA_FILL_LAYER, toMapStyle } from '../../src/map/spec';
import { loadRealData } from './realData';

describe('toMapStyle', () => {
  it('produces valid maplibre styles for every classification method and both levels', async () => {
    const { idx, geo } = await loadRealData();
    for (const level of ['wijk', 'buurt'] as const) {
      for (const method of CLASSIFICATION_METHODS) {
        const { state } = resolveState({ level, method, indicator: 'Eenzaam' }, idx);
        const areas = geo[level];
        const c = deriveChoropleth(
          idx,
          state,
          areas.features.map((f) => f.properties.code),
        );
        const style = toMapStyle({
          choropleth: c,
          geo: { areas, gemeente: geo.gemeente, context: geo.context },
          selected: 'WK098834',
        });
        expect(validateStyleMin(style as never), `${level}/${method}`).toEqual([]);
      }
    }
  });

  it('colours each area by its class and no-data areas with the no-data colour and hatch', async () => {
    const { idx, geo } = await loadRealData();
    const { state } = resolveState({ level: 'buurt', indicator: 'Eenzaam', year: 2020, subgroup: 'leeftijd 18+' }, idx);
    const areas = geo.buurt;
    const c = deriveChoropleth(
      idx,
      state,
      areas.features.map((f) => f.properties.code),
    );
    const style = toMapStyle({ choropleth: c, geo: { areas, gemeente: geo.gemeente, context: geo.context }, selected: null });
    const fill = style.layers.find((l) => l.id === AREA_FILL_LAYER);
    const expr = (fill as { paint: { 'fill-color': unknown[] } }).paint['fill-color'];
    // Kampershoek (BU09880302) has no health data in 50090NED: it must not get a class colour.
    const i = expr.indexOf('BU09880302');
    expect(expr[i + 1]).toBe(NO_DATA_COLOR);
    const hatch = style.layers.find((l) => l.id === 'areas-nodata') as { filter: unknown[] };
    expect(JSON.stringify(hatch.filter)).toContain('BU09880302');
    expect(JSON.stringify(hatch.filter)).not.toContain('BU09883401');
  });
});
