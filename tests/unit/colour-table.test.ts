// The GPU colour table for vector-tiled areas: tiles triangulate to exactly their polygons (holes stay open), every
// vertex knows its area's row, the table holds the class colours and the no-data rows, and the tile placement maths
// puts a tile where maplibre puts it.
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  colourTable,
  HAS_COLOUR,
  NO_DATA,
  TABLE_WIDTH,
  tableColour,
  tileCover,
  tileMatrix,
  tileZoom,
} from '../../src/lib/colour-table';
import { areaRows, meshTile } from '../../src/lib/tile-mesh';

const square = (code: string | undefined, w: number, s: number, e: number, n: number, hole?: number[]): Feature<Polygon> => ({
  type: 'Feature',
  properties: code === undefined ? {} : { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
      ...(hole
        ? [
            [
              [hole[0] as number, hole[1] as number],
              [hole[0] as number, hole[3] as number],
              [hole[2] as number, hole[3] as number],
              [hole[2] as number, hole[1] as number],
              [hole[0] as number, hole[1] as number],
            ],
          ]
        : []),
    ],
  },
});

/** One z0 tile (the whole world) with these features in layer `buurt`. */
function tileOf(features: Feature<Polygon>[]): Uint8Array {
  const index = new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom: 0, extent: 4096, tolerance: 0, buffer: 64 });
  const tile = index.getTile(0, 0, 0);
  if (!tile) throw new Error('no tile');
  return fromGeojsonVt({ buurt: tile }, { version: 2, extent: 4096 });
}

const triangleArea = (p: Int16Array, a: number, b: number, c: number) =>
  Math.abs(
    ((p[2 * b] as number) - (p[2 * a] as number)) * ((p[2 * c + 1] as number) - (p[2 * a + 1] as number)) -
      ((p[2 * c] as number) - (p[2 * a] as number)) * ((p[2 * b + 1] as number) - (p[2 * a + 1] as number)),
  ) / 2;

describe('meshTile (a vector tile as triangles with an area per vertex)', () => {
  const data = tileOf([
    square('BU01', -90, -45, 0, 45, [-60, -20, -30, 20]),
    square('BU02', 10, 10, 40, 40),
    square(undefined, 50, 10, 60, 20),
  ]);
  const mesh = meshTile(data, 'buurt');

  it('keeps the features with a code, in order, and gives every vertex its feature', () => {
    expect(mesh.codes).toEqual(['BU01', 'BU02']);
    expect(mesh.extent).toBe(4096);
    expect(mesh.positions.length).toBe(mesh.feature.length * 2);
    // 4 outer + 4 hole vertices for BU01 (closing points dropped), 4 for BU02.
    expect([...mesh.feature]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(mesh.indices.length % 3).toBe(0);
    for (const i of mesh.indices) expect(i).toBeLessThan(mesh.feature.length);
  });

  it('covers each polygon exactly: triangle areas add up to outer ring minus hole, none inside the hole', () => {
    const area = new Map<number, number>();
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const [a, b, c] = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]] as [number, number, number];
      const f = mesh.feature[a] as number;
      expect(mesh.feature[b]).toBe(f);
      expect(mesh.feature[c]).toBe(f);
      area.set(f, (area.get(f) ?? 0) + triangleArea(mesh.positions, a, b, c));
      if (f === 0) {
        // Centroids of BU01's triangles lie outside its hole (x 1365..1707 of 4096 at z0).
        const cx =
          ((mesh.positions[2 * a] as number) + (mesh.positions[2 * b] as number) + (mesh.positions[2 * c] as number)) / 3;
        const cy =
          ((mesh.positions[2 * a + 1] as number) +
            (mesh.positions[2 * b + 1] as number) +
            (mesh.positions[2 * c + 1] as number)) /
          3;
        const p = [...mesh.positions];
        const hx = [p[8], p[10], p[12], p[14]] as number[];
        const hy = [p[9], p[11], p[13], p[15]] as number[];
        const inHole = cx > Math.min(...hx) && cx < Math.max(...hx) && cy > Math.min(...hy) && cy < Math.max(...hy);
        expect(inHole).toBe(false);
      }
    }
    const box = (from: number) => {
      const xs = [0, 2, 4, 6].map((k) => mesh.positions[from * 2 + k] as number);
      const ys = [1, 3, 5, 7].map((k) => mesh.positions[from * 2 + k] as number);
      return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    };
    expect(area.get(0)).toBeCloseTo(box(0) - box(4), 6);
    expect(area.get(1)).toBeCloseTo(box(8), 6);
  });

  it('gives an empty mesh for a tile without the layer or without bytes', () => {
    expect(meshTile(data, 'wijk').indices.length).toBe(0);
    expect(meshTile(new Uint8Array(0), 'buurt').codes).toEqual([]);
  });

  it('maps each vertex to its area row; codes the index does not know to the fallback row', () => {
    const rows = areaRows(mesh, new Map([['BU02', 7]]), 99);
    expect([...rows]).toEqual([99, 99, 99, 99, 99, 99, 99, 99, 7, 7, 7, 7]);
  });
});

