// Fits Weert's detour (circuity) factor on CBS road distances and regenerates core/distance/detour-weert.json.
// Run: npx tsx tests/bench/detour-fit.ts [--write]. Also exports the real-data loaders used by tests/bench/distance.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import Papa from 'papaparse';
import { areaMeasures, wijkOfBuurt } from '../../core/distance/areas';
import { type DetourFit, fitDetour } from '../../core/distance/detour';
import { type Grid, makeGrid } from '../../core/distance/grid';
import { computeSurface, type Facility } from '../../core/distance/whatif';

const root = resolve(import.meta.dirname, '../..');
const src = (p: string) => resolve(root, 'geodata/sources', p);

interface Row {
  area_code: string;
  year: string;
  indicator: string;
  value: string;
}

export function readStats(file: string): Row[] {
  return Papa.parse<Row>(readFileSync(src(`stats/${file}`), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export function buurtPopulation(): Record<string, number> {
  const pop: Record<string, number> = {};
  // The file repeats some rows; the value is the same, so the last one wins.
  for (const r of readStats('weert_kwb_buurt_2024.csv'))
    if (r.indicator === 'AANT_INW' && r.year === '2024') pop[r.area_code] = Number(r.value);
  return pop;
}

export function weertGrid(cellSize = 100): Grid {
  const buurten = JSON.parse(readFileSync(src('boundaries/weert_buurten_2024.geojson'), 'utf8')) as FeatureCollection<Polygon>;
  return makeGrid(buurten.features, { cellSize, population: buurtPopulation(), codeKey: 'statcode' });
}

export type FacilityProps = { name: string; type: string; location_reliable: boolean; in_weert: boolean };

export function readFacilities(file: string, keep: (p: FacilityProps) => boolean = () => true): Facility[] {
  const fc = JSON.parse(readFileSync(src(`facilities/${file}.geojson`), 'utf8')) as FeatureCollection<Point, FacilityProps>;
  return fc.features
    .filter((f) => keep(f.properties))
    .map((f, j) => ({ id: `${file}-${j}`, lon: f.geometry.coordinates[0] ?? 0, lat: f.geometry.coordinates[1] ?? 0 }));
}

const km = (m: number) => (m / 1000).toFixed(2);

function main() {
  const grid = weertGrid(100);
  const wijkRoad: Record<string, number> = {};
  for (const r of readStats('weert_kwb_wijk_2022.csv'))
    if (r.indicator === 'AF_ARTSPR') wijkRoad[r.area_code] = Number(r.value) * 1000;
  const wijken = Object.keys(wijkRoad).sort();

  // Huisartsen: all points (21 of 26 are PC4 centroids).
  const gpsAll = readFacilities('huisartsen');
  const reliableFlags = (
    JSON.parse(readFileSync(src('facilities/huisartsen.geojson'), 'utf8')) as FeatureCollection<Point, FacilityProps>
  ).features.map((f) => f.properties.location_reliable);
  const surface = computeSurface(grid, gpsAll, { radii: [] });
  const perWijk = areaMeasures(grid, surface, { groupOf: wijkOfBuurt, groups: wijken });
  // Share of each wijk's inhabitants whose nearest practice has an address-level coordinate.
  const reliableShare: Record<string, number> = {};
  const popW: Record<string, number> = {};
  for (let i = 0; i < grid.n; i++) {
    const w = wijkOfBuurt(grid.codes[grid.area[i] ?? -1] ?? '') ?? '';
    const p = grid.pop[i] ?? 0;
    popW[w] = (popW[w] ?? 0) + p;
    if (reliableFlags[surface.nearest[i] ?? -1]) reliableShare[w] = (reliableShare[w] ?? 0) + p;
  }
  const rows = wijken.map((code) => ({
    code,
    straight: perWijk[code]?.meanDistance ?? Number.NaN,
    road: wijkRoad[code] ?? Number.NaN,
  }));
  const fits: Record<string, DetourFit> = {
    all: fitDetour(rows),
    roadAtLeast1km: fitDetour(rows.filter((r) => r.road >= 1000)),
    nearestReliable: fitDetour(rows.filter((r) => (reliableShare[r.code] ?? 0) / (popW[r.code] ?? 1) >= 0.5)),
  };
  console.log('Huisarts AF_ARTSPR 2022 per wijk vs straight-line (all 26 points, 100 m grid, buurt inhabitants 2024)');
  console.log('wijk       straight_km  cbs_road_km  ratio  fitted_km  residual_km  nearest_reliable_share');
  for (const r of fits.all?.rows ?? [])
    console.log(
      `${r.code}  ${km(r.straight).padStart(11)}  ${km(r.road).padStart(11)}  ${r.ratio.toFixed(2).padStart(5)}  ${km(r.fitted).padStart(9)}  ${km(r.residual).padStart(11)}  ${((reliableShare[r.code] ?? 0) / (popW[r.code] ?? 1)).toFixed(2).padStart(6)}`,
    );
  for (const [k, f] of Object.entries(fits))
    console.log(
      `fit ${k}: f = ${f.factor.toFixed(3)} (n=${f.n}), ratio min ${f.ratioMin.toFixed(2)} max ${f.ratioMax.toFixed(2)} mean ${f.ratioMean.toFixed(2)} sd ${f.ratioSd.toFixed(2)}, rmse ${km(f.rmse)} km [${f.rows.map((r) => r.code.slice(6)).join(' ')}]`,
    );

  // Gemeente level: population-weighted straight-line mean over all of Weert against the CBS gemeente value.
  const gem: Record<string, Record<string, number>> = {};
  for (const file of ['weert_kwb_gemeente_2018_2024.csv', 'midden_limburg_kwb_2020_gemeente.csv'])
    for (const r of readStats(file))
      if (r.area_code === 'GM0988' && r.indicator.startsWith('AF_')) {
        const byYear = gem[r.indicator] ?? {};
        byYear[r.year] = Number(r.value) * 1000;
        gem[r.indicator] = byYear;
      }
  const types: Array<{ type: string; cbs: string; file: string; keep?: (p: FacilityProps) => boolean; note: string }> = [
    { type: 'huisarts', cbs: 'AF_ARTSPR', file: 'huisartsen', note: 'all 26 addresses; 21 PC4 centroids' },
    {
      type: 'basisschool',
      cbs: 'AF_ONDBAS',
      file: 'basisscholen',
      keep: (p) => p.type === 'basisschool',
      note: 'regular basisscholen (SBAO left out)',
    },
    {
      type: 'apotheek',
      cbs: 'AF_APOTH',
      file: 'apotheken',
      keep: (p) => p.type === 'openbare apotheek',
      note: 'openbare apotheken; 7 of 10 PC4 centroids',
    },
    { type: 'voortgezet onderwijs', cbs: 'AF_ONDVRT', file: 'voortgezet_onderwijs', note: 'all 8 DUO vestigingen' },
    {
      type: 'ziekenhuis incl. buitenpoli',
      cbs: 'AF_ZIEK_I',
      file: 'ziekenhuis',
      note: 'SJG Weert + Budel buitenpoli (status not verified)',
    },
    {
      type: 'ziekenhuis excl. buitenpoli',
      cbs: 'AF_ZIEK_E',
      file: 'ziekenhuis',
      keep: (p) => p.type === 'Algemeen ziekenhuis',
      note: 'SJG Weert only',
    },
  ];
  const gemeente = types.map((t) => {
    const s = computeSurface(grid, readFacilities(t.file, t.keep), { radii: [] });
    const straight = areaMeasures(grid, s, { groupOf: () => 'GM0988' }).GM0988?.meanDistance ?? Number.NaN;
    const cbs = gem[t.cbs] ?? {};
    return {
      type: t.type,
      cbs: t.cbs,
      note: t.note,
      straightKm: Number(km(straight)),
      cbsKm: Object.fromEntries(Object.entries(cbs).map(([y, v]) => [y, v / 1000])),
      ratio: Object.fromEntries(Object.entries(cbs).map(([y, v]) => [y, Number((v / straight).toFixed(2))])),
    };
  });
  console.log('\nGemeente Weert: straight-line population-weighted mean vs CBS road distance');
  for (const g of gemeente)
    console.log(
      `${g.cbs.padEnd(10)} ${g.type.padEnd(28)} straight ${g.straightKm.toFixed(2)} km  CBS ${JSON.stringify(g.cbsKm)}  ratio ${JSON.stringify(g.ratio)}`,
    );

  const all = fits.all;
  if (!all) return;
  const round = (v: number, d = 3) => Number(v.toFixed(d));
  const summary = (f: DetourFit) => ({
    factor: round(f.factor),
    n: f.n,
    ratioMin: round(f.ratioMin),
    ratioMax: round(f.ratioMax),
    ratioMean: round(f.ratioMean),
    ratioSd: round(f.ratioSd),
    rmseKm: round(f.rmse / 1000),
    wijken: f.rows.map((r) => r.code),
  });
  const out = {
    factor: Number(all.factor.toFixed(2)),
    status: 'aanname (fitted)',
    basis:
      'Least squares through the origin of CBS AF_ARTSPR 2022 (road, per wijk, rounded to 0.1 km) on the straight-line population-weighted mean distance to the nearest huisarts address (growthguruthom/huisarts-scraper 2026-03-11, 21 of 26 points PC4 centroids), 100 m grid over the CBS 2024 buurten, inhabitants 2024 spread evenly per buurt. Supermarkets (AF_SUPERM) not fitted: no supermarket point file.',
    fittedOn: new Date().toISOString().slice(0, 10),
    script: 'tests/bench/detour-fit.ts',
    fits: Object.fromEntries(Object.entries(fits).map(([k, f]) => [k, summary(f)])),
    perWijk: all.rows.map((r) => ({
      wijk: r.code,
      straightKm: round(r.straight / 1000),
      cbsRoadKm: round(r.road / 1000, 1),
      ratio: round(r.ratio, 2),
      residualKm: round(r.residual / 1000),
      nearestReliableShare: round((reliableShare[r.code] ?? 0) / (popW[r.code] ?? 1), 2),
    })),
    gemeente,
  };
  if (process.argv.includes('--write')) {
    const file = resolve(root, 'core/distance/detour-weert.json');
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    // Biome's layout, so a regeneration on the same day leaves `git diff` empty.
    spawnSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', file], { cwd: root });
    console.log('\nwrote core/distance/detour-weert.json');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
