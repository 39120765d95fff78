// The default growth scenarios as committed (layers/scenarios/), loaded by the pipeline's own loader and resolved by
// core: every variant reaches the target in net homes, no number is without a source or a reasoned assumption, every
// published count is the published count, and broken files are refused with a Dutch message.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { WEERT_CODE } from '../../core/codes';
import {
  type Project,
  ProvenanceSchema,
  type Scenario,
  type ScenarioFile,
  ScenarioSchema,
  SOURCE_STATUSES,
} from '../../core/contracts/scenario';
import { at, computeEffects, homesPerYear, scenarioYears, UNASSIGNED } from '../../core/growth/effects';
import { resolveScenario } from '../../core/growth/resolve';
import { InputError } from '../../geodata/lib/errors';
import { loadScenarioConfigs, PARAMETERS_FILE } from '../../geodata/lib/scenarios';
import { buildScenarios } from '../../geodata/stages/scenarios';

const REPO = join(import.meta.dirname, '../..');
const LAYERS = join(REPO, 'layers');
const SCENARIO_DIR = join(LAYERS, 'scenarios');
const PLANS_CSV = join(REPO, 'geodata/sources/plans/weert_woningbouw_locaties.csv');
const ETIL_CSV = join(REPO, 'geodata/sources/stats/weert_bevolkingsprognose_etil2018.csv');
const PUBLISHED_FILE = join(REPO, 'public/data/scenarios.json');

const configs = loadScenarioConfigs(LAYERS);
if (!configs) throw new Error('layers/scenarios/ ontbreekt');
const { parameters } = configs;
const files = new Map(configs.files.map((f) => [f.id, f]));
const scenarios: Scenario[] = configs.files.map((f) => resolveScenario(f.id, files));
const basis = scenarios.find((s) => s.id === 'basis') as Scenario;
const variants = scenarios.filter((s) => s.id !== 'basis');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: fresh copies of the JSON files, broken on purpose field by field
type Json = any;
/** A fresh, freely mutable copy of one file of layers/scenarios/. */
const copy = (name: string): Json => readJson(join(SCENARIO_DIR, name));
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Net homes (gross − replaced) completed from the start year up to and including the end year. */
function netHomesByEndYear(s: Scenario): number {
  let net = 0;
  for (const p of s.projecten) {
    for (const [y, n] of Object.entries(p.woningenPerJaar)) if (Number(y) <= s.doel.eindjaar) net += n;
    for (const [y, n] of Object.entries(p.vervangenPerJaar ?? {})) if (Number(y) <= s.doel.eindjaar) net -= n;
  }
  return net;
}

