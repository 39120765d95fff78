// The tiled (national) layout on the mini fixture: tiles decode as Mapbox Vector Tiles and hold each area with its
// code where the area is; the area index and the per-indicator files give back exactly what the embedded build has.
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../core/contracts/data';
import { decodeIndicatorTable, toRecordSeries } from '../../core/contracts/indicators-file';
import { seriesKey } from '../../core/series';
import { areaIndexPath, decodeAreaIndex, decodeSplitIndicator, indicatorPath, TILE_MAXZOOM, tilePath } from '../../core/tiles';
import { runPipeline } from '../../geodata/pipeline';

const FIXTURE = join(import.meta.dirname, 'fixtures/mini');
const run = (layout?: 'tiles' | 'embedded') =>
  runPipeline({ geodataDir: FIXTURE, layersDir: join(FIXTURE, 'layers'), ...(layout ? { layout } : {}) });
const tiled = run('tiles');
const embedded = run();

/** The tile of zoom z that holds a lon/lat point (web mercator). */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [x, y];
}

describe('tiled layout (mini fixture forced to tiles)', () => {
  it('is chosen by the threshold only when asked: a small set stays embedded', () => {
    expect(embedded.binary.size).toBe(0);
    expect(embedded.files.has('areas/buurt.json')).toBe(false);
    expect((JSON.parse(embedded.files.get('catalogue.json') as string) as Catalogue).layout).toBeUndefined();
    const cat = JSON.parse(tiled.files.get('catalogue.json') as string) as Catalogue;
    expect(cat.layout).toEqual({
      kind: 'tiles',
      tiled: ['buurt', 'wijk'],
      levels: ['buurt', 'wijk', 'gemeente', 'land'],
      minzoom: 0,
      maxzoom: TILE_MAXZOOM,
    });
  });

  it('writes a tile that decodes and holds each buurt, with its code, where the buurt is', () => {
    const buurten = decodeAreaIndex(JSON.parse(tiled.files.get(areaIndexPath('buurt')) as string), 'buurt');
    expect(buurten.areas.map((a) => a.code)).toEqual(['BU09880101', 'BU09880102', 'BU09880201', 'BU09880202']);
    for (const z of [8, TILE_MAXZOOM]) {
      for (const a of buurten.areas) {
        const label = buurten.geometry.get(a.code)?.label as [number, number];
        const [x, y] = tileOf(label[0], label[1], z);
        const bytes = tiled.binary.get(tilePath('buurt', z, x, y));
        expect(bytes, `tile ${z}/${x}/${y}`).toBeDefined();
        const layer = new VectorTile(new PbfReader(bytes as Uint8Array)).layers.buurt;
        expect(layer).toBeDefined();
        const features = Array.from({ length: layer?.length ?? 0 }, (_, i) => layer?.feature(i));
        const f = features.find((g) => g?.properties.code === a.code);
        expect(f, `${a.code} in ${z}/${x}/${y}`).toBeDefined();
        // Only the code is carried: colours come from feature state.
        expect(Object.keys(f?.properties ?? {})).toEqual(['code']);
        const geo = f?.toGeoJSON(x, y, z);
        expect(geo?.geometry.type).toBe('Polygon');
        expect(booleanPointInPolygon(label, geo?.geometry as Polygon), `${a.code}'s label point inside its tile polygon`).toBe(
          true,
        );
      }
    }
  });

  it('has an area index per level that matches the embedded areas, with extents around the label points', () => {
    const table = decodeIndicatorTable(JSON.parse(embedded.files.get('indicators.json') as string));
    for (const level of ['buurt', 'wijk', 'gemeente', 'land'] as const) {
      const idx = decodeAreaIndex(JSON.parse(tiled.files.get(areaIndexPath(level)) as string), level);
      expect(idx.areas).toEqual(table.areas.filter((a) => a.level === level));
      for (const [code, g] of idx.geometry) {
        const [w, s, e, n] = g.bbox;
        expect(w <= g.label[0] && g.label[0] <= e && s <= g.label[1] && g.label[1] <= n, code).toBe(true);
      }
    }
  });

  it('splits the indicators into one file per indicator and year, holding the same series as indicators.json', () => {
    const table = decodeIndicatorTable(JSON.parse(embedded.files.get('indicators.json') as string));
    const columns = Object.fromEntries(
      (['buurt', 'wijk', 'gemeente', 'land'] as const).map((l) => [
        l,
        decodeAreaIndex(JSON.parse(tiled.files.get(areaIndexPath(l)) as string), l).areas.map((a) => a.code),
      ]),
    );
    // Every year the catalogue lists for an indicator has its file, holding exactly that year's series.
    const catalogue = JSON.parse(tiled.files.get('catalogue.json') as string) as Catalogue;
    const paths = catalogue.indicators.flatMap((e) =>
      [...new Set(e.availability.flatMap((a) => a.years))].sort().map((y) => indicatorPath(e.id, y)),
    );
    expect([...tiled.files.keys()].filter((n) => n.startsWith('indicators/')).sort()).toEqual([...paths].sort());
    const split = paths.flatMap((path) => {
      const raw = JSON.parse(tiled.files.get(path) as string);
      const series = decodeSplitIndicator(raw, columns).map(toRecordSeries);
      for (const s of series) expect(`${s.indicator}/${s.year}`).toBe(`${raw.indicator}/${raw.year}`);
      return series;
    });
    const order = (xs: typeof table.series) =>
      [...xs].sort((a, b) =>
        seriesKey(a.indicator, a.subgroup, a.year, a.level).localeCompare(seriesKey(b.indicator, b.subgroup, b.year, b.level)),
      );
    expect(order(split)).toEqual(order(table.series));
    // The preloaded indicators.json is empty in this layout.
    expect(decodeIndicatorTable(JSON.parse(tiled.files.get('indicators.json') as string)).series).toEqual([]);
    // A file whose series are of another year than its name says is refused, naming the series.
    const path = paths[0] as string;
    const raw = JSON.parse(tiled.files.get(path) as string);
    const expected = { indicator: raw.indicator as string, year: raw.year as number };
    expect(() => decodeSplitIndicator(raw, columns, expected)).not.toThrow();
    const wrong = { ...raw, series: raw.series.map((s: { year: number }) => ({ ...s, year: s.year - 1 })) };
    expect(() => decodeSplitIndicator(wrong, columns, expected)).toThrow(
      `reeks ${expected.indicator} ${expected.year - 1} in het bestand van ${expected.indicator} ${expected.year}`,
    );
  });

  it('is deterministic, tiles included', () => {
    const again = run('tiles');
    expect([...again.files]).toEqual([...tiled.files]);
    expect([...again.binary.keys()]).toEqual([...tiled.binary.keys()]);
    for (const [k, v] of tiled.binary)
      expect(Buffer.from(again.binary.get(k) as Uint8Array).equals(Buffer.from(v)), k).toBe(true);
  });
});