describe('colourTable', () => {
  const codes = ['A', 'B', 'C'];
  const rowOf = new Map(codes.map((c, i) => [c, i]));

  it('holds class colours, hatches areas without a value, and paints areas not given in the fallback grey', () => {
    const t = colourTable(
      codes,
      rowOf,
      [
        { code: 'A', color: '#2166ac', value: 3 },
        { code: 'B', color: '#d9d9d9', value: undefined },
        { code: 'Z', color: '#ff0000', value: 1 },
      ],
      '#d9d9d9',
    );
    expect(t.width).toBe(TABLE_WIDTH);
    expect(t.height).toBe(1);
    expect(tableColour(t, 0)).toBe('#2166ac');
    expect(t.data[3]).toBe(HAS_COLOUR);
    expect(tableColour(t, 1)).toBeNull();
    expect(t.data[7]).toBe(NO_DATA);
    expect(tableColour(t, 2)).toBe('#d9d9d9');
    // The fallback row after the last area (for codes a tile has and the index not).
    expect(tableColour(t, 3)).toBe('#d9d9d9');
  });

  it('finds each area its row also when the areas come in another order than the codes', () => {
    const t = colourTable(
      codes,
      rowOf,
      [
        { code: 'C', color: '#000003', value: 1 },
        { code: 'A', color: '#000001', value: 1 },
      ],
      '#cccccc',
    );
    expect([0, 1, 2].map((r) => tableColour(t, r))).toEqual(['#000001', '#cccccc', '#000003']);
  });

  it('reads #rgb, leaves unreadable colours at the fallback, and grows a row per 1,024 areas', () => {
    const t = colourTable(
      codes,
      rowOf,
      [
        { code: 'A', color: '#f80', value: 1 },
        { code: 'B', color: 'rgb(1,2,3)', value: 1 },
      ],
      '#cccccc',
    );
    expect(tableColour(t, 0)).toBe('#ff8800');
    expect(tableColour(t, 1)).toBe('#cccccc');
    const many = Array.from({ length: TABLE_WIDTH + 5 }, (_, i) => `X${i}`);
    const big = colourTable(
      many,
      new Map(many.map((c, i) => [c, i])),
      [{ code: `X${TABLE_WIDTH + 2}`, color: '#010203', value: 1 }],
      '#cccccc',
    );
    expect(big.height).toBe(2);
    expect(tableColour(big, TABLE_WIDTH + 2)).toBe('#010203');
  });
});

describe('tile placement', () => {
  // The standard slippy-map formula, written independently of the module.
  const slippy = (lon: number, lat: number, z: number) => {
    const n = 2 ** z;
    const r = (lat * Math.PI) / 180;
    return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
  };

  it('covers a box with the tiles its corners fall in, and only those', () => {
    // Weert's east (from 5.625 E) lies in one zoom-6 tile; the whole gemeente straddles two.
    const east: [number, number, number, number] = [5.65, 51.2, 5.8, 51.3];
    expect(tileCover(east, 6)).toEqual([{ z: 6, x: slippy(5.65, 51.2, 6)[0], y: slippy(5.65, 51.2, 6)[1] }]);
    expect(tileCover([5.6, 51.2, 5.8, 51.3], 6).map((t) => t.x)).toEqual([32, 33]);
    const nl: [number, number, number, number] = [3.3, 50.7, 7.3, 53.6];
    const [x0, y0] = slippy(3.3, 53.6, 7) as [number, number];
    const [x1, y1] = slippy(7.3, 50.7, 7) as [number, number];
    const cover = tileCover(nl, 7);
    expect(cover.length).toBe((x1 - x0 + 1) * (y1 - y0 + 1));
    expect(cover[0]).toEqual({ z: 7, x: x0, y: y0 });
    expect(cover.at(-1)).toEqual({ z: 7, x: x1, y: y1 });
    // The world's edge: never a tile outside 0..2^z-1.
    expect(tileCover([-200, -89, 200, 89], 1)).toHaveLength(4);
  });

  it('uses the tile zoom maplibre uses for 512 px tiles, within the tiles range', () => {
    expect(tileZoom(6.9, 0, 12)).toBe(6);
    expect(tileZoom(15.2, 0, 12)).toBe(12);
    expect(tileZoom(3, 5, 12)).toBe(5);
  });

  it('takes tile units to where the tile lies in the world', () => {
    const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    const m = tileMatrix(identity, { z: 1, x: 1, y: 0 }, 4096);
    const apply = (x: number, y: number) => [
      (m[0] as number) * x + (m[4] as number) * y + (m[12] as number),
      (m[1] as number) * x + (m[5] as number) * y + (m[13] as number),
    ];
    expect(apply(0, 0)).toEqual([0.5, 0]);
    expect(apply(4096, 4096)).toEqual([1, 0.5]);
    // A translation in the main matrix carries over unscaled.
    const moved = tileMatrix([2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, -1, -1, 0, 1], { z: 0, x: 0, y: 0 }, 4096);
    expect([moved[0], moved[12], moved[13]]).toEqual([2 / 4096, -1, -1]);
  });
});