describe('default scenarios: the target in net homes', () => {
  it('has the basis and at least the three variants of the issue, each building on the basis', () => {
    expect(basis).toBeDefined();
    expect(variants.map((s) => s.id).sort()).toEqual(expect.arrayContaining(['gespreid', 'uitbreiding', 'verdichting']));
    for (const v of variants) expect(files.get(v.id)?.basis, v.id).toBe('basis');
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s reaches the target in net homes by the end year', (_id, s) => {
    expect(s.doel.woningen).toBe(4650);
    expect(s.doel.eindjaar).toBe(2040);
    expect(netHomesByEndYear(s)).toBeGreaterThanOrEqual(s.doel.woningen);
    // The same through the model: homesPerYear (the target line) and the gemeente's cumulative net homes.
    const years = scenarioYears(s);
    expect(years.at(-1)).toBe(s.doel.eindjaar);
    expect(homesPerYear(s, years).at(-1)?.cumulative).toBe(netHomesByEndYear(s));
    const e = computeEffects(s, parameters);
    let modelNet = 0;
    for (const arr of e.byArea.values()) modelNet += at(e, arr, 'woningenNetto', years.length - 1);
    expect(modelNet).toBeCloseTo(netHomesByEndYear(s), 9);
  });

  it('no project builds before the start year (the model counts from the start year, earlier homes would vanish)', () => {
    for (const s of scenarios)
      for (const p of s.projecten)
        for (const y of [...Object.keys(p.woningenPerJaar), ...Object.keys(p.vervangenPerJaar ?? {})])
          expect(Number(y), `${s.id}/${p.id} ${y}`).toBeGreaterThanOrEqual(s.startjaar);
  });

  it('the basis shows the rest as nog-niet-toegewezen; the variants allocate all of it and leave none', () => {
    const rest = basis.projecten.filter((p) => p.soort === 'nog-niet-toegewezen');
    expect(rest).toHaveLength(1);
    expect(rest[0]?.buurt).toBeNull();
    const restHomes = Object.values(rest[0]?.woningenPerJaar ?? {}).reduce((a, b) => a + b, 0);
    for (const v of variants) {
      expect(
        v.projecten.filter((p) => p.soort === 'nog-niet-toegewezen'),
        v.id,
      ).toEqual([]);
      const allocated = v.projecten
        .filter((p) => p.soort === 'toewijzing')
        .reduce((n, p) => n + Object.values(p.woningenPerJaar).reduce((a, b) => a + b, 0), 0);
      expect(allocated, `${v.id}: allocates the basis's unallocated homes`).toBe(restHomes);
      // Every allocation has a buurt: it is what makes a variant a choice of where.
      for (const p of v.projecten.filter((q) => q.soort === 'toewijzing')) expect(p.buurt, p.id).not.toBeNull();
    }
  });

  it('only unallocated homes and locations without a known buurt land on the gemeente alone', () => {
    for (const s of scenarios) {
      const e = computeEffects(s, parameters);
      const unassigned = s.projecten.filter((p) => p.buurt === null);
      expect(e.byArea.has(UNASSIGNED), s.id).toBe(unassigned.length > 0);
      for (const p of unassigned) expect(['gepubliceerd', 'nog-niet-toegewezen'], `${s.id}/${p.id}`).toContain(p.soort);
    }
  });
});

// ——— Provenance: a generic walk, so a parameter added without a source fails ———

const PROVENANCE_KEYS = ['herkomst', 'planning', 'mixHerkomst'] as const;
/** Keys whose value is a figure that needs a provenance next to it, and which sibling must carry it. */
const NEEDS: Record<string, readonly string[]> = {
  waarde: ['herkomst'],
  aandelen: ['herkomst'],
  woningen: ['herkomst'],
  woningenPerJaar: ['herkomst', 'planning'],
  vervangenPerJaar: ['herkomst', 'planning'],
  mix: ['mixHerkomst'],
};
/** Numbers that are no figure: the schema version, and the first year shown (fixed by the issue: homes from 2025). */
const STRUCTURAL = new Set(['version', 'startjaar']);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const nonEmpty = (x: unknown, min: number) => typeof x === 'string' && x.trim().length >= min;

function provenanceProblem(p: unknown): string | null {
  if (!isObject(p)) return 'geen herkomst-object';
  if (p.status === 'aanname') return nonEmpty(p.reden, 10) ? null : 'aanname zonder reden';
  if ((SOURCE_STATUSES as readonly unknown[]).includes(p.status)) return nonEmpty(p.bron, 5) ? null : `${p.status} zonder bron`;
  return `onbekende status ${JSON.stringify(p.status)}`;
}

/**
 * Every problem in a JSON tree: (1) a figure (numeric `waarde`, age `aandelen`, `woningen`, homes per year, a mix)
 * without its provenance sibling; (2) any number anywhere that no enclosing object gives a provenance or a `bron`
 * for (a bare number added to the parameters fails here); (3) a provenance without a source or without a reason.
 */
function provenanceProblems(tree: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string, covered: boolean) => {
    if (typeof node === 'number') {
      if (!covered && !STRUCTURAL.has(path.split('.').at(-1) ?? '')) out.push(`${path}: getal zonder herkomst`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        walk(x, `${path}[${i}]`, covered);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, needs] of Object.entries(NEEDS)) {
      const v = node[key];
      const isFigure = key === 'waarde' || key === 'woningen' ? typeof v === 'number' : isObject(v);
      if (!isFigure) continue;
      for (const n of needs) if (!(n in node)) out.push(`${path || '(top)'}: ${key} zonder ${n}`);
    }
    for (const k of PROVENANCE_KEYS)
      if (k in node) {
        const problem = provenanceProblem(node[k]);
        if (problem) out.push(`${path ? `${path}.` : ''}${k}: ${problem}`);
      }
    const here = covered || PROVENANCE_KEYS.some((k) => isObject(node[k])) || nonEmpty(node.bron, 5);
    for (const [k, v] of Object.entries(node)) {
      if ((PROVENANCE_KEYS as readonly string[]).includes(k)) continue;
      walk(v, path ? `${path}.${k}` : k, here);
    }
  };
  walk(tree, '', false);
  return out;
}

