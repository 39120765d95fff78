// Secondary suppression over all published levels together (as τ-ARGUS does for linked tables): after the primary
// rule has withheld small areas, withhold as few other cells as needed so that no withheld value follows from
// published ones by adding and subtracting (or, for derived means, weighting). Heuristic, deterministic:
// 1. while some relation has exactly one unknown and it is withheld, withhold its smallest published part (the
//    total only when no part is left), and recheck the relations of that cell;
// 2. then the exact check (linear.ts) over all relations at once, which also finds what only a combination of
//    relations gives away; for the first such cell withhold the first candidate that protects it (parts of the
//    relations it is in first, then the rest of its component; smallest first), and repeat from 1.
import type { Series } from '../contracts/data';
import { type CellId, CellTable, cellId, codeOfCell } from './cells';
import { determinedVariables, type Term } from './linear';
import { cellsOfVariable, type Relation } from './relation';
import { type DisclosureRules, relationsOf } from './relations';

/** How many candidates the exact step tries before it takes the first one anyway (and checks again). */
const MAX_TRIES = 64;

/** Ranking of candidate cells (smaller first), compared element by element; ties go by cell id. */
export type Rank = (id: CellId) => readonly number[];

function byRank(rank: Rank) {
  return (a: CellId, b: CellId) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
      const d = (ra[i] ?? 0) - (rb[i] ?? 0);
      if (d !== 0) return d;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

function isProtected(t: CellTable, v: string): boolean {
  return cellsOfVariable(v).some((c) => t.isHidden(c));
}

/** Cells whose withholding would add an unknown to `r`: published parts smallest first, then the total. */
function candidates(t: CellTable, r: Relation, rank: Rank): CellId[] {
  return [...r.parts(t).sort(byRank(rank)), ...(t.isPublished(r.total) ? [r.total] : [])];
}

/** Withheld cells (and products) that the published cells give away, sorted; with the rows they were found in. */
function findLeaks(t: CellTable, relations: readonly Relation[]): { found: string[]; rows: Term[][] } {
  const rows: Term[][] = relations.map((r) => r.terms(t));
  return { found: [...determinedVariables(rows)].filter((v) => isProtected(t, v)).sort(), rows };
}

/** The rows linked to variable `v` through shared unknowns: where a cell that protects `v` can be. */
function component(rows: readonly Term[][], v: string): number[] {
  const rowsOf = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const x of row) {
      const list = rowsOf.get(x.v);
      if (list) list.push(i);
      else rowsOf.set(x.v, [i]);
    }
  });
  const seenVars = new Set([v]);
  const seenRows = new Set<number>();
  const todo = [v];
  while (todo.length > 0) {
    for (const i of rowsOf.get(todo.pop() as string) ?? []) {
      if (seenRows.has(i)) continue;
      seenRows.add(i);
      for (const x of rows[i] ?? []) {
        if (!seenVars.has(x.v)) {
          seenVars.add(x.v);
          todo.push(x.v);
        }
      }
    }
  }
  return [...seenRows].sort((a, b) => a - b);
}

