// An area's profile: the current indicator against Weert, the region and NL, and its standing on every theme. Pure.
import type { ComparisonConfig, Polarity } from '../../core/contracts/config';
import type { CatalogueEntry } from '../../core/contracts/data';
import { SUBGROUP_PREFERENCE } from '../state/app-state';
import { compareNl } from './collate';
import {
  areaValue,
  type DataIndex,
  isSuppressed,
  levelOfCode,
  NL_CODE,
  REGION_CODES,
  subgroupsFor,
  WEERT_CODE,
  yearsFor,
} from './data';
import { areaName } from './names';

export type Standing = 'gunstiger' | 'ongunstiger' | 'gelijk' | 'neutraal';

export interface ThemeItem {
  entry: CatalogueEntry;
  subgroup: string;
  year: number;
  value: number;
  weert: number | undefined;
  standing: Standing;
}

export interface ThemeSummary {
  themeId: string;
  label: string;
  items: ThemeItem[];
  better: number;
  worse: number;
}

/**
 * How large a difference must be before it is a verdict: layers/comparison.json through the catalogue (every threshold
 * an aanname). This fallback applies only to data built without that file.
 */
export const DEFAULT_COMPARISON: ComparisonConfig = {
  version: 1,
  description: 'Standaard: kleine verschillen gelden als vergelijkbaar.',
  percentages: { procentpunt: 2, herkomst: { status: 'aanname', reden: 'Geen layers/comparison.json in deze gegevens.' } },
  modelschattingen: { procentpunt: 4, herkomst: { status: 'aanname', reden: 'Geen layers/comparison.json in deze gegevens.' } },
  overig: { relatief: 0.1, herkomst: { status: 'aanname', reden: 'Geen layers/comparison.json in deze gegevens.' } },
};
export const comparisonOf = (idx: DataIndex): ComparisonConfig => idx.catalogue.comparison ?? DEFAULT_COMPARISON;

/** Model-based small-area estimates (RIVM health monitor) carry more uncertainty than counts. */
export const isModelEstimate = (entry: Pick<CatalogueEntry, 'source' | 'caveat'>) =>
  entry.source.tables.includes('50090NED') || /modelmatige schatting/i.test(entry.caveat ?? '');

export interface Tolerance {
  unit: string;
  model: boolean;
}

/** True when the difference is within what the thresholds call "vergelijkbaar". */
export function comparable(diff: number, reference: number, t: Tolerance, cfg: ComparisonConfig = DEFAULT_COMPARISON): boolean {
  if (t.unit === '%') return Math.abs(diff) <= (t.model ? cfg.modelschattingen.procentpunt : cfg.percentages.procentpunt);
  return Math.abs(diff) <= Math.abs(reference) * cfg.overig.relatief;
}

export function standing(
  value: number,
  reference: number | undefined,
  polarity: Polarity,
  tolerance: Tolerance = { unit: '', model: false },
  cfg: ComparisonConfig = DEFAULT_COMPARISON,
): Standing {
  if (polarity === 'neutral') return 'neutraal';
  if (reference === undefined) return 'neutraal';
  const diff = value - reference;
  if (comparable(diff, reference, tolerance, cfg)) return 'gelijk';
  const higherIsBetter = polarity === 'higher-is-better';
  return diff > 0 === higherIsBetter ? 'gunstiger' : 'ongunstiger';
}

/** For every theme: the area's latest value of each non-count indicator, compared with Weert. */
export function themeSummaries(idx: DataIndex, code: string): ThemeSummary[] {
  const level = levelOfCode(code);
  return idx.catalogue.themes.map((t) => {
    const items: ThemeItem[] = [];
    for (const entry of idx.catalogue.indicators) {
      if (entry.theme !== t.id || entry.measure === 'count') continue;
      const groups = subgroupsFor(entry, level);
      const subgroup = SUBGROUP_PREFERENCE.find((g) => groups.includes(g)) ?? groups[0];
      if (!subgroup) continue;
      const years = yearsFor(entry, level, subgroup);
      for (let i = years.length - 1; i >= 0; i--) {
        const year = years[i] as number;
        const value = areaValue(idx, entry.id, subgroup, year, level, code);
        if (value === undefined) continue;
        const weert = areaValue(idx, entry.id, subgroup, year, 'gemeente', WEERT_CODE);
        const tolerance = { unit: entry.unit, model: isModelEstimate(entry) };
        const verdict = standing(value, weert, entry.polarity, tolerance, comparisonOf(idx));
        items.push({ entry, subgroup, year, value, weert, standing: verdict });
        break;
      }
    }
    items.sort((a, b) => compareNl(a.entry.label, b.entry.label));
    return {
      themeId: t.id,
      label: t.label,
      items,
      better: items.filter((i) => i.standing === 'gunstiger').length,
      worse: items.filter((i) => i.standing === 'ongunstiger').length,
    };
  });
}

export interface Comparison {
  code: string;
  name: string;
  value: number | undefined;
  suppressed: boolean;
  kind: 'gebied' | 'gemeente' | 'regio' | 'land';
}

/** The area next to Weert, the Midden-Limburg gemeenten and NL for one indicator/subgroup/year. */
export function comparisons(idx: DataIndex, indicator: string, subgroup: string, year: number, code: string): Comparison[] {
  const v = (c: string) => areaValue(idx, indicator, subgroup, year, levelOfCode(c), c);
  const sup = (c: string) => isSuppressed(idx, indicator, subgroup, year, c);
  const name = (c: string) => areaName(idx, c);
  const all: Comparison[] = [
    { code, name: name(code), value: v(code), suppressed: sup(code), kind: 'gebied' },
    { code: WEERT_CODE, name: name(WEERT_CODE), value: v(WEERT_CODE), suppressed: false, kind: 'gemeente' },
    ...REGION_CODES.map((c): Comparison => ({ code: c, name: name(c), value: v(c), suppressed: false, kind: 'regio' })),
    { code: NL_CODE, name: name(NL_CODE), value: v(NL_CODE), suppressed: false, kind: 'land' },
  ];
  return all.filter((c, i) => all.findIndex((x) => x.code === c.code) === i); // a selected gemeente appears once
}
