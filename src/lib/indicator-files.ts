// Which files of the tiled (national) layout a view reads: one file per indicator and year. Pure: the app's loader
// hook (useIndicatorFiles), its first-map request (main.tsx) and the side-by-side map (useShownChoropleths) share it.
import type { AppState } from '../state/app-state';
import { type DataIndex, yearsFor } from './data';
import { POPULATION_ID } from './rates';

/** One file of the tiled layout: an indicator's series of one year (every level and group). */
export interface IndicatorYear {
  indicator: string;
  year: number;
}

/** The year shown beside the current one: the chosen comparison year, else the one before, else the one after. */
export function otherYear(idx: DataIndex, state: AppState): number | null {
  const entry = idx.indicators.get(state.indicator);
  const years = entry ? yearsFor(entry, state.level, state.subgroup) : [];
  if (state.compareYear !== null && state.compareYear !== state.year && years.includes(state.compareYear))
    return state.compareYear;
  const i = years.indexOf(state.year);
  return years[i - 1] ?? years[i + 1] ?? null;
}

/** The files a map of this state reads: its indicator (a bivariate map's second, a rate's population) in its years. */
export function mapFiles(idx: DataIndex, state: AppState): IndicatorYear[] {
  const side = state.view === 'naast' ? otherYear(idx, state) : null;
  const years = [state.year, state.compareYear, side].filter((y, i, all): y is number => y !== null && all.indexOf(y) === i);
  const ids = [state.indicator, state.bivariate, state.per1000 ? POPULATION_ID : null].filter((i) => i !== null);
  return ids.flatMap((indicator) => years.map((year) => ({ indicator, year })));
}

/** Every year of these indicators (an indicator's trend; an open profile's list of all indicators). */
export function allYears(idx: DataIndex, ids: readonly string[]): IndicatorYear[] {
  return ids.flatMap((indicator) =>
    [...new Set(idx.indicators.get(indicator)?.availability.flatMap((a) => a.years))].map((year) => ({ indicator, year })),
  );
}

/** One file's key, for sets and effect dependencies. */
export const fileKey = (f: IndicatorYear) => `${f.indicator}@${f.year}`;
