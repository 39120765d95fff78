// One linear relation between cells, as secondary suppression and the differencing check see it. Shared by the
// relations along the area levels (areas.ts) and between indicators (indicators.ts).
import type { Series } from '../contracts/data';
import type { CellId, CellTable } from './cells';
import type { Term } from './linear';

export interface Relation {
  /** The cell withheld only as a last resort (for sums the total: it is the figure most users look at). */
  total: CellId;
  /** Every cell whose state changes the terms. */
  cells: CellId[];
  /** The relation over the cells unknown in `t` (known cells fold into the constant). */
  terms(t: CellTable): Term[];
  /** Published cells whose withholding adds an unknown to the relation: where secondary suppression looks first. */
  parts(t: CellTable): CellId[];
  /** Absent cells the relation makes known while the listed cells are published. */
  derivations?: Array<{ cell: CellId; from: CellId[] }>;
}

/**
 * Unknown product share × weight: with either factor withheld it is a (small) count that would give the withheld
 * factor back, so it is protected like one.
 */
const PRODUCT = 'P:';
export const productVar = (share: CellId, weight: CellId) => `${PRODUCT}${share}*${weight}`;
/** The cells behind a variable: itself, or both factors of a product. */
export const cellsOfVariable = (v: string): CellId[] => (v.startsWith(PRODUCT) ? v.slice(PRODUCT.length).split('*') : [v]);

/** total = Σ f·part. */
export function sumRelation(total: CellId, parts: Array<{ cell: CellId; f: number }>): Relation {
  return {
    total,
    cells: [total, ...parts.map((p) => p.cell)],
    terms: (t) => [
      ...(t.isKnown(total) ? [] : [{ v: total, coef: 1 }]),
      ...parts.filter((p) => !t.isKnown(p.cell)).map((p) => ({ v: p.cell, coef: -p.f })),
    ],
    parts: (t) => parts.filter((p) => t.isPublished(p.cell)).map((p) => p.cell),
  };
}

/** Published or withheld: the cell had a value (it is not absent at the source). */
export const hasCell = (t: CellTable, c: CellId) => t.isPublished(c) || t.isHidden(c);

/** Codes a series had before suppression: published and withheld. */
export const allCodes = (s: Series) => [...Object.keys(s.values), ...(s.suppressed ?? [])];

/** Series by indicator|subgroup|year|level. */
export function seriesIndex(series: readonly Series[]) {
  const index = new Map(series.map((s) => [`${s.indicator}|${s.subgroup}|${s.year}|${s.level}`, s]));
  return (indicator: string, like: Series) => index.get(`${indicator}|${like.subgroup}|${like.year}|${like.level}`);
}
