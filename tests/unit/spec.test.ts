// The map style is composed of layer groups (pure builders + one theme): every composition is a valid maplibre
// style, and the colours the map shows come from the choropleth per area (feature state), no-data included.
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { deriveChoropleth } from '../../src/lib/choropleth';
import { CLASSIFICATION_METHODS } from '../../src/lib/classify';
import { NO_DATA_COLOR } from '../../src/lib/palette';
import {
  AREA_FILL_LAYER,
  areaFeature,
  areaGroup,
  backgroundGroup,
  contextGroup,
  outlineGroup,
  outlineInAreasGroup,
  pdokGroup,
  selectionGroup,
  withOutline,
} from '../../src/map/style/builders';
import { composeStyle, GROUP_ORDER } from '../../src/map/style/groups';
import { areaStates, changedStates } from '../../src/map/style/paint';
import { THEMES } from '../../src/map/theme';
import { resolveState } from '../../src/state/app-state';
import { loadRealData } from './realData';

describe('layer groups and themes', () => {
  it('compose to valid maplibre styles for every theme, with and without a topographic base', async () => {
    const { geo } = await loadRealData();
    const base = {
      sources: { brt: { type: 'vector' as const, tiles: ['https://example.invalid/{z}/{x}/{y}.pbf'] } },
      layers: [{ id: 'pdok-water', type: 'fill' as const, source: 'brt', 'source-layer': 'water' }],
    };
    for (const theme of Object.values(THEMES)) {
      for (const withBase of [false, true]) {
        const style = composeStyle([
          selectionGroup(theme), // given out of order on purpose: composition sorts by slot
          backgroundGroup(theme),
          ...(withBase ? [pdokGroup(theme, base as never)] : []),
          contextGroup(theme, geo.context, withBase),
          areaGroup(theme, geo.buurt),
          outlineGroup(theme, geo.gemeente),
        ]);
        expect(validateStyleMin(style as never), `${theme.id} ${withBase}`).toEqual([]);
        const ids = style.layers.map((l) => l.id);
        expect(ids[0]).toBe('background');
        expect(ids.indexOf(AREA_FILL_LAYER)).toBeLessThan(ids.indexOf('gemeente-line'));
        expect(ids.indexOf('gemeente-line')).toBeLessThan(ids.indexOf('areas-selected'));
        if (withBase) expect(ids.indexOf('pdok-water')).toBeLessThan(ids.indexOf('context-fill'));
      }
    }
    expect(GROUP_ORDER[0]).toBe('background');
  });

  it('a tiled level becomes a vector source with promoteId, and every area layer names its source layer', () => {
    const tiles = {
      kind: 'tiles' as const,
      url: 'http://localhost/data/tiles/buurt/{z}/{x}/{y}.pbf',
      sourceLayer: 'buurt',
      minzoom: 0,
      maxzoom: 12,
      codes: ['BU01'],
    };
    const theme = THEMES.standaard;
    const style = composeStyle([backgroundGroup(theme), areaGroup(theme, tiles), selectionGroup(theme, tiles)]);
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(style.sources.areas).toMatchObject({ type: 'vector', promoteId: 'code', tiles: [tiles.url], maxzoom: 12 });
    const onAreas = style.layers.filter((l) => 'source' in l && l.source === 'areas');
    expect(onAreas.map((l) => l.id)).toEqual(['areas-fill', 'areas-nodata', 'areas-line', 'areas-hover', 'areas-selected']);
    for (const l of onAreas) expect((l as { 'source-layer'?: string })['source-layer'], l.id).toBe('buurt');
    expect(areaFeature(tiles, 'BU01')).toEqual({ source: 'areas', sourceLayer: 'buurt', id: 'BU01' });
    // Coloured by the GPU colour table (the live map): the fill stays for picking but draws nothing and reads no
    // feature state, and the hatch is the colour table's, not a pattern layer's.
    const gpu = composeStyle([backgroundGroup(theme), areaGroup(theme, tiles, { gpuColours: true })]);
    expect(validateStyleMin(gpu as never)).toEqual([]);
    const fill = gpu.layers.find((l) => l.id === 'areas-fill') as { paint: Record<string, unknown> };
    expect(fill.paint['fill-opacity']).toBe(0);
    expect(JSON.stringify(fill.paint)).not.toMatch(/feature-state/);
    expect(gpu.layers.map((l) => l.id)).not.toContain('areas-nodata');
    // GeoJSON areas ignore the option: their colours stay feature state.
    const geo = { type: 'FeatureCollection' as const, features: [] };
    const plain = composeStyle([areaGroup(theme, geo, { gpuColours: true })]);
    expect(plain.layers.map((l) => l.id)).toContain('areas-nodata');
  });

  it('the gemeente border rides in the area source: area layers never draw it, the border layer draws only it', async () => {
    const { geo } = await loadRealData();
    const theme = THEMES.standaard;
    for (const level of ['buurt', 'wijk', 'gemeente'] as const) {
      const source = withOutline(geo[level], geo.gemeente);
      const style = composeStyle([
        backgroundGroup(theme),
        areaGroup(theme, source),
        outlineInAreasGroup(theme),
        selectionGroup(theme, source),
      ]);
      expect(validateStyleMin(style as never)).toEqual([]);
      expect(Object.keys(style.sources)).toEqual(['areas']);
      const drawnBy = (id: string) => {
        const layer = style.layers.find((l) => l.id === id) as { filter?: unknown };
        const f = featureFilter(layer.filter as never, `layers.${id}.filter`);
        return source.features
          .filter((x) => f.filter({ zoom: 12 }, { type: 3, properties: x.properties ?? {} } as never))
          .map((x) => String(x.properties?.code));
      };
      const areaCodes = geo[level].features.map((f) => f.properties.code);
      for (const id of ['areas-fill', 'areas-nodata', 'areas-line', 'areas-hover', 'areas-selected'])
        expect(drawnBy(id), `${level} ${id}`).toEqual(areaCodes);
      expect(drawnBy('gemeente-line')).toEqual(geo.gemeente.features.map((f) => `grens-${f.properties.code}`));
      // Feature state is keyed by code: the border never shares one with an area (at gemeente level both are GM0988).
      const codes = source.features.map((f) => f.properties?.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('a theme changes paint, not structure: projector lines are thicker', () => {
    const fc = { type: 'FeatureCollection' as const, features: [] };
    const std = areaGroup(THEMES.standaard, fc);
    const proj = areaGroup(THEMES.projector, fc);
    expect(proj.layers.map((l) => l.id)).toEqual(std.layers.map((l) => l.id));
    expect(JSON.stringify(proj.layers)).not.toEqual(JSON.stringify(std.layers));
    expect(THEMES.projector.labelSize).toBeGreaterThanOrEqual(18);
  });
});

describe('choropleth → per-area feature state', () => {
  it('colours each area by its class for every classification method and level', async () => {
    const { idx, geo } = await loadRealData();
    for (const level of ['wijk', 'buurt'] as const) {
      for (const method of CLASSIFICATION_METHODS) {
        const { state } = resolveState({ level, method, indicator: 'Eenzaam' }, idx);
        const codes = geo[level].features.map((f) => f.properties.code);
        const c = deriveChoropleth(idx, state, codes);
        const states = areaStates(c);
        expect([...states.keys()].sort(), `${level}/${method}`).toEqual([...codes].sort());
        const classColours = new Set(c.legend.map((l) => l.color));
        for (const a of c.areas) {
          const s = states.get(a.code);
          if (a.value === undefined) expect(s).toEqual({ color: NO_DATA_COLOR, nodata: true });
          else expect(classColours.has(s?.color ?? '')).toBe(true);
        }
      }
    }
  });

  it('gives no-data areas the no-data colour and hatch, never a class colour', async () => {
    const { idx, geo } = await loadRealData();
    const { state } = resolveState({ level: 'buurt', indicator: 'Eenzaam', year: 2020, subgroup: 'leeftijd 18+' }, idx);
    const c = deriveChoropleth(
      idx,
      state,
      geo.buurt.features.map((f) => f.properties.code),
    );
    const states = areaStates(c);
    // Kampershoek (BU09880302) has no health data in 50090NED: it must not get a class colour.
    expect(states.get('BU09880302')).toEqual({ color: NO_DATA_COLOR, nodata: true });
    expect(states.get('BU09883401')?.nodata).toBe(false);
    expect(states.get('BU09883401')?.color).not.toBe(NO_DATA_COLOR);
  });

  it('applies only what changed between two indicators', async () => {
    const { idx, geo } = await loadRealData();
    const codes = geo.wijk.features.map((f) => f.properties.code);
    const a = areaStates(deriveChoropleth(idx, resolveState({ indicator: 'Eenzaam' }, idx).state, codes));
    const b = areaStates(deriveChoropleth(idx, resolveState({ indicator: 'Eenzaam', method: 'equal' }, idx).state, codes));
    expect(changedStates(null, a)).toHaveLength(16);
    expect(changedStates(a, a)).toEqual([]);
    const diff = changedStates(a, b);
    for (const [code, s] of diff) expect(a.get(code)).not.toEqual(s);
    expect(diff.length).toBe([...b].filter(([code, s]) => JSON.stringify(a.get(code)) !== JSON.stringify(s)).length);
  });
});
