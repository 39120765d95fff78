// Golden files per pipeline stage (turf's test/in → test/out): each stage runs on its committed input
// (tests/golden/fixtures/stages/<stage>/in/) and must give its committed output (…/out/), rounded so float noise
// cannot fail it. `UPDATE=1 npx vitest run tests/golden/stages.test.ts` regenerates both from the mini fixture
// (each stage's input is made by the stages before it); review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import type { AreaSetConfig } from '../../core/contracts/config';
import { inverse, makeProjection } from '../../core/distance/project';
import { type AccessibilityStageInput, buildAccessibility } from '../../geodata/stages/accessibility';
import { type AreaSetInput, areaSetAreas, areaSetMode, deriveAreaSet } from '../../geodata/stages/areaset';
import { type BoundariesInput, buildBoundaries } from '../../geodata/stages/boundaries';
import { assembleCatalogue, type CatalogueInput } from '../../geodata/stages/catalogue';
import { buildFacilities, type FacilitiesInput } from '../../geodata/stages/facilities';
import { type IndicatorsInput, joinIndicators } from '../../geodata/stages/indicators';
import { applyPublication, type PublicationInput } from '../../geodata/stages/publication';
import { loadFacilityConfigs, readSources } from '../../geodata/stages/read-sources';
import { serialise, type WriteInput } from '../../geodata/stages/write';

const MINI = join(import.meta.dirname, 'fixtures/mini');
const STAGES_DIR = join(import.meta.dirname, 'fixtures/stages');
const UPDATE = process.env.UPDATE === '1';

/** The mini fixture has no area set; the stage fixtures add this one so the area-set stage has work to do. */
const AREASET: AreaSetConfig = {
  version: 1,
  id: 'deelgebied',
  label: 'Proefdeelgebieden',
  description: 'Synthetische deelgebieden voor de stapfixtures (geen echte gegevens).',
  derivation: 'Synthetisch: de westelijke en de oostelijke proefbuurten.',
  source: 'Testfixture',
  definition: {
    kind: 'buurten',
    areas: [
      { code: 'DG01', name: 'Proef West', buurten: ['BU09880101', 'BU09880201'] },
      { code: 'DG02', name: 'Proef Oost', buurten: ['BU09880102', 'BU09880202'] },
    ],
  },
};

/**
 * The accessibility stage on a tiny synthetic case (the mini fixture's one inhabited buurt falls under the stage
 * fixtures' raised threshold): two 1 km buurten side by side (A: x −1000…0, B: 0…1000, y −500…500 m around 5.7, 51.25),
 * one huisarts in each buurt's centre and one 1 km east of B. Expected by hand (100 m cells, × 1.32): both buurten
 * have a practice in the middle, mean straight distance to the centre of a 1 km square ≈ 383 m → 0.5 km. B (40
 * inhabitants) is under the threshold of 50 at buurt level; its inhabitants still count in the wijk.
 */
function tinyAccessibility(publication: PublicationInput['publication'], aggregation: PublicationInput['aggregation']) {
  const p = makeProjection(5.7, 51.25);
  const ll = (x: number, y: number) => inverse(p, x, y);
  const sq = (code: string, ring: [number, number][]) => ({
    type: 'Feature' as const,
    properties: { code },
    geometry: { type: 'Polygon' as const, coordinates: [ring.map(([x, y]) => ll(x, y))] },
  });
  const buurt = {
    type: 'FeatureCollection' as const,
    features: [
      sq('BU09880101', [
        [-1000, -500],
        [0, -500],
        [0, 500],
        [-1000, 500],
        [-1000, -500],
      ]),
      sq('BU09880102', [
        [1000, 500],
        [0, 500],
        [0, -500],
        [1000, -500],
        [1000, 500],
      ]),
    ],
  };
  const pt = (x: number, y: number, name: string, reliable: boolean) => {
    const [lon, lat] = ll(x, y);
    return {
      lon,
      lat,
      name,
      address: '',
      in_weert: true,
      location_reliable: reliable,
      source: 'sources/facilities/tiny.geojson',
    };
  };
  const facilities = buildFacilities(inputsFromMiniFacilities()).file;
  const huisarts = facilities.types.find((t) => t.id === 'huisarts');
  if (!huisarts) throw new Error('the mini fixture has a huisarts type');
  const input: AccessibilityStageInput = {
    topology: topology({ buurt }) as unknown as AccessibilityStageInput['topology'],
    series: [
      {
        indicator: 'AANT_INW',
        subgroup: 'totaal',
        year: 2024,
        level: 'buurt',
        source: 'TEST01',
        values: { BU09880101: 360, BU09880102: 40 },
      },
      { indicator: 'AANT_INW', subgroup: 'totaal', year: 2024, level: 'wijk', source: 'TEST01', values: { WK098801: 400 } },
    ],
    types: [
      {
        ...huisarts,
        points: [pt(-500, 0, 'Praktijk A', true), pt(500, 0, 'Praktijk B', true), pt(1500, 0, 'Praktijk Oost', false)],
      },
    ],
    detour: { factor: 1.32, basis: 'Synthetisch: de factor van Weert (gefit op CBS AF_ARTSPR 2022).' },
    areaSet: null,
    publication: { ...publication, minPopulation: 50 },
    aggregation,
  };
  return input;
}

