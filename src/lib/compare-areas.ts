// Two areas side by side on every theme: A, B, Weert and NL, the difference A−B and a verdict with the same
// thresholds as the profile (comparable, comparisonOf). Areas may be of different levels. Pure.
import type { CatalogueEntry } from '../../core/contracts/data';
import { SUBGROUP_PREFERENCE } from '../state/app-state';
import { compareNl } from './collate';
import { areaValue, type DataIndex, isSuppressed, levelOfCode, NL_CODE, subgroupsFor, WEERT_CODE, yearsFor } from './data';
import { comparable, comparisonOf, isModelEstimate } from './profile';

/** A value as shown: a number, withheld by the public build (afgeschermd) or absent (geen gegevens). Never 0. */
export type CellValue = { kind: 'waarde'; value: number } | { kind: 'afgeschermd' } | { kind: 'geen' };

/** A relative to B, read through the indicator's polarity; 'vergelijkbaar' within the thresholds. */
export type AreaVerdict = 'gunstiger' | 'ongunstiger' | 'vergelijkbaar' | 'neutraal' | 'onbekend';

export interface CompareRow {
  entry: CatalogueEntry;
  themeId: CatalogueEntry['theme'];
  themeLabel: string;
  subgroup: string;
  year: number;
  a: CellValue;
  b: CellValue;
  weert: CellValue;
  nl: CellValue;
  /** A − B when both are published; undefined otherwise. */
  diff: number | undefined;
  /** |A − B| relative to Weert (|A−B| / |Weert|); undefined without a difference or a Weert value. */
  deviation: number | undefined;
  verdict: AreaVerdict;
}

export type CompareSort = 'afwijking' | 'thema';

function cell(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string): CellValue {
  const v = areaValue(idx, indicator, subgroup, year, levelOfCode(code), code);
  if (v !== undefined && !Number.isNaN(v)) return { kind: 'waarde', value: v };
  if (isSuppressed(idx, indicator, subgroup, year, code)) return { kind: 'afgeschermd' };
  return { kind: 'geen' };
}

const present = (c: CellValue) => c.kind !== 'geen';
export const numberOf = (c: CellValue): number | undefined => (c.kind === 'waarde' ? c.value : undefined);

/** The preferred subgroup (as in the profile) that exists at both levels. */
function commonSubgroup(entry: CatalogueEntry, codeA: string, codeB: string): string | undefined {
  const a = subgroupsFor(entry, levelOfCode(codeA));
  const b = new Set(subgroupsFor(entry, levelOfCode(codeB)));
  const both = a.filter((g) => b.has(g));
  return SUBGROUP_PREFERENCE.find((g) => both.includes(g)) ?? both[0];
}

function verdictOf(entry: CatalogueEntry, a: number | undefined, b: number | undefined, idx: DataIndex): AreaVerdict {
  if (a === undefined || b === undefined) return 'onbekend';
  if (entry.polarity === 'neutral') return 'neutraal';
  const diff = a - b;
  if (comparable(diff, b, { unit: entry.unit, model: isModelEstimate(entry) }, comparisonOf(idx))) return 'vergelijkbaar';
  return diff > 0 === (entry.polarity === 'higher-is-better') ? 'gunstiger' : 'ongunstiger';
}

/**
 * Every non-count indicator on every theme where both areas have an entry (a value, or one withheld) in a common
 * year: the latest such year, in the preferred subgroup. Counts are left out: a wijk and a buurt count are not
 * comparable (the profile leaves them out too). Rows come in theme order; see sortRows for the other order.
 */
export function compareAreas(idx: DataIndex, codeA: string, codeB: string): CompareRow[] {
  const rows: CompareRow[] = [];
  const levelA = levelOfCode(codeA);
  const levelB = levelOfCode(codeB);
  for (const theme of idx.catalogue.themes) {
    const themed: CompareRow[] = [];
    for (const entry of idx.catalogue.indicators) {
      if (entry.theme !== theme.id || entry.measure === 'count') continue;
      const subgroup = commonSubgroup(entry, codeA, codeB);
      if (!subgroup) continue;
      const yearsB = new Set(yearsFor(entry, levelB, subgroup));
      const years = yearsFor(entry, levelA, subgroup).filter((y) => yearsB.has(y));
      for (let i = years.length - 1; i >= 0; i--) {
        const year = years[i] as number;
        const a = cell(idx, entry.id, subgroup, year, codeA);
        const b = cell(idx, entry.id, subgroup, year, codeB);
        if (!present(a) || !present(b)) continue;
        const weert = cell(idx, entry.id, subgroup, year, WEERT_CODE);
        const nl = cell(idx, entry.id, subgroup, year, NL_CODE);
        const va = numberOf(a);
        const vb = numberOf(b);
        const vw = numberOf(weert);
        const diff = va !== undefined && vb !== undefined ? va - vb : undefined;
        const deviation = diff !== undefined && vw !== undefined && vw !== 0 ? Math.abs(diff) / Math.abs(vw) : undefined;
        themed.push({
          entry,
          themeId: theme.id,
          themeLabel: theme.label,
          subgroup,
          year,
          a,
          b,
          weert,
          nl,
          diff,
          deviation,
          verdict: verdictOf(entry, va, vb, idx),
        });
        break;
      }
    }
    themed.sort((x, y) => compareNl(x.entry.label, y.entry.label));
    rows.push(...themed);
  }
  return rows;
}

/**
 * 'afwijking': largest |A−B| relative to Weert first; rows without a deviation (a value withheld, no Weert value)
 * last, in theme order. 'thema': the catalogue's theme order, then label. Stable; does not change its input.
 */
export function sortRows(rows: CompareRow[], by: CompareSort, idx: DataIndex): CompareRow[] {
  const themeOrder = new Map(idx.catalogue.themes.map((t, i) => [t.id, i]));
  const byTheme = (x: CompareRow, y: CompareRow) =>
    (themeOrder.get(x.themeId) ?? 0) - (themeOrder.get(y.themeId) ?? 0) || compareNl(x.entry.label, y.entry.label);
  if (by === 'thema') return [...rows].sort(byTheme);
  return [...rows].sort((x, y) => {
    if (x.deviation === undefined || y.deviation === undefined) {
      if (x.deviation !== undefined) return -1;
      if (y.deviation !== undefined) return 1;
      return byTheme(x, y);
    }
    return y.deviation - x.deviation || byTheme(x, y);
  });
}
