// The overlay's pure helpers: facility ids match the pipeline's, edits apply in order (unknown ones are reported),
// and the surface image is north-up with one pixel per cell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FacilitiesFile } from '../../core/contracts/facilities';
import { facilitiesOf } from '../../core/distance/accessibility';
import {
  bandLabels,
  bandOf,
  baseFacilities,
  cellAtPixel,
  cellIndex,
  editedFacilities,
  nextNewId,
  surfaceImage,
} from '../../src/overlays/voorzieningen/model';
import type { GridInfo } from '../../src/overlays/voorzieningen/protocol';
import { formatEdits, parseEdits } from '../../src/state/url';

const file = JSON.parse(readFileSync('public/data/voorzieningen.json', 'utf8')) as FacilitiesFile;
const huisarts = file.types.find((t) => t.id === 'huisarts');
if (!huisarts) throw new Error('huisarts missing from voorzieningen.json');

describe('facility edits', () => {
  it('uses the same ids as the pipeline', () => {
    expect(baseFacilities(huisarts).map((f) => f.id)).toEqual(facilitiesOf(huisarts).map((f) => f.id));
  });

  it('adds, moves and removes in order, and reports edits of unknown facilities', () => {
    const edits = parseEdits(
      '+huisarts:nieuw-1@5.70000,51.25000;~huisarts:huisarts-0@5.71000,51.26000;-huisarts:huisarts-1;-huisarts:huisarts-999',
    );
    expect(edits).toBeDefined();
    const { facilities, ignored } = editedFacilities(huisarts, edits ?? []);
    expect(facilities).toHaveLength(huisarts.points.length); // +1 −1
    expect(facilities.find((f) => f.id === 'nieuw-1')).toMatchObject({ lon: 5.7, lat: 51.25, origin: 'nieuw' });
    expect(facilities.find((f) => f.id === 'huisarts-0')).toMatchObject({ lon: 5.71, lat: 51.26, origin: 'verplaatst' });
    expect(facilities.some((f) => f.id === 'huisarts-1')).toBe(false);
    expect(ignored).toEqual([{ kind: 'remove', type: 'huisarts', id: 'huisarts-999' }]);
    expect(formatEdits(edits ?? [])).toBe(
      '+huisarts:nieuw-1@5.70000,51.25000;~huisarts:huisarts-0@5.71000,51.26000;-huisarts:huisarts-1;-huisarts:huisarts-999',
    );
    expect(nextNewId(edits ?? [])).toBe('nieuw-2');
  });
});

describe('surface image', () => {
  // 3 × 2 raster, cells at (col,row): (0,0) south-west, (2,1) north-east; one cell missing.
  const grid: GridInfo = {
    cols: 3,
    rows: 2,
    cellSize: 100,
    col: Int32Array.from([0, 2, 1]),
    row: Int32Array.from([0, 1, 0]),
    bounds: [5, 51, 5.01, 51.01],
    x0: 0,
    y0: 0,
    n: 3,
    area: Int32Array.from([0, 0, 0]),
    codes: ['BU1'],
  };
  it('is north-up, one pixel per cell, transparent where there is no cell, coloured by band', () => {
    const img = surfaceImage(grid, Float32Array.from([100, 5000, Number.NaN]), 200);
    const px = (x: number, y: number) => Array.from(img.data.slice((y * 3 + x) * 4, (y * 3 + x) * 4 + 4));
    expect(px(0, 1)).toEqual([255, 255, 178, 200]); // south-west cell (row 0) is the bottom pixel row: < 500 m
    expect(px(2, 0)).toEqual([189, 0, 38, 200]); // north-east: ≥ 4 km
    expect(px(1, 1)[3]).toBe(0); // a cell without a distance stays transparent
    expect(px(0, 0)[3]).toBe(0); // no cell there
  });
  it('maps a picked pixel back to its cell', () => {
    const idx = cellIndex(grid);
    expect(cellAtPixel(grid, idx, 0.5, 1.5)).toBe(0);
    expect(cellAtPixel(grid, idx, 2.2, 0.1)).toBe(1);
    expect(cellAtPixel(grid, idx, 0.5, 0.5)).toBe(-1);
  });
  it('labels the bands in metres, Dutch style', () => {
    expect(bandLabels()).toEqual([
      'minder dan 500 m',
      '500 tot 1.000 m',
      '1.000 tot 2.000 m',
      '2.000 tot 4.000 m',
      '4.000 m of meer',
    ]);
    expect([0, 499, 500, 3999, 4000].map(bandOf)).toEqual([0, 0, 1, 3, 4]);
  });
});