/** Withholds cells in `t` until nothing withheld can be derived; returns the cells it withheld, in order. */
export function protectCells(t: CellTable, relations: readonly Relation[], rank: Rank): CellId[] {
  const byCell = new Map<CellId, number[]>();
  relations.forEach((r, i) => {
    for (const c of r.cells) {
      const list = byCell.get(c);
      if (list) list.push(i);
      else byCell.set(c, [i]);
    }
  });
  const added: CellId[] = [];
  for (;;) {
    // 1. Single-unknown relations, to a fixpoint (a queue with a read index: shift() is linear).
    const queue = relations.map((_, i) => i);
    const queued = new Set(queue);
    for (let k = 0; k < queue.length; k++) {
      const i = queue[k] as number;
      queued.delete(i);
      const r = relations[i] as Relation;
      const terms = r.terms(t);
      if (terms.length !== 1 || !isProtected(t, (terms[0] as Term).v)) continue;
      const c = candidates(t, r, rank)[0];
      if (c === undefined) continue; // left to the exact check, which fails loudly if nothing can be done
      t.hide(c);
      added.push(c);
      for (const j of [i, ...(byCell.get(c) ?? [])]) {
        if (!queued.has(j)) {
          queued.add(j);
          queue.push(j);
        }
      }
    }
    // 2. Combinations of relations, one leak at a time (protecting one often protects others).
    const { found, rows } = findLeaks(t, relations);
    const v = found[0];
    if (v === undefined) return added;
    const near = component(rows, v);
    const holding = near.filter((i) => rows[i]?.some((x) => x.v === v));
    const order = byRank(rank);
    const partsOf = (is: number[]) => [...new Set(is.flatMap((i) => (relations[i] as Relation).parts(t)))].sort(order);
    const totalsOf = (is: number[]) =>
      [...new Set(is.flatMap((i) => [(relations[i] as Relation).total].filter((c) => t.isPublished(c))))].sort(order);
    // The relations that hold v first, then the rest of its component; parts before totals.
    const options = [...new Set([...partsOf(holding), ...totalsOf(holding), ...partsOf(near), ...totalsOf(near)])];
    // The first that actually protects v (a cell in every relation that gives v away would cancel out); only v's
    // component can change, so only that is solved again.
    const protects = (c: CellId) => {
      const value = t.hide(c);
      const next = relations.map((r) => r.terms(t));
      const still = determinedVariables(component(next, v).map((i) => next[i] as Term[])).has(v);
      t.restore(c, value);
      return !still;
    };
    // Bounded: on a national table a component can be large; the first candidates are the likely ones.
    const fix = options.slice(0, MAX_TRIES).find(protects) ?? options[0];
    if (fix === undefined) throw new Error(`secondary suppression cannot protect ${v}`);
    t.hide(fix);
    added.push(fix);
  }
}

function tableOf(series: readonly Series[], relations: readonly Relation[]): CellTable {
  const t = CellTable.fromSeries(series);
  for (const r of relations) for (const { cell, from } of r.derivations ?? []) t.addDerivation(cell, from);
  return t;
}

export interface AcrossLevelsResult {
  series: Series[];
  /** Cells withheld on top of the primary rule. */
  secondaryValues: number;
}

/**
 * Secondary suppression of already primary-suppressed series. `size` ranks areas (inhabitants): the smallest
 * published area is withheld first, the same one in every series, so related series (inhabitants, men, women) hide
 * the same areas where they can; the value decides between cells of one area.
 */
export function suppressAcrossLevels(
  series: readonly Series[],
  rules: DisclosureRules,
  size: (code: string) => number | undefined,
): AcrossLevelsResult {
  const relations = relationsOf(series, rules);
  const t = tableOf(series, relations);
  const rank: Rank = (id) => [size(codeOfCell(id)) ?? Number.MAX_SAFE_INTEGER, Math.abs(t.value(id) ?? 0)];
  const added = new Set(protectCells(t, relations, rank));
  if (added.size === 0) return { series: [...series], secondaryValues: 0 };
  const out = series.map((s) => {
    const extra = Object.keys(s.values).filter((code) => added.has(cellId(s, code)));
    if (extra.length === 0) return s;
    const gone = new Set(extra);
    const values = Object.fromEntries(Object.entries(s.values).filter(([c]) => !gone.has(c)));
    return { ...s, values, suppressed: [...(s.suppressed ?? []), ...extra].sort() };
  });
  return { series: out, secondaryValues: added.size };
}

/**
 * The differencing check: what the published cells of `series` give away (empty = safe). A withheld cell by id, or
 * the product of a withheld share and its weight ("share × weight"), which is a small count in itself.
 */
export function recoverableCells(series: readonly Series[], rules: DisclosureRules): string[] {
  const relations = relationsOf(series, rules);
  return findLeaks(tableOf(series, relations), relations).found.map((v) => cellsOfVariable(v).join(' × '));
}
