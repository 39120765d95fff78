// The growth effect model: from a scenario's homes per project and year to extra inhabitants by age group, the
// demand for voorzieningen that follows, and the sociale ruimteclaim in m². Everything is linear in the homes, so
// values per buurt add up to wijk, deelgebied and gemeente exactly. Pure; typed arrays because a slider recomputes
// all projects and years on every step.
import { AGE_GROUPS, type AgeGroup, DWELLING_TYPES, type Parameters, type Project, type Scenario } from '../contracts/scenario';

/** What the model reports per area and year (state at the end of the year, cumulative since the start year). */
export const METRICS = [
  'woningenBruto',
  'woningenVervangen',
  'woningenNetto',
  'inwoners',
  ...AGE_GROUPS.map((g) => `inwoners ${g}` as const),
  'leerlingenBasis',
  'leerlingenVoortgezet',
  'kinderopvang',
  'wmo',
  'huisartsFte',
  'sporthallen',
  'm2Basisschool',
  'm2Schoolplein',
  'm2Voortgezet',
  'm2Kinderopvang',
  'm2Sporthal',
  'm2Totaal',
] as const;
export type Metric = (typeof METRICS)[number];
export const M = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;
const AGE_INDEX = AGE_GROUPS.map((g) => M[`inwoners ${g}`]);

/** Key of homes whose buurt is not known, or not yet allocated: they count in the gemeente total only. */
export const UNASSIGNED = '';

export interface Effects {
  years: number[];
  /** Per buurt code (or UNASSIGNED): METRICS.length × years.length values, metric-major. */
  byArea: Map<string, Float64Array>;
}

export const at = (e: Effects, arr: Float64Array, metric: Metric, yearIndex: number) =>
  arr[M[metric] * e.years.length + yearIndex] ?? 0;

/** The years a scenario is shown for: its start year to its end year (or a later one, to see the wave). */
export function scenarioYears(scenario: Pick<Scenario, 'startjaar' | 'doel'>, lastYear = scenario.doel.eindjaar): number[] {
  const out: number[] = [];
  for (let y = scenario.startjaar; y <= Math.max(lastYear, scenario.startjaar); y++) out.push(y);
  return out;
}

/** Age shares per dwelling type for a home of age a (0 = the completion year), precomputed per age. */
function shareTable(params: Parameters, maxAge: number): Float64Array[] {
  return DWELLING_TYPES.map((t) => {
    const phases = params.leeftijdsprofiel[t];
    const table = new Float64Array((maxAge + 1) * AGE_GROUPS.length);
    for (let a = 0; a <= maxAge; a++) {
      let phase = phases[0];
      for (const p of phases) if (p.vanafJaar <= a) phase = p;
      AGE_GROUPS.forEach((g, j) => {
        table[a * AGE_GROUPS.length + j] = phase?.aandelen[g as AgeGroup] ?? 0;
      });
    }
    return table;
  });
}

/** Residents by age, then demand and m², added into `out` (metric-major, n years). */
function addProject(p: Project, years: number[], params: Parameters, shares: Float64Array[], out: Float64Array) {
  const n = years.length;
  const first = years[0] ?? 0;
  const occupiedFirstYear = params.bewoondInOpleverjaar.waarde;
  const occupancy = DWELLING_TYPES.map((t) => params.bezetting[t].waarde);
  const mix = DWELLING_TYPES.map((t) => p.mix[t]);
  let gross = 0;
  let replaced = 0;
  for (let t = 0; t < n; t++) {
    const y = String(first + t);
    const g = p.woningenPerJaar[y] ?? 0;
    const r = p.vervangenPerJaar?.[y] ?? 0;
    gross += g;
    replaced += r;
    out[M.woningenBruto * n + t] = (out[M.woningenBruto * n + t] ?? 0) + gross;
    out[M.woningenVervangen * n + t] = (out[M.woningenVervangen * n + t] ?? 0) + replaced;
    out[M.woningenNetto * n + t] = (out[M.woningenNetto * n + t] ?? 0) + gross - replaced;
    const net = g - r;
    if (net === 0) continue;
    // Replaced homes are assumed to have housed as many people as their replacements: only net homes add people.
    for (let k = 0; k < DWELLING_TYPES.length; k++) {
      const homes = net * (mix[k] ?? 0);
      if (homes === 0) continue;
      const persons = homes * (occupancy[k] ?? 0);
      const table = shares[k] as Float64Array;
      for (let yi = t; yi < n; yi++) {
        const occupied = yi === t ? occupiedFirstYear : 1;
        const age = yi - t;
        for (let j = 0; j < AGE_GROUPS.length; j++) {
          const idx = (AGE_INDEX[j] as number) * n + yi;
          out[idx] = (out[idx] ?? 0) + persons * occupied * (table[age * AGE_GROUPS.length + j] ?? 0);
        }
      }
    }
  }
}

