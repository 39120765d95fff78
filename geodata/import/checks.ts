// Checks against the project and the request: areas, units, percentages and duplicates of the rows (both CSV
// formats), options that do not apply to a format, and a file that was imported before.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_PREFIX } from '../../core/codes';
import { InputError, type InputIssue } from '../lib/errors';
import type { ImportRequest } from './args';
import { dupKey, type ImportContext, type ImportRow } from './types';

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
  // Wijk and buurt codes start with the gemeente's four digits.
  const gm = `${CODE_PREFIX.gemeente}${r.areaCode.slice(2, 6)}`;
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

/** Options that mean nothing for this format are refused rather than silently ignored. */
export function rejectOptions(req: ImportRequest, file: string, names: (keyof ImportRequest)[], what: string) {
  const issues: InputIssue[] = names
    .filter((n) => {
      const v = req[n];
      return v !== undefined && !(typeof v === 'object' && Object.keys(v).length === 0);
    })
    .map((n) => ({ file, column: `--${n}`, message: `deze optie geldt niet voor ${what}` }));
  if (issues.length > 0) throw new InputError(issues);
}

/** The target must not exist yet: a second import of the same file would duplicate every row. */
export function ensureNew(root: string, rel: string, listed: boolean, file: string) {
  if (listed || existsSync(join(root, rel))) {
    throw new InputError([
      {
        file,
        message: `${rel} bestaat al: dit bestand is eerder geïmporteerd. Geef het een andere naam, of verwijder eerst de oude import (het bestand en de regel in geodata/sources.json).`,
      },
    ]);
  }
}
