// What-if edits: the incremental add equals a full recompute; move and remove behave.
import { describe, expect, it } from 'vitest';
import { makeGrid } from '../../core/distance/grid';
import { inverse, makeProjection } from '../../core/distance/project';
import { applyEdits, computeSurface, type Facility, recomputeType } from '../../core/distance/whatif';

const projection = makeProjection(5.7, 51.25);
const ll = (x: number, y: number) => inverse(projection, x, y);
const square = {
  type: 'Feature' as const,
  properties: { code: 'BU09990101' },
  geometry: { type: 'Polygon' as const, coordinates: [[ll(0, 0), ll(4000, 0), ll(4000, 4000), ll(0, 4000), ll(0, 0)]] },
};
const grid = makeGrid([square], { cellSize: 100, projection });
const at = (id: string, x: number, y: number): Facility => {
  const [lon, lat] = ll(x, y);
  return { id, lon, lat };
};
const base = [at('a', 500, 500), at('b', 3500, 1000)];

describe('what-if', () => {
  it.each([1, 1.3])('adding a facility incrementally equals a full recompute (detour %f)', (detour) => {
    const opts = { detour, radii: [1000, 3000, 5000] };
    const before = computeSurface(grid, base, opts);
    const added = at('new', 2000, 3000);
    const inc = recomputeType(grid, before, base, [{ kind: 'add', facility: added }], opts);
    const full = computeSurface(grid, [...base, added], opts);
    for (let i = 0; i < grid.n; i++)
      expect(Math.abs((inc.surface.distance[i] ?? 0) - (full.distance[i] ?? 0))).toBeLessThan(1e-3);
    for (let k = 0; k < 3; k++) expect(inc.surface.counts[k]).toEqual(full.counts[k]);
    expect(inc.facilities.map((f) => f.id)).toEqual(['a', 'b', 'new']);
    // the previous surface is untouched
    expect(before.distance).toEqual(computeSurface(grid, base, opts).distance);
  });

  it('move and remove', () => {
    expect(applyEdits(base, [{ kind: 'remove', id: 'a' }]).map((f) => f.id)).toEqual(['b']);
    const moved = applyEdits(base, [{ kind: 'move', id: 'a', lon: 5.71, lat: 51.26 }]);
    expect(moved[0]).toMatchObject({ id: 'a', lon: 5.71, lat: 51.26 });
    const s = recomputeType(grid, computeSurface(grid, base), base, [
      { kind: 'remove', id: 'a' },
      { kind: 'remove', id: 'b' },
    ]);
    expect(Number.isNaN(s.surface.distance[0])).toBe(true);
    expect(() => applyEdits(base, [{ kind: 'add', facility: at('a', 0, 0) }])).toThrow();
  });
});
