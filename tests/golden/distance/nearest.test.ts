// Golden: the indexed nearest-distance surface (flatbush kNN, kdbush radius counts) equals brute force.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeGrid } from '../../../core/distance/grid';
import { nearestBrute, nearestIndexed } from '../../../core/distance/nearest';
import { makeProjection } from '../../../core/distance/project';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const buurten = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../geodata/sources/boundaries/weert_buurten_2024.geojson'), 'utf8'),
) as FeatureCollection<Polygon>;

describe('nearest: indexed equals brute force', () => {
  const grid = makeGrid(buurten.features, { cellSize: 50, codeKey: 'statcode', projection: makeProjection(5.68, 51.24) });
  it.each([1, 7, 40])('%i random facilities over the Weert grid (50 m cells)', (m) => {
    const r = rng(m);
    const fac = {
      x: Float64Array.from({ length: m }, () => -12000 + 24000 * r()),
      y: Float64Array.from({ length: m }, () => -12000 + 24000 * r()),
    };
    const radii = [1000, 3000, 5000];
    const a = nearestIndexed(grid, fac, radii);
    const b = nearestBrute(grid, fac, radii);
    expect(grid.n).toBeGreaterThan(30000);
    let maxDiff = 0;
    for (let i = 0; i < grid.n; i++) maxDiff = Math.max(maxDiff, Math.abs((a.distance[i] ?? 0) - (b.distance[i] ?? 0)));
    expect(maxDiff).toBeLessThanOrEqual(1e-6);
    let countDiffs = 0;
    for (let k = 0; k < radii.length; k++)
      for (let i = 0; i < grid.n; i++) if (a.counts[k]?.[i] !== b.counts[k]?.[i]) countDiffs++;
    expect(countDiffs).toBe(0);
  });

  it('no facilities: NaN distance, zero counts', () => {
    const a = nearestIndexed(grid, { x: new Float64Array(0), y: new Float64Array(0) }, [1000]);
    expect(Number.isNaN(a.distance[0])).toBe(true);
    expect(a.counts[0]?.[0]).toBe(0);
  });
});
