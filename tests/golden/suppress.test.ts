// Golden cases for the publication rule (core/suppress.ts: primary, then secondary across levels), small enough
// to check by hand: tests/golden/fixtures/suppress/in/<case>.json holds the series, areas and configuration (its
// "description" says what should happen), out/<case>.json what is published. Regenerate the outputs with
// `UPDATE=1 npx vitest run tests/golden/suppress.test.ts` and review the diff.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AggregationConfig, IndicatorConfig, PublicationConfig } from '../../core/contracts/config';
import type { Area, Series } from '../../core/contracts/data';
import { type Hierarchy, hierarchyOf } from '../../core/disclosure/cells';
import { recoverableCells } from '../../core/disclosure/secondary';
import { suppressForPublication, suppressSmallNumbers } from '../../core/suppress';

const DIR = join(import.meta.dirname, 'fixtures/suppress');
const UPDATE = process.env.UPDATE === '1';

interface Case {
  description: string;
  series: Series[];
  catalogue: IndicatorConfig[];
  publication: PublicationConfig;
  aggregation: AggregationConfig;
  areas: Area[];
  derived?: Omit<Hierarchy, 'sums'>;
}

const read = (name: string): Case => JSON.parse(readFileSync(join(DIR, 'in', `${name}.json`), 'utf8'));
const names = readdirSync(join(DIR, 'in'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function run(c: Case) {
  const hierarchy = hierarchyOf(c.areas, c.derived ?? { membership: {}, mode: 'buurten' });
  const r = suppressForPublication(c.series, c.catalogue, c.publication, c.aggregation, hierarchy);
  const { indicatorSums = [], indicatorShares = [] } = c.publication;
  const rules = { catalogue: c.catalogue, aggregation: c.aggregation, hierarchy, indicatorSums, indicatorShares };
  const primaryOnly = suppressSmallNumbers(c.series, c.catalogue, c.publication, c.aggregation).series;
  return {
    suppressedValues: r.suppressedValues,
    secondaryValues: r.secondaryValues,
    /** What a differencing attacker gets back from the primary rule alone (why the case needs secondary). */
    recoverableWithoutSecondary: recoverableCells(primaryOnly, rules),
    /** … and from the published output: must stay empty. */
    recoverable: recoverableCells(r.series, rules),
    series: r.series.map((s) => ({ key: `${s.indicator} ${s.level}`, values: s.values, suppressed: s.suppressed ?? [] })),
  };
}

describe('suppression golden cases: in → out', () => {
  it('has cases', () => expect(names.length).toBeGreaterThanOrEqual(7));

  it.each(names)('%s', (name) => {
    const actual = run(read(name));
    const out = join(DIR, 'out', `${name}.json`);
    if (UPDATE) {
      mkdirSync(join(DIR, 'out'), { recursive: true });
      writeFileSync(out, `${JSON.stringify(actual, null, 1)}\n`);
    }
    expect(actual.recoverable, 'a withheld value can be recomputed').toEqual([]);
    expect(actual, `${name} differs from its golden output (UPDATE=1 to accept)`).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });
});
