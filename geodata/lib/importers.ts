// Importers for `npm run import`: a user's file (text) → validated tidy rows or features, or an InputError. Pure.
// Formats: the project's tidy long CSV, a CBS StatLine CSV download, GeoJSON points/polygons (see geodata/IMPORT.md).

import Papa from 'papaparse';
import { YEAR_MAX, YEAR_MIN, yearInRange } from '../../core/codes';
import { type IndicatorConfig, IndicatorSchema, type Measure } from '../../core/contracts/config';
import { AreaCode, type AreaLevel } from '../../core/contracts/data';
import { InputError, type InputIssue } from './errors';
import { type CbsKeyIndex, resolveKey, stripSuffix } from './import-cbskeys';
import { parseStatsCsv, parseValue, STATS_COLUMNS } from './stats';

export type Level = AreaLevel;
export type InputFormat = 'tidy' | 'statline' | 'geojson';

/** One value in tidy form, plus where it came from in the user's file so every error can point there. */
export interface ImportRow {
  areaCode: string;
  areaName: string;
  areaLevel: Level;
  year: number;
  indicator: string;
  value: number | null;
  /** The value as written to the tidy file: decimal point, '.' for no data. */
  valueText: string;
  unit: string;
  subgroup: string;
  sourceTable: string;
  sourceFile: string;
  /** Spreadsheet row (header = 1) and the columns holding the area code, the value and the unit. */
  at: { row: number; area: string; value: string; unit: string };
}

/** What the importers need to know about the project; built from the files by geodata/import.ts. */
export interface ImportContext {
  gemeente: { code: string; name: string };
  /** The gemeente's own wijken and buurten from the boundaries' code list. */
  areas: ReadonlyMap<string, { name: string; level: 'wijk' | 'buurt' }>;
  /** Path of that code list, quoted in messages about unknown codes. */
  areasFile: string;
  /** Unit per catalogued indicator (layers/indicators/<id>.json). */
  units: ReadonlyMap<string, string>;
  keys: CbsKeyIndex;
  /** Rows already in the sources listed in sources.json, by duplicate key. */
  existing: ReadonlyMap<string, { file: string; row: number }>;
}

export const dupKey = (r: { areaCode: string; indicator: string; year: number; subgroup: string }) =>
  `${r.areaCode}|${r.indicator}|${r.year}|${r.subgroup}`;

// ---------------------------------------------------------------------------------------------------------------
// Detection

const EXTENSIONS: Record<string, 'csv' | 'json'> = { '.csv': 'csv', '.geojson': 'json', '.json': 'json' };

/** StatLine dimension/metadata columns, by key without numeric suffix. */
const REGION_COLUMNS = ['WijkenEnBuurten', 'RegioS'];
const CODE_COLUMN = 'Codering';
const NAME_COLUMN = 'Gemeentenaam';
const LEVEL_COLUMN = 'SoortRegio';
const PERIOD_COLUMN = 'Perioden';
/** Text columns of the Kerncijfers wijken en buurten that are descriptions, not figures. */
const SKIPPED_COLUMNS = new Set(['ID', 'IndelingswijzigingWijkenEnBuurten', 'MeestVoorkomendePostcode', 'Dekkingspercentage']);

const DELIMITER_NAMES: Record<string, string> = { ',': 'komma', ';': 'puntkomma', '\t': 'tab' };

function headerCells(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter });
  return (parsed.data[0] ?? []).map((c) => c.trim());
}

const isStatlineRegion = (c: string) => REGION_COLUMNS.includes(c) || stripSuffix(c) === CODE_COLUMN;

