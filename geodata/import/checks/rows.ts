// Checks of the rows of both CSV formats against the project: area (level, known code, consistent row), unit,
// range, duplicates (within the file and against the sources already in sources.json), then the plausibility of
// whole series. Each check is a small function returning a message; this module only runs them in order.
import { InputError, type InputIssue } from '../../lib/errors';
import { dupKey, type ImportContext, type ImportRow } from '../types';
import { areaIssue, statedGemeenteIssue } from './areas';
import { negativeCountIssue, scaleIssues } from './plausibility';

export interface RowCheckOptions {
  /** --eenheid-ok: the user confirmed a series far off the same indicator's other years. */
  scaleConfirmed: boolean;
}

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

type RowCheck = (r: ImportRow, ctx: ImportContext) => { column: string; message: string } | undefined;

const inColumn =
  (column: (r: ImportRow) => string, check: (r: ImportRow, ctx: ImportContext) => string | undefined): RowCheck =>
  (r, ctx) => {
    const message = check(r, ctx);
    return message === undefined ? undefined : { column: column(r), message };
  };

function catalogueUnitIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  const catUnit = ctx.units.get(r.indicator);
  if (catUnit === undefined || r.unit === catUnit) return undefined;
  return `eenheid '${r.unit}' wijkt af van de catalogus ('${catUnit}', layers/indicators/${r.indicator}.json)`;
}

function percentageIssue(r: ImportRow): string | undefined {
  if (r.unit !== '%' || r.value === null || (r.value >= 0 && r.value <= 100)) return undefined;
  return `percentage ${r.value} ligt niet tussen 0 en 100`;
}

/** The checks that need only the row itself and the project, in the order they are reported. */
const ROW_CHECKS: RowCheck[] = [
  inColumn((r) => r.at.area, areaIssue),
  statedGemeenteIssue,
  inColumn((r) => r.at.unit, catalogueUnitIssue),
  inColumn((r) => r.at.value, percentageIssue),
  inColumn((r) => r.at.value, negativeCountIssue),
];

/** Every row check, then units within the file and duplicates; the plausibility of series when the rows are clean. */
export function checkRows(rows: readonly ImportRow[], file: string, ctx: ImportContext, opts: RowCheckOptions): void {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const firstUnit = new Map<string, ImportRow>();
  for (const r of rows) {
    const at = (column: string) => ({ file, row: r.at.row, column });
    const found = ROW_CHECKS.reduce<ReturnType<RowCheck>>((hit, check) => hit ?? check(r, ctx), undefined);
    if (found) {
      issues.push({ ...at(found.column), message: found.message });
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
  if (issues.length === 0 && !opts.scaleConfirmed) issues.push(...scaleIssues(rows, file, ctx));
  if (issues.length > 0) throw new InputError(unique(issues));
}
