// Stage: scenarios. Resolves each scenario's basis, checks that it points at buurten that exist, and adds what the
// app needs to set growth against today: the published population per area and the deelgebied membership. No
// file system; runs after publication, so a suppressed buurt has no base population (its growth % stays empty).
import { WEERT_CODE } from '../../core/codes';
import type { AreaSetConfig } from '../../core/contracts/config';
import type { Series } from '../../core/contracts/data';
import { type ScenariosFile, ScenariosFileSchema } from '../../core/contracts/scenario';
import { resolveScenario } from '../../core/growth/resolve';
import { InputError, type InputIssue } from '../lib/errors';
import type { ScenarioConfigs } from '../lib/scenarios';
import { parseStatsCsv } from '../lib/stats';
import type { SourceText } from './read-sources';

export interface ScenarioStageInput {
  configs: ScenarioConfigs;
  /** Published series (after the publication stage). */
  series: Series[];
  buurtCodes: ReadonlySet<string>;
  areaSet: AreaSetConfig | null;
  /** Where the configs live, for messages. */
  dir: string;
  /** The population forecast (sources.json "forecast"), checked against the observed population. */
  forecast?: SourceText & { title: string };
}

/**
 * The forecast's total for the latest observed year it covers, against that observation. A forecast already below
 * the observed population is outdated: shown as such, never used as the scenarios' autonomous trend.
 */
function checkForecast(f: ScenarioStageInput['forecast'], series: Series[]) {
  if (!f) return undefined;
  const rows = parseStatsCsv(f.text, f.file).filter((r) => r.indicator === 'BEV_PROGNOSE' && r.subgroup === 'totaal');
  const observed = series
    .filter((s) => s.indicator === 'AANT_INW' && s.subgroup === 'totaal' && s.level === 'gemeente' && WEERT_CODE in s.values)
    .sort((a, b) => b.year - a.year);
  for (const obs of observed) {
    const row = rows.find((r) => r.year === obs.year && r.value !== null);
    const waargenomen = obs.values[WEERT_CODE];
    if (!row || row.value === null || waargenomen === undefined) continue;
    return { titel: f.title, jaar: obs.year, prognose: row.value, waargenomen, verouderd: row.value < waargenomen };
  }
  return undefined;
}

const LEVELS = ['buurt', 'wijk', 'deelgebied', 'gemeente'] as const;

/** The latest published inhabitants per level (buurt 2024, wijk and gemeente 2025 in the default data). */
function basePopulation(series: Series[]) {
  const jaren: Record<string, number> = {};
  const inwoners: Record<string, number> = {};
  for (const level of LEVELS) {
    const latest = series
      .filter((s) => s.indicator === 'AANT_INW' && s.subgroup === 'totaal' && s.level === level)
      .filter((s) => level !== 'gemeente' || WEERT_CODE in s.values)
      .sort((a, b) => b.year - a.year)[0];
    if (!latest) continue;
    jaren[level] = latest.year;
    for (const [code, v] of Object.entries(latest.values)) if (level !== 'gemeente' || code === WEERT_CODE) inwoners[code] = v;
  }
  return { jaren, inwoners };
}

export function buildScenarios({ configs, series, buurtCodes, areaSet, dir, forecast }: ScenarioStageInput): ScenariosFile {
  const byId = new Map(configs.files.map((f) => [f.id, f]));
  const issues: InputIssue[] = [];
  const scenarios = configs.files.flatMap((f) => {
    try {
      return [resolveScenario(f.id, byId)];
    } catch (e) {
      issues.push({ file: `${dir}/${f.id}.json`, column: 'basis', message: (e as Error).message });
      return [];
    }
  });
  for (const s of scenarios)
    s.projecten.forEach((p, i) => {
      if (p.buurt && !buurtCodes.has(p.buurt))
        issues.push({
          file: `${dir}/${s.id}.json`,
          column: `projecten.${i}.buurt`,
          message: `buurt ${p.buurt} bestaat niet in Weert`,
        });
    });
  if (issues.length > 0) throw new InputError(issues);
  const def = areaSet?.definition;
  const deelgebieden =
    def?.kind === 'buurten' ? Object.fromEntries(def.areas.flatMap((a) => a.buurten.map((b) => [b, a.code]))) : {};
  const prognose = checkForecast(forecast, series);
  const base = { ...basePopulation(series), ...(prognose ? { prognose } : {}) };
  return ScenariosFileSchema.parse({
    version: 1,
    parameters: configs.parameters,
    scenarios,
    basis: { bron: 'CBS Kerncijfers wijken en buurten (AANT_INW), zoals gepubliceerd', ...base },
    deelgebieden,
    attributie: [
      'Woningbouwlocaties en -aantallen: gemeente Weert en lokale media, per locatie genoemd (geodata/sources/plans/)',
      'Normen en kengetallen: per parameter genoemd, met status (wettelijk, richtlijn, lokaal, secundair of aanname)',
    ],
  });
}