/** Decide the format from the extension and, for CSV, the header line; rejects a CSV with the wrong delimiter. */
export function detectFormat(fileName: string, text: string): InputFormat {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const family = EXTENSIONS[ext];
  if (!family) {
    throw new InputError([
      {
        file: fileName,
        message: `bestandstype '${ext || '(geen extensie)'}' wordt niet ondersteund; lever CSV (.csv) of GeoJSON (.geojson/.json). Een Excel-bestand eerst opslaan als CSV.`,
      },
    ]);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError([{ file: fileName, message: 'het bestand is leeg' }]);
  if (family === 'json') return 'geojson';

  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const tidyScore = (d: string) => headerCells(header, d).filter((c) => (STATS_COLUMNS as readonly string[]).includes(c)).length;
  const statline = (d: string) => headerCells(header, d).some(isStatlineRegion);
  const wrong = (expected: string, found: string, what: string): never => {
    throw new InputError([
      {
        file: fileName,
        row: 1,
        message: `verkeerd scheidingsteken: ${what} gebruikt de ${DELIMITER_NAMES[expected]} (${expected}), dit bestand de ${DELIMITER_NAMES[found]}`,
      },
    ]);
  };
  if (tidyScore(',') >= 3) return 'tidy';
  for (const d of [';', '\t']) if (tidyScore(d) >= 3) wrong(',', d, 'het projectformaat (area_code, area_name, …)');
  if (statline(';')) return 'statline';
  for (const d of [',', '\t']) if (statline(d)) wrong(';', d, 'een StatLine-download');
  // A ;-separated header with CBS keys (Name_12) is a StatLine file without its region column.
  if (headerCells(header, ';').some((c) => /^[A-Za-z]\w*_\d+$/.test(c))) {
    throw new InputError([
      {
        file: fileName,
        row: 1,
        column: 'WijkenEnBuurten',
        message: 'StatLine-bestand zonder gebiedskolom: verwacht WijkenEnBuurten, RegioS of Codering_3',
      },
    ]);
  }
  throw new InputError([
    {
      file: fileName,
      row: 1,
      message: `onbekend CSV-formaat: verwacht de kolommen ${STATS_COLUMNS.join(', ')} (komma-gescheiden) of een StatLine-download (puntkomma-gescheiden, met WijkenEnBuurten)`,
    },
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Tidy CSV (the project's own format)

/** Validate with the pipeline's own parser, after a header check that names every missing column. */
export function parseTidy(text: string, file: string): ImportRow[] {
  const header = headerCells(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '', ',');
  const missing = STATS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(missing.map((c) => ({ file, row: 1, column: c, message: 'verplichte kolom ontbreekt' })));
  }
  const rows = parseStatsCsv(text, file);
  if (rows.length === 0) throw new InputError([{ file, row: 2, message: 'het bestand bevat geen gegevensrijen' }]);
  return rows.map((r) => ({
    areaCode: r.areaCode,
    areaName: r.areaName,
    areaLevel: r.areaLevel,
    year: r.year,
    indicator: r.indicator,
    value: r.value,
    valueText: r.value === null ? '.' : String(r.value),
    unit: r.unit,
    subgroup: r.subgroup,
    sourceTable: r.sourceTable,
    sourceFile: file,
    at: { row: r.row, area: 'area_code', value: 'value', unit: 'unit' },
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// CBS StatLine CSV download

export interface StatlineOptions {
  /** --jaar: required when the file has no Perioden column. */
  year?: number;
  /** --tabel: StatLine table id, e.g. 85984NED. */
  table?: string;
  /** --eenheid KEY=unit, by column key. */
  units: Readonly<Record<string, string>>;
  /** --kolommen: import only these measure columns. */
  columns?: readonly string[];
}

/** How one measure column becomes an indicator. */
export interface MeasurePlan {
  column: string;
  indicator: string;
  unit: string;
  /** true when layers/indicators/<id>.json does not exist yet: it is scaffolded as a concept. */
  isNew: boolean;
}

export interface StatlineResult {
  rows: ImportRow[];
  measures: MeasurePlan[];
  /** Number of '.'/secret values: kept as "no data", never 0. */
  noData: number;
}

const LEVEL_BY_TYPE: Record<string, Level | undefined> = { gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt', land: 'land' };
const LEVEL_BY_PREFIX: Record<string, Level | undefined> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt', NL: 'land' };

/**
 * StatLine numbers: decimal comma, no thousands separator; '.' (and the CBS symbols x, -, ?) mean no data.
 * "1.234,5" is rejected rather than guessed: StatLine never writes it, so the file was edited (e.g. by Excel).
 */
export function parseStatlineNumber(raw: string): { value: number | null; text: string } | { error: string } {
  const s = raw.trim();
  const direct = parseValue(s);
  if ('value' in direct && direct.value === null) return { value: null, text: '.' };
  if (/^-?\d+(,\d+)?$/.test(s)) {
    const text = s.replace(',', '.');
    const v = parseValue(text);
    if ('error' in v) return v;
    return v.value === null ? { value: null, text: '.' } : { value: v.value, text };
  }
  if (/^-?[\d.]+(,\d+)?$/.test(s)) {
    return {
      error: `'${raw}' is geen StatLine-getal: StatLine gebruikt een decimaalkomma zonder scheidingsteken voor duizendtallen (is het bestand in Excel opgeslagen?)`,
    };
  }
  if (/^-?\d+(,\d+){2,}$/.test(s)) return { error: `'${raw}' is geen getal (meer dan één komma)` };
  return { error: `'${raw}' is geen getal` };
}

interface Columns {
  code: number;
  regionLabel?: number;
  name?: number;
  level?: number;
  period?: number;
  measures: { index: number; key: string }[];
}

function classifyColumns(header: string[], file: string): Columns {
  const issues: InputIssue[] = [];
  const find = (pred: (c: string) => boolean) => {
    const i = header.findIndex(pred);
    return i >= 0 ? i : undefined;
  };
  const region = find((c) => REGION_COLUMNS.includes(c));
  const coding = find((c) => stripSuffix(c) === CODE_COLUMN);
  const measures: Columns['measures'] = [];
  header.forEach((c, index) => {
    const bare = stripSuffix(c);
    if (index === region || index === coding || SKIPPED_COLUMNS.has(bare)) return;
    if ([NAME_COLUMN, LEVEL_COLUMN, PERIOD_COLUMN].includes(bare)) return;
    if (/^[A-Za-z]\w*_\d+$/.test(c)) measures.push({ index, key: c });
    else
      issues.push({
        file,
        row: 1,
        column: c,
        message:
          'onbekende kolom; alleen gebied (WijkenEnBuurten/Codering), Perioden en meetkolommen (zoals AantalInwoners_5) worden ondersteund. Download de tabel zonder extra dimensies (zoals Leeftijd of Geslacht).',
      });
  });
  if (issues.length > 0) throw new InputError(issues);
  return {
    code: (coding ?? region) as number,
    ...(region !== undefined && coding !== undefined ? { regionLabel: region } : {}),
    name: find((c) => stripSuffix(c) === NAME_COLUMN),
    level: find((c) => stripSuffix(c) === LEVEL_COLUMN),
    period: find((c) => c === PERIOD_COLUMN),
    measures,
  };
}

/** Unit and indicator id per measure column: catalogue first, then --eenheid, then the dictionary's unit. */
function planMeasures(cols: Columns, header: string[], file: string, opts: StatlineOptions, ctx: ImportContext): MeasurePlan[] {
  const issues: InputIssue[] = [];
  const present = new Set(cols.measures.map((m) => m.key));
  for (const k of opts.columns ?? []) {
    if (!present.has(k))
      issues.push({ file, row: 1, column: k, message: 'kolom uit --kolommen staat niet in het bestand (of is geen meetkolom)' });
  }
  const selected = opts.columns ? cols.measures.filter((m) => opts.columns?.includes(m.key)) : cols.measures;
  for (const k of Object.keys(opts.units)) {
    if (!selected.some((m) => m.key === k)) {
      issues.push({
        file,
        column: k,
        message: `--eenheid voor een kolom die niet wordt ingelezen (kolommen: ${header.join(', ')})`,
      });
    }
  }
  if (selected.length === 0 && issues.length === 0) {
    issues.push({ file, row: 1, message: 'geen meetkolommen gevonden (kolommen zoals AantalInwoners_5)' });
  }
  const byIndicator = new Map<string, string>();
  const plans: MeasurePlan[] = [];
  for (const { key } of selected) {
    const where = { file, row: 1, column: key };
    const res = resolveKey(key, ctx.keys);
    if (res.kind === 'ambiguous') {
      issues.push({ ...where, message: `sleutel past bij meerdere indicatoren in indicators.csv: ${res.candidates.join(', ')}` });
      continue;
    }
    const other = byIndicator.get(res.indicator);
    if (other) {
      issues.push({ ...where, message: `kolommen ${other} en ${key} horen allebei bij indicator ${res.indicator}` });
      continue;
    }
    byIndicator.set(res.indicator, key);
    const catalogueUnit = ctx.units.get(res.indicator);
    const given = opts.units[key];
    if (catalogueUnit !== undefined && given !== undefined && given !== catalogueUnit) {
      issues.push({
        ...where,
        message: `--eenheid '${given}' wijkt af van de eenheid in de catalogus ('${catalogueUnit}', layers/indicators/${res.indicator}.json)`,
      });
      continue;
    }
    const dictUnit = res.kind === 'mapped' && res.dictUnit !== '' ? res.dictUnit : undefined;
    const unit = catalogueUnit ?? given ?? dictUnit;
    if (unit === undefined) {
      issues.push({
        ...where,
        message: `eenheid onbekend voor nieuwe indicator ${res.indicator}; geef die op met --eenheid ${key}=<eenheid> (bv. aantal of %)`,
      });
      continue;
    }
    plans.push({ column: key, indicator: res.indicator, unit, isNew: catalogueUnit === undefined });
  }
  if (issues.length > 0) throw new InputError(issues);
  return plans;
}

function yearFromPeriod(raw: string): { year: number } | { error: string } {
  const m = /^(\d{4})JJ00$/.exec(raw.trim());
  if (!m) return { error: `periode '${raw.trim()}' is geen jaarcijfer (verwacht bijvoorbeeld 2024JJ00)` };
  return { year: Number(m[1]) };
}

export { yearInRange };

export function parseStatline(text: string, file: string, opts: StatlineOptions, ctx: ImportContext): StatlineResult {
  // Array mode without skipping blank lines keeps record index = line index, so row numbers match a spreadsheet.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: false });
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const cols = classifyColumns(header, file);

  const pre: InputIssue[] = [];
  if (!opts.table) {
    pre.push({ file, column: '--tabel', message: 'geef het StatLine-tabelnummer op, bijvoorbeeld --tabel 85984NED' });
  }
  if (cols.period === undefined && opts.year === undefined) {
    pre.push({
      file,
      row: 1,
      column: PERIOD_COLUMN,
      message: 'het bestand heeft geen kolom Perioden; geef het jaar op met --jaar, bijvoorbeeld --jaar 2024',
    });
  }
  let measures: MeasurePlan[] = [];
  try {
    measures = planMeasures(cols, header, file, opts, ctx);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    pre.push(...e.issues);
  }
  if (pre.length > 0) throw new InputError(pre);

  const issues: InputIssue[] = [];
  const rows: ImportRow[] = [];
  let noData = 0;
  const cell = (r: string[], i: number | undefined) => (i === undefined ? '' : (r[i] ?? '').trim());
  const codeCol = header[cols.code] as string;

  records.slice(1).forEach((rec, i) => {
    const row = i + 2;
    if (rec.every((c) => c.trim() === '')) return;
    if (rec.length !== header.length) {
      issues.push({
        file,
        row,
        message: `rij heeft ${rec.length} velden, de kop ${header.length} (scheidingsteken of aanhalingstekens kloppen niet)`,
      });
      return;
    }
    const where = { file, row };
    // Area: StatLine pads codes with spaces; KWB calls the Netherlands NL00 where other tables use NL01.
    let code = cell(rec, cols.code);
    if (code === 'NL00') code = 'NL01';
    // LEVEL_BY_PREFIX also filters out the project's own codes (DG…), which CBS never uses.
    if (!AreaCode.safeParse(code).success || !LEVEL_BY_PREFIX[code.slice(0, 2)]) {
      issues.push({ ...where, column: codeCol, message: `'${code}' is geen CBS-gebiedscode (GM…, WK…, BU…, NL…)` });
      return;
    }
    const prefixLevel = LEVEL_BY_PREFIX[code.slice(0, 2)] as Level;
    if (cols.level !== undefined) {
      const raw = cell(rec, cols.level);
      const lvl = LEVEL_BY_TYPE[raw.toLowerCase()];
      const levelCol = header[cols.level] as string;
      if (!lvl) {
        issues.push({ ...where, column: levelCol, message: `soort regio '${raw}' is onbekend (Gemeente, Wijk, Buurt of Land)` });
        return;
      }
      if (lvl !== prefixLevel) {
        issues.push({ ...where, column: levelCol, message: `soort regio '${raw}' past niet bij code ${code}` });
        return;
      }
    }
    let year = opts.year as number;
    if (cols.period !== undefined) {
      const p = yearFromPeriod(cell(rec, cols.period));
      const periodCol = header[cols.period] as string;
      if ('error' in p) {
        issues.push({ ...where, column: periodCol, message: p.error });
        return;
      }
      if (!yearInRange(p.year)) {
        issues.push({ ...where, column: periodCol, message: `jaar ${p.year} ligt niet tussen ${YEAR_MIN} en ${YEAR_MAX}` });
        return;
      }
      if (opts.year !== undefined && opts.year !== p.year) {
        issues.push({
          ...where,
          column: periodCol,
          message: `--jaar ${opts.year} wijkt af van de periode in het bestand (${p.year})`,
        });
        return;
      }
      year = p.year;
    }
    const label = cell(rec, cols.regionLabel);
    const name =
      prefixLevel === 'land'
        ? 'Nederland'
        : prefixLevel === 'gemeente'
          ? cell(rec, cols.name) || label || code
          : (ctx.areas.get(code)?.name ?? (label || code));

    for (const m of measures) {
      const index = header.indexOf(m.column);
      const v = parseStatlineNumber(rec[index] ?? '');
      if ('error' in v) {
        issues.push({ ...where, column: m.column, message: v.error });
        continue;
      }
      if (v.value === null) noData++;
      rows.push({
        areaCode: code,
        areaName: name,
        areaLevel: prefixLevel,
        year,
        indicator: m.indicator,
        value: v.value,
        valueText: v.text,
        unit: m.unit,
        subgroup: 'totaal',
        sourceTable: opts.table as string,
        sourceFile: file,
        at: { row, area: codeCol, value: m.column, unit: m.column },
      });
    }
  });
  if (issues.length === 0 && rows.length === 0) issues.push({ file, row: 2, message: 'het bestand bevat geen gegevensrijen' });
  if (issues.length > 0) throw new InputError(issues);
  return { rows, measures, noData };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks against the project (both CSV formats)

/** Same message twice (e.g. one unknown area in several measure columns) is reported once. */
function unique(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.row}|${i.column}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function areaIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  if (r.areaLevel !== 'wijk' && r.areaLevel !== 'buurt') return undefined;
  const gm = `GM${r.areaCode.slice(2, 6)}`;
  if (gm !== ctx.gemeente.code) {
    return `${r.areaLevel} ${r.areaCode} hoort bij gemeente ${gm}; op wijk- en buurtniveau kan alleen ${ctx.gemeente.name} (${ctx.gemeente.code}) worden ingelezen (gemeenterijen van andere gemeenten mogen wel, als referentie)`;
  }
  const known = ctx.areas.get(r.areaCode);
  if (!known || known.level !== r.areaLevel) {
    return `onbekende ${r.areaLevel}code ${r.areaCode}: staat niet in de gebiedsindeling van ${ctx.gemeente.name} (${ctx.areasFile})`;
  }
  return undefined;
}

/** Areas, units, percentages and duplicates (within the file and against the sources already in sources.json). */
export function checkRows(rows: readonly ImportRow[], file: string, ctx: ImportContext): void {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const firstUnit = new Map<string, ImportRow>();
  for (const r of rows) {
    const at = (column: string) => ({ file, row: r.at.row, column });
    const area = areaIssue(r, ctx);
    if (area) {
      issues.push({ ...at(r.at.area), message: area });
      continue;
    }
    const catUnit = ctx.units.get(r.indicator);
    if (catUnit !== undefined && r.unit !== catUnit) {
      issues.push({
        ...at(r.at.unit),
        message: `eenheid '${r.unit}' wijkt af van de catalogus ('${catUnit}', layers/indicators/${r.indicator}.json)`,
      });
      continue;
    }
    const first = firstUnit.get(r.indicator);
    if (first && first.unit !== r.unit) {
      issues.push({
        ...at(r.at.unit),
        message: `eenheid '${r.unit}' voor ${r.indicator} verschilt van rij ${first.at.row} ('${first.unit}')`,
      });
      continue;
    }
    if (!first) firstUnit.set(r.indicator, r);
    if (r.unit === '%' && r.value !== null && (r.value < 0 || r.value > 100)) {
      issues.push({ ...at(r.at.value), message: `percentage ${r.value} ligt niet tussen 0 en 100` });
      continue;
    }
    const key = dupKey(r);
    const prev = seen.get(key);
    if (prev !== undefined) {
      issues.push({
        ...at(r.at.area),
        message: `dubbele rij: ${r.areaCode} ${r.indicator} ${r.year} (${r.subgroup}) staat ook in rij ${prev}`,
      });
      continue;
    }
    seen.set(key, r.at.row);
    const old = ctx.existing.get(key);
    if (old) {
      issues.push({
        ...at(r.at.value),
        message: `dubbele rij: ${r.areaCode} ${r.indicator} ${r.year} (${r.subgroup}) staat al in geodata/${old.file} rij ${old.row}`,
      });
    }
  }
  if (issues.length > 0) throw new InputError(unique(issues));
}

// ---------------------------------------------------------------------------------------------------------------
// Output: tidy CSV, catalogue scaffolds, JSON in the project's formatting

export function toTidyCsv(rows: readonly ImportRow[]): string {
  const data = rows.map((r) => [
    r.areaCode,
    r.areaName,
    r.areaLevel,
    String(r.year),
    r.indicator,
    r.valueText,
    r.unit,
    r.subgroup,
    r.sourceTable,
    r.sourceFile,
  ]);
  return `${Papa.unparse({ fields: [...STATS_COLUMNS], data }, { newline: '\n' })}\n`;
}

export function guessMeasure(unit: string): Measure {
  if (unit === '%') return 'share';
  if (unit === 'aantal') return 'count';
  return 'mean';
}

/** Decimal places used in the data (0–3), so the viewer shows the figures as delivered. */
export function decimalsOf(values: readonly (number | null)[]): number {
  let max = 0;
  for (const v of values) {
    if (v === null) continue;
    const frac = String(v).split('.')[1];
    max = Math.max(max, frac ? frac.length : 0);
  }
  return Math.min(max, 3);
}

export interface ScaffoldInput {
  id: string;
  /** CBS key (StatLine) or the id (tidy CSV). */
  key: string;
  unit: string;
  decimals: number;
  tables: string[];
  publisher: string;
  licence: string;
}

/** A concept catalogue entry: valid, so the pipeline publishes it, but marked for someone to complete. */
export function scaffoldIndicator(s: ScaffoldInput): IndicatorConfig {
  return IndicatorSchema.parse({
    version: 1,
    id: s.id,
    label: s.key.length >= 3 ? s.key : `${s.key} (nieuw)`,
    description: `Nog aan te vullen: omschrijving van ${s.key} uit tabel ${s.tables.join(', ')}.`,
    theme: 'demografie',
    unit: s.unit,
    measure: guessMeasure(s.unit),
    polarity: 'neutral',
    kind: 'toestand',
    decimals: s.decimals,
    source: { publisher: s.publisher, tables: s.tables, licence: s.licence },
    referencePeriod: 'Nog aan te vullen',
    status: 'concept',
  });
}

/**
 * JSON as the repo's formatter (biome, width 130) writes it: objects expanded, short arrays of scalars on one line.
 * Keeps diffs of sources.json small and `npm run lint` green after an import.
 */
export function formatJson(value: unknown, width = 130): string {
  const go = (v: unknown, indent: string, used: number): string => {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) {
        const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (used + flat.length + 1 <= width) return flat;
      }
      return `[\n${v.map((x) => inner + go(x, inner, inner.length)).join(',\n')}\n${indent}]`;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const lines = entries.map(([k, x]) => {
        const head = `${inner}${JSON.stringify(k)}: `;
        return head + go(x, inner, head.length);
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${go(value, '', 0)}\n`;
}
