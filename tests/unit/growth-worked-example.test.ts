// The worked example of docs/groeiscenario-methode.md §7 ("Uitgewerkt voorbeeld"), reproduced by the model: the test
// reads the doc's marked tables (<!-- toets:… -->), checks the hand arithmetic in every cell, and compares every
// number with computeEffects on that one project alone with the real layers/scenarios/parameters.json. It also keeps
// the parameter tables of §4 equal to parameters.json. Edit the doc and this test follows; change a parameter and
// the doc must be redone (the failure says which number).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, DWELLING_TYPES, type DwellingType, type Project, type Scenario } from '../../core/contracts/scenario';
import { at, computeEffects, METRICS, type Metric } from '../../core/growth/effects';
import { resolveScenario } from '../../core/growth/resolve';
import { loadScenarioConfigs } from '../../geodata/lib/scenarios';

const REPO = join(import.meta.dirname, '../..');
const DOC = readFileSync(join(REPO, 'docs/groeiscenario-methode.md'), 'utf8');

const configs = loadScenarioConfigs(join(REPO, 'layers'));
if (!configs) throw new Error('layers/scenarios/ ontbreekt');
const { parameters } = configs;

// ——— Reading the doc ———

/** The rows (cells trimmed) of the table between <!-- toets:name … --> and <!-- /toets:name -->, header first. */
function table(name: string): string[][] {
  const m = DOC.match(new RegExp(`<!-- toets:${name} -->\\n([\\s\\S]*?)<!-- /toets:${name} -->`));
  if (!m?.[1]) throw new Error(`docs/groeiscenario-methode.md heeft geen tabel toets:${name}`);
  const rows = m[1]
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  return [rows[0] ?? [], ...rows.slice(2)]; // without the |---| line
}
const body = (name: string) => table(name).slice(1);

/** A Dutch number: 1.222,4686 → 1222.4686. */
function nl(s: string): number {
  const t = s.trim();
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(t)) throw new Error(`geen getal: '${s}'`);
  return Number(t.replace(/\./g, '').replace(',', '.'));
}
/** Decimals written in the doc: the precision a value is compared at. */
const decimals = (s: string) => s.split('=').at(-1)?.split(',')[1]?.trim().length ?? 0;
/** Equal at the doc's precision (half a unit of the last written digit), float noise aside. */
const agrees = (actual: number, written: string) =>
  Math.abs(actual - value(written)) <= 0.5 * 10 ** -decimals(written) + 1e-9 * Math.abs(actual);

/** Left to right, × and / before + and − (the only operators the doc writes). */
function evaluate(expr: string): number {
  return expr
    .split(/ (?=[+−] )/)
    .map((term) => {
      const sign = term.startsWith('− ') ? -1 : 1;
      const factors = term.replace(/^[+−] /, '').split(/ ([×/]) /);
      let v = nl(factors[0] ?? '');
      for (let i = 1; i < factors.length; i += 2) {
        const x = nl(factors[i + 1] ?? '');
        v = factors[i] === '×' ? v * x : v / x;
      }
      return sign * v;
    })
    .reduce((a, b) => a + b, 0);
}
/** The value of a cell: the number after the last '=' (or the cell itself). */
const value = (cell: string) => nl(cell.split('=').at(-1) ?? '');
/** Cells written as 'expression = result': the expression, else null. */
const expression = (cell: string) => (cell.includes('=') ? cell.slice(0, cell.lastIndexOf('=')).trim() : null);

const example = DOC.match(/<!-- toets:voorbeeld project=(\S+) scenario=(\S+) buurt=(\S+) jaar=(\d{4}) -->/);
if (!example) throw new Error('docs/groeiscenario-methode.md: de regel <!-- toets:voorbeeld … --> ontbreekt');
const [, PROJECT_ID, SCENARIO_ID, BUURT, YEAR_TEXT] = example as unknown as [string, string, string, string, string];
const YEAR = Number(YEAR_TEXT);

// ——— The model on the example's project (or a part of it) ———

const scenario = resolveScenario(SCENARIO_ID, new Map(configs.files.map((f) => [f.id, f])));
const project = scenario.projecten.find((p) => p.id === PROJECT_ID) as Project;

/**
 * computeEffects on `project` alone (or with only some cohorts, or one dwelling type: the model is linear in the mix,
 * so a mix with one type's share and zeros elsewhere gives that type's part) — the value of `metric` in YEAR.
 */
