// Secondary suppression (core/disclosure): the exact solver against brute force, and the whole rule on random
// area hierarchies: whatever is small, nothing withheld can be recomputed afterwards, and the result is stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Area, Series } from '../../core/contracts/data';
import { hierarchyOf } from '../../core/disclosure/cells';
import { determinedVariables, type Term } from '../../core/disclosure/linear';
import { recoverableCells } from '../../core/disclosure/secondary';
import { suppressForPublication } from '../../core/suppress';

const t = (...xs: [string, number][]): Term[] => xs.map(([v, coef]) => ({ v, coef }));
const sorted = (s: Set<string>) => [...s].sort();

describe('determinedVariables', () => {
  it('finds what a single relation or a combination fixes, and nothing else', () => {
    expect(sorted(determinedVariables([t(['a', 1])]))).toEqual(['a']);
    expect(sorted(determinedVariables([t(['a', 1], ['b', -1])]))).toEqual([]);
    // a+b, a+c, b+c: every one follows, though no relation has a single unknown.
    expect(sorted(determinedVariables([t(['a', 1], ['b', 1]), t(['a', 1], ['c', 1]), t(['b', 1], ['c', 1])]))).toEqual([
      'a',
      'b',
      'c',
    ]);
    // A 2×2 table with all four cells withheld: margins fix nothing.
    const table = [t(['a', 1], ['b', 1]), t(['c', 1], ['d', 1]), t(['a', 1], ['c', 1]), t(['b', 1], ['d', 1])];
    expect(sorted(determinedVariables(table))).toEqual([]);
    // Wijk minus deelgebied: x follows although both relations have three unknowns.
    expect(sorted(determinedVariables([t(['p', 1], ['q', 1], ['x', 1]), t(['p', 1], ['q', 1])]))).toEqual(['x']);
    // Rank 4 of 5 with fractional coefficients: the dependent row cancels to float residues, which are not a relation
    // (a random case found in CI; every variable stays free).
    const dependent = [
      [0.5, -1, 2, 0, -1],
      [1, 0.5, -1, 0.5, 1],
      [0, 0.5, 1, 0.5, 0],
      [0.5, 1, 0, 2, 1],
      [-1, 0, 0, 2, 0],
    ].map((r) => r.flatMap((c, k) => (c === 0 ? [] : [{ v: 'abcde'[k] as string, coef: c }])));
    expect(sorted(determinedVariables(dependent))).toEqual([]);
    // Duplicate and empty rows change nothing.
    expect(sorted(determinedVariables([t(['a', 1], ['b', 1]), t(['a', 2], ['b', 2]), []]))).toEqual([]);
  });

  it('agrees with brute force (rank with and without the variable) on random small systems', () => {
    const vars = ['a', 'b', 'c', 'd', 'e'];
    const rank = (rows: number[][]) => {
      const m = rows.map((r) => [...r]);
      let r = 0;
      for (let c = 0; c < vars.length && r < m.length; c++) {
        const p = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
        if (p < 0) continue;
        [m[r], m[p]] = [m[p] as number[], m[r] as number[]];
        const pr = m[r] as number[];
        for (let i = 0; i < m.length; i++) {
          const row = m[i] as number[];
          if (i === r || Math.abs(row[c] as number) < 1e-9) continue;
          const f = (row[c] as number) / (pr[c] as number);
          for (let k = 0; k < vars.length; k++) row[k] = (row[k] as number) - f * (pr[k] as number);
        }
        r++;
      }
      return r;
    };
    const coef = fc.constantFrom(0, 0, 0, 1, -1, 1, 0.5, 2);
    fc.assert(
      fc.property(fc.array(fc.array(coef, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), (matrix) => {
        const rows = matrix.map((r) => r.flatMap((c, k) => (c === 0 ? [] : [{ v: vars[k] as string, coef: c }])));
        const got = determinedVariables(rows);
        // x is fixed iff e_x is in the row space iff appending e_x does not raise the rank.
        for (const [k, v] of vars.entries()) {
          const unit = vars.map((_, j) => (j === k ? 1 : 0));
          const fixed = matrix.length > 0 && rank([...matrix, unit]) === rank(matrix);
          expect(got.has(v), `${v} in ${JSON.stringify(matrix)}`).toBe(fixed);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const cfg: PublicationConfig = { version: 1, description: '', profile: 'publiek', minPopulation: 50, minOwnCount: 5 };
const agg: AggregationConfig = { version: 1, description: '', subgroupWeights: {} };
const catalogue = [
  { id: 'AANT_INW', measure: 'count', decimals: 0 },
  { id: 'EIGEN', measure: 'count', decimals: 0 },
] as IndicatorConfig[];

/** A gemeente of wijken of buurten, deelgebieden crossing them, and per buurt inhabitants and an own count. */
const town = fc
  .array(
    fc.array(fc.record({ pop: fc.integer({ min: 0, max: 400 }), own: fc.integer({ min: 0, max: 12 }), dg: fc.nat(2) }), {
      minLength: 1,
      maxLength: 5,
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((wijken) => {
    const areas: Area[] = [{ code: 'GM0988', name: 'G', level: 'gemeente', weert: true }];
    const membership: Record<string, Array<{ code: string; fraction: number }>> = {};
    const series: Series[] = [];
    for (const [indicator, key, own] of [
      ['AANT_INW', 'pop', false],
      ['EIGEN', 'own', true],
    ] as const) {
      const level = (l: Series['level'], values: Record<string, number>): Series => ({
        indicator,
        subgroup: 'totaal',
        year: 2024,
        level: l,
        source: 'test',
        ...(own ? { own: true } : {}),
        values,
      });
      const buurt: Record<string, number> = {};
      const wijk: Record<string, number> = {};
      const dg: Record<string, number> = {};
      wijken.forEach((bs, w) => {
        const wk = `WK0988${String(w).padStart(2, '0')}`;
        bs.forEach((b, i) => {
          const bu = `BU0988${String(w).padStart(2, '0')}${String(i).padStart(2, '0')}`;
          const d = `DG0${b.dg + 1}`;
          buurt[bu] = b[key];
          wijk[wk] = (wijk[wk] ?? 0) + b[key];
          dg[d] = (dg[d] ?? 0) + b[key];
          if (indicator === 'AANT_INW') {
            if (i === 0) areas.push({ code: wk, name: wk, level: 'wijk', parent: 'GM0988', weert: true });
            areas.push({ code: bu, name: bu, level: 'buurt', parent: wk, weert: true });
            membership[d] = [...(membership[d] ?? []), { code: bu, fraction: 1 }];
          }
        });
      });
      const total = Object.values(wijk).reduce((a, b) => a + b, 0);
      series.push(level('buurt', buurt), level('wijk', wijk), level('deelgebied', dg), level('gemeente', { GM0988: total }));
    }
    return { areas, series, hierarchy: hierarchyOf(areas, { membership, mode: 'buurten' }) };
  });

describe('secondary suppression on random towns', () => {
  it('leaves nothing recoverable, is deterministic, and only adds to what the primary rule withheld', () => {
    fc.assert(
      fc.property(town, ({ series, hierarchy }) => {
        const run = () => suppressForPublication(series, catalogue, cfg, agg, hierarchy);
        const r = run();
        expect(recoverableCells(r.series, { catalogue, aggregation: agg, hierarchy })).toEqual([]);
        expect(run()).toEqual(r);
        for (const [i, s] of r.series.entries()) {
          const before = series[i] as Series;
          // Every value is either published unchanged or withheld and listed; nothing else changes.
          for (const [code, v] of Object.entries(before.values)) {
            if (s.values[code] === undefined) expect(s.suppressed).toContain(code);
            else expect(s.values[code]).toBe(v);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
