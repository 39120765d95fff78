// An area set delivered as polygons that cut through buurten: values come from an overlay, and say so.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndicatorTable } from '../../core/contracts/data';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import { runPipeline } from '../../geodata/pipeline';

const FIXTURE = join(import.meta.dirname, 'fixtures/mini');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Synthetic: 4 square buurten of 0.02°; DG01 takes the west 0.03° (two whole buurten, half of two), DG02 the rest.
const STATS = `area_code,area_name,area_level,year,indicator,value,unit,subgroup,source_table,source_file
BU09880101,Zuidwest,buurt,2024,AANT_INW,400,aantal,totaal,TEST01,synthetic
BU09880102,Zuidoost,buurt,2024,AANT_INW,200,aantal,totaal,TEST01,synthetic
BU09880201,Noordwest,buurt,2024,AANT_INW,100,aantal,totaal,TEST01,synthetic
BU09880202,Noordoost,buurt,2024,AANT_INW,300,aantal,totaal,TEST01,synthetic
BU09880101,Zuidwest,buurt,2024,P_65_EO_JR,10,%,totaal,TEST01,synthetic
BU09880102,Zuidoost,buurt,2024,P_65_EO_JR,20,%,totaal,TEST01,synthetic
BU09880201,Noordwest,buurt,2024,P_65_EO_JR,30,%,totaal,TEST01,synthetic
BU09880202,Noordoost,buurt,2024,P_65_EO_JR,40,%,totaal,TEST01,synthetic
`;
const rect = (x0: number, x1: number) => [
  [
    [x0, 51.2],
    [x1, 51.2],
    [x1, 51.24],
    [x0, 51.24],
    [x0, 51.2],
  ],
];
const POLYGONS = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'DG01', naam: 'West' }, geometry: { type: 'Polygon', coordinates: rect(5.6, 5.63) } },
    { type: 'Feature', properties: { code: 'DG02', naam: 'Oost' }, geometry: { type: 'Polygon', coordinates: rect(5.63, 5.64) } },
  ],
};

function run(weighting: 'area' | 'population'): IndicatorTable {
  const dir = mkdtempSync(join(tmpdir(), 'areaset-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'stats/mini.csv'), STATS);
  mkdirSync(join(dir, 'areasets'), { recursive: true });
  writeFileSync(join(dir, 'areasets/eigen.geojson'), JSON.stringify(POLYGONS));
  mkdirSync(join(dir, 'layers/areasets'), { recursive: true });
  writeFileSync(
    join(dir, 'layers/areasets/deelgebied.json'),
    JSON.stringify({
      version: 1,
      id: 'deelgebied',
      label: 'Eigen gebieden',
      description: 'Synthetische polygonen voor de test.',
      derivation: 'Geleverd als polygonen; waarden via overlay.',
      source: 'synthetisch',
      definition: { kind: 'polygons', file: 'areasets/eigen.geojson', codeProperty: 'code', nameProperty: 'naam', weighting },
    }),
  );
  const { files } = runPipeline({ geodataDir: dir, layersDir: join(dir, 'layers'), profile: 'intern' });
  return decodeIndicatorTable(JSON.parse(files.get('indicators.json') as string));
}

const find = (t: IndicatorTable, indicator: string) =>
  t.series.find((s) => s.level === 'deelgebied' && s.indicator === indicator);

describe('area set delivered as polygons', () => {
  it('spreads counts over the polygons by area share and says it used an overlay', () => {
    const t = run('population');
    const inw = find(t, 'AANT_INW');
    // West: 400 + 100 whole, half of 200 and 300 → 750; East: the other halves → 250.
    expect(inw?.values).toEqual({ DG01: 750, DG02: 250 });
    expect(inw?.method).toMatch(/overlay/);
    expect(t.areas.filter((a) => a.level === 'deelgebied').map((a) => a.name)).toEqual(['West', 'Oost']);
  });

  it('weights shares by population or by area, as configured', () => {
    const pop = find(run('population'), 'P_65_EO_JR');
    // (10·400 + 30·100 + 20·200·½ + 40·300·½) / (400 + 100 + 100 + 150) = 15000 / 750
    expect(pop?.values.DG01).toBeCloseTo(20, 1);
    const area = find(run('area'), 'P_65_EO_JR');
    // Equal buurt areas: (10 + 30 + 20·½ + 40·½) / 3 = 23.3
    expect(area?.values.DG01).toBeCloseTo(23.3, 1);
    expect(area?.method).toMatch(/oppervlakte/);
  });
});
