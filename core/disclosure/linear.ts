// Which unknowns of a linear system follow from it: the attacker's side of differencing. Each relation is a row
// Σ coef·x = (known constant) over the unknown cells only; an unknown x is recoverable exactly when the unit vector
// e_x lies in the row space, i.e. when x is a pivot of the reduced row echelon form and its row holds nothing else.
// Sparse Gauss–Jordan, pivoting on the variables in the fewest rows first: area hierarchies are trees plus a few
// cross-links, and eliminating leaves before totals keeps the rows short (a national table has thousands of buurten).

export interface Term {
  /** Variable id: a cell id, or a derived product (see relations.ts). */
  v: string;
  coef: number;
}

/** Below this, relative to the coefficients an elimination step combined, a coefficient is float noise, not a link. */
const EPS = 1e-9;

type Row = Map<string, number>;

function normalise(terms: readonly Term[]): Row | undefined {
  const row: Row = new Map();
  for (const { v, coef } of terms) row.set(v, (row.get(v) ?? 0) + coef);
  let max = 0;
  for (const c of row.values()) max = Math.max(max, Math.abs(c));
  if (max === 0) return undefined;
  for (const [v, c] of row) {
    if (Math.abs(c / max) < EPS) row.delete(v);
    else row.set(v, c / max);
  }
  return row.size > 0 ? row : undefined;
}

/** The variables fixed by the rows, whatever the constants are. Deterministic for a given input. */
export function determinedVariables(rows: ReadonlyArray<readonly Term[]>): Set<string> {
  const live: Row[] = [];
  for (const t of rows) {
    const r = normalise(t);
    if (r) live.push(r);
  }
  // Column index: variable → rows (by position in `live`) that still hold it.
  const where = new Map<string, Set<number>>();
  const index = (v: string, i: number) => {
    const s = where.get(v);
    if (s) s.add(i);
    else where.set(v, new Set([i]));
  };
  live.forEach((r, i) => {
    for (const v of r.keys()) index(v, i);
  });
  const pivotOf = new Map<number, string>(); // row index → its pivot variable
  const open = new Set(live.map((_, i) => i)); // rows not yet used as a pivot row
  // Static pivot order, fewest rows first (ties: id): leaves of the hierarchy before their totals, in linear time.
  const order = [...where.keys()].sort((a, b) => (where.get(a)?.size ?? 0) - (where.get(b)?.size ?? 0) || (a < b ? -1 : 1));
  for (const v of order) {
    // Pivot row: the shortest open row that still holds v (ties: index).
    let p = -1;
    for (const i of where.get(v) ?? []) {
      if (!open.has(i)) continue;
      const len = (live[i] as Row).size;
      if (p < 0 || len < (live[p] as Row).size || (len === (live[p] as Row).size && i < p)) p = i;
    }
    if (p < 0) continue;
    const prow = live[p] as Row;
    const pc = prow.get(v) as number;
    for (const [u, c] of prow) prow.set(u, c / pc);
    open.delete(p);
    pivotOf.set(p, v);
    // Gauss–Jordan: clear v from every other row, pivot rows included, so the result is fully reduced.
    for (const i of [...(where.get(v) ?? [])].sort((a, b) => a - b)) {
      if (i === p) continue;
      const row = live[i] as Row;
      const f = row.get(v) as number;
      // Noise is judged against the size of what was subtracted, not the row's size afterwards: a row that cancels
      // out (a dependent relation) leaves only float residues, which relative to themselves would look like a link.
      let scale = 0;
      for (const c of row.values()) scale = Math.max(scale, Math.abs(c));
      for (const c of prow.values()) scale = Math.max(scale, Math.abs(f * c));
      for (const [u, c] of prow) {
        const next = (row.get(u) ?? 0) - f * c;
        if (!row.has(u)) index(u, i);
        row.set(u, next);
      }
      for (const [u, c] of row) {
        if (u === v || Math.abs(c) < EPS * scale) {
          row.delete(u);
          where.get(u)?.delete(i);
        }
      }
      if (row.size === 0) open.delete(i);
    }
  }
  const out = new Set<string>();
  for (const [i, v] of pivotOf) if ((live[i] as Row).size === 1) out.add(v);
  return out;
}