const scenarioFileNames = readdirSync(SCENARIO_DIR).filter((n) => n.endsWith('.json'));

describe('provenance: every number has a source or is an assumption with a reason', () => {
  it.each(scenarioFileNames)('layers/scenarios/%s', (name) => {
    expect(provenanceProblems(readJson(join(SCENARIO_DIR, name)))).toEqual([]);
  });

  it('public/data/scenarios.json (what the app shows)', () => {
    expect(provenanceProblems(readJson(PUBLISHED_FILE))).toEqual([]);
  });

  it('walks what the issue lists: occupancy, every age phase, the occupancy lag, every norm, targets and projects', () => {
    // Guard the walk itself: it must actually visit these, not pass because it saw nothing.
    const params = readJson(join(SCENARIO_DIR, PARAMETERS_FILE));
    const seen: string[] = [];
    const collect = (node: unknown, path: string) => {
      if (Array.isArray(node))
        node.forEach((x, i) => {
          collect(x, `${path}[${i}]`);
        });
      else if (isObject(node)) {
        if ('herkomst' in node) seen.push(path);
        for (const [k, v] of Object.entries(node)) collect(v, path ? `${path}.${k}` : k);
      }
    };
    collect(params, '');
    const phases = Object.values(parameters.leeftijdsprofiel).reduce((n, a) => n + a.length, 0);
    expect(seen.filter((p) => p.startsWith('bezetting.'))).toHaveLength(3);
    expect(seen.filter((p) => p.startsWith('leeftijdsprofiel.'))).toHaveLength(phases);
    expect(seen).toContain('bewoondInOpleverjaar');
    expect(seen.filter((p) => p.startsWith('normen.'))).toHaveLength(Object.keys(parameters.normen).length);
    for (const s of configs.files) {
      if (s.doel) expect(ProvenanceSchema.safeParse(s.doel.herkomst).success, s.id).toBe(true);
      for (const p of s.projecten)
        for (const k of PROVENANCE_KEYS) expect(provenanceProblem(p[k]), `${s.id}/${p.id}.${k}`).toBeNull();
    }
  });

  describe('fails on a mutated copy', () => {
    const params = () => copy(PARAMETERS_FILE);
    const basisFile = () => copy('basis.json');

    it('a new norm without herkomst', () => {
      const p = params();
      p.normen.m2Wijkcentrum = { label: 'Wijkcentrum per inwoner', waarde: 0.1, eenheid: 'm² per inwoner' };
      expect(provenanceProblems(p)).toEqual([
        'normen.m2Wijkcentrum: waarde zonder herkomst',
        'normen.m2Wijkcentrum.waarde: getal zonder herkomst',
      ]);
    });
    it('a bare number added to the parameters', () => {
      const p = params();
      p.normen.speelruimteAandeel = 0.03;
      expect(provenanceProblems(p)).toEqual(['normen.speelruimteAandeel: getal zonder herkomst']);
    });
    it('an occupancy whose herkomst was removed', () => {
      const p = params();
      delete p.bezetting.grondgebonden.herkomst;
      expect(provenanceProblems(p)).toEqual([
        'bezetting.grondgebonden: waarde zonder herkomst',
        'bezetting.grondgebonden.waarde: getal zonder herkomst',
      ]);
    });
    it('an age phase without herkomst', () => {
      const p = params();
      delete p.leeftijdsprofiel.grondgebonden[1].herkomst;
      expect(provenanceProblems(p)).toContain('leeftijdsprofiel.grondgebonden[1]: aandelen zonder herkomst');
    });
    it('a source status with an empty bron, an aanname without reden, an unknown status', () => {
      const p = params();
      p.bewoondInOpleverjaar.herkomst.bron = ' ';
      delete p.normen.wmo75Plus.herkomst.bron;
      p.normen.wmo75Plus.herkomst = { status: 'aanname' };
      p.normen.inwonersPerSporthal.herkomst.status = 'geschat';
      expect(provenanceProblems(p)).toEqual([
        'bewoondInOpleverjaar.herkomst: richtlijn zonder bron',
        'normen.wmo75Plus.herkomst: aanname zonder reden',
        'normen.inwonersPerSporthal.herkomst: onbekende status "geschat"',
      ]);
    });
    it('a project without planning, a mix without mixHerkomst, a target without herkomst', () => {
      const b = basisFile();
      delete b.projecten[0].planning;
      delete b.projecten[1].mixHerkomst;
      delete b.doel.herkomst;
      expect(provenanceProblems(b)).toEqual([
        'doel: woningen zonder herkomst',
        'doel.woningen: getal zonder herkomst',
        'doel.eindjaar: getal zonder herkomst',
        'projecten[0]: woningenPerJaar zonder planning',
        'projecten[1]: mix zonder mixHerkomst',
      ]);
    });
  });
});

