// The published table as cells for disclosure control: one cell per (indicator, subgroup, year, area). A cell is
// published, hidden (withheld by us: must stay underivable) or absent (no data at the source: unknown to everyone,
// but nothing we promised to protect, unless it follows from published cells). And the hierarchy of areas the cells
// add up along.
import type { Membership } from '../aggregate';
import type { Area, Series } from '../contracts/data';

export type CellId = string;

export const cellId = (s: { indicator: string; subgroup: string; year: number }, code: string): CellId =>
  `${s.indicator}|${s.subgroup}|${s.year}|${code}`;
export const codeOfCell = (id: CellId) => id.slice(id.lastIndexOf('|') + 1);

export class CellTable {
  private readonly published = new Map<CellId, number>();
  private readonly hiddenCells = new Set<CellId>();
  /** Absent cells that follow from published ones (a count from a published share and its other count). */
  private readonly derivations = new Map<CellId, CellId[][]>();

  /** Cells as the public sees them: values are known, `suppressed` codes hidden, everything else absent. */
  static fromSeries(series: readonly Series[]): CellTable {
    const t = new CellTable();
    for (const s of series) {
      for (const [code, v] of Object.entries(s.values)) t.published.set(cellId(s, code), v);
      for (const code of s.suppressed ?? []) t.hiddenCells.add(cellId(s, code));
    }
    return t;
  }

  /** An absent cell is known too while every cell of `from` is published. */
  addDerivation(cell: CellId, from: CellId[]): void {
    this.derivations.set(cell, [...(this.derivations.get(cell) ?? []), from]);
  }

  /** The published value, or undefined when hidden, absent or only derivable. */
  value(id: CellId): number | undefined {
    return this.published.get(id);
  }
  /** Published, or derivable from published cells. */
  isKnown(id: CellId): boolean {
    if (this.published.has(id)) return true;
    if (this.hiddenCells.has(id)) return false;
    return this.derivations.get(id)?.some((from) => from.every((c) => this.published.has(c))) ?? false;
  }
  /** Published by us: what secondary suppression can still withhold. */
  isPublished(id: CellId): boolean {
    return this.published.has(id);
  }
  isHidden(id: CellId): boolean {
    return this.hiddenCells.has(id);
  }
  /** Withhold a published cell; returns its value (for `restore`). */
  hide(id: CellId): number {
    const value = this.published.get(id);
    if (value === undefined) throw new Error(`cell ${id} is not published, so it cannot be hidden`);
    this.published.delete(id);
    this.hiddenCells.add(id);
    return value;
  }
  /** Undo `hide` (when trying which cell protects best). */
  restore(id: CellId, value: number): void {
    this.hiddenCells.delete(id);
    this.published.set(id, value);
  }
}

/** How published areas add up. */
export interface Hierarchy {
  /** Totals the source publishes with all their parts (gemeente = Σ wijken, wijk = Σ buurten). */
  sums: Array<{ total: string; parts: string[] }>;
  /** Areas we aggregate ourselves (deelgebieden, polygon area sets): members with the fraction inside. */
  membership: Membership;
  /** How derived shares are weighted: the catalogue's weight series per buurt, or land area. */
  mode: 'buurten' | 'area' | 'population';
  /** Buurt land areas (m²): the weights in 'area' mode. */
  buurtAreas?: Readonly<Record<string, number>>;
}

/** The gemeente's CBS hierarchy from the area list, plus the derived area set (deelgebieden are not a CBS level). */
export function hierarchyOf(areas: readonly Area[], derived: Omit<Hierarchy, 'sums'>): Hierarchy {
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (!a.weert || !a.parent || (a.level !== 'buurt' && a.level !== 'wijk')) continue;
    const list = children.get(a.parent) ?? [];
    list.push(a.code);
    children.set(a.parent, list);
  }
  const sums = [...children].map(([total, parts]) => ({ total, parts: parts.sort() }));
  return { ...derived, sums: sums.sort((a, b) => (a.total < b.total ? -1 : a.total > b.total ? 1 : 0)) };
}
