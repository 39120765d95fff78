// `npm run import -- <wegen.geojson> --wegennet`: a road network on a temporary copy of the repo (never the repo
// itself). The networks below are synthetic street grids around Weert centre, not real roads.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, CatalogueSchema } from '../../core/contracts/data';
import { NetworkFileSchema } from '../../core/contracts/network';
import { runImport } from '../../geodata/import';
import type { ImportRequestInput } from '../../geodata/import/args';
import { parseArgv } from '../../geodata/import/args';
import { InputError, type InputIssue } from '../../geodata/lib/errors';
import { runPipeline } from '../../geodata/pipeline';
import { hashTree, readJson, repoCopies } from './repoCopy';

const copies = repoCopies();
const tempDir = (prefix: string) => copies.tempDir(prefix);
const copyRepo = () => copies.copyRepo('ssw-net-import-');

const DATE = '2025-01-15';
afterAll(() => copies.cleanup());

function importNetwork(root: string, name: string, content: string, args: Omit<ImportRequestInput, 'file'> = {}) {
  const path = join(tempDir('ssw-net-input-'), name);
  writeFileSync(path, content);
  return runImport({ file: path, root, datum: DATE, wegennet: true, ...args });
}

const line = (coordinates: number[][], properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});
const geo = (features: unknown[], crs?: string) =>
  JSON.stringify({ type: 'FeatureCollection', ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}), features });

/** A street grid: lines along every x and every y, sharing vertices where they cross. */
function grid(xs: number[], ys: number[]) {
  return [
    ...xs.map((x, k) =>
      line(
        ys.map((y) => [x, y]),
        { name: `Noord-zuidstraat ${k + 1}`, highway: 'residential' },
      ),
    ),
    ...ys.map((y, k) =>
      line(
        xs.map((x) => [x, y]),
        { naam: `Oost-weststraat ${k + 1}` },
      ),
    ),
  ];
}
const steps = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, k) => Math.round((from + k * step) * 1e6) / 1e6);

const WGS84_GRID = geo(grid(steps(5.62, 5.82, 0.02), steps(51.18, 51.32, 0.02)));
// RD New around Weert centre (177320, 362534), 2 km spacing.
const RD_GRID = geo(grid(steps(166000, 188000, 2000), steps(352000, 372000, 2000)), 'urn:ogc:def:crs:EPSG::28992');

const catalogue = (root: string): Catalogue => CatalogueSchema.parse(readJson(join(root, 'public/data/catalogue.json')));
const vzCaveats = (root: string) =>
  catalogue(root)
    .indicators.filter((i) => i.id.startsWith('VZ_'))
    .map((i) => i.caveat ?? '');

