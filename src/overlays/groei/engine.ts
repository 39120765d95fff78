// The growth overlay's engine, loaded on first use: scenarios.json (checked against its contract, Dutch errors)
// and the pure model from core/growth, turned into GS_* series and catalogue entries the app shows like any other
// indicator. No React.
// Before any zod schema runs: no eval probe under the site's Content-Security-Policy.
import '../../noEval';
import { z } from 'zod';
import type { CatalogueEntry, Series } from '../../../core/contracts/data';
import type { Parameters, Scenario } from '../../../core/contracts/scenario';
import { type ScenariosFile, ScenariosFileSchema } from '../../../core/contracts/scenario';
import { DATA_FILES } from '../../../core/files';
import { applyGrowthEdits, type GrowthEdit } from '../../../core/growth/edits';
import { computeEffects, type Effects, homesPerYear, scenarioYears } from '../../../core/growth/effects';
import { areaSums, type GrowthAreas, growthCatalogue, growthSeries } from '../../../core/growth/indicators';
import type { Geodata } from '../../data/load';

z.config(z.locales.nl());

/** Growth is shown to at least this year, so the wave of children after the target year stays visible. */
export const MIN_LAST_YEAR = 2040;

export interface GrowthView {
  scenario: Scenario;
  parameters: Parameters;
  notices: string[];
  effects: Effects;
  /** Effects per area code at every level (buurt, wijk, deelgebied, GM0988). */
  sums: Map<string, Float64Array>;
  homes: { year: number; net: number; cumulative: number }[];
  series: Series[];
  entries: CatalogueEntry[];
}

export interface GrowthEngine {
  file: ScenariosFile;
  areas: GrowthAreas;
  /** Scenario with its edits applied, and everything computed from it. Unknown ids fall back to the first. */
  compute(scenarioId: string, edits: readonly GrowthEdit[]): GrowthView;
  /** Compute a scenario that is not in the file (a loaded JSON). */
  computeScenario(scenario: Scenario, parameters: Parameters, edits: readonly GrowthEdit[]): GrowthView;
}

export async function loadScenarios(baseUrl: string, timeoutMs = 30_000): Promise<ScenariosFile> {
  const name = DATA_FILES.scenarios;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  let raw: unknown;
  try {
    const res = await fetch(`${baseUrl}${name}`, { signal: ctrl.signal });
    if (!res.ok) throw new Error(`${name} kon niet geladen worden (HTTP ${res.status}); draai npm run geodata`);
    raw = await res.json().catch(() => {
      throw new Error(`${name} is beschadigd (geen geldige JSON)`);
    });
  } catch (e) {
    if (ctrl.signal.aborted) throw new Error(`${name} kwam niet binnen ${timeoutMs / 1000} seconden binnen`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
  const r = ScenariosFileSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${name} is ongeldig bij ${i?.path.join('.') || '?'}: ${i?.message ?? ''}`);
  }
  return r.data;
}

export function growthAreasOf(file: ScenariosFile, geo: Geodata): GrowthAreas {
  const codes = (fc: Geodata['buurt']) => fc.features.map((f) => f.properties.code);
  return {
    buurt: codes(geo.buurt),
    wijk: codes(geo.wijk),
    deelgebied: codes(geo.deelgebied),
    deelgebiedOf: file.deelgebieden,
    population: file.basis.inwoners,
  };
}

export function createEngine(file: ScenariosFile, geo: Geodata): GrowthEngine {
  const areas = growthAreasOf(file, geo);
  const lastYear = Math.max(MIN_LAST_YEAR, ...file.scenarios.map((s) => s.doel.eindjaar));
  const computeScenario = (scenario: Scenario, parameters: Parameters, edits: readonly GrowthEdit[]): GrowthView => {
    const applied = applyGrowthEdits(scenario, parameters, edits);
    const s = applied.scenario;
    const years = scenarioYears(s, Math.max(lastYear, s.doel.eindjaar));
    const effects = computeEffects(s, applied.parameters, years);
    const sums = areaSums(effects, areas);
    const series = growthSeries(effects, areas, s.naam, sums);
    return {
      scenario: s,
      parameters: applied.parameters,
      notices: applied.notices,
      effects,
      sums,
      homes: homesPerYear(s, years),
      series,
      entries: growthCatalogue(series, s.naam),
    };
  };
  return {
    file,
    areas,
    computeScenario,
    compute(id, edits) {
      const s = file.scenarios.find((x) => x.id === id) ?? file.scenarios[0];
      if (!s) throw new Error('scenarios.json bevat geen scenario’s');
      const view = computeScenario(s, file.parameters, edits);
      return s.id === id
        ? view
        : { ...view, notices: [`Scenario '${id}' bestaat niet; ${s.naam} wordt getoond.`, ...view.notices] };
    },
  };
}

export async function loadEngine(baseUrl: string, geo: Geodata): Promise<GrowthEngine> {
  return createEngine(await loadScenarios(baseUrl), geo);
}
