// Reading a series for the areas on the map: straight from the loaded columns when they are the map's areas in the
// same order (the tiled layout), through the record form otherwise; both give the same values, and no data stays
// undefined (never 0).
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../core/contracts/data';
import type { ColumnarSeries } from '../../core/contracts/indicators-file';
import { buildIndex, seriesAt } from '../../src/lib/data';

const codes = ['BU01', 'BU02', 'BU03'];
const series: ColumnarSeries = {
  indicator: 'X',
  subgroup: 'totaal',
  year: 2024,
  level: 'buurt',
  source: 'test',
  suppressed: ['BU02'],
  codes,
  values: [1.5, null, 0],
};
const idx = buildIndex(
  { areas: codes.map((code) => ({ code, name: code, level: 'buurt' as const, weert: true })), series: [series] },
  { indicators: [] } as unknown as Catalogue,
);

describe('seriesAt', () => {
  it('reads the columns as they are when they are the map areas, in order', () => {
    const s = seriesAt(idx, 'X', 'totaal', 2024, 'buurt', [...codes]);
    expect(s?.values).toEqual([1.5, undefined, 0]);
    expect(s?.meta.suppressed).toEqual(['BU02']);
    expect(s?.meta.source).toBe('test');
  });

  it('gives the same values per area for another order or a subset (through the record form)', () => {
    expect(seriesAt(idx, 'X', 'totaal', 2024, 'buurt', ['BU03', 'BU01'])?.values).toEqual([0, 1.5]);
    expect(seriesAt(idx, 'X', 'totaal', 2024, 'buurt', ['BU02', 'BU09'])?.values).toEqual([undefined, undefined]);
  });

  it('is undefined for a series that is not loaded', () => {
    expect(seriesAt(idx, 'X', 'totaal', 2023, 'buurt', codes)).toBeUndefined();
  });
});
