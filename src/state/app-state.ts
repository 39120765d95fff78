// The app's small, serialisable state: ids and primitives only, round-tripped through the URL (see url.ts) and made
// consistent with the data here. Pure.
import type { AreaLevel } from '../../core/contracts/data';
import type { GrowthEdit } from '../../core/growth/edit-link';
import type { ClassificationMethod } from '../lib/classify';
import { type DataIndex, levelsFor, subgroupsFor, yearsFor } from '../lib/data';
import { rateEligible, rateYears } from '../lib/rates';

export const VIEW_LEVELS = ['wijk', 'buurt', 'deelgebied', 'gemeente'] as const satisfies readonly AreaLevel[];
export type ViewLevel = (typeof VIEW_LEVELS)[number];

export interface AppState {
  level: ViewLevel;
  indicator: string;
  subgroup: string;
  year: number;
  method: ClassificationMethod;
  /** Change map: difference between `year` and this year; null = plain map. */
  compareYear: number | null;
  selected: string | null;
  view: ViewMode;
  /** Where the map looks: null = the whole level; an area to fit; or a centre/zoom/bearing (a user's own view). */
  camera: CameraState | null;
  /** Map theme: the projector theme has thicker lines and larger labels. */
  theme: ThemeId;
  /** An overlay on the map; null = the choropleth alone. */
  overlay: OverlayId | null;
  /** Voorzieningen overlay: the facility type whose distances are shown. */
  facilityType: string;
  /** "What if": facilities added, moved or removed, in order (the share link holds them). */
  edits: FacilityEditState[];
  /** Voorzieningen overlay: draw the 100 m distance surface (off = only the facilities over the choropleth). */
  surface: boolean;
  /** Table view: sorted by this column, ascending (1) or descending (-1). */
  tableSort: TableSort;
  /** Growth overlay: the scenario shown, and its edits ("what if"), in order. */
  scenario: string;
  growthEdits: GrowthEdit[];
  /** Growth overlay: a second scenario beside the first (view 'naast') or subtracted from it (difference map). */
  compareScenario: string | null;
  scenarioDiff: boolean;
  /** Growth overlay: a social indicator crossed with the growth in a 3×3 bivariate map; null = off. */
  bivariate: string | null;
  /**
   * Presentation mode (projector, heidag): controls out of the way, legend over the map, large type. Everything it
   * shows is this state, so a guided story can drive it step by step with state patches.
   */
  presentation: boolean;
  /** Area profile: a second area compared side by side with the selected one on every theme; null = none. */
  compareArea: string | null;
  /**
   * A count mapped per 1.000 inwoners (our own calculation from the count and the population of the same year):
   * map, legend, tooltip, profile, headline, table and exports all show the rate. Only where such a rate exists.
   */
  per1000: boolean;
}

export const TABLE_SORT_KEYS = ['name', 'value', 'diff'] as const;
export interface TableSort {
  key: (typeof TABLE_SORT_KEYS)[number];
  dir: 1 | -1;
}

export const OVERLAY_IDS = ['voorzieningen', 'groei'] as const;
export type OverlayId = (typeof OVERLAY_IDS)[number];
export const DEFAULT_FACILITY_TYPE = 'huisarts';
export const DEFAULT_SCENARIO = 'basis';

/** One "what if" edit of one facility type. Facility ids are those of the published list, or 'nieuw-<n>'. */
export type FacilityEditState =
  | { kind: 'add'; type: string; id: string; lon: number; lat: number }
  | { kind: 'move'; type: string; id: string; lon: number; lat: number }
  | { kind: 'remove'; type: string; id: string };

