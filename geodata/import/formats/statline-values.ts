// StatLine download, step 3: one data record → tidy rows. Area, level, year and name are resolved first; then every
// selected measure cell becomes a value (or "no data"). Each helper returns a value or the issue that stops the record.
import { CODE_PATTERNS, YEAR_MAX, YEAR_MIN, yearInRange } from '../../../core/codes';
import type { InputIssue } from '../../lib/errors';
import { parseValue } from '../../lib/stats';
import type { ImportContext, ImportRow, Level } from '../types';
import type { Columns, MeasurePlan, StatlineOptions } from './statline-columns';

/** The levels CBS publishes (deelgebieden are the project's own DG codes, which CBS never uses). */
const CBS_LEVELS = ['gemeente', 'wijk', 'buurt', 'land'] as const satisfies readonly Level[];
type CbsLevel = (typeof CBS_LEVELS)[number];

/** What every record of one file is parsed against. */
export interface RecordEnv {
  file: string;
  header: string[];
  cols: Columns;
  measures: MeasurePlan[];
  opts: StatlineOptions;
  ctx: ImportContext;
}

export interface RecordResult {
  rows: ImportRow[];
  issues: InputIssue[];
  noData: number;
}

type Step<T> = { ok: T } | { issue: Omit<InputIssue, 'file' | 'row'> };

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

export function yearFromPeriod(raw: string): { year: number } | { error: string } {
  const m = /^(\d{4})JJ00$/.exec(raw.trim());
  if (!m) return { error: `periode '${raw.trim()}' is geen jaarcijfer (verwacht bijvoorbeeld 2024JJ00)` };
  return { year: Number(m[1]) };
}

const cell = (r: string[], i: number | undefined) => (i === undefined ? '' : (r[i] ?? '').trim());
const columnName = (env: RecordEnv, i: number | undefined) => (i === undefined ? '' : (env.header[i] ?? ''));

// StatLine pads codes with spaces; KWB calls the Netherlands NL00 where other tables use NL01.
const areaCode = (raw: string) => (raw === 'NL00' ? 'NL01' : raw);
const levelOf = (code: string) => CBS_LEVELS.find((l) => CODE_PATTERNS[l].test(code));

/**
 * The region column (WijkenEnBuurten/RegioS) holds the code in a typed download and a name otherwise; when it holds
 * a code, it must be the Codering's: two codes in one row mean the value may belong to either area.
 */
function regionConflict(rec: string[], env: RecordEnv, code: string): Step<true> {
  if (env.cols.regionLabel === undefined) return { ok: true };
  const region = areaCode(cell(rec, env.cols.regionLabel));
  if (!levelOf(region) || region === code) return { ok: true };
  const column = columnName(env, env.cols.regionLabel);
  const coding = columnName(env, env.cols.code);
  return {
    issue: {
      column,
      message: `gebiedscode ${region} in ${column} verschilt van ${code} in ${coding}: de kolommen van deze rij spreken elkaar tegen`,
    },
  };
}

/** Area code and level; the SoortRegio column, when present, must agree with the code's prefix. */
function recordArea(rec: string[], env: RecordEnv): Step<{ code: string; level: CbsLevel }> {
  const code = areaCode(cell(rec, env.cols.code));
  const level = levelOf(code);
  if (!level) {
    return {
      issue: { column: columnName(env, env.cols.code), message: `'${code}' is geen CBS-gebiedscode (GM…, WK…, BU…, NL…)` },
    };
  }
  const conflict = regionConflict(rec, env, code);
  if ('issue' in conflict) return conflict;
  if (env.cols.level !== undefined) {
    const raw = cell(rec, env.cols.level);
    const stated = CBS_LEVELS.find((l) => l === raw.toLowerCase());
    const column = columnName(env, env.cols.level);
    if (!stated) return { issue: { column, message: `soort regio '${raw}' is onbekend (Gemeente, Wijk, Buurt of Land)` } };
    if (stated !== level) return { issue: { column, message: `soort regio '${raw}' past niet bij code ${code}` } };
  }
  return { ok: { code, level } };
}

/** The Perioden column when present (in range, agreeing with --jaar), else --jaar. */
function recordYear(rec: string[], env: RecordEnv): Step<number> {
  const { cols, opts } = env;
  if (cols.period === undefined) return { ok: opts.year as number };
  const p = yearFromPeriod(cell(rec, cols.period));
  const column = columnName(env, cols.period);
  if ('error' in p) return { issue: { column, message: p.error } };
  if (!yearInRange(p.year)) return { issue: { column, message: `jaar ${p.year} ligt niet tussen ${YEAR_MIN} en ${YEAR_MAX}` } };
  if (opts.year !== undefined && opts.year !== p.year) {
    return { issue: { column, message: `--jaar ${opts.year} wijkt af van de periode in het bestand (${p.year})` } };
  }
  return { ok: p.year };
}

/** Wijk and buurt names come from the project's code list, so the map and the data agree. */
function areaName(rec: string[], env: RecordEnv, code: string, level: CbsLevel): string {
  const label = cell(rec, env.cols.regionLabel);
  if (level === 'land') return 'Nederland';
  if (level === 'gemeente') return cell(rec, env.cols.name) || label || code;
  return env.ctx.areas.get(code)?.name ?? (label || code);
}

export function parseRecord(rec: string[], row: number, env: RecordEnv): RecordResult {
  const { file, header, measures, opts } = env;
  const none: RecordResult = { rows: [], issues: [], noData: 0 };
  if (rec.every((c) => c.trim() === '')) return none;
  if (rec.length !== header.length) {
    const message = `rij heeft ${rec.length} velden, de kop ${header.length} (scheidingsteken of aanhalingstekens kloppen niet)`;
    return { ...none, issues: [{ file, row, message }] };
  }
  const area = recordArea(rec, env);
  if ('issue' in area) return { ...none, issues: [{ file, row, ...area.issue }] };
  const year = recordYear(rec, env);
  if ('issue' in year) return { ...none, issues: [{ file, row, ...year.issue }] };
  const { code, level } = area.ok;
  const name = areaName(rec, env, code, level);
  const codeColumn = columnName(env, env.cols.code);
  const statedGemeente =
    env.cols.name === undefined ? undefined : { column: columnName(env, env.cols.name), name: cell(rec, env.cols.name) };

  const out: RecordResult = { rows: [], issues: [], noData: 0 };
  for (const m of measures) {
    const v = parseStatlineNumber(rec[header.indexOf(m.column)] ?? '');
    if ('error' in v) {
      out.issues.push({ file, row, column: m.column, message: v.error });
      continue;
    }
    if (v.value === null) out.noData++;
    out.rows.push({
      areaCode: code,
      areaName: name,
      areaLevel: level,
      year: year.ok,
      indicator: m.indicator,
      value: v.value,
      valueText: v.text,
      unit: m.unit,
      subgroup: 'totaal',
      sourceTable: opts.table as string,
      sourceFile: file,
      at: { row, area: codeColumn, value: m.column, unit: m.column },
      ...(statedGemeente ? { statedGemeente } : {}),
    });
  }
  return out;
}
