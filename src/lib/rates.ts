// Rates per 1.000 inwoners for a mapped count: computed from published values only. When the count or the population
// of an area is withheld (small numbers) or missing, that area has no rate — never an estimate, never 0. Pure.
import type { Choropleth } from './choropleth';
import { areaValue, type DataIndex, isSuppressed } from './data';

export const POPULATION_ID = 'AANT_INW';

export type Rate = { kind: 'waarde'; value: number } | { kind: 'afgeschermd' } | { kind: 'geen' };

export interface RateColumn {
  year: number;
  /** Per area code of the map. */
  rates: Map<string, Rate>;
}

/** Rates for the map's areas, or undefined when they do not apply (not a count, a change map, no population). */
export function ratesPer1000(idx: DataIndex, c: Choropleth): RateColumn | undefined {
  const { entry, state } = c;
  if (entry.measure !== 'count' || entry.id === POPULATION_ID || c.change) return undefined;
  const { year, level } = state;
  const suppressed = new Set(c.suppressed);
  const rates = new Map<string, Rate>();
  let any = false;
  for (const a of c.areas) {
    const pop = areaValue(idx, POPULATION_ID, 'totaal', year, level, a.code);
    const popHidden = isSuppressed(idx, POPULATION_ID, 'totaal', year, a.code);
    if (suppressed.has(a.code) || popHidden) rates.set(a.code, { kind: 'afgeschermd' });
    else if (a.value === undefined || pop === undefined || pop <= 0) rates.set(a.code, { kind: 'geen' });
    else {
      rates.set(a.code, { kind: 'waarde', value: (a.value / pop) * 1000 });
      any = true;
    }
    if (pop !== undefined || popHidden) any = true;
  }
  return any ? { year, rates } : undefined;
}
