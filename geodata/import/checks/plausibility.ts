// Plausibility of the values against what they claim: counts are never negative, and a series is on the same scale
// as the same indicator in other years (a share given as a fraction, a distance in metres instead of km, is off by a
// factor of 100 or 1000 and would be published as a real change). --eenheid-ok accepts a deliberate jump.
import type { Measure } from '../../../core/contracts/config';
import type { InputIssue } from '../../lib/errors';
import { guessMeasure } from '../scaffold';
import type { ImportContext, ImportRow } from '../types';

/** A factor beyond this between a series and the same indicator's other years is a unit error, not a trend. */
export const SCALE_FACTOR = 30;
/** The fraction test for a new percentage needs a few values to say "all between 0 and 1". */
const MIN_VALUES_FOR_FRACTION = 3;

const measureOf = (r: ImportRow, ctx: ImportContext): Measure => ctx.measures.get(r.indicator) ?? guessMeasure(r.unit);

export function negativeCountIssue(r: ImportRow, ctx: ImportContext): string | undefined {
  if (r.value === null || r.value >= 0 || measureOf(r, ctx) !== 'count') return undefined;
  return `${r.value} is negatief, maar ${r.indicator} is een aantal (${r.unit}); een aantal kan niet kleiner zijn dan 0`;
}

function median(values: readonly number[]): number {
  const s = values.map(Math.abs).sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const nl = (n: number) => n.toLocaleString('nl-NL', { maximumSignificantDigits: 4 });
const ACCEPT = 'Is de eenheid toch juist (een echte sprong), importeer dan opnieuw met --eenheid-ok.';

interface Series {
  indicator: string;
  level: string;
  year: number;
  unit: string;
  first: ImportRow;
  values: number[];
}

function seriesOf(rows: readonly ImportRow[]): Series[] {
  const map = new Map<string, Series>();
  for (const r of rows) {
    if (r.value === null) continue;
    const key = `${r.indicator}|${r.areaLevel}|${r.year}`;
    const s = map.get(key) ?? { indicator: r.indicator, level: r.areaLevel, year: r.year, unit: r.unit, first: r, values: [] };
    s.values.push(r.value);
    map.set(key, s);
  }
  return [...map.values()];
}

/** Values of the same indicator in other years: same level first; shares and means may borrow from other levels. */
function reference(s: Series, all: readonly Series[], ctx: ImportContext, count: boolean) {
  const known = (ctx.history.get(s.indicator) ?? []).filter((k) => k.year !== s.year);
  const fresh = all.filter((o) => o.indicator === s.indicator && o.year !== s.year);
  const same = [
    ...known.filter((k) => k.level === s.level),
    ...fresh.filter((o) => o.level === s.level).flatMap((o) => o.values.map((value) => ({ year: o.year, value }))),
  ];
  if (same.length > 0 || count) return same;
  return [...known, ...fresh.flatMap((o) => o.values.map((value) => ({ year: o.year, value })))];
}

function scaleIssue(s: Series, all: readonly Series[], file: string, ctx: ImportContext): InputIssue | undefined {
  const ref = reference(s, all, ctx, measureOf(s.first, ctx) === 'count');
  if (ref.length === 0) return undefined;
  const a = median(s.values);
  const b = median(ref.map((k) => k.value));
  if (a === 0 || b === 0) return undefined;
  const ratio = a / b;
  if (ratio > 1 / SCALE_FACTOR && ratio < SCALE_FACTOR) return undefined;
  const years = [...new Set(ref.map((k) => k.year))].sort((x, y) => x - y).join(', ');
  // The nearest power of ten names the likely unit slip (×100: fraction/percentage, ×1000: m/km).
  const factor = nl(10 ** Math.round(Math.abs(Math.log10(ratio))));
  const fraction =
    s.unit === '%' && ratio < 1 ? ` Dit lijken fracties (zoals ${nl(a)}) in plaats van percentages (zoals ${nl(a * 100)}).` : '';
  return {
    file,
    row: s.first.at.row,
    column: s.first.at.value,
    message:
      `de waarden van ${s.indicator} (${s.level}, ${s.year}) zijn ongeveer ${factor}× ${ratio < 1 ? 'kleiner' : 'groter'} dan ` +
      `in ${years} (mediaan ${nl(a)} tegen ${nl(b)} ${s.unit}): waarschijnlijk een andere eenheid.${fraction} ${ACCEPT}`,
  };
}

/** A new percentage without earlier years: all values between 0 and 1 are fractions, not percentages. */
function fractionIssues(series: readonly Series[], file: string, ctx: ImportContext): InputIssue[] {
  const issues: InputIssue[] = [];
  const byIndicator = new Map<string, Series[]>();
  for (const s of series) if (s.unit === '%') byIndicator.set(s.indicator, [...(byIndicator.get(s.indicator) ?? []), s]);
  for (const [indicator, list] of byIndicator) {
    if ((ctx.history.get(indicator) ?? []).length > 0) continue;
    const values = list.flatMap((s) => s.values);
    if (values.length < MIN_VALUES_FOR_FRACTION || !values.every((v) => v >= 0 && v <= 1) || values.every((v) => v === 0))
      continue;
    const first = (list[0] as Series).first;
    issues.push({
      file,
      row: first.at.row,
      column: first.at.value,
      message: `alle ${values.length} waarden van ${indicator} liggen tussen 0 en 1, terwijl de eenheid % is: dit lijken fracties (0,35) in plaats van percentages (35). Vermenigvuldig ze met 100. ${ACCEPT}`,
    });
  }
  return issues;
}

/** Scale checks over whole series; skipped with --eenheid-ok. */
export function scaleIssues(rows: readonly ImportRow[], file: string, ctx: ImportContext): InputIssue[] {
  const series = seriesOf(rows);
  const issues = series.flatMap((s) => scaleIssue(s, series, file, ctx) ?? []);
  // A fraction series with earlier years is already reported above.
  const reported = new Set(issues.map((i) => i.row));
  return [...issues, ...fractionIssues(series, file, ctx).filter((i) => !reported.has(i.row))];
}