describe('import: road network', () => {
  let root: string;

  beforeAll(() => {
    root = copyRepo();
  });

  it('without a network: straight-line mode and no wegennet.json', () => {
    expect(existsSync(join(root, 'public/data/wegennet.json'))).toBe(false);
    const caveats = vzCaveats(root);
    expect(caveats.length).toBeGreaterThan(0);
    for (const c of caveats) expect(c).toContain('hemelsbrede afstand');
  });

  it('a WGS84 network is stored, recorded and published; the VZ_* indicators switch to network mode', () => {
    const r = importNetwork(root, 'osm_wegen.geojson', WGS84_GRID, { titel: 'OpenStreetMap-proefwegen', bron: 'OpenStreetMap' });
    expect(r.written).toContain('geodata/sources/network/wegennet.geojson');
    expect(r.written).toContain('public/data/wegennet.json');
    const manifest = readJson(join(root, 'geodata/sources.json'));
    expect(manifest.network).toEqual({
      file: 'sources/network/wegennet.geojson',
      title: 'OpenStreetMap-proefwegen',
      publisher: 'OpenStreetMap',
      licence: 'ODbL 1.0',
      attribution: 'Wegennet: OpenStreetMap-proefwegen – © OpenStreetMap-bijdragers, ODbL 1.0',
      imported: { date: DATE, from: 'osm_wegen.geojson' },
    });
    const stored = readJson(join(root, 'geodata/sources/network/wegennet.geojson'));
    expect(stored.features[0].properties).toEqual({ name: 'Noord-zuidstraat 1' });
    expect(stored.features.at(-1).properties).toEqual({ name: 'Oost-weststraat 8' });
    const file = NetworkFileSchema.parse(readJson(join(root, 'public/data/wegennet.json')));
    expect(file.lines).toHaveLength(11 + 8);
    expect(file.lines[0]?.[0]).toEqual([5.62, 51.18]);
    expect(file.attribution).toContain('© OpenStreetMap-bijdragers');
    expect(catalogue(root).attribution).toContain(file.attribution);
    for (const c of vzCaveats(root)) expect(c).toContain('over het geïmporteerde wegennet (OpenStreetMap-proefwegen)');
    // public/data is exactly what the pipeline builds from the new inputs.
    const { files } = runPipeline({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers') });
    for (const [name, content] of files) expect(readFileSync(join(root, 'public/data', name), 'utf8'), name).toBe(content);
  });

  it('an RD New network is reprojected and replaces the previous one', () => {
    const r = importNetwork(root, 'nwb_wegen.geojson', RD_GRID, { titel: 'NWB-proefwegen', bron: 'Rijkswaterstaat' });
    expect(r.summary.join('\n')).toMatch(/RD New, omgerekend naar WGS84.*\n.*vervangt het vorige wegennet/);
    const file = NetworkFileSchema.parse(readJson(join(root, 'public/data/wegennet.json')));
    expect(file.title).toBe('NWB-proefwegen');
    expect(file.attribution).toBe('Wegennet: NWB-proefwegen – Rijkswaterstaat, CC BY 4.0');
    expect(file.lines).toHaveLength(12 + 11);
    for (const l of file.lines)
      for (const [lon, lat] of l) {
        expect(lon).toBeGreaterThan(5.5);
        expect(lon).toBeLessThan(5.9);
        expect(lat).toBeGreaterThan(51.1);
        expect(lat).toBeLessThan(51.4);
        expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
      }
    for (const c of vzCaveats(root)) expect(c).toContain('over het geïmporteerde wegennet (NWB-proefwegen)');
  });
});

interface Bad {
  name: string;
  content: string;
  row?: number;
  column?: string;
  message: RegExp;
}

const W = [5.7069, 51.2517];
const BAD: Bad[] = [
  {
    name: 'points instead of lines',
    content: geo([line([W, [5.71, 51.25]]), { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: W } }]),
    row: 2,
    column: 'features[1].geometry.type',
    message: /feature 2: geometrietype 'Point' hoort niet in een wegennet/,
  },
  {
    name: 'a line with one coordinate',
    content: geo([line([W, [5.71, 51.25]]), line([W])]),
    row: 2,
    column: 'features[1].geometry.coordinates',
    message: /feature 2: een lijn heeft 1 punt\(en\); minstens 2 nodig/,
  },
  {
    name: 'coordinates outside the Netherlands',
    content: geo([
      line([
        [10.5, 48.1],
        [10.6, 48.2],
      ]),
    ]),
    row: 1,
    column: 'features[0].geometry.coordinates',
    message: /feature 1: coördinaat \(10.5, 48.1\) ligt buiten Nederland/,
  },
  {
    name: 'lon and lat swapped',
    content: geo([
      line([
        [51.25, 5.7],
        [51.26, 5.71],
      ]),
    ]),
    row: 1,
    message: /verwisseld/,
  },
  {
    name: 'an empty collection',
    content: geo([]),
    message: /geen features/,
  },
];

describe('import: rejected road networks change nothing', () => {
  let root: string;
  let before: Map<string, string>;

  beforeAll(() => {
    root = copyRepo();
    before = hashTree(root);
  });

  it.each(BAD)('$name', (c) => {
    let error: unknown;
    try {
      importNetwork(root, 'wegen.geojson', c.content);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    const match = (i: InputIssue) =>
      i.file === 'wegen.geojson' &&
      c.message.test(i.message) &&
      (c.row === undefined || i.row === c.row) &&
      (c.column === undefined || i.column === c.column);
    expect(e.issues.some(match), e.message).toBe(true);
    expect(hashTree(root)).toEqual(before);
  });
});

describe('import: --wegennet on the command line', () => {
  it('parses the flag', () => {
    expect(parseArgv(['wegen.geojson', '--wegennet', '--titel', 'Wegen']).request).toEqual({
      file: 'wegen.geojson',
      wegennet: true,
      titel: 'Wegen',
    });
  });
});
