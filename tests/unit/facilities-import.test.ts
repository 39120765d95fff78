// `npm run import -- <file> --voorziening <type> [--vervang]`: every test works on a temporary copy of the repo's
// inputs and public/data (never the repo itself). The lists below are synthetic test input, not real facilities.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacilitiesFileSchema, FacilityTypeConfigSchema } from '../../core/contracts/facilities';
import { runImport } from '../../geodata/import';
import type { ImportRequestInput } from '../../geodata/import/args';
import { parseArgv } from '../../geodata/import/args';
import { InputError, type InputIssue } from '../../geodata/lib/errors';
import { runPipeline } from '../../geodata/pipeline';
import { hashTree, readJson, repoCopies } from './repoCopy';

const copies = repoCopies();
const tempDir = (prefix: string) => copies.tempDir(prefix);
const copyRepo = () => copies.copyRepo('ssw-fac-import-');

const DATE = '2025-01-15';
const published = (root: string) => FacilitiesFileSchema.parse(readJson(join(root, 'public/data/voorzieningen.json')));
const typeOf = (root: string, id: string) => published(root).types.find((t) => t.id === id);

afterAll(() => copies.cleanup());

/** Writes `content` as `name` in a fresh input folder and imports it into `root`. */
function importList(root: string, name: string, content: string, args: Omit<ImportRequestInput, 'file'>) {
  const path = join(tempDir('ssw-fac-input-'), name);
  writeFileSync(path, content);
  return runImport({ file: path, root, datum: DATE, ...args });
}

// Weert centre, Nederweert (within 5 km) and Bocholt (Belgium: no Dutch gemeente, so left out).
const WEERT = [5.7069, 51.2517] as const;
const NEDERWEERT = [5.7486, 51.2856] as const;
const BOCHOLT = [5.579, 51.1728] as const;

