// Parse and validate the project's tidy long CSV (one value per row). Pure: text in, rows or an InputError out.

import Papa from 'papaparse';
import { z } from 'zod';
import { CODE_PREFIX } from '../../core/codes';
import { yearTextSchema } from '../../core/contracts/codes';
import { AreaCode, AreaLevel } from '../../core/contracts/data';
import { InputError, type InputIssue } from './errors';

export const STATS_COLUMNS = [
  'area_code',
  'area_name',
  'area_level',
  'year',
  'indicator',
  'value',
  'unit',
  'subgroup',
  'source_table',
  'source_file',
] as const;

/** CBS conventions for missing or secret values: never a number. */
const NO_DATA_TOKENS = new Set(['', '.', '-', 'x', '?']);

/**
 * CBS no-data codes: -99995 … -99999 (secret, not applicable, not yet available, …) and the longer forms up to
 * -99999999 used by the Kerncijfers wijken en buurten. They are whole numbers of 9s ending in 0–9 from -99990 down;
 * no real figure in these tables looks like that, so the whole family is read as "no data".
 */
export function isCbsNoDataCode(n: number): boolean {
  return Number.isInteger(n) && n <= -99990 && /^-9{4,7}\d$/.test(String(n));
}

export const StatRowSchema = z.object({
  area_code: AreaCode,
  area_name: z.string().min(1, 'naam ontbreekt'),
  area_level: AreaLevel,
  year: yearTextSchema('jaar'),
  indicator: z.string().regex(/^[A-Za-z0-9_]+$/, 'indicator-id mag alleen letters, cijfers en _ bevatten'),
  value: z.string(),
  unit: z.string().min(1, 'eenheid ontbreekt'),
  subgroup: z.string().min(1, 'subgroep ontbreekt'),
  source_table: z.string().min(1, 'brontabel ontbreekt'),
  source_file: z.string(),
});

export interface StatRow {
  file: string;
  row: number;
  areaCode: string;
  areaName: string;
  areaLevel: z.infer<typeof AreaLevel>;
  year: number;
  indicator: string;
  /** null = no data (missing or secret); never 0. */
  value: number | null;
  unit: string;
  subgroup: string;
  sourceTable: string;
}

const LEVEL_PREFIX = CODE_PREFIX;

/** Decimal point only, as the tidy files are written; StatLine's decimal comma is handled by the importer. */
export function parseValue(raw: string): { value: number | null } | { error: string } {
  const s = raw.trim();
  if (NO_DATA_TOKENS.has(s)) return { value: null };
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { error: `'${raw}' is geen getal (gebruik een punt als decimaalteken)` };
  const n = Number(s);
  if (isCbsNoDataCode(n)) return { value: null };
  return { value: n };
}

export function parseStatsCsv(text: string, file: string): StatRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').replace(/\s+$/, ''), {
    header: true,
    // Blank lines are kept (and skipped below) so reported row numbers match what a spreadsheet shows.
    skipEmptyLines: false,
  });
  const issues: InputIssue[] = [];
  const header = parsed.meta.fields ?? [];
  const missing = STATS_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError([{ file, row: 1, message: `kolom(men) ontbreken: ${missing.join(', ')}` }]);
  }
  const blank = (r: Record<string, string> | undefined) =>
    !r || Object.values(r).every((v) => v === undefined || String(v).trim() === '');
  for (const e of parsed.errors) {
    if (e.row !== undefined && blank(parsed.data[e.row])) continue; // a blank line is not an error
    issues.push({ file, row: (e.row ?? 0) + 2, message: `CSV kan niet gelezen worden: ${e.message}` });
  }
  const rows: StatRow[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((record, i) => {
    const row = i + 2;
    if (blank(record)) return;
    const r = StatRowSchema.safeParse(record);
    if (!r.success) {
      for (const iss of r.error.issues) issues.push({ file, row, column: String(iss.path[0] ?? ''), message: iss.message });
      return;
    }
    const d = r.data;
    if (!d.area_code.startsWith(LEVEL_PREFIX[d.area_level])) {
      issues.push({ file, row, column: 'area_level', message: `'${d.area_level}' past niet bij code ${d.area_code}` });
      return;
    }
    const v = parseValue(d.value);
    if ('error' in v) {
      issues.push({ file, row, column: 'value', message: v.error });
      return;
    }
    if (d.unit === '%' && v.value !== null && (v.value < 0 || v.value > 100)) {
      issues.push({ file, row, column: 'value', message: `percentage ${v.value} ligt niet tussen 0 en 100` });
      return;
    }
    const key = `${d.area_code}|${d.year}|${d.indicator}|${d.subgroup}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      issues.push({
        file,
        row,
        message: `dubbele rij: ${d.area_code} ${d.indicator} ${d.year} ${d.subgroup} staat ook in rij ${prev}`,
      });
      return;
    }
    seen.set(key, row);
    rows.push({
      file,
      row,
      areaCode: d.area_code,
      areaName: d.area_name,
      areaLevel: d.area_level,
      year: d.year,
      indicator: d.indicator,
      value: v.value,
      unit: d.unit,
      subgroup: d.subgroup,
      sourceTable: d.source_table,
    });
  });
  if (issues.length > 0) throw new InputError(issues);
  return rows;
}
