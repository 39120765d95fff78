// Golden: road distances on a hand-made 3×3 street grid with a missing link, checked against hand-computed values.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildNetwork, nearestNetwork, nodeDistances, snap } from '../../../core/distance/network';
import { makeProjection } from '../../../core/distance/project';

// Nodes (metres): A(0,0) B(100,0) C(200,0) / D(0,100) E(100,100) F(200,100) / G(0,200) H(100,200) I(200,200).
// Streets: every grid link except E–F.
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/distance/network-3x3.json'), 'utf8'),
) as FeatureCollection<LineString> & {
  projection: { lon0: number; lat0: number };
};
const net = buildNetwork(fixture.features, makeProjection(fixture.projection.lon0, fixture.projection.lat0));
const pts = (xy: [number, number][]) => ({
  x: Float64Array.from(xy.map((p) => p[0])),
  y: Float64Array.from(xy.map((p) => p[1])),
});

// Cells: 1 (170,110) next to F–I; 2 (50,5) on A–B; 3 (120,150) next to E–H; 4 exactly at G; 5 (210,210) beyond I.
const cells = pts([
  [170, 110],
  [50, 5],
  [120, 150],
  [0, 200],
  [210, 210],
]);

describe('network: graph and snapping', () => {
  it('has 9 nodes and 11 edges (the 12 grid links minus E–F)', () => {
    expect(net.nodeX.length).toBe(9);
    expect(net.edgeLen.length).toBe(11);
    for (const l of net.edgeLen) expect(l).toBeCloseTo(100, 6);
  });

  it('snaps to the nearest point on an edge, not the nearest node', () => {
    // (170,110): F–I at 30 m beats C–F (ends at F, 31.6 m); the snap point is (200,110).
    const s = snap(net, 170, 110);
    expect(s.offset).toBeCloseTo(30, 6);
    const a = net.edgeA[s.edge] ?? 0;
    const y = (net.nodeY[a] ?? 0) + s.t * ((net.nodeY[net.edgeB[s.edge] ?? 0] ?? 0) - (net.nodeY[a] ?? 0));
    expect(y).toBeCloseTo(110, 6);
  });
});

describe('network: one facility at (50,-10), snapped to the middle of A–B with a 10 m offset', () => {
  const fac = pts([[50, -10]]);
  it('node distances: A,B 60; C,D,E 160; G,H 260; F 260 (via C, E–F missing); I 360', () => {
    const nd = nodeDistances(net, [snap(net, 50, -10)]);
    const at = (x: number, y: number) => {
      for (let v = 0; v < net.nodeX.length; v++)
        if (Math.abs((net.nodeX[v] ?? 0) - x) < 1e-6 && Math.abs((net.nodeY[v] ?? 0) - y) < 1e-6) return nd.dist[v];
      return undefined;
    };
    const expected: [number, number, number][] = [
      [0, 0, 60],
      [100, 0, 60],
      [200, 0, 160],
      [0, 100, 160],
      [100, 100, 160],
      [200, 100, 260],
      [0, 200, 260],
      [100, 200, 260],
      [200, 200, 360],
    ];
    for (const [x, y, d] of expected) expect(at(x, y)).toBeCloseTo(d, 6);
  });

  it('cell distances', () => {
    const r = nearestNetwork(net, cells, fac, [100, 250, 400]);
    const want = [
      300, // 1: 30 (offset) + 10 (to F) + 260 (F) — straight line would be 170
      15, // 2: same edge as the facility: 5 + 0 along + 10 facility offset
      230, // 3: 20 + 50 (to E) + 160
      260, // 4: G
      360 + Math.SQRT2 * 10, // 5: 14.14 to I + 360
    ];
    want.forEach((d, i) => {
      expect(r.distance[i]).toBeCloseTo(d, 3);
    });
    expect(Array.from(r.counts[0] ?? [])).toEqual([0, 1, 0, 0, 0]);
    expect(Array.from(r.counts[1] ?? [])).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(r.counts[2] ?? [])).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('network: a second facility at (205,150), next to F–I', () => {
  // Facility 2 seeds F and I at 5 + 50 = 55. Single-source from 2: C 155, H 155, B 255, E 255, G 255, D 355, A 355.
  const fac = pts([
    [50, -10],
    [205, 150],
  ]);
  it('nearest of the two, and counts per road radius', () => {
    const r = nearestNetwork(net, cells, fac, [100, 250, 400]);
    const want = [
      [75, 1], // 1: same edge as facility 2: 30 + 40 along + 5
      [15, 0], // 2: facility 1
      [225, 1], // 3: 20 + 50 (to H) + 155
      [255, 1], // 4: G via H
      [55 + Math.SQRT2 * 10, 1], // 5: 14.14 + 55 (I)
    ];
    want.forEach(([d, j], i) => {
      expect(r.distance[i]).toBeCloseTo(d ?? 0, 3);
      expect(r.nearest[i]).toBe(j);
    });
    // Facility 1 per cell: 300, 15, 230, 260, 374.1; facility 2: 75, 310, 225, 255, 69.1.
    expect(Array.from(r.counts[0] ?? [])).toEqual([1, 1, 0, 0, 1]);
    expect(Array.from(r.counts[1] ?? [])).toEqual([1, 1, 2, 0, 1]);
    expect(Array.from(r.counts[2] ?? [])).toEqual([2, 2, 2, 2, 2]);
  });
});