export const THEME_IDS = ['standaard', 'projector', 'print'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const VIEW_MODES = ['kaart', 'tabel', 'naast'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export type CameraState =
  | { kind: 'area'; code: string }
  | { kind: 'view'; center: [number, number]; zoom: number; bearing: number };

export const DEFAULT_INDICATOR = 'Eenzaam';
export const SUBGROUP_PREFERENCE = ['leeftijd 18+', 'totaal', 'leeftijd 65+', 'leeftijd 18-64'];

export interface ResolvedState {
  state: AppState;
  /** Dutch messages about parts of the request that could not be honoured. */
  notices: string[];
}

/**
 * Make a (partial, possibly stale) state consistent with the data: the indicator exists, and subgroup and year
 * are ones that exist for it at this level. Never throws; explains every substitution.
 */
/**
 * @param fromLink true for a state read from a URL: every substitution is explained. For the user's own clicks
 * only substitutions they would not expect are (a different indicator); picking the nearest year or group is silent.
 */
export function resolveState(partial: Partial<AppState>, idx: DataIndex, fromLink = true): ResolvedState {
  const notices: string[] = [];
  const level: ViewLevel = partial.level ?? 'wijk';
  let entry = idx.indicators.get(partial.indicator ?? DEFAULT_INDICATOR);
  if (!entry) {
    if (partial.indicator) notices.push(`Indicator '${partial.indicator}' bestaat niet; de standaardindicator wordt getoond.`);
    entry = idx.indicators.get(DEFAULT_INDICATOR) ?? idx.catalogue.indicators[0];
  }
  if (!entry) throw new Error('De indicatorcatalogus is leeg.');
  if (!levelsFor(entry).includes(level)) {
    // The level is the user's explicit choice: keep it and offer the closest indicator that exists there.
    const from = entry;
    const atLevel = idx.catalogue.indicators.filter((i) => levelsFor(i).includes(level));
    const alt =
      atLevel.find((i) => i.theme === from.theme && i.measure !== 'count') ??
      atLevel.find((i) => i.id === DEFAULT_INDICATOR) ??
      atLevel[0];
    if (alt) {
      notices.push(`${from.label} is niet beschikbaar per ${level}; ${alt.label} wordt getoond.`);
      entry = alt;
    }
  }
  const subgroups = subgroupsFor(entry, level);
  let subgroup = partial.subgroup ?? '';
  if (!subgroups.includes(subgroup)) {
    if (partial.subgroup && fromLink) notices.push(`Groep '${partial.subgroup}' bestaat niet voor ${entry.label}.`);
    subgroup = SUBGROUP_PREFERENCE.find((g) => subgroups.includes(g)) ?? subgroups[0] ?? 'totaal';
  }
  const years = yearsFor(entry, level, subgroup);
  let year = partial.year ?? years[years.length - 1] ?? 0;
  if (!years.includes(year)) {
    if (partial.year && fromLink)
      notices.push(`Jaar ${partial.year} bestaat niet voor ${entry.label}; ${years[years.length - 1]} wordt getoond.`);
    year = years[years.length - 1] ?? 0;
  }
  let compareYear = partial.compareYear ?? null;
  if (compareYear !== null && (!years.includes(compareYear) || compareYear === year)) {
    if (compareYear !== year && fromLink) notices.push(`Vergelijkingsjaar ${compareYear} bestaat niet voor ${entry.label}.`);
    compareYear = null;
  }
  let per1000 = partial.per1000 ?? false;
  if (per1000 && !rateYears(idx, entry, level, subgroup).includes(year)) {
    // From a link, or a year without population for a count the user asked the rate of: say why it is gone.
    if (fromLink || rateEligible(entry))
      notices.push(
        rateEligible(entry)
          ? `${entry.label} per 1.000 inwoners kan niet voor ${year}: er is geen aantal inwoners per ${level} in dat jaar. Het aantal wordt getoond.`
          : `${entry.label} is geen aantal: per 1.000 inwoners is niet van toepassing.`,
      );
    per1000 = false;
  }
  let selected = partial.selected ?? null;
  if (selected && !idx.areaName.has(selected)) {
    notices.push(`Gebied '${selected}' bestaat niet in Weert.`);
    selected = null;
  }
  let compareArea = partial.compareArea ?? null;
  if (compareArea && !idx.areaName.has(compareArea)) {
    notices.push(`Vergelijkingsgebied '${compareArea}' bestaat niet in Weert; de vergelijking wordt niet getoond.`);
    compareArea = null;
  }
  let camera = partial.camera ?? null;
  if (camera?.kind === 'area' && !idx.areaName.has(camera.code)) {
    notices.push(`Gebied '${camera.code}' om naartoe te zoomen bestaat niet; de hele kaart wordt getoond.`);
    camera = null;
  }
  return {
    state: {
      level,
      indicator: entry.id,
      subgroup,
      year,
      method: partial.method ?? 'quantiles',
      compareYear,
      selected,
      view: partial.view ?? 'kaart',
      camera,
      theme: partial.theme ?? 'standaard',
      overlay: partial.overlay ?? null,
      facilityType: partial.facilityType ?? DEFAULT_FACILITY_TYPE,
      edits: partial.edits ?? [],
      surface: partial.surface ?? true,
      tableSort: partial.tableSort ?? { key: 'name', dir: 1 },
      scenario: partial.scenario ?? DEFAULT_SCENARIO,
      growthEdits: partial.growthEdits ?? [],
      compareScenario: partial.compareScenario ?? null,
      scenarioDiff: partial.scenarioDiff ?? false,
      presentation: partial.presentation ?? false,
      compareArea,
      per1000,
      bivariate:
        partial.bivariate !== undefined && partial.bivariate !== null && idx.indicators.has(partial.bivariate)
          ? partial.bivariate
          : null,
    },
    notices,
  };
}
