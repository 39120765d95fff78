// Distance engine benchmark (not a vitest test): npx tsx tests/bench/distance.ts
// Real Weert grid at 100 m with all 6 facility types; one what-if edit; indexed vs brute force at ~1,000,000 cells
// (a 10 m grid). Brute force at that size is timed on a sample of cells and extrapolated linearly (it is O(n·m)).
import { performance } from 'node:perf_hooks';
import { areaMeasures, wijkOfBuurt } from '../../core/distance/areas';
import { nearestBrute, nearestIndexed } from '../../core/distance/nearest';
import { computeSurface, facilityPoints, recomputeType } from '../../core/distance/whatif';
import { readFacilities, weertGrid } from './detour-fit';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
function time<T>(f: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value = f(); // warm-up
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, value };
}

const types = [
  { name: 'huisarts', file: 'huisartsen', radii: [1000, 3000, 5000] },
  { name: 'basisschool', file: 'basisscholen', radii: [1000, 3000, 5000] },
  { name: 'apotheek', file: 'apotheken', radii: [1000, 3000, 5000] },
  { name: 'voortgezet onderwijs', file: 'voortgezet_onderwijs', radii: [3000, 5000, 10000] },
  { name: 'speciaal onderwijs', file: 'speciaal_onderwijs', radii: [3000, 5000, 10000] },
  { name: 'ziekenhuis', file: 'ziekenhuis', radii: [5000, 10000, 20000] },
].map((t) => ({ ...t, facilities: readFacilities(t.file) }));

const tGrid = time(() => weertGrid(100));
const grid = tGrid.value;
const detour = 1.3;
const rows: string[][] = [['step', 'cells', 'facilities', 'ms (best of runs)']];
rows.push(['grid 100 m (38 buurten)', String(grid.n), '', tGrid.ms.toFixed(1)]);
let total = 0;
for (const t of types) {
  const r = time(() => computeSurface(grid, t.facilities, { radii: t.radii, detour }));
  total += r.ms;
  rows.push([
    `surface ${t.name} (${t.radii.map((x) => x / 1000).join('/')} km)`,
    String(grid.n),
    String(t.facilities.length),
    r.ms.toFixed(2),
  ]);
}
rows.push(['all 6 types', String(grid.n), '', total.toFixed(2)]);
const huis = types[0];
if (huis) {
  const surf = computeSurface(grid, huis.facilities, { radii: huis.radii, detour });
  const edit = { kind: 'add' as const, facility: { id: 'new', lon: 5.655, lat: 51.27 } };
  const e = time(() => recomputeType(grid, surf, huis.facilities, [edit], { radii: huis.radii, detour }));
  rows.push(['what-if: add a huisarts (incremental)', String(grid.n), String(huis.facilities.length + 1), e.ms.toFixed(2)]);
  const m = time(() =>
    recomputeType(grid, surf, huis.facilities, [{ kind: 'remove', id: huis.facilities[0]?.id ?? '' }], {
      radii: huis.radii,
      detour,
    }),
  );
  rows.push(['what-if: remove a huisarts (full type)', String(grid.n), String(huis.facilities.length - 1), m.ms.toFixed(2)]);
  const a = time(() => areaMeasures(grid, e.value.surface, { groupOf: wijkOfBuurt, norm: 1000 }));
  rows.push(['areas per wijk after the edit', String(grid.n), '', a.ms.toFixed(2)]);
}

// ~1,000,000 cells: the Weert grid at 10 m.
const big = weertGrid(10);
const fac = facilityPoints(big.projection, types[1]?.facilities ?? []);
const radii = [1000, 3000, 5000];
const idx = time(() => nearestIndexed(big, fac, radii));
const sampleN = 50000;
const stride = Math.floor(big.n / sampleN);
const sample = { x: new Float64Array(sampleN), y: new Float64Array(sampleN) };
for (let k = 0; k < sampleN; k++) {
  sample.x[k] = big.x[k * stride] ?? 0;
  sample.y[k] = big.y[k * stride] ?? 0;
}
const brute = time(() => nearestBrute(sample, fac, radii));
const idxSample = nearestIndexed(sample, fac, radii);
let maxDiff = 0;
for (let k = 0; k < sampleN; k++)
  maxDiff = Math.max(maxDiff, Math.abs((idxSample.distance[k] ?? 0) - (brute.value.distance[k] ?? 0)));
rows.push([`indexed, basisschool, 10 m grid`, String(big.n), String(fac.x.length), idx.ms.toFixed(1)]);
rows.push([`brute force on ${sampleN} sampled cells`, String(sampleN), String(fac.x.length), brute.ms.toFixed(1)]);
rows.push([
  `brute force extrapolated to all cells`,
  String(big.n),
  String(fac.x.length),
  ((brute.ms * big.n) / sampleN).toFixed(1),
]);
rows.push([`max |indexed − brute| on the sample (m)`, '', '', maxDiff.toExponential(1)]);

const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
for (const r of rows) console.log(r.map((v, c) => (c === 0 ? v.padEnd(w[c] ?? 0) : v.padStart(w[c] ?? 0))).join('  '));
console.log(`node ${process.version}, best of ${RUNS} runs after a warm-up; detour ${detour}`);
