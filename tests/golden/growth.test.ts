// Golden files for the growth effect model (core/growth/): a tiny scenario (tests/golden/fixtures/growth/in/: two
// projects, three years, round parameters) and its full outcome per buurt, summed per wijk, deelgebied and gemeente,
// and as GS_* series (…/out/), rounded so float noise cannot fail it. The in/ files are written by hand;
// `UPDATE=1 npx vitest run tests/golden/growth.test.ts` regenerates out/ from them: review the diff. Below them,
// properties of the model on random scenarios (fast-check) with the real parameters.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEERT_CODE } from '../../core/codes';
import {
  AGE_GROUPS,
  DWELLING_TYPES,
  type DwellingType,
  ParametersSchema,
  type Project,
  type Scenario,
  ScenarioSchema,
} from '../../core/contracts/scenario';
import {
  aggregateEffects,
  at,
  computeEffects,
  type Effects,
  homesPerYear,
  METRICS,
  type Metric,
  scenarioYears,
  UNASSIGNED,
} from '../../core/growth/effects';
import { type GrowthAreas, growthCatalogue, growthSeries, wijkOf } from '../../core/growth/indicators';
import { resolveScenario } from '../../core/growth/resolve';

const DIR = join(import.meta.dirname, 'fixtures/growth');
const UPDATE = process.env.UPDATE === '1';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** One space indent, arrays of numbers or strings on one line (a year row reads as a row). */
const toJson = (v: unknown) =>
  `${JSON.stringify(v, round, 1).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_m, inner: string) => `[${inner.replace(/\n\s*/g, ' ')}]`)}\n`;
/** Numbers rounded to 6 decimals: a change in the last bits of a float is noise, not a regression. */
const round = (_key: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(6)) : v);

const params = ParametersSchema.parse(readJson(join(DIR, 'in/parameters.json')));
const file = ScenarioSchema.parse(readJson(join(DIR, 'in/scenario.json')));
const scenario = resolveScenario(file.id, new Map([[file.id, file]]));
const areas = readJson(join(DIR, 'in/areas.json')) as GrowthAreas;

/** Effects as { area: { metric: [per year] } }, the unassigned key spelled out. */
function readable(years: number[], byArea: Map<string, Float64Array>) {
  const n = years.length;
  return Object.fromEntries(
    [...byArea]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, arr]) => [
        code === UNASSIGNED ? '(niet toegewezen)' : code,
        Object.fromEntries(METRICS.map((m, i) => [m, Array.from(arr.subarray(i * n, (i + 1) * n))])),
      ]),
  );
}

const parentsOf = (b: string) => {
  if (b === UNASSIGNED) return [WEERT_CODE];
  const dg = areas.deelgebiedOf[b];
  return dg ? [wijkOf(b), dg, WEERT_CODE] : [wijkOf(b), WEERT_CODE];
};

const OUTPUTS: Record<string, () => unknown> = {
  'effects.json': () => {
    const e = computeEffects(scenario, params);
    return { years: e.years, byArea: readable(e.years, e.byArea) };
  },
  'aggregated.json': () => {
    const e = computeEffects(scenario, params);
    return { years: e.years, byArea: readable(e.years, aggregateEffects(e, parentsOf)) };
  },
  'series.json': () => growthSeries(computeEffects(scenario, params), areas, scenario.naam),
  'catalogue.json': () => growthCatalogue(growthSeries(computeEffects(scenario, params), areas, scenario.naam), scenario.naam),
};

