// StatLine download, step 1 and 2: which header column is what (area, name, level, period, measures), and which
// indicator and unit each measure column becomes (catalogue, --eenheid, then the CBS key dictionary).
import { InputError, type InputIssue } from '../../lib/errors';
import { resolveKey, stripSuffix } from '../cbskeys';
import type { ImportContext } from '../types';

/** StatLine dimension/metadata columns, by key without numeric suffix. */
export const REGION_COLUMNS = ['WijkenEnBuurten', 'RegioS'];
const CODE_COLUMN = 'Codering';
const NAME_COLUMN = 'Gemeentenaam';
const LEVEL_COLUMN = 'SoortRegio';
export const PERIOD_COLUMN = 'Perioden';
/** Text columns of the Kerncijfers wijken en buurten that are descriptions, not figures. */
const SKIPPED_COLUMNS = new Set(['ID', 'IndelingswijzigingWijkenEnBuurten', 'MeestVoorkomendePostcode', 'Dekkingspercentage']);
/** A CBS measure key: a name plus the column's position, e.g. AantalInwoners_5. */
export const CBS_KEY = /^[A-Za-z]\w*_\d+$/;

export const isStatlineRegion = (c: string) => REGION_COLUMNS.includes(c) || stripSuffix(c) === CODE_COLUMN;

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

/** Column indexes in the header. */
export interface Columns {
  code: number;
  regionLabel?: number;
  name?: number;
  level?: number;
  period?: number;
  measures: { index: number; key: string }[];
}

export function classifyColumns(header: string[], file: string): Columns {
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
    if (CBS_KEY.test(c)) measures.push({ index, key: c });
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

/** The measure columns to import: --kolommen when given; every unknown name in --kolommen/--eenheid is an issue. */
function selectMeasures(cols: Columns, header: string[], file: string, opts: StatlineOptions, issues: InputIssue[]) {
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
  return selected;
}

/** Unit and indicator id per measure column: catalogue first, then --eenheid, then the dictionary's unit. */
export function resolveMeasures(
  cols: Columns,
  header: string[],
  file: string,
  opts: StatlineOptions,
  ctx: ImportContext,
): MeasurePlan[] {
  const issues: InputIssue[] = [];
  const selected = selectMeasures(cols, header, file, opts, issues);
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