const point = ([lon, lat]: readonly [number, number], properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});
const geo = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('import: facility lists', () => {
  let root: string;
  let before: ReturnType<typeof published>;

  beforeAll(() => {
    root = copyRepo();
    before = published(root);
    // Dutch Excel: semicolons and decimal commas.
    importList(
      root,
      'supermarkten.csv',
      [
        'naam;adres;postcode;plaats;lon;lat',
        `Proefsupermarkt Centrum;Proefstraat 1;6001 AA;Weert;${String(WEERT[0]).replace('.', ',')};${String(WEERT[1]).replace('.', ',')}`,
        `Proefsupermarkt Buurdorp;Buurweg 2;6031 BB;Nederweert;${NEDERWEERT[0]};${NEDERWEERT[1]}`,
        `Proefsupermarkt Grens;Grensweg 3;;Bocholt;${BOCHOLT[0]};${BOCHOLT[1]}`,
        '', // a complete file ends with a line break (a cut-off last line could change a coordinate)
      ].join('\n'),
      { voorziening: 'supermarkt' },
    );
  });

  it('a CSV with lon/lat appears in public/data/voorzieningen.json, Belgian point left out', () => {
    const t = typeOf(root, 'supermarkt');
    expect(before.types.find((x) => x.id === 'supermarkt')?.hasData).toBe(false);
    expect(t?.hasData).toBe(true);
    expect(t?.points.map((p) => [p.name, p.in_weert])).toEqual([
      ['Proefsupermarkt Buurdorp', false],
      ['Proefsupermarkt Centrum', true],
    ]);
    expect(t?.points[1]).toMatchObject({
      lon: WEERT[0],
      lat: WEERT[1],
      address: 'Proefstraat 1, 6001 AA Weert',
      location_reliable: true,
    });
    expect(t?.sources).toEqual([
      {
        file: 'sources/facilities/imported/supermarkt_supermarkten.geojson',
        title: 'Supermarkt: supermarkten.csv',
        publisher: 'Gemeente Weert',
        licence: 'CC BY 4.0',
        date: DATE,
      },
    ]);
  });

  it('registers the file in layers/facilities/<type>.json and leaves public/data as the pipeline builds it', () => {
    const cfg = FacilityTypeConfigSchema.parse(readJson(join(root, 'layers/facilities/supermarkt.json')));
    expect(cfg.data?.[0]?.imported).toEqual({ date: DATE, from: 'supermarkten.csv' });
    const { files } = runPipeline({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers') });
    for (const [name, content] of files) expect(readFileSync(join(root, 'public/data', name), 'utf8'), name).toBe(content);
  });

  it('a CSV with RD New x/y is reprojected (and extends the type)', () => {
    importList(root, 'sport_rd.csv', 'naam,adres,x,y\nProefsporthal,Sportlaan 1,177320,362534\n', { voorziening: 'sport' });
    importList(root, 'sport_extra.csv', `naam,lon,lat\nProefveld,${WEERT[0]},${WEERT[1]}\n`, { voorziening: 'sport' });
    const t = typeOf(root, 'sport');
    const hal = t?.points.find((p) => p.name === 'Proefsporthal');
    // RD New (177320, 362534) is Weert centre, 5.7069 E 51.2517 N.
    expect(hal?.lon).toBeCloseTo(WEERT[0], 4);
    expect(hal?.lat).toBeCloseTo(WEERT[1], 4);
    expect(hal?.in_weert).toBe(true);
    expect(t?.points.map((p) => p.name)).toEqual(['Proefsporthal', 'Proefveld']);
    expect(typeOf(root, 'supermarkt')?.points).toHaveLength(2);
    expect(t?.sources).toHaveLength(2);
  });

  it('GeoJSON extends the real points; --vervang replaces them', () => {
    const n = before.types.find((x) => x.id === 'huisarts')?.points.length ?? 0;
    const list = geo(point(WEERT, { naam: 'Proefpraktijk', adres: 'Proefplein 9', locatie_betrouwbaar: 'nee' }));
    importList(root, 'extra_praktijk.geojson', list, { voorziening: 'huisarts' });
    expect(typeOf(root, 'huisarts')?.points).toHaveLength(n + 1);
    expect(typeOf(root, 'huisarts')?.points.find((p) => p.name === 'Proefpraktijk')?.location_reliable).toBe(false);
    const summary = importList(root, 'praktijken_2025.geojson', list, { voorziening: 'huisarts', vervang: true }).summary;
    const t = typeOf(root, 'huisarts');
    expect(t?.points.map((p) => p.name)).toEqual(['Proefpraktijk']);
    expect(t?.sources.map((s) => s.file)).toEqual(['sources/facilities/imported/huisarts_praktijken_2025.geojson']);
    expect(summary.join('\n')).toContain('vervangt sources/facilities/huisartsen.geojson');
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface Bad {
  name: string;
  file: string;
  content: string;
  args: Omit<ImportRequestInput, 'file'>;
  row?: number;
  column?: string;
  message: RegExp;
}

const BAD: Bad[] = [
  {
    name: 'unknown facility type',
    file: 'bakkers.csv',
    content: `naam,lon,lat\nBakker,${WEERT[0]},${WEERT[1]}\n`,
    args: { voorziening: 'bakker' },
    column: '--voorziening',
    message: /onbekend voorzieningstype 'bakker'.*supermarkt/,
  },
  {
    name: 'a row without a name',
    file: 'zonder_naam.csv',
    content: `naam,lon,lat\nEerste,${WEERT[0]},${WEERT[1]}\n,${WEERT[0]},${WEERT[1]}\n`,
    args: { voorziening: 'supermarkt' },
    row: 3,
    column: 'naam',
    message: /naam ontbreekt/,
  },
  {
    name: 'a latitude that is not a number',
    file: 'geen_getal.csv',
    content: `naam,lon,lat\nEerste,${WEERT[0]},${WEERT[1]}\nTweede,${WEERT[0]},51.2x\n`,
    args: { voorziening: 'supermarkt' },
    row: 3,
    column: 'lat',
    message: /geen getal/,
  },
  {
    name: 'no coordinate columns',
    file: 'geen_coordinaten.csv',
    content: 'naam,adres\nEerste,Straat 1\n',
    args: { voorziening: 'supermarkt' },
    row: 1,
    message: /geen coördinaatkolommen/,
  },
  {
    name: 'lon and lat swapped',
    file: 'verwisseld.csv',
    content: `naam,lon,lat\nEerste,${WEERT[1]},${WEERT[0]}\n`,
    args: { voorziening: 'supermarkt' },
    row: 2,
    column: 'lon',
    message: /verwisseld/,
  },
  {
    name: 'locatie_betrouwbaar neither ja nor nee',
    file: 'betrouwbaar.csv',
    content: `naam,lon,lat,locatie_betrouwbaar\nEerste,${WEERT[0]},${WEERT[1]},misschien\n`,
    args: { voorziening: 'supermarkt' },
    row: 2,
    column: 'locatie_betrouwbaar',
    message: /geen ja of nee/,
  },
  {
    name: 'polygons instead of points',
    file: 'vlakken.geojson',
    content: geo({
      type: 'Feature',
      properties: { naam: 'Vlak' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [5.7, 51.25],
            [5.71, 51.25],
            [5.71, 51.26],
            [5.7, 51.25],
          ],
        ],
      },
    }),
    args: { voorziening: 'sport' },
    message: /punten \(Point\), niet uit vlakken/,
  },
  {
    name: 'a facility that is already in the real list',
    file: 'dubbel.geojson',
    content: geo(
      point([5.683002, 51.259945], {
        naam: 'Huisartenpraktijk Weijnen',
        adres: 'Princenweg 30',
        postcode: '6002AK',
        plaats: 'Weert',
      }),
    ),
    args: { voorziening: 'huisarts' },
    row: 1,
    column: 'features[0].properties.naam',
    message: /staat al in geodata\/sources\/facilities\/huisartsen.geojson feature \d+; dubbele voorziening/,
  },
  {
    name: '--vervang without --voorziening',
    file: 'zonder_type.geojson',
    content: geo(point(WEERT, { naam: 'X' })),
    args: { bron: 'test', vervang: true },
    column: '--vervang',
    message: /alleen samen met --voorziening/,
  },
];

describe('import: rejected facility lists change nothing', () => {
  let root: string;
  let inputs: string;
  let before: Map<string, string>;

  beforeAll(() => {
    root = copyRepo();
    inputs = tempDir('ssw-fac-bad-');
    before = hashTree(root);
  });

  it.each(BAD)('$name', (c) => {
    const path = join(inputs, c.file);
    writeFileSync(path, c.content);
    let error: unknown;
    try {
      runImport({ file: path, root, ...c.args });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    const match = (i: InputIssue) =>
      i.file === c.file &&
      c.message.test(i.message) &&
      (c.row === undefined || i.row === c.row) &&
      (c.column === undefined || i.column === c.column);
    expect(e.issues.some(match), e.message).toBe(true);
    expect(hashTree(root)).toEqual(before);
  });
});

describe('import: facility options on the command line', () => {
  it('parses --voorziening and the --vervang flag', () => {
    expect(parseArgv(['lijst.csv', '--voorziening', 'supermarkt', '--vervang']).request).toEqual({
      file: 'lijst.csv',
      voorziening: 'supermarkt',
      vervang: true,
    });
    expect(parseArgv(['lijst.csv', '--voorziening=huisarts']).request).toEqual({ file: 'lijst.csv', voorziening: 'huisarts' });
  });
});
