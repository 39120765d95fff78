// `npm run import`: files that parse but are wrong (issue 9, item 2). Every bad file goes through the command line
// entry (main): exit code 2, a Dutch message naming file, row and column, and the project byte-for-byte unchanged.
// The good cases next to them prove the checks do not refuse what is right, and that nothing is read as a value
// that is not one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeIndicatorTable } from '../../core/contracts/indicators-file';
import { type ImportOptions, main, runImport } from '../../geodata/import';
import { decodeUtf8, likelyEncoding } from '../../geodata/import/checks/encoding';
import { isCbsNoDataCode, parseStatsCsv } from '../../geodata/lib/stats';
import {
  geo,
  point,
  polygonFeature,
  SL_ARGS,
  SL_HEAD,
  slCells,
  slRow,
  squareRing,
  statline,
  TIDY_HEAD,
  tidy,
  tidyRow,
  tidyRows,
  toArgv,
} from './importFiles';
import { hashTree, readJson, repoCopies } from './repoCopy';

const copies = repoCopies();
// Many repo copies: removing them takes longer than the default hook timeout on a busy machine.
afterAll(() => copies.cleanup(), 120_000);
afterEach(() => vi.restoreAllMocks());

const FIX = join(import.meta.dirname, 'fixtures/import');
const BAD_DIR = join(FIX, 'bad');
const DATE = '2025-01-15';
const NEW_UNITS = {
  Omgevingsadressendichtheid_121: 'adressen per km2',
  GemiddeldeHuishoudensgrootte_32: 'personen per huishouden',
};

/** Run the CLI entry in-process; returns exit code and what it printed. */
function runMain(argv: string[], opts: ImportOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(String(m)));
  vi.spyOn(console, 'error').mockImplementation((m: string) => void err.push(String(m)));
  const code = main(argv, process.cwd(), opts);
  vi.restoreAllMocks();
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Unquoted StatLine (some exports write no quotes): a cut in the last field leaves a shorter, valid-looking number. */
const SL_PLAIN = 'ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_5';
const slPlain = (...rows: string[]) => [SL_PLAIN, '1;GM0988;Weert;Gemeente;GM0988;50290', ...rows].join('\n');

const WEERT_SQUARE = squareRing(5.69, 51.245, 0.01);
const MANY_POINTS = [point(5.7, 51.25), point(5.71, 51.25), point(5.72, 51.25)];

interface BadFile {
  name: string;
  file: string;
  /** Text, raw bytes, or the name of a file in fixtures/import/bad/. */
  content: string | Buffer | { fixture: string };
  args?: Record<string, unknown>;
  opts?: ImportOptions;
  row?: number;
  column?: string;
  message: RegExp;
}