/** Numbers rounded to 6 decimals: a change in the last bits of a float is noise, not a regression. */
const round = (_key: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v);
const toJson = (v: unknown, replacer?: (k: string, v: unknown) => unknown) => `${JSON.stringify(v, replacer, 1)}\n`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The files the read stage sees, relative to the geodata folder: sources.json and everything it lists. */
function miniFiles(): Record<string, string> {
  const manifest = readJson(join(MINI, 'sources.json')) as { boundaries: Record<string, string>; stats: { file: string }[] };
  const { buurten, codes, context } = manifest.boundaries;
  const points = loadFacilityConfigs(join(MINI, 'layers')).flatMap((f) => (f.data ?? []).map((d) => d.file));
  const rels = ['sources.json', codes, buurten, context, ...manifest.stats.map((s) => s.file), ...points].filter(
    (r) => r !== undefined,
  );
  return Object.fromEntries(rels.map((rel) => [rel, readFileSync(join(MINI, rel), 'utf8')]));
}

const readStage = (files: Record<string, string>) =>
  readSources({
    read: (rel) => {
      const text = files[rel];
      if (text === undefined) throw new Error(`fixture has no ${rel}`);
      return text;
    },
    manifestFile: 'sources.json',
    layersDir: join(MINI, 'layers'),
  });

/** Every stage's input, made from the mini fixture by running the stages before it. */
function inputsFromMini() {
  const files = miniFiles();
  const src = readStage(files);
  const { themes, indicators, aggregation } = src.layers;
  const boundaries: BoundariesInput = { ...src.boundaries, areaSet: AREASET };
  const b = buildBoundaries(boundaries);
  const geometry = b.areaSetGeometry;
  if (!geometry) throw new Error('the stage fixtures need an area set');
  const indicatorsIn: IndicatorsInput = {
    sources: src.manifest.stats,
    texts: src.stats,
    indicators,
    codes: b.codes,
    areaSetAreas: areaSetAreas(geometry),
  };
  const ind = joinIndicators(indicatorsIn);
  const areaset: AreaSetInput = {
    areaSet: AREASET,
    geometry,
    topology: b.topology,
    series: ind.table.series,
    indicators,
    aggregation,
  };
  // A threshold above the mini buurten's population, so the publication stage has values to withhold.
  const set = deriveAreaSet(areaset);
  const publication: PublicationInput = {
    series: set.series,
    indicators,
    publication: { ...src.layers.publication, minPopulation: 400 },
    aggregation,
    areas: ind.table.areas,
    derived: { membership: set.membership, buurtAreas: set.buurtAreas, mode: areaSetMode(AREASET) },
  };
  const pub = applyPublication(publication);
  const { boundaries: bounds, stats } = src.manifest;
  const catalogue: CatalogueInput = {
    themes,
    indicators,
    series: pub.series,
    manifest: { boundaries: bounds, stats },
    publication: pub.publication,
    areaSet: AREASET,
  };
  const facilities: FacilitiesInput = inputsFromMiniFacilities();
  const accessibility = tinyAccessibility(src.layers.publication, aggregation);
  const write: WriteInput = {
    topology: b.topology,
    contextTopology: b.contextTopology,
    table: { ...ind.table, series: pub.series },
    catalogue: assembleCatalogue(catalogue),
    facilities: buildFacilities(facilities).file,
  };
  return {
    'read-sources': files,
    boundaries,
    indicators: indicatorsIn,
    areaset,
    publication,
    catalogue,
    facilities,
    accessibility,
    write,
  };
}
type Inputs = ReturnType<typeof inputsFromMini>;

function inputsFromMiniFacilities(): FacilitiesInput {
  const src = readStage(miniFiles());
  return { types: src.layers.facilities, texts: src.facilities };
}

/** Each stage on its (JSON) input; the output is compared as rounded JSON. */
const STAGES: { [K in keyof Inputs]: (input: Inputs[K]) => unknown } = {
  'read-sources': readStage,
  boundaries: buildBoundaries,
  indicators: joinIndicators,
  areaset: deriveAreaSet,
  publication: applyPublication,
  catalogue: assembleCatalogue,
  facilities: buildFacilities,
  accessibility: buildAccessibility,
  // Files are compared byte for byte elsewhere; here as parsed JSON, so the golden file stays readable.
  write: (input) => Object.fromEntries([...serialise(input).files].map(([name, content]) => [name, JSON.parse(content)])),
};
const NAMES = Object.keys(STAGES) as (keyof Inputs)[];

const inFile = (stage: string) => join(STAGES_DIR, stage, 'in', `${stage}.json`);
const outFile = (stage: string) => join(STAGES_DIR, stage, 'out', `${stage}.json`);

if (UPDATE) {
  const inputs = inputsFromMini();
  rmSync(STAGES_DIR, { recursive: true, force: true });
  for (const stage of NAMES) {
    mkdirSync(join(STAGES_DIR, stage, 'in'), { recursive: true });
    mkdirSync(join(STAGES_DIR, stage, 'out'), { recursive: true });
    writeFileSync(inFile(stage), toJson(inputs[stage]));
  }
}

function run<K extends keyof Inputs>(stage: K): unknown {
  const input = readJson(inFile(stage)) as Inputs[K];
  return STAGES[stage](input);
}

describe('pipeline stages: in → out', () => {
  it('has a fixture for every stage and no stray ones', () => {
    expect(readdirSync(STAGES_DIR).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s', (stage) => {
    const actual = toJson(run(stage), round);
    if (UPDATE) writeFileSync(outFile(stage), actual);
    expect(existsSync(outFile(stage)), `${outFile(stage)} missing (UPDATE=1 to create)`).toBe(true);
    expect(JSON.parse(actual), `${stage} differs from its golden output (UPDATE=1 to accept)`).toEqual(readJson(outFile(stage)));
  });

  it('the stage inputs are what the stages before them produce from the mini fixture', () => {
    // Guards against stale in/ files: regenerating them must not change them.
    const fresh = inputsFromMini();
    for (const stage of NAMES) expect(JSON.parse(toJson(fresh[stage])), stage).toEqual(readJson(inFile(stage)));
  });
});
