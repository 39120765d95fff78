// `npm run import`: every test works on a temporary copy of the repo's inputs and public/data (never the repo itself).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorSchema } from '../../core/contracts/config';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import { main, runImport } from '../../geodata/import';
import { parseArgv } from '../../geodata/import/args';
import { buildKeyIndex, keysOfCell, resolveKey } from '../../geodata/import/cbskeys';
import { crsFromName, toWgs84 } from '../../geodata/import/formats/geojson';
import { parseStatline, parseStatlineNumber } from '../../geodata/import/formats/statline';
import { guessMeasure } from '../../geodata/import/scaffold';
import { formatJson } from '../../geodata/import/serialise';
import type { ImportContext } from '../../geodata/import/types';
import { InputError, type InputIssue } from '../../geodata/lib/errors';
import { parseStatsCsv } from '../../geodata/lib/stats';
import { loadSourcesManifest, runPipeline } from '../../geodata/pipeline';
import { geo, point, SL_ARGS, SL_HEAD, slRow, square, statline, tidy, tidyRow } from './importFiles';
import { hashTree, REPO, readJson, repoCopies } from './repoCopy';

const copies = repoCopies();
const tempDir = (prefix: string) => copies.tempDir(prefix);
const copyRepo = () => copies.copyRepo('ssw-import-test-');

const FIX = join(import.meta.dirname, 'fixtures/import');
const DATE = '2025-01-15';
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

afterAll(() => copies.cleanup());

// ---------------------------------------------------------------------------------------------------------------