const BAD: BadFile[] = [
  // --- a cut-off or malformed CSV, however it is cut -----------------------------------------------------------
  {
    name: 'StatLine download cut off inside a quoted value (4385 became "43)',
    file: 'kwb_2021_afgebroken.csv',
    content: { fixture: 'kwb_2021_afgebroken.csv' },
    args: { ...SL_ARGS, eenheid: NEW_UNITS },
    row: 5,
    message: /aanhalingsteken wordt niet gesloten: het bestand lijkt afgebroken/,
  },
  {
    name: 'unquoted StatLine cut off in its last value (6575 became 65), no line end',
    file: 'plain_afgebroken.csv',
    content: slPlain('2;WK098801;Weert;Wijk;WK098801;65'),
    args: SL_ARGS,
    row: 3,
    column: 'AantalInwoners_5',
    message: /laatste regel eindigt niet op een regeleinde: het bestand lijkt afgebroken/,
  },
  {
    name: 'unquoted StatLine cut off in the middle of a row',
    file: 'plain_halve_rij.csv',
    content: slPlain('2;WK098801;Wee'),
    args: SL_ARGS,
    row: 3,
    message: /rij heeft 3 velden, de kopregel 6/,
  },
  {
    name: 'StatLine with a stray quote that swallows the next cells',
    file: 'los_aanhalingsteken.csv',
    content: statline('"9";"WK098802  ";"Weert;"Wijk      ";"WK098802  ";"4385"'),
    args: SL_ARGS,
    row: 4,
    message: /ongeldig aanhalingsteken/,
  },
  {
    name: 'tidy value with an unquoted decimal comma shifts every later column',
    file: 'tidy_kommawaarde.csv',
    content: tidy(tidyRow({ value: '12,5' })),
    row: 2,
    message: /rij heeft 11 velden, de kopregel 10/,
  },
  {
    name: 'tidy file cut off in its last row',
    file: 'tidy_afgebroken.csv',
    content: tidy(tidyRow(), tidyRow({ code: 'WK098802' })).slice(0, -60),
    row: 3,
    message: /rij heeft \d velden, de kopregel 10/,
  },
  {
    name: 'tidy field running over two lines',
    file: 'tidy_meerregelig.csv',
    content: tidy(tidyRow().replace('Wijk 01 Boshoven', '"Wijk 01\nBoshoven"')),
    row: 2,
    column: 'area_name',
    message: /veld loopt over meerdere regels/,
  },
  {
    name: 'Excel workbook renamed to .csv',
    file: 'werkmap.csv',
    content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
    message: /binaire gegevens \(nul-bytes\)/,
  },
  // --- text encoding ---------------------------------------------------------------------------------------------
  {
    name: 'Latin-1 text (ê as one byte)',
    file: 'enquete_latin1.csv',
    content: { fixture: 'enquete_latin1.csv' },
    row: 2,
    message: /geen geldige UTF-8 .*in 'WK098801,.*enquête.*'\); het bestand lijkt in Latin-1 \(ISO-8859-1\) of Windows-1252/,
  },
  {
    name: 'Windows-1252 text (Excel apostrophe 0x92)',
    file: 'enquete_cp1252.csv',
    content: { fixture: 'enquete_cp1252.csv' },
    row: 2,
    message: /het bestand lijkt in Windows-1252 \(ANSI/,
  },
  {
    name: 'UTF-16 text (Excel "Unicode-tekst")',
    file: 'enquete_utf16.csv',
    content: { fixture: 'enquete_utf16.csv' },
    message: /in UTF-16 \(little-endian\) geschreven, niet in UTF-8/,
  },
  {
    name: 'GeoJSON in Latin-1',
    file: 'vlakken_latin1.geojson',
    content: { fixture: 'vlakken_latin1.geojson' },
    message: /geen geldige UTF-8 \(regel 1, byte \d+/,
  },
  // --- units: a series far off the same indicator's other years -------------------------------------------------
  {
    name: 'shares as fractions (tidy, P_EENP_HH is 35 % elsewhere)',
    file: 'eenpersoons_fractie.csv',
    content: tidy(
      ...tidyRows('P_EENP_HH', '%', '2021', [
        ['WK098801', '0.31'],
        ['WK098802', '0.36'],
        ['WK098803', '0.4'],
      ]),
    ),
    row: 2,
    column: 'value',
    message: /P_EENP_HH \(wijk, 2021\) zijn ongeveer 100× kleiner dan in 2025 .*Dit lijken fracties .*--eenheid-ok/,
  },
  {
    name: 'shares as fractions (StatLine column, gemeente level)',
    file: 'statline_fractie.csv',
    content: statline().replace('"AantalInwoners_5"', '"P_EENP_HH_29"').replace('"50290"', '"0,33"').replace('"6575"', '"0,35"'),
    args: SL_ARGS,
    row: 2,
    column: 'P_EENP_HH_29',
    message: /ongeveer 100× kleiner dan in 2020, 2022, 2024, 2025 .*fracties/,
  },
  {
    name: 'a new percentage with every value between 0 and 1',
    file: 'nieuw_fractie.csv',
    content: tidy(
      ...tidyRows('P_Nieuwe_Enquete', '%', '2021', [
        ['WK098801', '0.2'],
        ['WK098802', '0.35'],
        ['WK098803', '0.5'],
      ]),
    ),
    row: 2,
    column: 'value',
    message: /alle 3 waarden van P_Nieuwe_Enquete liggen tussen 0 en 1, terwijl de eenheid % is/,
  },
  {
    name: 'distances in metres where the indicator is in km',
    file: 'afstand_meters.csv',
    content: tidy(
      ...tidyRows('AF_ARTSPR', 'km', '2021', [
        ['WK098801', '800'],
        ['WK098802', '1200'],
        ['WK098803', '650'],
      ]),
    ),
    row: 2,
    column: 'value',
    message: /AF_ARTSPR \(wijk, 2021\) zijn ongeveer 1\.000× groter dan in 2022/,
  },
  // --- counts ---------------------------------------------------------------------------------------------------
  {
    name: 'negative count in a StatLine download',
    file: 'negatief.csv',
    content: statline(slRow('WK098802', 'Wijk', '-5')),
    args: SL_ARGS,
    row: 4,
    column: 'AantalInwoners_5',
    message: /-5 is negatief, maar AANT_INW is een aantal/,
  },
  {
    name: 'negative count in a tidy file',
    file: 'tidy_negatief.csv',
    content: tidy(tidyRow({ value: '-12' })),
    row: 2,
    column: 'value',
    message: /-12 is negatief/,
  },
  // --- years: plain four-digit integers only --------------------------------------------------------------------
  ...(['2021.0', '1e3', '"2,021"', '0x7E5', '+2021'] as const).map(
    (year, i): BadFile => ({
      name: `tidy year written as ${year}`,
      file: `jaar_${i}.csv`,
      content: tidy(tidyRow({ year })),
      row: 2,
      column: 'year',
      message: /jaar moet een jaartal van vier cijfers zijn/,
    }),
  ),
  {
    name: '--jaar 2021.0',
    file: 'optie_jaar.csv',
    content: statline(),
    args: { tabel: '85039NED', jaar: '2021.0' },
    column: '--jaar',
    message: /jaar moet een jaartal van vier cijfers zijn/,
  },
  {
    name: '--indeling 2024.5',
    file: 'optie_indeling.csv',
    content: statline(),
    args: { ...SL_ARGS, indeling: '2024.5' },
    column: '--indeling',
    message: /indeling moet een jaartal van vier cijfers zijn/,
  },
  // --- exactly one value column ----------------------------------------------------------------------------------
  {
    name: 'tidy file with the value column twice',
    file: 'twee_values.csv',
    content: `${TIDY_HEAD},value\n${tidyRow()},7000\n`,
    row: 1,
    column: 'value',
    message: /kolom komt twee keer voor \(kolom 6 en 11\)/,
  },
  {
    name: 'StatLine download with a measure column twice',
    file: 'dubbele_kolom.csv',
    content: `${SL_HEAD};"AantalInwoners_5"\n${slRow('GM0988', 'Gemeente', '50290')};"50000"\n`,
    args: SL_ARGS,
    row: 1,
    column: 'AantalInwoners_5',
    message: /kolom komt twee keer voor/,
  },
  {
    name: 'tidy file with a second value column under another name',
    file: 'waarde_kolom.csv',
    content: `${TIDY_HEAD},waarde\n${tidyRow()},7000\n`,
    row: 1,
    column: 'waarde',
    message: /onbekende kolom; het projectformaat heeft precies de kolommen/,
  },
  // --- areas: known, consistent within the row -----------------------------------------------------------------
  {
    name: 'StatLine row whose two code columns disagree',
    file: 'twee_codes.csv',
    content: statline(slCells({ region: 'WK098802', name: 'Weert', level: 'Wijk', code: 'WK098801', values: ['4385'] })),
    args: SL_ARGS,
    row: 4,
    column: 'WijkenEnBuurten',
    message: /gebiedscode WK098802 in WijkenEnBuurten verschilt van WK098801 in Codering_3/,
  },
  {
    name: 'StatLine wijk row naming another gemeente',
    file: 'andere_gemeentenaam.csv',
    content: statline(slCells({ region: 'WK098802', name: 'Nederweert', level: 'Wijk', code: 'WK098802', values: ['4385'] })),
    args: SL_ARGS,
    row: 4,
    column: 'Gemeentenaam_1',
    message: /gemeentenaam 'Nederweert' past niet bij code WK098802 \(gemeente GM0988 is Weert\)/,
  },
  {
    name: 'StatLine gemeente row with the name of another gemeente',
    file: 'gemeente_naam.csv',
    content: statline(slCells({ region: 'GM0946', name: 'Weert', level: 'Gemeente', code: 'GM0946', values: ['17310'] })),
    args: SL_ARGS,
    row: 4,
    column: 'Gemeentenaam_1',
    message: /gemeentenaam 'Weert' past niet bij code GM0946 \(gemeente GM0946 is Nederweert\)/,
  },
  {
    name: 'unknown gemeente code in a StatLine download (typo GM0998)',
    file: 'onbekende_gemeente.csv',
    content: statline(slCells({ region: 'GM0998', name: '', level: 'Gemeente', code: 'GM0998', values: ['50290'] })),
    args: SL_ARGS,
    row: 4,
    column: 'Codering_3',
    message:
      /onbekende gemeentecode GM0998: staat niet in de lijst van CBS-gemeenten \(geodata\/sources\/boundaries\/cbs_gemeenten_2024\.csv\)/,
  },
  {
    name: 'unknown gemeente code in a tidy file',
    file: 'tidy_gemeente.csv',
    content: tidy('GM0999,Nergens,gemeente,2021,AANT_INW,100,aantal,totaal,test,test'),
    row: 2,
    column: 'area_code',
    message: /onbekende gemeentecode GM0999/,
  },
  {
    name: 'deelgebied rows are derived, never imported (StatLine-style counts per DG)',
    file: 'deelgebied_2.csv',
    content: tidy('DG02,Woonwijken Weert,deelgebied,2021,A_HH_M_K,3100,aantal,totaal,test,test'),
    row: 2,
    column: 'area_code',
    message: /DG02 is een deelgebied/,
  },
  // --- dates ------------------------------------------------------------------------------------------------------
  ...(
    [
      ['2025-02-30', /datum '2025-02-30' bestaat niet/],
      ['2025-13-01', /datum '2025-13-01' bestaat niet/],
      ['2999-01-01', /datum '2999-01-01' ligt in de toekomst/],
      ['31-01-2025', /moet de vorm JJJJ-MM-DD hebben/],
    ] as const
  ).map(
    ([datum, message], i): BadFile => ({
      name: `--datum ${datum}`,
      file: `datum_${i}.csv`,
      content: statline(),
      args: { ...SL_ARGS, datum },
      column: '--datum',
      message,
    }),
  ),
  // --- limits, checked before the work ------------------------------------------------------------------------------
  {
    name: 'file larger than the size limit',
    file: 'te_groot.csv',
    content: statline(),
    args: SL_ARGS,
    opts: { limits: { maxBytes: 200 } },
    message: /het bestand is \d+ bytes; de grens is 200 bytes/,
  },
  {
    name: 'more rows than the limit',
    file: 'te_veel_rijen.csv',
    content: statline(slRow('WK098802', 'Wijk', '4385'), slRow('WK098803', 'Wijk', '2400'), slRow('WK098811', 'Wijk', '3000')),
    args: SL_ARGS,
    opts: { limits: { maxRows: 4 } },
    message: /meer dan 4 regels; de grens is 4/,
  },
  {
    name: 'a field of 2000 characters (default limit 1000)',
    file: 'lang_veld.csv',
    content: tidy(tidyRow().replace('Wijk 01 Boshoven', 'x'.repeat(2000))),
    row: 2,
    column: 'area_name',
    message: /veld van 2\.000 tekens; de grens is 1\.000/,
  },
  {
    name: 'GeoJSON with more features than the limit',
    file: 'te_veel_punten.geojson',
    content: geo(MANY_POINTS),
    args: { bron: 'test' },
    opts: { limits: { maxRows: 2 } },
    column: 'features',
    message: /3 features; de grens is 2/,
  },
  // --- polygons ---------------------------------------------------------------------------------------------------
  {
    name: 'self-intersecting polygon (bow tie)',
    file: 'strik.geojson',
    content: geo([
      polygonFeature([
        [
          [5.69, 51.245],
          [5.7, 51.255],
          [5.7, 51.245],
          [5.69, 51.255],
          [5.69, 51.245],
        ],
      ]),
    ]),
    row: 1,
    column: 'features[0].geometry',
    message: /vlak snijdt zichzelf bij \(5\.695, 51\.25\)/,
  },
  {
    name: 'hole listed before the outer ring',
    file: 'gat_eerst.geojson',
    content: geo([polygonFeature([squareRing(5.693, 51.248, 0.002), WEERT_SQUARE])]),
    row: 1,
    column: 'features[0].geometry',
    message: /ring 2 ligt niet binnen ring 1 .*de buitenrand moet de eerste ring zijn/,
  },
  {
    name: 'polygon ring without area (all points on one line)',
    file: 'lijn_als_vlak.geojson',
    content: geo([
      polygonFeature([
        [
          [5.69, 51.25],
          [5.7, 51.25],
          [5.71, 51.25],
          [5.69, 51.25],
        ],
      ]),
    ]),
    row: 1,
    column: 'features[0].geometry',
    message: /ring 1 heeft geen oppervlakte/,
  },
  {
    name: 'area set in another gemeente (Roermond)',
    file: 'roermond_vlakken.geojson',
    content: geo([polygonFeature([WEERT_SQUARE]), polygonFeature([squareRing(5.98, 51.19, 0.01)], { code: 'DG02' })]),
    row: 2,
    column: 'features[1].geometry',
    message: /vlak ligt voor 0% in Weert \(minstens 50% nodig\)/,
  },
  // --- facility list ----------------------------------------------------------------------------------------------
  {
    name: 'facility list cut off in its last coordinate',
    file: 'supermarkten_afgebroken.csv',
    content: 'naam,lon,lat\nProefsupermarkt,5.7069,51.2517\nProefsupermarkt 2,5.7069,51.2',
    args: { voorziening: 'supermarkt' },
    row: 3,
    column: 'lat',
    message: /laatste regel eindigt niet op een regeleinde/,
  },
];

/** English parser or engine text, or a stack frame, must never reach the user. */
const NOT_DUTCH = /\n\s+at \S+ \(|Error:|Quoted field|Too (few|many) fields|Unexpected token|is not valid|Invalid input|expected/;

describe('import: implausible files are refused, exit 2, tree unchanged', () => {
  let root: string;
  let inputs: string;
  let before: Map<string, string>;

  beforeAll(() => {
    root = copies.copyRepo('ssw-import-plaus-');
    inputs = copies.tempDir('ssw-import-plaus-in-');
    before = hashTree(root);
  });

  it('has at least 30 distinct bad files', () => {
    expect(new Set(BAD.map((c) => c.file)).size).toBe(BAD.length);
    expect(BAD.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD)('$name', (c) => {
    const path = join(inputs, c.file);
    const content =
      typeof c.content === 'object' && 'fixture' in c.content ? readFileSync(join(BAD_DIR, c.content.fixture)) : c.content;
    writeFileSync(path, content);
    const { code, stdout, stderr } = runMain(toArgv(path, { root, datum: DATE, ...c.args }), c.opts);
    expect(code, stderr).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Import geweigerd; er is niets veranderd\./);
    const line = stderr.split('\n').find((l) => c.message.test(l));
    expect(line, stderr).toBeDefined();
    expect(line).toContain(c.file);
    if (c.row !== undefined) expect(line).toContain(`rij ${c.row}`);
    if (c.column !== undefined) expect(line).toContain(`kolom '${c.column}'`);
    expect(stderr).not.toMatch(NOT_DUTCH);
    expect(hashTree(root)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// What must still be accepted, and how.

describe('import: no-data codes are never values', () => {
  it('recognises the whole CBS family -99990 … -99999999, and nothing else', () => {
    for (const n of [-99995, -99996, -99997, -99998, -99999, -99990, -999999, -9999999, -99999995, -99999997, -99999999]) {
      expect(isCbsNoDataCode(n), String(n)).toBe(true);
    }
    for (const n of [-99989, -100000, -5, 0, 99999, -99997.5, -123456789]) expect(isCbsNoDataCode(n), String(n)).toBe(false);
  });

  it('reads every code in a StatLine download as "no data": stored as ".", absent from public/data', () => {
    const root = copies.copyRepo('ssw-import-nodata-');
    const codes = ['-99995', '-99996', '-99997', '-99998', '-99999', '-99999995', '-99999997', '-99999999', '-99997,0', '.', 'x'];
    const wijken = ['WK098802', 'WK098803', 'WK098811', 'WK098812', 'WK098813', 'WK098814', 'WK098821', 'WK098822'];
    const more = ['WK098823', 'WK098824', 'WK098825'];
    const rows = [...wijken, ...more].map((w, i) => slRow(w, 'Wijk', codes[i] as string));
    const path = join(copies.tempDir('ssw-import-nodata-in-'), 'geheim.csv');
    writeFileSync(path, statline(...rows));
    const { summary } = runImport({ file: path, root, ...SL_ARGS, datum: DATE });
    expect(summary.join('\n')).toContain(`${codes.length} geheim of ontbrekend`);
    const stored = parseStatsCsv(readFileSync(join(root, 'geodata/sources/stats/imported/geheim.csv'), 'utf8'), 'x');
    expect(stored.filter((r) => r.value === null).map((r) => r.areaCode)).toEqual([...wijken, ...more]);
    const table = decodeIndicatorTable(readJson(join(root, 'public/data/indicators.json')));
    const s = table.series.find((x) => x.indicator === 'AANT_INW' && x.year === 2021 && x.level === 'wijk');
    expect(s?.values).toEqual({ WK098801: 6575 });
  });

  it('a tidy file with -99995 publishes no value (the pipeline reads the same codes)', () => {
    const root = copies.copyRepo('ssw-import-nodata-tidy-');
    const path = join(copies.tempDir('ssw-import-nodata-tidy-in-'), 'tidy_geheim.csv');
    writeFileSync(path, tidy(tidyRow(), tidyRow({ code: 'WK098802', value: '-99995' })));
    runImport({ file: path, root, datum: DATE });
    const table = decodeIndicatorTable(readJson(join(root, 'public/data/indicators.json')));
    const s = table.series.find((x) => x.indicator === 'AANT_INW' && x.year === 2021 && x.level === 'wijk');
    expect(s?.values).toEqual({ WK098801: 6575 });
  });
});

describe('import: accepted with care', () => {
  it('a real jump is accepted with --eenheid-ok, as written, and the summary says the check was skipped', () => {
    const root = copies.copyRepo('ssw-import-ok-');
    const path = join(copies.tempDir('ssw-import-ok-in-'), 'eenpersoons_promille.csv');
    writeFileSync(
      path,
      tidy(
        ...tidyRows('P_EENP_HH', '%', '2021', [
          ['WK098801', '0.31'],
          ['WK098802', '0.36'],
        ]),
      ),
    );
    expect(() => runImport({ file: path, root, datum: DATE })).toThrow(/ongeveer 100× kleiner/);
    const { summary } = runImport({ file: path, root, datum: DATE, 'eenheid-ok': true });
    expect(summary.join('\n')).toContain('--eenheid-ok: de eenheidscontrole tegen andere jaren is overgeslagen.');
    const table = decodeIndicatorTable(readJson(join(root, 'public/data/indicators.json')));
    const s = table.series.find((x) => x.indicator === 'P_EENP_HH' && x.year === 2021 && x.level === 'wijk');
    expect(s?.values).toMatchObject({ WK098801: 0.31, WK098802: 0.36 });
  });

  it('a complete quoted StatLine download without a final line break is accepted (its last quote closes)', () => {
    const root = copies.copyRepo('ssw-import-eof-');
    const path = join(copies.tempDir('ssw-import-eof-in-'), 'kwb_zonder_regeleinde.csv');
    writeFileSync(path, readFileSync(join(FIX, 'kwb_2021_statline.csv'), 'utf8').trimEnd());
    const { summary } = runImport({ file: path, root, ...SL_ARGS, eenheid: NEW_UNITS, datum: DATE });
    expect(summary[0]).toMatch(/^kwb_zonder_regeleinde\.csv: 24 waarden ingelezen/);
  });

  it('a normal year of an existing share passes the scale check (35 % next to 35 %)', () => {
    const root = copies.copyRepo('ssw-import-scale-');
    const path = join(copies.tempDir('ssw-import-scale-in-'), 'eenpersoons_2021.csv');
    writeFileSync(
      path,
      tidy(
        ...tidyRows('P_EENP_HH', '%', '2021', [
          ['WK098801', '31'],
          ['WK098802', '36'],
        ]),
      ),
    );
    expect(runImport({ file: path, root, datum: DATE }).ok).toBe(true);
  });

  it('an area set is stored with RFC 7946 ring order (outer ring anticlockwise), whatever the file had', () => {
    const root = copies.copyRepo('ssw-import-rewind-');
    const path = join(copies.tempDir('ssw-import-rewind-in-'), 'met_de_klok.geojson');
    const clockwise = [...WEERT_SQUARE].reverse();
    writeFileSync(path, geo([polygonFeature([clockwise])]));
    runImport({ file: path, root });
    const stored = readJson(join(root, 'geodata/sources/areasets/met_de_klok.geojson'));
    // Coordinates are stored with 6 decimals.
    const round6 = (ring: number[][]) => ring.map((p) => p.map((c) => Math.round(c * 1e6) / 1e6));
    expect(stored.features[0].geometry.coordinates[0]).toEqual(round6(WEERT_SQUARE));
  });

  it('a polygon with a proper hole is accepted', () => {
    const root = copies.copyRepo('ssw-import-hole-');
    const path = join(copies.tempDir('ssw-import-hole-in-'), 'met_gat.geojson');
    writeFileSync(path, geo([polygonFeature([WEERT_SQUARE, [...squareRing(5.693, 51.248, 0.002)].reverse()])]));
    expect(runImport({ file: path, root }).ok).toBe(true);
  });
});

describe('import: encoding helpers', () => {
  it('decodes UTF-8 (with or without byte-order mark) and names the likely encoding otherwise', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFenquête', 'utf8'), 'x.csv', true)).toBe('enquête');
    expect(likelyEncoding(Buffer.from([0x45, 0x92]))).toMatch(/^Windows-1252/);
    expect(likelyEncoding(Buffer.from([0x45, 0xea]))).toMatch(/^Latin-1/);
    expect(likelyEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toBe('UTF-16 (big-endian)');
    // A multi-byte sequence cut at the end of the file is invalid too, at its first byte.
    expect(() => decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc3]), 'x.csv', true)).toThrow(/rij 2.*byte 4/);
  });
});