// ——— Published counts: no number invented ———

/**
 * CSV `locatie` → the projects whose gross homes (all years) make up its published count, where the project's
 * naam differs from the CSV's or one published total is split. Every other 'gepubliceerd' project matches a CSV row
 * of exactly its naam.
 */
const PUBLISHED_AS: Record<string, readonly string[]> = {
  'Horne Kwartier (voormalige Van Horne Kazerne / Lichtenberg)': ['horne-kwartier'],
  'Keent en Moesel (Weert-Zuid): J.W. Frisolaan': ['keent-frisolaan'],
  'Keent en Moesel (Weert-Zuid): Zevensprong': ['moesel-zevensprong'],
  // The 656 portiekwoningen: Frisolaan and Zevensprong are its first two projects, the other 553 are split over Keent
  // and Moesel (the split is an aanname, the total is published).
  'Keent en Moesel (Weert-Zuid): vernieuwing portiekwoningen': [
    'keent-frisolaan',
    'moesel-zevensprong',
    'keent-vernieuwing',
    'moesel-vernieuwing',
  ],
};
const gross = (p: Project) => Object.values(p.woningenPerJaar).reduce((a, b) => a + b, 0);

describe('published counts', () => {
  const rows = csv(PLANS_CSV);
  const rowOf = new Map(rows.map((r) => [r.locatie ?? '', r]));
  const published = new Map<string, Project>();
  for (const s of scenarios) for (const p of s.projecten) if (p.soort === 'gepubliceerd') published.set(p.id, p);

  /** Published CSV rows with the projects that carry them. */
  function groups(): [string, Project[]][] {
    const byRow = new Map<string, Project[]>();
    for (const [locatie, ids] of Object.entries(PUBLISHED_AS))
      byRow.set(
        locatie,
        ids.map((id) => published.get(id) as Project),
      );
    for (const p of published.values()) if (rowOf.has(p.naam)) byRow.set(p.naam, [...(byRow.get(p.naam) ?? []), p]);
    return [...byRow];
  }

  it('every gepubliceerd project belongs to a published row (by naam or by the explicit map above)', () => {
    const mapped = new Set(Object.values(PUBLISHED_AS).flat());
    for (const id of mapped) expect(published.has(id), `${id} in PUBLISHED_AS is no gepubliceerd project`).toBe(true);
    for (const p of published.values()) expect(rowOf.has(p.naam) || mapped.has(p.id), `${p.id} (${p.naam})`).toBe(true);
    for (const locatie of Object.keys(PUBLISHED_AS)) expect(rowOf.has(locatie), locatie).toBe(true);
  });

  it.each(groups())('%s: the homes in the scenario are the published count', (locatie, projects) => {
    const row = rowOf.get(locatie);
    expect(row?.woningen, `${locatie} has no published count`).toMatch(/^\d+$/);
    expect(projects.reduce((n, p) => n + gross(p), 0)).toBe(Number(row?.woningen));
    // …in the buurt the CSV gives (several for a programme; none: the project has no buurt either).
    const codes = (row?.buurtcode ?? '').split(';').filter(Boolean);
    for (const p of projects)
      if (codes.length === 0) expect(p.buurt, p.id).toBeNull();
      else expect(codes, p.id).toContain(p.buurt);
  });

  it('the same published project is the same in every scenario that has it', () => {
    for (const p of published.values())
      for (const s of scenarios) {
        const q = s.projecten.find((x) => x.id === p.id);
        if (q) expect(q, `${s.id}/${p.id}`).toEqual(p);
      }
  });

  it('the Keent en Moesel renewal adds no homes: everything built there replaces a portiekwoning', () => {
    for (const id of PUBLISHED_AS['Keent en Moesel (Weert-Zuid): vernieuwing portiekwoningen'] ?? []) {
      const p = published.get(id) as Project;
      expect(p.vervangenPerJaar, id).toEqual(p.woningenPerJaar);
    }
  });

  it("every 'toewijzing' project (and the unallocated rest) is an aanname, count and spread", () => {
    let n = 0;
    for (const s of scenarios)
      for (const p of s.projecten)
        if (p.soort === 'toewijzing' || p.soort === 'nog-niet-toegewezen') {
          n++;
          expect(p.herkomst.status, `${s.id}/${p.id}`).toBe('aanname');
          expect(p.planning.status, `${s.id}/${p.id}`).toBe('aanname');
        }
    expect(n).toBeGreaterThan(3);
  });

  it('the Etil 2018 forecast is below the observed 2025 population, so it is not used (see the method doc)', () => {
    const etil = csv(ETIL_CSV).find((r) => r.indicator === 'BEV_PROGNOSE' && r.year === '2025' && r.subgroup === 'totaal');
    const observed = (readJson(PUBLISHED_FILE) as { basis: { jaren: Record<string, number>; inwoners: Record<string, number> } })
      .basis;
    expect(observed.jaren.gemeente).toBe(2025);
    expect(Number(etil?.value)).toBe(50172);
    expect(observed.inwoners[WEERT_CODE]).toBe(51355);
    expect(Number(etil?.value)).toBeLessThan(observed.inwoners[WEERT_CODE] ?? 0);
  });
});