describe('growth effect model: in → out', () => {
  it('the fixture scenario is what its comment says: 2 projects, 3 years, 35 net homes', () => {
    expect(scenario.projecten.map((p) => p.id)).toEqual(['alfa', 'beta']);
    expect(scenarioYears(scenario)).toEqual([2025, 2026, 2027]);
    expect(homesPerYear(scenario, scenarioYears(scenario)).map((h) => h.cumulative)).toEqual([10, 30, 35]);
  });

  it.each(Object.keys(OUTPUTS))('%s', (name) => {
    const out = join(DIR, 'out', name);
    const actual = toJson(OUTPUTS[name]?.());
    if (UPDATE) writeFileSync(out, actual);
    expect(existsSync(out), `${out} missing (UPDATE=1 to create)`).toBe(true);
    expect(JSON.parse(actual), `${name} differs from its golden output (UPDATE=1 to accept)`).toEqual(readJson(out));
  });

  it('agrees with the hand calculation for Alfa (10 grondgebonden homes in 2025 and in 2026, × 3 persons, 50 % in year 1)', () => {
    const e = computeEffects(scenario, params);
    const alfa = e.byArea.get('BU09880101') as Float64Array;
    const v = (m: Metric) => [0, 1, 2].map((t) => at(e, alfa, m, t));
    // 2025: 10 × 3 × 0,5 = 15; 2026: 30 + 15 = 45; 2027: both cohorts full, 60.
    expect(v('inwoners')).toEqual([15, 45, 60]);
    // 2027: the 2025 cohort is 2 years old (phase from 2: 0,1/0,3/0,1/0,5), the 2026 cohort 1 (0,2/0,2/0/0,6).
    expect(v('inwoners 0-3')).toEqual([3, 9, 30 * 0.1 + 30 * 0.2]);
    expect(v('inwoners 4-11')).toEqual([3, 9, 30 * 0.3 + 30 * 0.2]);
    expect(v('inwoners 12-17')).toEqual([0, 0, 30 * 0.1]);
    // PO 15 pupils in 2027 × (3,5 + 70/70) m² = 67,5 m²; schoolplein 45 m²; VO 3 × (6 + 100/100) = 21 m².
    expect(at(e, alfa, 'm2Basisschool', 2)).toBeCloseTo(67.5, 12);
    expect(at(e, alfa, 'm2Schoolplein', 2)).toBeCloseTo(45, 12);
    expect(at(e, alfa, 'm2Voortgezet', 2)).toBeCloseTo(21, 12);
    // Beta in 2027: 10 built, 5 replaced → 5 net homes; cumulative gross 20, net 15.
    const beta = e.byArea.get('BU09880202') as Float64Array;
    expect([0, 1, 2].map((t) => at(e, beta, 'woningenNetto', t))).toEqual([0, 10, 15]);
    expect([0, 1, 2].map((t) => at(e, beta, 'woningenBruto', t))).toEqual([0, 10, 20]);
    // Beta's residents per home: 0,5 × 3 + 0,3 × 2 + 0,2 × 1 = 2,3. 2026: 10 × 2,3 × 0,5 = 11,5;
    // 2027: 23 + 5 × 2,3 × 0,5 = 28,75.
    expect([0, 1, 2].map((t) => at(e, beta, 'inwoners', t))).toEqual([0, 11.5, 28.75]);
  });
});

// ——— Properties, on random scenarios with the real parameters ———

const REAL = ParametersSchema.parse(readJson(join(import.meta.dirname, '../../layers/scenarios/parameters.json')));
const BUURTEN = ['BU09880101', 'BU09880205', 'BU09882101', 'BU09883401'];
const FIRST = 2025;
const LAST = 2040;
const YEARS = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);

const projectArb = (i: number) =>
  fc
    .record({
      buurt: fc.constantFrom<string | null>(...BUURTEN, null),
      homes: fc.array(fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 300 })), {
        minLength: 1,
        maxLength: 6,
      }),
      replacedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      weights: fc.tuple(fc.nat(10), fc.nat(10), fc.nat(10)).filter(([a, b, c]) => a + b + c > 0),
    })
    .map(({ buurt, homes, replacedShare, weights }): Project => {
      const woningenPerJaar: Record<string, number> = {};
      for (const [y, n] of homes) woningenPerJaar[y] = (woningenPerJaar[y] ?? 0) + n;
      const vervangenPerJaar = Object.fromEntries(
        Object.entries(woningenPerJaar).map(([y, n]) => [y, Math.floor(n * replacedShare)]),
      );
      const total = weights[0] + weights[1] + weights[2];
      return {
        id: `p${i}`,
        naam: `Project ${i}`,
        buurt,
        buurtGrondslag: 'test',
        woningenPerJaar,
        vervangenPerJaar,
        mix: { grondgebonden: weights[0] / total, appartement: weights[1] / total, zorg: weights[2] / total },
        status: 'zacht',
        soort: 'eigen',
        herkomst: { status: 'aanname', reden: 'eigenschapstest' },
        planning: { status: 'aanname', reden: 'eigenschapstest' },
        mixHerkomst: { status: 'aanname', reden: 'eigenschapstest' },
      };
    });

const scenarioArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => projectArb(i))))
  .map(
    (projecten): Scenario => ({
      id: 'prop',
      naam: 'Eigenschap',
      beschrijving: 'eigenschapstest',
      doel: { woningen: 0, eindjaar: LAST, herkomst: { status: 'aanname', reden: 'eigenschapstest' } },
      startjaar: FIRST,
      projecten,
    }),
  );