function model(metric: Metric, over: Partial<Project> = {}): number {
  const alone: Scenario = { ...scenario, projecten: [{ ...project, ...over }] };
  const e = computeEffects(alone, parameters);
  const arr = e.byArea.get(BUURT);
  return arr ? at(e, arr, metric, e.years.indexOf(YEAR)) : 0;
}
const onlyType = (t: DwellingType) => ({ grondgebonden: 0, appartement: 0, zorg: 0, [t]: project.mix[t] });
const phaseOf = (t: DwellingType, age: number) =>
  parameters.leeftijdsprofiel[t].reduce((v, p) => (p.vanafJaar <= age ? p.vanafJaar : v), 0);

describe('worked example (docs/groeiscenario-methode.md §7)', () => {
  it('is about a real project: the scenario, buurt and year the doc names', () => {
    expect(project, `${PROJECT_ID} in ${SCENARIO_ID}`).toBeDefined();
    expect(project.buurt).toBe(BUURT);
    expect(YEAR).toBeGreaterThanOrEqual(scenario.startjaar);
    expect(YEAR).toBeLessThanOrEqual(scenario.doel.eindjaar);
  });

  it('every hand calculation in the tables is right', () => {
    let n = 0;
    for (const name of ['cohorten', 'leeftijden'])
      for (const row of body(name))
        for (const cell of row) {
          const expr = expression(cell);
          if (!expr) continue;
          n++;
          expect(agrees(evaluate(expr), cell), `${name}: ${cell}`).toBe(true);
        }
    for (const [, metric, berekening, waarde] of body('uitkomst')) {
      if (!/\d/.test(berekening ?? '') || /^[a-z]/i.test(berekening ?? '')) continue;
      n++;
      expect(agrees(evaluate(berekening ?? ''), waarde ?? ''), `${metric}: ${berekening} = ${waarde}`).toBe(true);
    }
    expect(n).toBeGreaterThan(50);
  });

  it('steps 1-4: per cohort the homes per type, the occupied share, the residents and the phase are the model’s', () => {
    const [head, ...rows] = table('cohorten');
    const col = (label: string) => {
      const i = head?.indexOf(label) ?? -1;
      if (i < 0) throw new Error(`kolom '${label}' ontbreekt`);
      return i;
    };
    const cohorts = Object.keys(project.woningenPerJaar).filter((y) => Number(y) <= YEAR);
    expect(rows.map((r) => r[col('opleverjaar')])).toEqual(cohorts);
    for (const r of rows) {
      const cell = (label: string) => r[col(label)] ?? '';
      const y = cell('opleverjaar');
      const homes = project.woningenPerJaar[y] ?? 0;
      const age = YEAR - Number(y);
      expect(nl(cell('woningen')), y).toBe(homes);
      expect(agrees(homes * project.mix.grondgebonden, cell('grondgebonden')), `${y} grondgebonden`).toBe(true);
      expect(agrees(homes * project.mix.appartement, cell('appartement')), `${y} appartement`).toBe(true);
      expect(nl(cell(`leeftijd in ${YEAR}`)), y).toBe(age);
      expect(nl(cell('bewoond')), y).toBe(age === 0 ? parameters.bewoondInOpleverjaar.waarde : 1);
      for (const t of ['grondgebonden', 'appartement'] as const) {
        const residents = model('inwoners', { woningenPerJaar: { [y]: homes }, mix: onlyType(t) });
        expect(agrees(residents, cell(`bewoners ${t}`)), `${y} bewoners ${t}: model ${residents}`).toBe(true);
        expect(nl(cell(`fase ${t}`)), `${y} fase ${t}`).toBe(phaseOf(t, age));
      }
    }
    expect(project.mix.zorg).toBe(0);
  });

  it('step 5: residents by age, per dwelling type and phase, are the model’s', () => {
    const [head, ...rows] = table('leeftijden');
    const columns = (head ?? []).slice(1, -1).map((h) => {
      const m = h.match(/^(grondgebonden|appartement|zorg), fase (\d+)$/);
      if (!m) throw new Error(`kolom '${h}'`);
      return { type: m[1] as DwellingType, phase: Number(m[2]) };
    });
    expect(rows.map((r) => r[0])).toEqual([...AGE_GROUPS, 'totaal']);
    for (const [i, { type, phase }] of columns.entries()) {
      // The cohorts in this phase for this type, with only this type's share of the mix.
      const woningenPerJaar = Object.fromEntries(
        Object.entries(project.woningenPerJaar).filter(([y]) => Number(y) <= YEAR && phaseOf(type, YEAR - Number(y)) === phase),
      );
      for (const r of rows) {
        const metric: Metric = r[0] === 'totaal' ? 'inwoners' : (`inwoners ${r[0]}` as Metric);
        const actual = model(metric, { woningenPerJaar, mix: onlyType(type) });
        expect(agrees(actual, r[i + 1] ?? ''), `${r[0]}, ${type} fase ${phase}: model ${actual}`).toBe(true);
      }
    }
    // The last column: the project as a whole.
    for (const r of rows) {
      const metric: Metric = r[0] === 'totaal' ? 'inwoners' : (`inwoners ${r[0]}` as Metric);
      expect(agrees(model(metric), r.at(-1) ?? ''), `${r[0]} totaal`).toBe(true);
    }
    // Every type with homes has a column for every phase its cohorts are in.
    for (const t of DWELLING_TYPES.filter((x) => project.mix[x] > 0))
      for (const y of Object.keys(project.woningenPerJaar).filter((x) => Number(x) <= YEAR))
        expect(columns, `${t} fase ${phaseOf(t, YEAR - Number(y))}`).toContainEqual({
          type: t,
          phase: phaseOf(t, YEAR - Number(y)),
        });
  });

  it('steps 6-11: every metric of the model in that year is the number in the doc', () => {
    const rows = body('uitkomst');
    const written = new Map(rows.map((r) => [(r[1] ?? '').replace(/`/g, ''), r[3] ?? '']));
    expect([...written.keys()].sort()).toEqual([...METRICS].sort());
    for (const m of METRICS) {
      const actual = model(m);
      expect(agrees(actual, written.get(m) ?? ''), `${m}: model ${actual}, doc ${written.get(m)}`).toBe(true);
    }
  });

  it('the checks would catch a wrong number (a mutated doc value is refused)', () => {
    expect(agrees(model('m2Totaal'), '1.222,4686276352')).toBe(true);
    expect(agrees(model('m2Totaal'), '1.222,4696276352')).toBe(false);
    expect(agrees(model('inwoners'), '705,36')).toBe(true);
    expect(agrees(model('inwoners'), '705,37')).toBe(false);
    expect(agrees(evaluate('52 × 0,729'), '37,908')).toBe(true);
    expect(agrees(evaluate('52 × 0,729'), '37,918')).toBe(false);
  });
});

describe('the method doc lists every parameter as parameters.json has it (§4)', () => {
  it('occupancy, occupancy lag and every norm: value, unit, label and status', () => {
    const params = [
      ...DWELLING_TYPES.map((t) => [`bezetting.${t}`, parameters.bezetting[t]] as const),
      ['bewoondInOpleverjaar', parameters.bewoondInOpleverjaar] as const,
      ...Object.entries(parameters.normen).map(([k, p]) => [`normen.${k}`, p] as const),
    ];
    const rows = body('parameters');
    expect(rows.map((r) => (r[0] ?? '').replace(/`/g, ''))).toEqual(params.map(([k]) => k));
    params.forEach(([key, p], i) => {
      const r = rows[i] ?? [];
      expect(r[1], key).toBe(p.label);
      expect(nl(r[2] ?? ''), key).toBe(p.waarde);
      expect(r[3], key).toBe(p.eenheid);
      expect(r[4], key).toBe(p.herkomst.status);
      expect(r[5], key).toMatch(p.herkomst.status === 'aanname' ? /^reden: .{10,}/ : /^bron: .{5,}/);
    });
  });

  it('every phase of the age profile', () => {
    const rows = body('leeftijdsprofiel');
    const phases = DWELLING_TYPES.flatMap((t) => parameters.leeftijdsprofiel[t].map((p) => [t, p] as const));
    expect(rows).toHaveLength(phases.length);
    for (const [r, [t, p]] of rows.map((r, i) => [r, phases[i] as (typeof phases)[number]] as const)) {
      expect(r[0]).toBe(t);
      expect(nl(r[1] ?? ''), t).toBe(p.vanafJaar);
      AGE_GROUPS.forEach((g, j) => {
        expect(nl(r[2 + j] ?? ''), `${t} vanaf ${p.vanafJaar}, ${g}`).toBe(p.aandelen[g]);
      });
      expect(r[8], t).toBe(p.herkomst.status);
    }
  });
});