// ——— Broken files: a Dutch message, nothing accepted ———

const basisRaw = () => copy('basis.json');
const messages = (x: unknown) => {
  const r = ScenarioSchema.safeParse(x);
  expect(r.success, 'the broken file was accepted').toBe(false);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('broken scenario files are refused with a Dutch message', () => {
  it('accepts the unbroken basis (the cases below fail for their own reason)', () => {
    expect(ScenarioSchema.safeParse(basisRaw()).success).toBe(true);
  });
  it('a mix that does not add up to 1', () => {
    const b = basisRaw();
    b.projecten[1].mix = { grondgebonden: 0.5, appartement: 0.4, zorg: 0 };
    expect(messages(b)).toEqual(['projecten.1.mix: de woningmix telt op tot 1']);
  });
  it('a buurt that is not a buurt code', () => {
    const b = basisRaw();
    b.projecten[0].buurt = 'BU0988020';
    expect(messages(b)).toEqual(['projecten.0.buurt: buurtcode moet BU gevolgd door acht cijfers zijn']);
    b.projecten[0].buurt = 'WK098802';
    expect(messages(b)).toEqual(['projecten.0.buurt: buurtcode moet BU gevolgd door acht cijfers zijn']);
  });
  it('an aanname without a reason (missing, or too short)', () => {
    const b = basisRaw();
    delete b.projecten[0].planning.reden;
    expect(messages(b)).toEqual(['projecten.0.planning.reden: een aanname heeft een reden (minstens 10 tekens)']);
    b.projecten[0].planning.reden = 'zomaar';
    expect(messages(b)).toEqual(['projecten.0.planning.reden: een aanname heeft een reden (minstens 10 tekens)']);
  });
  it('a source without bron, and no herkomst at all', () => {
    const b = basisRaw();
    delete b.doel.herkomst.bron;
    expect(messages(b)).toEqual(['doel.herkomst.bron: bron: noem de publicatie of de url']);
    delete b.doel.herkomst;
    expect(messages(b)).toEqual([
      'doel.herkomst: herkomst: status wettelijk, richtlijn, lokaal of secundair met een bron, of aanname met een reden',
    ]);
  });
  it('more homes replaced than built in a year', () => {
    const b = basisRaw();
    b.projecten[3].vervangenPerJaar = { '2025': 37 };
    expect(messages(b)).toEqual(['projecten.3.vervangenPerJaar.2025: meer vervangen dan gebouwd in dat jaar']);
    b.projecten[3].vervangenPerJaar = { '2026': 1 };
    expect(messages(b)).toEqual(['projecten.3.vervangenPerJaar.2026: meer vervangen dan gebouwd in dat jaar']);
  });

  describe('the loader reports the broken file by name and accepts nothing', () => {
    const temps: string[] = [];
    afterAll(() => {
      for (const d of temps) rmSync(d, { recursive: true, force: true });
    });
    it('a broken variant and a broken parameter at once', () => {
      const layers = mkdtempSync(join(tmpdir(), 'ssw-growth-'));
      temps.push(layers);
      cpSync(SCENARIO_DIR, join(layers, 'scenarios'), { recursive: true });
      const v = copy('verdichting.json');
      v.projecten[0].mix.appartement = 0.9;
      writeFileSync(join(layers, 'scenarios/verdichting.json'), JSON.stringify(v));
      const p = copy(PARAMETERS_FILE);
      p.bewoondInOpleverjaar.waarde = 1.4;
      writeFileSync(join(layers, 'scenarios', PARAMETERS_FILE), JSON.stringify(p));
      let error: unknown;
      try {
        loadScenarioConfigs(layers);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      const issues = (error as InputError).issues.map((i) => `${i.file.split('/').at(-1)} ${i.column}: ${i.message}`);
      expect(issues).toEqual([
        'parameters.json bewoondInOpleverjaar: een aandeel ligt tussen 0 en 1',
        'verdichting.json projecten.0.mix: de woningmix telt op tot 1',
      ]);
    });
  });
});

describe('resolveScenario refuses a basis that does not work, in Dutch', () => {
  const file = (id: string, over: Partial<ScenarioFile> = {}): ScenarioFile => ({
    ...(basisRaw() as ScenarioFile),
    id,
    ...over,
  });

  it('an unknown basis', () => {
    const files = new Map([['a', file('a', { basis: 'bestaat-niet', doel: undefined })]]);
    expect(() => resolveScenario('a', files)).toThrow("Scenario 'bestaat-niet' bestaat niet (basis van 'a').");
    expect(() => resolveScenario('b', files)).toThrow("Scenario 'b' bestaat niet.");
  });
  it('a circular basis, directly or through another scenario', () => {
    const self = new Map([['a', file('a', { basis: 'a' })]]);
    expect(() => resolveScenario('a', self)).toThrow("Scenario 'a' is (indirect) zijn eigen basis: a → a.");
    const loop = new Map([
      ['a', file('a', { basis: 'b' })],
      ['b', file('b', { basis: 'c' })],
      ['c', file('c', { basis: 'a' })],
    ]);
    expect(() => resolveScenario('a', loop)).toThrow("Scenario 'a' is (indirect) zijn eigen basis: a → b → c → a.");
  });
  it('no target of its own and none in its basis', () => {
    const files = new Map([['a', file('a', { doel: undefined })]]);
    expect(() => resolveScenario('a', files)).toThrow("Scenario 'a' heeft geen doel");
  });
  it('the pipeline stage reports a bad basis and a buurt outside Weert per file', () => {
    const broken = [
      file('a', { basis: 'weg' }),
      file('b', { projecten: [{ ...(basisRaw().projecten[0] as Project), buurt: 'BU09889999' }] }),
    ];
    expect(() =>
      buildScenarios({
        configs: { parameters, files: broken },
        series: [],
        buurtCodes: new Set(['BU09880205']),
        areaSet: null,
        dir: 'layers/scenarios',
      }),
    ).toThrow(
      /layers\/scenarios\/a\.json.*Scenario 'weg' bestaat niet \(basis van 'a'\)[\s\S]*layers\/scenarios\/b\.json.*buurt BU09889999 bestaat niet in Weert/,
    );
  });
});