/** |a − b| within a relative tolerance (floating sums in another order). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const scale = (p: Project, k: number): Project => ({
  ...p,
  woningenPerJaar: Object.fromEntries(Object.entries(p.woningenPerJaar).map(([y, n]) => [y, n * k])),
  vervangenPerJaar: Object.fromEntries(Object.entries(p.vervangenPerJaar ?? {}).map(([y, n]) => [y, n * k])),
});

const only = (p: Partial<Project> & Pick<Project, 'woningenPerJaar' | 'mix'>): Scenario => ({
  id: 'een',
  naam: 'Eén project',
  beschrijving: 'eigenschapstest',
  doel: { woningen: 0, eindjaar: LAST, herkomst: { status: 'aanname', reden: 'eigenschapstest' } },
  startjaar: FIRST,
  projecten: [
    {
      id: 'x',
      naam: 'X',
      buurt: 'BU09880205',
      buurtGrondslag: 'test',
      status: 'hard',
      soort: 'eigen',
      herkomst: { status: 'aanname', reden: 'eigenschapstest' },
      planning: { status: 'aanname', reden: 'eigenschapstest' },
      mixHerkomst: { status: 'aanname', reden: 'eigenschapstest' },
      ...p,
    },
  ],
});
const pure = (t: DwellingType) => ({ grondgebonden: 0, appartement: 0, zorg: 0, [t]: 1 });
const gemeente = (e: Effects) => aggregateEffects(e, () => [WEERT_CODE]).get(WEERT_CODE) ?? new Float64Array();

describe('growth effect model: properties', () => {
  it('linearity: doubling every project’s homes (and replacements) doubles every metric, area and year', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const one = computeEffects(s, REAL, YEARS);
        const two = computeEffects({ ...s, projecten: s.projecten.map((p) => scale(p, 2)) }, REAL, YEARS);
        expect([...two.byArea.keys()].sort()).toEqual([...one.byArea.keys()].sort());
        for (const [area, a] of one.byArea) {
          const b = two.byArea.get(area) as Float64Array;
          for (let i = 0; i < a.length; i++) if (!close(b[i] ?? 0, 2 * (a[i] ?? 0))) return false;
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('additivity: the sum over buurten plus the unassigned homes is the gemeente, for every metric and year', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const e = computeEffects(s, REAL, YEARS);
        const n = YEARS.length;
        const buurten = BUURTEN;
        const series = growthSeries(
          e,
          {
            buurt: buurten,
            wijk: [...new Set(buurten.map(wijkOf))],
            deelgebied: [],
            deelgebiedOf: {},
            population: {},
          },
          'prop',
        );
        const total = gemeente(e);
        for (const m of METRICS)
          for (let t = 0; t < n; t++) {
            let sum = 0;
            for (const arr of e.byArea.values()) sum += arr[METRICS.indexOf(m) * n + t] ?? 0;
            if (!close(sum, total[METRICS.indexOf(m) * n + t] ?? 0)) return false;
          }
        // The published series: buurt values plus the unassigned part add up to the gemeente value, for every count.
        const unassigned = e.byArea.get(UNASSIGNED);
        const key = (x: { indicator: string; subgroup: string; year: number }) => `${x.indicator}|${x.subgroup}|${x.year}`;
        const gm = new Map(series.filter((x) => x.level === 'gemeente').map((x) => [key(x), x.values[WEERT_CODE] ?? 0]));
        for (const x of series.filter((x) => x.level === 'buurt' && x.indicator !== 'GS_GROEI')) {
          const metric = metricOf(x.indicator, x.subgroup);
          const rest = unassigned ? (unassigned[METRICS.indexOf(metric) * n + YEARS.indexOf(x.year)] ?? 0) : 0;
          const sum = Object.values(x.values).reduce((a, b) => a + b, 0) + rest;
          if (!close(sum, gm.get(key(x)) ?? Number.NaN)) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('renewal adds nobody: a project that replaces every home it builds has no inhabitants, demand or m²', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const renewal = s.projecten.map((p) => ({ ...p, vervangenPerJaar: { ...p.woningenPerJaar } }));
        const e = computeEffects({ ...s, projecten: renewal }, REAL, YEARS);
        const n = YEARS.length;
        for (const arr of e.byArea.values())
          for (const m of METRICS) {
            if (m === 'woningenBruto' || m === 'woningenVervangen') continue;
            for (let t = 0; t < n; t++) if ((arr[METRICS.indexOf(m) * n + t] ?? 0) !== 0) return false;
          }
        // …while gross and replaced homes are still counted.
        const total = gemeente(e);
        const last = (m: Metric) => total[METRICS.indexOf(m) * n + n - 1] ?? 0;
        const built = renewal.reduce((a, p) => a + Object.values(p.woningenPerJaar).reduce((x, y) => x + y, 0), 0);
        return last('woningenBruto') === built && last('woningenVervangen') === built;
      }),
      { numRuns: 60 },
    );
  });

  it('occupancy lag: in the completion year only bewoondInOpleverjaar of the residents, all of them a year later', () => {
    const lag = REAL.bewoondInOpleverjaar.waarde;
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST - 1 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(...DWELLING_TYPES),
        (year, homes, type) => {
          const e = computeEffects(only({ woningenPerJaar: { [year]: homes }, mix: pure(type) }), REAL, YEARS);
          const arr = e.byArea.get('BU09880205') as Float64Array;
          const t = YEARS.indexOf(year);
          const full = homes * REAL.bezetting[type].waarde;
          return (
            (t === 0 || at(e, arr, 'inwoners', t - 1) === 0) &&
            close(at(e, arr, 'inwoners', t), lag * full) &&
            close(at(e, arr, 'inwoners', t + 1), full) &&
            at(e, arr, 'woningenNetto', t) === homes
          );
        },
      ),
    );
  });

  it('the wave: the share of children 4-11 among a cohort’s residents follows the age phases, year by year', () => {
    const years = Array.from({ length: 36 }, (_, i) => FIRST + i);
    for (const type of DWELLING_TYPES) {
      const phases = REAL.leeftijdsprofiel[type];
      const e = computeEffects(only({ woningenPerJaar: { [FIRST]: 100 }, mix: pure(type) }), REAL, years);
      const arr = e.byArea.get('BU09880205') as Float64Array;
      years.forEach((_, age) => {
        const phase = [...phases].reverse().find((p) => p.vanafJaar <= age) ?? phases[0];
        for (const g of AGE_GROUPS) {
          const share = at(e, arr, `inwoners ${g}`, age) / at(e, arr, 'inwoners', age);
          expect(share, `${type}, ${g}, ${age} jaar na oplevering`).toBeCloseTo(phase?.aandelen[g] ?? Number.NaN, 12);
        }
      });
    }
    // With the real profile the grondgebonden wave peaks from 5 years after completion and ebbs after 10 and 20.
    const e = computeEffects(only({ woningenPerJaar: { [FIRST]: 100 }, mix: pure('grondgebonden') }), REAL, years);
    const arr = e.byArea.get('BU09880205') as Float64Array;
    const pupils = years.map((_, a) => at(e, arr, 'leerlingenBasis', a));
    const peak = Math.max(...pupils);
    expect(pupils.indexOf(peak)).toBe(5);
    expect(pupils[4]).toBeLessThan(peak);
    expect(pupils[10]).toBeLessThan(peak);
    expect(pupils[20]).toBeLessThan(pupils[10] ?? 0);
  });

  it('the model does not depend on how homes are split into projects: two copies of a project = one with twice the homes', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = s.projecten[0] as Project;
        const merged = computeEffects({ ...s, projecten: [p, scale(p, 1)] }, REAL, YEARS);
        const doubled = computeEffects({ ...s, projecten: [scale(p, 2)] }, REAL, YEARS);
        const a = gemeente(merged);
        const b = gemeente(doubled);
        return a.every((x, i) => close(x, b[i] ?? 0));
      }),
      { numRuns: 40 },
    );
  });
});

/** The metric behind a GS_* series (subgroup → metric as in GROWTH_INDICATORS). */
function metricOf(indicator: string, subgroup: string): Metric {
  const table: Record<string, Metric> = {
    'GS_WONINGEN|totaal': 'woningenNetto',
    'GS_INWONERS|totaal': 'inwoners',
    'GS_LEERLINGEN_PO|totaal': 'leerlingenBasis',
    'GS_LEERLINGEN_VO|totaal': 'leerlingenVoortgezet',
    'GS_KINDEROPVANG|totaal': 'kinderopvang',
    'GS_WMO|totaal': 'wmo',
    'GS_HUISARTS_FTE|totaal': 'huisartsFte',
    'GS_SPORTHAL|totaal': 'sporthallen',
    'GS_RUIMTECLAIM|totaal': 'm2Totaal',
    'GS_RUIMTECLAIM|basisschoolgebouw': 'm2Basisschool',
    'GS_RUIMTECLAIM|schoolplein': 'm2Schoolplein',
    'GS_RUIMTECLAIM|voortgezet onderwijs': 'm2Voortgezet',
    'GS_RUIMTECLAIM|kinderopvang': 'm2Kinderopvang',
    'GS_RUIMTECLAIM|sporthal': 'm2Sporthal',
  };
  for (const g of AGE_GROUPS) table[`GS_INWONERS|leeftijd ${g}`] = `inwoners ${g}`;
  const m = table[`${indicator}|${subgroup}`];
  if (!m) throw new Error(`no metric for ${indicator} ${subgroup}`);
  return m;
}