/** Demand and m² from the residents by age (linear, so it may run per buurt before summing). */
function addDemand(params: Parameters, out: Float64Array, n: number) {
  const v = (k: keyof Parameters['normen']) => params.normen[k].waarde;
  const perSchool = (fixed: number, size: number) => (size > 0 ? fixed / size : 0);
  const m2Basis = v('m2PerLeerlingBasis') + perSchool(v('m2VastPerBasisschool'), v('leerlingenPerBasisschool'));
  const m2Vo = v('m2PerLeerlingVoortgezet') + perSchool(v('m2VastPerVoortgezetSchool'), v('leerlingenPerVoortgezetSchool'));
  const m2Ko = v('m2KinderopvangBinnen') + v('m2KinderopvangBuiten');
  const per = (x: number) => (x > 0 ? 1 / x : 0);
  for (let t = 0; t < n; t++) {
    const get = (m: number) => out[m * n + t] ?? 0;
    const set = (m: number, x: number) => {
      out[m * n + t] = x;
    };
    let total = 0;
    for (const j of AGE_INDEX) total += get(j);
    set(M.inwoners, total);
    const po = get(M['inwoners 4-11']) * v('deelnameBasisonderwijs');
    const vo = get(M['inwoners 12-17']) * v('deelnameVoortgezet');
    const ko = get(M['inwoners 0-3']) * v('deelnameKinderopvang');
    const halls = total * per(v('inwonersPerSporthal'));
    set(M.leerlingenBasis, po);
    set(M.leerlingenVoortgezet, vo);
    set(M.kinderopvang, ko);
    set(M.wmo, get(M['inwoners 75+']) * v('wmo75Plus'));
    set(M.huisartsFte, total * per(v('patientenPerHuisartsFte')));
    set(M.sporthallen, halls);
    set(M.m2Basisschool, po * m2Basis);
    set(M.m2Schoolplein, po * v('m2SchoolpleinPerLeerling'));
    set(M.m2Voortgezet, vo * m2Vo);
    set(M.m2Kinderopvang, ko * m2Ko);
    set(M.m2Sporthal, halls * v('m2PerSporthal'));
    set(
      M.m2Totaal,
      get(M.m2Basisschool) + get(M.m2Schoolplein) + get(M.m2Voortgezet) + get(M.m2Kinderopvang) + get(M.m2Sporthal),
    );
  }
}

/** Effects per buurt (and UNASSIGNED) for every year of `years`. */
export function computeEffects(scenario: Scenario, params: Parameters, years = scenarioYears(scenario)): Effects {
  const n = years.length;
  const shares = shareTable(params, n);
  const byArea = new Map<string, Float64Array>();
  for (const p of scenario.projecten) {
    const key = p.buurt ?? UNASSIGNED;
    let arr = byArea.get(key);
    if (!arr) {
      arr = new Float64Array(METRICS.length * n);
      byArea.set(key, arr);
    }
    addProject(p, years, params, shares, arr);
  }
  for (const arr of byArea.values()) addDemand(params, arr, n);
  return { years, byArea };
}

/** Sum the buurt effects into larger areas: `parentOf` maps a buurt (or UNASSIGNED) to its parents' codes. */
export function aggregateEffects(e: Effects, parentsOf: (buurt: string) => readonly string[]): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const [buurt, arr] of e.byArea) {
    for (const parent of parentsOf(buurt)) {
      let acc = out.get(parent);
      if (!acc) {
        acc = new Float64Array(arr.length);
        out.set(parent, acc);
      }
      for (let i = 0; i < arr.length; i++) acc[i] = (acc[i] ?? 0) + (arr[i] ?? 0);
    }
  }
  return out;
}

/** Net homes per year (not cumulative) of the whole scenario, and its running total: the target line. */
export function homesPerYear(scenario: Scenario, years: number[]): { year: number; net: number; cumulative: number }[] {
  let cum = 0;
  return years.map((year) => {
    const y = String(year);
    const net = scenario.projecten.reduce((s, p) => s + (p.woningenPerJaar[y] ?? 0) - (p.vervangenPerJaar?.[y] ?? 0), 0);
    cum += net;
    return { year, net, cumulative: cum };
  });
}
