// A CBS StatLine CSV download (;-separated, decimal comma) → tidy rows, in named steps: read the records, map the
// header columns, resolve the measure keys to indicators (all option problems at once), parse every record,
// assemble the result.
import { InputError, type InputIssue } from '../../lib/errors';
import type { ImportRequest } from '../args';
import { checkCsvStructure } from '../checks/csv-structure';
import { DEFAULT_LIMITS, type ImportLimits } from '../checks/limits';
import { checkRows } from '../checks/rows';
import { toTidyCsv } from '../serialise';
import type { Converted, ImportContext, ImportRow } from '../types';
import {
  type Columns,
  classifyColumns,
  type MeasurePlan,
  PERIOD_COLUMN,
  resolveMeasures,
  type StatlineOptions,
} from './statline-columns';
import { parseRecord, type RecordEnv } from './statline-values';

export type { MeasurePlan, StatlineOptions } from './statline-columns';
export { parseStatlineNumber } from './statline-values';

export interface StatlineResult {
  rows: ImportRow[];
  measures: MeasurePlan[];
  /** Number of '.'/secret values: kept as "no data", never 0. */
  noData: number;
}

/**
 * Structure first (quotes, field counts, duplicate columns, a cut-off last line: every StatLine column after the
 * area is a figure, so a line cut anywhere changes one). Array mode without skipping blank lines keeps record
 * index = line index, so row numbers match a spreadsheet.
 */
function readRecords(text: string, file: string, limits: ImportLimits): { header: string[]; records: string[][] } {
  const { header, records } = checkCsvStructure(text, file, { delimiter: ';', lastFieldMatters: () => true }, limits);
  return { header: header.map((h) => h.trim()), records };
}

/** Missing --tabel, a missing year and every measure problem, reported together before any record is read. */
function planMeasures(cols: Columns, header: string[], file: string, opts: StatlineOptions, ctx: ImportContext): MeasurePlan[] {
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
    measures = resolveMeasures(cols, header, file, opts, ctx);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    pre.push(...e.issues);
  }
  if (pre.length > 0) throw new InputError(pre);
  return measures;
}

/** Every record's rows and issues together; an empty file is an issue too. */
function assemble(records: string[][], env: RecordEnv): StatlineResult {
  const issues: InputIssue[] = [];
  const rows: ImportRow[] = [];
  let noData = 0;
  records.forEach((rec, i) => {
    const r = parseRecord(rec, i + 2, env);
    for (const row of r.rows) rows.push(row);
    issues.push(...r.issues);
    noData += r.noData;
  });
  if (issues.length === 0 && rows.length === 0)
    issues.push({ file: env.file, row: 2, message: 'het bestand bevat geen gegevensrijen' });
  if (issues.length > 0) throw new InputError(issues);
  return { rows, measures: env.measures, noData };
}

export function parseStatline(
  text: string,
  file: string,
  opts: StatlineOptions,
  ctx: ImportContext,
  limits: ImportLimits = DEFAULT_LIMITS,
): StatlineResult {
  const { header, records } = readRecords(text, file, limits);
  const cols = classifyColumns(header, file);
  const measures = planMeasures(cols, header, file, opts, ctx);
  return assemble(records, { file, header, cols, measures, opts, ctx });
}

/** The import's view: parsed, checked against the project, written as tidy CSV, with a Dutch summary line. */
export function convertStatline(
  text: string,
  file: string,
  req: ImportRequest,
  ctx: ImportContext,
  limits: ImportLimits,
): Converted {
  const opts = { year: req.jaar, table: req.tabel, units: req.eenheid, ...(req.kolommen ? { columns: req.kolommen } : {}) };
  const res = parseStatline(text, file, opts, ctx, limits);
  checkRows(res.rows, file, ctx, { scaleConfirmed: req['eenheid-ok'] });
  const years = [...new Set(res.rows.map((r) => r.year))].sort((a, b) => a - b);
  const indeling = req.indeling ?? (years.length === 1 ? years[0] : undefined);
  const areas = new Set(res.rows.map((r) => r.areaCode)).size;
  const columns = res.measures.length === 1 ? 'kolom' : 'kolommen';
  return {
    rows: res.rows,
    content: toTidyCsv(res.rows),
    tables: [req.tabel as string],
    ...(indeling !== undefined ? { indeling } : {}),
    title: req.titel ?? `${req.tabel} ${years.join(', ')} (StatLine-download ${file})`,
    keyOf: new Map(res.measures.map((m) => [m.indicator, m.column])),
    lines: [
      `${file}: ${res.rows.length} waarden ingelezen (${areas} gebieden × ${res.measures.length} ${columns}, jaar ${years.join(', ')}); ` +
        `${res.noData} geheim of ontbrekend ('.'), opgenomen als "geen gegevens".`,
      ...(req['eenheid-ok'] ? ['--eenheid-ok: de eenheidscontrole tegen andere jaren is overgeslagen.'] : []),
    ],
  };
}