describe('import: CBS StatLine download', () => {
  let root: string;
  let summary: string[];
  const NEW_UNITS = {
    Omgevingsadressendichtheid_121: 'adressen per km2',
    GemiddeldeHuishoudensgrootte_32: 'personen per huishouden',
  };

  beforeAll(() => {
    root = copyRepo();
    summary = runImport({
      file: join(FIX, 'kwb_2021_statline.csv'),
      root,
      tabel: '85039NED',
      jaar: 2021,
      eenheid: NEW_UNITS,
      datum: DATE,
    }).summary;
  });

  it('writes the tidy file with decimal points and "." for secret values', () => {
    const path = join(root, 'geodata/sources/stats/imported/kwb_2021_statline.csv');
    const rows = parseStatsCsv(readFileSync(path, 'utf8'), 'x.csv');
    expect(rows).toHaveLength(24);
    const get = (code: string, ind: string) => rows.find((r) => r.areaCode === code && r.indicator === ind);
    expect(get('WK098811', 'GemiddeldeHuishoudensgrootte')?.value).toBe(1.7);
    expect(get('WK098834', 'Omgevingsadressendichtheid')?.value).toBeNull();
    expect(get('WK098801', 'AANT_INW')).toMatchObject({
      value: 6575,
      areaName: 'Wijk 01 Boshoven',
      areaLevel: 'wijk',
      year: 2021,
    });
    expect(get('GM0946', 'AANT_INW')).toMatchObject({ areaName: 'Nederweert', areaLevel: 'gemeente' });
    expect(readFileSync(path, 'utf8')).toContain(',kwb_2021_statline.csv\n');
  });

  it('registers the file in sources.json with the import date and original name', () => {
    const manifest = loadSourcesManifest(join(root, 'geodata'));
    const entry = manifest.stats.find((s) => s.file === 'sources/stats/imported/kwb_2021_statline.csv');
    expect(entry).toMatchObject({
      publisher: 'CBS',
      tables: ['85039NED'],
      licence: 'CC BY 4.0',
      indeling: 2021,
      imported: { date: DATE, from: 'kwb_2021_statline.csv' },
    });
  });

  it('scaffolds a concept catalogue file for each new indicator, and none for known ones', () => {
    const cfg = IndicatorSchema.parse(readJson(join(root, 'layers/indicators/Omgevingsadressendichtheid.json')));
    expect(cfg).toMatchObject({
      status: 'concept',
      label: 'Omgevingsadressendichtheid_121',
      unit: 'adressen per km2',
      measure: 'mean',
      decimals: 0,
      source: { publisher: 'CBS', tables: ['85039NED'], licence: 'CC BY 4.0' },
      referencePeriod: 'Nog aan te vullen',
    });
    expect(cfg.description).toBe('Nog aan te vullen: omschrijving van Omgevingsadressendichtheid_121 uit tabel 85039NED.');
    expect(readJson(join(root, 'layers/indicators/GemiddeldeHuishoudensgrootte.json')).decimals).toBe(1);
    expect(readFileSync(join(root, 'layers/indicators/AANT_INW.json'), 'utf8')).toBe(
      readFileSync(join(REPO, 'layers/indicators/AANT_INW.json'), 'utf8'),
    );
    expect(summary.join('\n')).toContain('layers/indicators/Omgevingsadressendichtheid.json');
  });

  it('publishes the values in public/data/indicators.json: right wijk and year, "." absent and never 0', () => {
    const table = decodeIndicatorTable(readJson(join(root, 'public/data/indicators.json')));
    const series = (ind: string, level: string) =>
      table.series.find((s) => s.indicator === ind && s.year === 2021 && s.level === level && s.subgroup === 'totaal');
    expect(series('AANT_INW', 'wijk')?.values.WK098801).toBe(6575);
    expect(series('AANT_INW', 'gemeente')?.values).toMatchObject({ GM0988: 50290, GM0946: 17310 });
    expect(series('GemiddeldeHuishoudensgrootte', 'wijk')?.values.WK098811).toBe(1.7);
    const dens = series('Omgevingsadressendichtheid', 'wijk');
    expect(dens?.values.WK098801).toBe(1425);
    expect(dens?.values).not.toHaveProperty('WK098834');
    expect(Object.values(dens?.values ?? {})).not.toContain(0);
    const catalogue = readJson(join(root, 'public/data/catalogue.json'));
    const entry = catalogue.indicators.find((i: { id: string }) => i.id === 'Omgevingsadressendichtheid');
    expect(entry.status).toBe('concept');
  });

  it('leaves public/data exactly as the pipeline builds it from the new inputs', () => {
    const { files } = runPipeline({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers') });
    for (const [name, content] of files) expect(readFileSync(join(root, 'public/data', name), 'utf8'), name).toBe(content);
  });

  it('rejects importing the same file twice, changing nothing', () => {
    const before = hashTree(root);
    const run = () =>
      runImport({ file: join(FIX, 'kwb_2021_statline.csv'), root, tabel: '85039NED', jaar: 2021, eenheid: NEW_UNITS });
    expect(run).toThrow(/eerder geïmporteerd/);
    expect(hashTree(root)).toEqual(before);
  });
});

describe('import: tidy CSV and GeoJSON', () => {
  it('imports a tidy CSV with a new indicator', () => {
    const root = copyRepo();
    runImport({ file: join(FIX, 'tidy_2021.csv'), root, bron: 'Gemeente Weert', datum: DATE });
    expect(readFileSync(join(root, 'geodata/sources/stats/imported/tidy_2021.csv'), 'utf8')).toBe(fixture('tidy_2021.csv'));
    const cfg = readJson(join(root, 'layers/indicators/P_Sportvereniging.json'));
    expect(cfg).toMatchObject({ status: 'concept', unit: '%', measure: 'share', decimals: 1, label: 'P_Sportvereniging' });
    expect(cfg.source).toMatchObject({ publisher: 'Gemeente Weert', tables: ['Eigen enquête 2021'] });
    const table = decodeIndicatorTable(readJson(join(root, 'public/data/indicators.json')));
    const s = table.series.find(
      (x: { indicator: string; level: string }) => x.indicator === 'P_Sportvereniging' && x.level === 'wijk',
    );
    expect(s?.values).toEqual({ WK098801: 38.2, WK098802: 44 });
  });

  it("records the municipality's own registration (--soort eigen) so its small counts are suppressed", () => {
    const root = copyRepo();
    runImport({ file: join(FIX, 'tidy_2021.csv'), root, bron: 'Gemeente Weert', datum: DATE, soort: 'eigen' });
    const manifest = readJson(join(root, 'geodata/sources.json'));
    expect(manifest.stats.at(-1)).toMatchObject({ file: 'sources/stats/imported/tidy_2021.csv', kind: 'eigen' });
  });

  it('reprojects RD New points to WGS84 (Amersfoort 155000, 463000 ≈ 5.3872, 52.1552) and registers them', () => {
    const root = copyRepo();
    runImport({ file: join(FIX, 'punten_rd.geojson'), root, bron: 'Gemeente Weert', datum: DATE });
    const fc = readJson(join(root, 'geodata/sources/points/punten_rd.geojson'));
    const [lon, lat] = fc.features[0].geometry.coordinates;
    expect(Math.abs(lon - 5.3872)).toBeLessThan(1e-4);
    expect(Math.abs(lat - 52.1552)).toBeLessThan(1e-4);
    expect(fc.crs.properties.name).toBe('urn:ogc:def:crs:OGC:1.3:CRS84');
    for (const f of fc.features) {
      for (const c of f.geometry.coordinates) expect(Math.round(c * 1e6) / 1e6).toBe(c);
    }
    expect(fc.features[1].properties.naam).toBe('Voorbeeldlocatie Weert-Centrum');
    const manifest = loadSourcesManifest(join(root, 'geodata'));
    expect(manifest.points).toContainEqual({
      file: 'sources/points/punten_rd.geojson',
      title: 'punten_rd.geojson',
      publisher: 'Gemeente Weert',
      licence: 'CC BY 4.0',
      imported: { date: DATE, from: 'punten_rd.geojson' },
    });
  });

  it('stores polygons for use as an area set without registering them', () => {
    const root = copyRepo();
    const sourcesBefore = readFileSync(join(root, 'geodata/sources.json'), 'utf8');
    const { summary } = runImport({ file: join(FIX, 'vlakken_wgs84.geojson'), root });
    expect(existsSync(join(root, 'geodata/sources/areasets/vlakken_wgs84.geojson'))).toBe(true);
    expect(readFileSync(join(root, 'geodata/sources.json'), 'utf8')).toBe(sourcesBefore);
    expect(summary.join('\n')).toMatch(/vlakdefinitie .*layers\/areasets\//);
    expect(summary.join('\n')).toContain('"codeProperty": "code"');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Rejected inputs: each names file, row and column, and leaves the project byte-for-byte unchanged.

interface BadCase {
  name: string;
  file: string;
  /** undefined = do not create the file */
  content?: string;
  args?: Record<string, unknown>;
  row?: number;
  column?: string;
  message: RegExp;
}

const BAD: BadCase[] = [
  {
    name: 'unknown wijk code',
    file: 'onbekend.csv',
    content: statline(slRow('WK098899', 'Wijk', '100')),
    args: SL_ARGS,
    row: 4,
    column: 'Codering_3',
    message: /onbekende wijkcode WK098899/,
  },
  {
    name: 'wijk of another gemeente',
    file: 'nederweert.csv',
    content: statline(slRow('WK094601', 'Wijk', '100')),
    args: SL_ARGS,
    row: 4,
    column: 'Codering_3',
    message: /WK094601 hoort bij gemeente GM0946/,
  },
  {
    name: 'duplicate row within the file',
    file: 'dubbel.csv',
    content: statline(slRow('WK098801', 'Wijk', '6580')),
    args: SL_ARGS,
    row: 4,
    column: 'Codering_3',
    message: /dubbele rij: WK098801 AANT_INW 2021 \(totaal\) staat ook in rij 3/,
  },
  {
    name: 'row already present in an existing source',
    file: 'al_bekend.csv',
    content: tidy(tidyRow({ year: '2024', value: '6460' })),
    row: 2,
    column: 'value',
    message: /dubbele rij: WK098801 AANT_INW 2024 \(totaal\) staat al in geodata\/sources\/stats\/\S+\.csv rij \d+/,
  },
  {
    name: 'number with two commas',
    file: 'komma.csv',
    content: statline(slRow('WK098802', 'Wijk', '12,5,3')),
    args: SL_ARGS,
    row: 4,
    column: 'AantalInwoners_5',
    message: /'12,5,3' is geen getal \(meer dan één komma\)/,
  },
  {
    name: 'text instead of a number',
    file: 'tekst.csv',
    content: statline(slRow('WK098802', 'Wijk', 'abc')),
    args: SL_ARGS,
    row: 4,
    column: 'AantalInwoners_5',
    message: /'abc' is geen getal/,
  },
  {
    name: 'thousands separator (Excel-edited StatLine file)',
    file: 'duizendtal.csv',
    content: statline(slRow('WK098802', 'Wijk', '1.234,5')),
    args: SL_ARGS,
    row: 4,
    column: 'AantalInwoners_5',
    message: /decimaalkomma zonder scheidingsteken voor duizendtallen/,
  },
  {
    name: 'decimal comma in a tidy file',
    file: 'tidy_komma.csv',
    content: tidy(tidyRow({ value: '"12,5"' })),
    row: 2,
    column: 'value',
    message: /'12,5' is geen getal/,
  },
  {
    name: '--eenheid contradicting the catalogue',
    file: 'eenheid.csv',
    content: statline(),
    args: { ...SL_ARGS, eenheid: { AantalInwoners_5: 'personen' } },
    row: 1,
    column: 'AantalInwoners_5',
    message: /--eenheid 'personen' wijkt af van de eenheid in de catalogus \('aantal'/,
  },
  {
    name: 'unit column contradicting the catalogue',
    file: 'tidy_eenheid.csv',
    content: tidy(tidyRow({ unit: 'personen' })),
    row: 2,
    column: 'unit',
    message: /eenheid 'personen' wijkt af van de catalogus \('aantal'/,
  },
  {
    name: 'percentage above 100',
    file: 'procent.csv',
    content: statline().replace('"AantalInwoners_5"', '"PercentageNieuw_7"').replace('"6575"', '"140,5"'),
    args: { ...SL_ARGS, eenheid: { PercentageNieuw_7: '%' } },
    row: 3,
    column: 'PercentageNieuw_7',
    message: /percentage 140.5 ligt niet tussen 0 en 100/,
  },
  {
    name: 'missing required column',
    file: 'zonder_unit.csv',
    content: tidy(tidyRow()).replace(',unit,', ',').replace(',aantal,', ','),
    row: 1,
    column: 'unit',
    message: /verplichte kolom ontbreekt/,
  },
  {
    name: 'StatLine file without region column',
    file: 'zonder_gebied.csv',
    content: '"ID";"AantalInwoners_5";"Mannen_6"\n"1";"100";"50"\n',
    args: SL_ARGS,
    row: 1,
    column: 'WijkenEnBuurten',
    message: /zonder gebiedskolom/,
  },
  { name: 'empty file', file: 'leeg.csv', content: '\n', message: /het bestand is leeg/ },
  {
    name: 'tidy CSV saved with semicolons',
    file: 'puntkomma.csv',
    content: tidy(tidyRow()).replaceAll(',', ';'),
    row: 1,
    message: /verkeerd scheidingsteken: het projectformaat .* komma \(,\), dit bestand de puntkomma/,
  },
  {
    name: 'StatLine download saved with commas',
    file: 'statline_komma.csv',
    content: statline().replaceAll(';', ','),
    args: SL_ARGS,
    row: 1,
    message: /verkeerd scheidingsteken: een StatLine-download gebruikt de puntkomma/,
  },
  {
    name: 'StatLine without --jaar and without Perioden',
    file: 'zonder_jaar.csv',
    content: statline(),
    args: { tabel: '85039NED' },
    row: 1,
    column: 'Perioden',
    message: /geen kolom Perioden; geef het jaar op met --jaar/,
  },
  {
    name: 'year option out of range',
    file: 'jaar1980.csv',
    content: statline(),
    args: { tabel: '85039NED', jaar: 1980 },
    column: '--jaar',
    message: /jaar moet tussen 1990 en 2100 liggen/,
  },
  {
    name: 'period out of range',
    file: 'perioden.csv',
    content: statline()
      .replace('"AantalInwoners_5"', '"Perioden";"AantalInwoners_5"')
      .replace('"50290"', '"1985JJ00";"50290"')
      .replace('"6575"', '"1985JJ00";"6575"'),
    args: { tabel: '85039NED' },
    row: 2,
    column: 'Perioden',
    message: /jaar 1985 ligt niet tussen 1990 en 2100/,
  },
  {
    name: 'quarterly period',
    file: 'kwartaal.csv',
    content: statline()
      .replace('"AantalInwoners_5"', '"Perioden";"AantalInwoners_5"')
      .replace('"50290"', '"2021KW01";"50290"')
      .replace('"6575"', '"2021JJ00";"6575"'),
    args: { tabel: '85039NED' },
    row: 2,
    column: 'Perioden',
    message: /periode '2021KW01' is geen jaarcijfer/,
  },
  {
    name: 'year out of range in a tidy file',
    file: 'tidy_jaar.csv',
    content: tidy(tidyRow({ year: '2150' })),
    row: 2,
    column: 'year',
    message: /2100/,
  },
  {
    name: 'missing --tabel',
    file: 'zonder_tabel.csv',
    content: statline(),
    args: { jaar: 2021 },
    column: '--tabel',
    message: /StatLine-tabelnummer/,
  },
  {
    name: '--kolommen naming a column that is not there',
    file: 'kolommen.csv',
    content: statline(),
    args: { ...SL_ARGS, kolommen: ['Bestaatniet_9'] },
    row: 1,
    column: 'Bestaatniet_9',
    message: /staat niet in het bestand/,
  },
  {
    name: 'new indicator without unit',
    file: 'zonder_eenheid.csv',
    content: statline().replace('"AantalInwoners_5"', '"Omgevingsadressendichtheid_121"'),
    args: SL_ARGS,
    row: 1,
    column: 'Omgevingsadressendichtheid_121',
    message: /eenheid onbekend voor nieuwe indicator Omgevingsadressendichtheid; geef die op met --eenheid/,
  },
  {
    name: 'SoortRegio not matching the code',
    file: 'soortregio.csv',
    content: statline(slRow('WK098802', 'Buurt', '100')),
    args: SL_ARGS,
    row: 4,
    column: 'SoortRegio_2',
    message: /soort regio 'Buurt' past niet bij code WK098802/,
  },
  {
    name: 'extra dimension column',
    file: 'leeftijd.csv',
    content: statline()
      .replace('"AantalInwoners_5"', '"Leeftijd";"AantalInwoners_5"')
      .replace('"50290"', '"10000";"50290"')
      .replace('"6575"', '"10000";"6575"'),
    args: SL_ARGS,
    row: 1,
    column: 'Leeftijd',
    message: /onbekende kolom/,
  },
  {
    name: 'header only',
    file: 'alleen_kop.csv',
    content: `${SL_HEAD}\n`,
    args: SL_ARGS,
    row: 2,
    message: /geen gegevensrijen/,
  },
  {
    name: 'unknown CRS',
    file: 'laea.geojson',
    content: geo([point(4000000, 3000000)], 'urn:ogc:def:crs:EPSG::3035'),
    args: { bron: 'test' },
    column: 'crs',
    message: /onbekend coördinaatstelsel 'urn:ogc:def:crs:EPSG::3035'/,
  },
  {
    name: 'RD declared, degrees given',
    file: 'rd_graden.geojson',
    content: geo([point(5.7, 51.25)], 'EPSG:28992'),
    args: { bron: 'test' },
    row: 1,
    column: 'features[0].geometry',
    message: /lengte\/breedte \(WGS84\), maar het bestand zegt RD New/,
  },
  {
    name: 'lon/lat swapped',
    file: 'verwisseld.geojson',
    content: geo([point(5.7, 51.25), point(51.25, 5.7)]),
    args: { bron: 'test' },
    row: 2,
    column: 'features[1].geometry',
    message: /lengte en breedte lijken verwisseld/,
  },
  {
    name: 'outside the Netherlands',
    file: 'parijs.geojson',
    content: geo([point(2.35, 48.85)]),
    args: { bron: 'test' },
    row: 1,
    column: 'features[0].geometry',
    message: /ligt buiten Nederland/,
  },
  {
    name: 'unclosed ring',
    file: 'open_ring.geojson',
    content: geo([square(true), square(false)]),
    row: 2,
    column: 'features[1].geometry',
    message: /ring 1 is niet gesloten/,
  },
  {
    name: 'invalid JSON',
    file: 'kapot.geojson',
    content: '{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature", }\n  ]\n}\n',
    message: /geen geldige JSON \(regel 4\)/,
  },
  {
    name: 'mixed geometry types',
    file: 'gemengd.geojson',
    content: geo([point(5.7, 51.25), square(true)]),
    args: { bron: 'test' },
    row: 2,
    column: 'features[1].geometry',
    message: /gemengde geometrietypen: feature 1 is Point, feature 2 is Polygon/,
  },
  {
    name: 'feature without geometry',
    file: 'zonder_geometrie.geojson',
    content: geo([point(5.7, 51.25), { type: 'Feature', properties: {}, geometry: null }]),
    args: { bron: 'test' },
    row: 2,
    column: 'features[1].geometry',
    message: /feature zonder geometrie/,
  },
  {
    name: 'points without --bron',
    file: 'zonder_bron.geojson',
    content: geo([point(5.7, 51.25)]),
    column: '--bron',
    message: /verplicht voor punten/,
  },
  {
    name: 'option that does not apply',
    file: 'optie.geojson',
    content: geo([point(5.7, 51.25)]),
    args: { bron: 'test', jaar: 2021 },
    column: '--jaar',
    message: /geldt niet voor GeoJSON/,
  },
  {
    name: 'unsupported extension',
    file: 'kerncijfers.xlsx',
    content: 'PK\u0003\u0004',
    message: /bestandstype '.xlsx' wordt niet ondersteund/,
  },
  { name: 'file not found', file: 'bestaat_niet.csv', content: undefined, message: /bestand niet gevonden/ },
  {
    name: 'deelgebied row: a derived level is never imported',
    file: 'deelgebied.csv',
    content: tidy('DG01,Binnenstad,deelgebied,2021,AANT_INW,100,aantal,totaal,test,test'),
    row: 2,
    column: 'area_code',
    message: /DG01 is een deelgebied: .*door de pijplijn uit de buurten berekend/,
  },
];

describe('import: rejected inputs change nothing', () => {
  let root: string;
  let inputs: string;
  let before: Map<string, string>;

  beforeAll(() => {
    root = copyRepo();
    inputs = tempDir('ssw-import-input-');
    before = hashTree(root);
  });

  it('has at least 22 distinct malformed cases', () => {
    expect(new Set(BAD.map((c) => c.file)).size).toBe(BAD.length);
    expect(BAD.length).toBeGreaterThanOrEqual(22);
  });

  it.each(BAD)('$name', (c) => {
    const path = join(inputs, c.file);
    if (c.content !== undefined) writeFileSync(path, c.content);
    let error: unknown;
    try {
      runImport({ file: path, root, ...c.args });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    const stem = c.file.replace(/\.[^.]+$/, '');
    const match = (i: InputIssue) =>
      i.file.includes(stem) &&
      c.message.test(i.message) &&
      (c.row === undefined || i.row === c.row) &&
      (c.column === undefined || i.column === c.column);
    expect(e.issues.some(match), e.message).toBe(true);
    expect(e.message).toContain(stem);
    if (c.row !== undefined) expect(e.message).toContain(`rij ${c.row}`);
    if (c.column !== undefined) expect(e.message).toContain(`kolom '${c.column}'`);
    expect(hashTree(root)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('import helpers', () => {
  it('reads StatLine numbers: decimal comma, "." is no data, separators rejected', () => {
    expect(parseStatlineNumber('  12,5 ')).toEqual({ value: 12.5, text: '12.5' });
    expect(parseStatlineNumber('-3')).toEqual({ value: -3, text: '-3' });
    expect(parseStatlineNumber('.')).toEqual({ value: null, text: '.' });
    expect(parseStatlineNumber('-99997')).toEqual({ value: null, text: '.' });
    expect(parseStatlineNumber('1.234')).toHaveProperty('error');
    expect(parseStatlineNumber('12.5')).toHaveProperty('error');
  });

  it('reads a StatLine download with Perioden, NL00 and padded codes', () => {
    const ctx: ImportContext = {
      gemeente: { code: 'GM0988', name: 'Weert' },
      areas: new Map([['WK098801', { name: 'Wijk 01 Boshoven', level: 'wijk' as const }]]),
      areasFile: 'codes.csv',
      units: new Map([['AANT_INW', 'aantal']]),
      measures: new Map([['AANT_INW', 'count' as const]]),
      gemeenten: new Map([['GM0988', 'Weert']]),
      gemeentenFile: 'gemeenten.csv',
      keys: buildKeyIndex(['indicator,cbs_key,unit\nAANT_INW,AantalInwoners_5,aantal\n']),
      existing: new Map(),
      history: new Map(),
    };
    const text =
      '\uFEFF"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"Perioden";"AantalInwoners_5"\r\n' +
      '"0";"NL00      ";"Nederland ";"Land      ";"NL00      ";"2023JJ00";"17811291"\r\n' +
      '\r\n' +
      '"1";"WK098801  ";"Weert     ";"Wijk      ";"WK098801  ";"2023JJ00";"."\r\n';
    const { rows, noData, measures } = parseStatline(text, 'x.csv', { table: '85618NED', units: {} }, ctx);
    expect(measures).toEqual([{ column: 'AantalInwoners_5', indicator: 'AANT_INW', unit: 'aantal', isNew: false }]);
    expect(noData).toBe(1);
    expect(rows.map((r) => [r.areaCode, r.areaName, r.areaLevel, r.year, r.value, r.at.row])).toEqual([
      ['NL01', 'Nederland', 'land', 2023, 17811291, 2],
      ['WK098801', 'Wijk 01 Boshoven', 'wijk', 2023, null, 4],
    ]);
  });

  it('maps CBS keys with and without their numeric suffix', () => {
    const index = buildKeyIndex([
      'indicator,cbs_key,label_nl,label_en,unit\n' +
        'AANT_INW,AantalInwoners_5 (85984NED) / AANT_INW (wijkbuurtkaart),Inwoners,Inhabitants,aantal\n' +
        'WOZ,GemiddeldeWOZWaardeVanWoningen (86165NED: _39) / g_wozbag,WOZ,WOZ,x 1000 euro\n' +
        'P_NL_ALL,Nederland_17 / a_nl_all (as % of AANT_INW),NL,NL,%\n',
    ]);
    expect(resolveKey('AantalInwoners_5', index)).toMatchObject({ kind: 'mapped', indicator: 'AANT_INW' });
    expect(resolveKey('AantalInwoners_6', index)).toMatchObject({ kind: 'mapped', indicator: 'AANT_INW' });
    expect(resolveKey('GemiddeldeWOZWaardeVanWoningen_39', index)).toMatchObject({ indicator: 'WOZ', dictUnit: 'x 1000 euro' });
    // A count turned into a share is not the same figure: the StatLine column becomes its own indicator.
    expect(resolveKey('Nederland_17', index)).toEqual({ kind: 'new', indicator: 'Nederland' });
    expect(keysOfCell('HuishoudensMetKinderen_32 (85984NED, 86165NED) / HuishoudensMetKinderen_31 (83765NED)')).toEqual([
      'HuishoudensMetKinderen_32',
      'HuishoudensMetKinderen_31',
    ]);
  });

  it('recognises CRS names and reprojects RD New', () => {
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('wgs84');
    expect(crsFromName('urn:ogc:def:crs:EPSG::28992')).toBe('rd');
    expect(crsFromName('EPSG:3035')).toBeUndefined();
    const [lon, lat] = toWgs84([155000, 463000], 'rd') as [number, number];
    expect(lon).toBeCloseTo(5.3872, 4);
    expect(lat).toBeCloseTo(52.1552, 4);
  });

  it('guesses the measure from the unit', () => {
    expect([guessMeasure('%'), guessMeasure('aantal'), guessMeasure('km')]).toEqual(['share', 'count', 'mean']);
  });

  it('writes JSON exactly as the repo formats it (sources.json and catalogue files round-trip)', () => {
    const files = [
      join(REPO, 'geodata/sources.json'),
      ...readdirSync(join(REPO, 'layers/indicators')).map((n) => join(REPO, 'layers/indicators', n)),
    ];
    for (const f of files) expect(formatJson(readJson(f)), f).toBe(readFileSync(f, 'utf8'));
  });

  it('parses the command line', () => {
    const { request } = parseArgv([
      'x.csv',
      '--tabel',
      '85984NED',
      '--jaar=2024',
      '--eenheid',
      'A_5=aantal',
      '--eenheid',
      'B_6=%',
      '--kolommen',
      'A_5,B_6',
    ]);
    expect(request).toEqual({
      file: 'x.csv',
      tabel: '85984NED',
      jaar: '2024',
      eenheid: { A_5: 'aantal', B_6: '%' },
      kolommen: ['A_5', 'B_6'],
    });
    expect(() => parseArgv(['x.csv', '--onbekend', '1'])).toThrow(/onbekende optie --onbekend/);
    expect(() => parseArgv(['x.csv', '--eenheid', 'zonder-is'])).toThrow(/SLEUTEL=eenheid/);
  });

  it('main() returns 2 and prints the messages on stderr for rejected input', () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (m: string) => errors.push(m);
    try {
      expect(main([join(FIX, 'bestaat_niet.csv')])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toMatch(/Import geweigerd; er is niets veranderd\.[\s\S]*bestaat_niet\.csv: bestand niet gevonden/);
  });

  it('CLI smoke test: Dutch help text and exit codes', () => {
    const tsx = join(REPO, 'node_modules/tsx/dist/cli.mjs');
    const help = spawnSync(process.execPath, [tsx, join(REPO, 'geodata/import.ts'), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Gebruik: npm run import -- <bestand> [opties]');
    const dir = tempDir('ssw-import-cli-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'leeg.csv'), '');
    const bad = spawnSync(process.execPath, [tsx, join(REPO, 'geodata/import.ts'), join(dir, 'in', 'leeg.csv')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('leeg.csv: het bestand is leeg');
  });
});
