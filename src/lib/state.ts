// The app's small, serialisable state: ids and primitives only, round-tripped through the URL and validated.

import { z } from 'zod';
import { MAP_AREA_CODE, YEAR_MAX, YEAR_MIN } from '../../core/codes';
import type { AreaLevel } from '../../core/contracts/data';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from './classify';
import { type DataIndex, levelsFor, subgroupsFor, yearsFor } from './data';

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
  view: 'kaart' | 'tabel';
}

export const DEFAULT_INDICATOR = 'Eenzaam';
export const SUBGROUP_PREFERENCE = ['leeftijd 18+', 'totaal', 'leeftijd 65+', 'leeftijd 18-64'];

/** URL parameter names are Dutch: links are shared by Dutch users. */
const UrlSchema = z.object({
  niveau: z.enum(VIEW_LEVELS).optional(),
  indicator: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,60}$/)
    .optional(),
  groep: z.string().max(40).optional(),
  jaar: z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional(),
  klassen: z.enum(CLASSIFICATION_METHODS).optional(),
  vergelijk: z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional(),
  gebied: z.string().regex(MAP_AREA_CODE).optional(),
  weergave: z.enum(['kaart', 'tabel']).optional(),
});

export interface ResolvedState {
  state: AppState;
  /** Dutch messages about parts of the request that could not be honoured. */
  notices: string[];
}

/** Parse a query string leniently: each invalid parameter is dropped with a notice, the rest is kept. */
export function parseUrl(search: string): { partial: Partial<AppState>; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const raw: Record<string, string> = {};
  for (const k of Object.keys(UrlSchema.shape)) {
    const v = params.get(k);
    if (v === null) continue;
    const one = UrlSchema.shape[k as keyof typeof UrlSchema.shape].safeParse(v);
    if (one.success) raw[k] = v;
    else notices.push(`De waarde '${v.slice(0, 40)}' voor '${k}' in de link is ongeldig en is genegeerd.`);
  }
  const p = UrlSchema.parse(raw);
  const partial: Partial<AppState> = {};
  if (p.niveau) partial.level = p.niveau;
  if (p.indicator) partial.indicator = p.indicator;
  if (p.groep) partial.subgroup = p.groep;
  if (p.jaar) partial.year = p.jaar;
  if (p.klassen) partial.method = p.klassen;
  if (p.vergelijk) partial.compareYear = p.vergelijk;
  if (p.gebied) partial.selected = p.gebied;
  if (p.weergave) partial.view = p.weergave;
  return { partial, notices };
}

export function toUrl(s: AppState): string {
  const p = new URLSearchParams();
  p.set('niveau', s.level);
  p.set('indicator', s.indicator);
  p.set('groep', s.subgroup);
  p.set('jaar', String(s.year));
  p.set('klassen', s.method);
  if (s.compareYear !== null) p.set('vergelijk', String(s.compareYear));
  if (s.selected) p.set('gebied', s.selected);
  if (s.view !== 'kaart') p.set('weergave', s.view);
  return `?${p.toString()}`;
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
  let selected = partial.selected ?? null;
  if (selected && !idx.areaName.has(selected)) {
    notices.push(`Gebied '${selected}' bestaat niet in Weert.`);
    selected = null;
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
    },
    notices,
  };
}
