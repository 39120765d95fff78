// Rates per 1.000 inwoners for a count: computed from published values only. When the count or the population of an
// area is withheld (small numbers) or missing, that area has no rate — never an estimate, never 0. A rate is then a
// function of two published cells of the same area and year, so it cannot give back anything that the published
// figures do not already give (and a withheld cell never yields a rate that would reveal it). Pure.
import type { AreaLevel, CatalogueEntry, Series } from '../../core/contracts/data';
import { seriesKey } from '../../core/series';
import type { Choropleth } from './choropleth';
import { areaValue, type DataIndex, getSeries, isSuppressed } from './data';

export const POPULATION_ID = 'AANT_INW';
/** The population a rate is taken of: all inhabitants, whatever the count's group. */
const POPULATION_GROUP = 'totaal';
export const RATE_UNIT = 'per 1.000 inwoners';
const RATE_DECIMALS = 1;

export type Rate = { kind: 'waarde'; value: number } | { kind: 'afgeschermd' } | { kind: 'geen' };

/** The one rate rule: a withheld count or population withholds the rate; a missing one (or no people) gives none. */
export function rateOf(
  count: number | undefined,
  population: number | undefined,
  countHidden: boolean,
  popHidden: boolean,
): Rate {
  if (countHidden || popHidden) return { kind: 'afgeschermd' };
  if (count === undefined || population === undefined || population <= 0) return { kind: 'geen' };
  return { kind: 'waarde', value: (count / population) * 1000 };
}

export interface RateColumn {
  year: number;
  /** Per area code of the map. */
  rates: Map<string, Rate>;
}

/** A count of things or people (not hectares) that is not the population itself: it can be given per 1.000 inwoners. */
export function rateEligible(entry: CatalogueEntry | undefined): boolean {
  return !!entry && entry.measure === 'count' && entry.unit === 'aantal' && entry.id !== POPULATION_ID;
}

/** The years in which a rate exists for this count at this level and group: both it and the population are there. */
export function rateYears(idx: DataIndex, entry: CatalogueEntry | undefined, level: AreaLevel, subgroup: string): number[] {
  if (!entry || !rateEligible(entry)) return [];
  const pop = idx.indicators.get(POPULATION_ID);
  const popYears = new Set(
    pop?.availability.filter((a) => a.level === level && a.subgroup === POPULATION_GROUP).flatMap((a) => a.years) ?? [],
  );
  return (entry.availability.find((a) => a.level === level && a.subgroup === subgroup)?.years ?? []).filter((y) =>
    popYears.has(y),
  );
}

/** Rates for the map's areas, or undefined when they do not apply (not a count, a change map, no population). */
export function ratesPer1000(idx: DataIndex, c: Choropleth): RateColumn | undefined {
  const { entry, state } = c;
  if (!rateEligible(entry) || c.change) return undefined;
  const { year, level } = state;
  const suppressed = new Set(c.suppressed);
  const rates = new Map<string, Rate>();
  let any = false;
  for (const a of c.areas) {
    const pop = areaValue(idx, POPULATION_ID, POPULATION_GROUP, year, level, a.code);
    const popHidden = isSuppressed(idx, POPULATION_ID, POPULATION_GROUP, year, a.code);
    rates.set(a.code, rateOf(a.value, pop, suppressed.has(a.code), popHidden));
    if (pop !== undefined || popHidden) any = true;
  }
  return any ? { year, rates } : undefined;
}

/** One series of rates from the count's series and the population's of the same year and level. */
export function rateSeries(count: Series, population: Series): Series {
  const countHidden = new Set(count.suppressed ?? []);
  const popHidden = new Set(population.suppressed ?? []);
  const codes = [...new Set([...Object.keys(count.values), ...countHidden, ...popHidden])];
  const values: Record<string, number> = {};
  const suppressed: string[] = [];
  const incomplete: Record<string, string[]> = {};
  const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
  for (const code of codes) {
    const r = rateOf(count.values[code], population.values[code], countHidden.has(code), popHidden.has(code));
    if (r.kind === 'afgeschermd') suppressed.push(code);
    const missCount = sorted(count.incomplete?.[code]);
    const missPop = sorted(population.incomplete?.[code]);
    if (missCount.length > 0 || missPop.length > 0) {
      incomplete[code] = [...new Set([...missCount, ...missPop])].sort();
      // An aggregate missing other buurten in the count than in the population would divide unlike things: no rate.
      if (missCount.join() !== missPop.join()) continue;
    }
    if (r.kind === 'waarde') values[code] = r.value;
  }
  return {
    indicator: count.indicator,
    subgroup: count.subgroup,
    year: count.year,
    level: count.level,
    source: `${count.source}; inwoners: ${population.source}`,
    ...(count.indeling !== undefined ? { indeling: count.indeling } : {}),
    ...(count.method
      ? { method: `${count.method}; per 1.000 inwoners: die som gedeeld door de inwoners van dezelfde buurten, × 1.000` }
      : {}),
    ...(Object.keys(incomplete).length > 0 ? { incomplete } : {}),
    ...(count.own ? { own: true } : {}),
    ...(suppressed.length > 0 ? { suppressed: suppressed.sort() } : {}),
    values,
  };
}

/** The catalogue entry of the rate: labelled as our own calculation, not a figure of the source. */
export function rateEntry(count: CatalogueEntry, idx: DataIndex): CatalogueEntry {
  const availability = count.availability
    .map((a) => ({ ...a, years: rateYears(idx, count, a.level, a.subgroup) }))
    .filter((a) => a.years.length > 0);
  const note = `Geen cijfer van ${count.source.publisher.split(' – ')[0]}: per 1.000 inwoners is in deze viewer berekend uit het gepubliceerde aantal (${count.label.toLowerCase()}) en het aantal inwoners van hetzelfde gebied en jaar. Is een van beide afgeschermd of onbekend, dan is er geen cijfer.`;
  const { compareWith: _c, internalCaveat: _i, ...rest } = count;
  return {
    ...rest,
    label: `${count.label} per 1.000 inwoners`,
    description: `${count.description} Hier omgerekend naar het aantal per 1.000 inwoners.`,
    unit: RATE_UNIT,
    measure: 'rate',
    decimals: RATE_DECIMALS,
    denominator: POPULATION_ID,
    source: { ...count.source, publisher: `Eigen berekening uit cijfers van ${count.source.publisher}` },
    caveat: count.caveat ? `${note} ${count.caveat}` : note,
    ...(count.internalCaveat ? { internalCaveat: count.internalCaveat } : {}),
    availability,
  };
}

/**
 * The index with one count replaced by its rate per 1.000 inwoners, in every level, group and year where the
 * population exists (other years are gone, not left as counts). Everything that reads the index — map, legend,
 * tooltip, headline, table, profile, exports — then shows the rate. Unchanged when the indicator is not eligible.
 */
export function withRates(idx: DataIndex, indicator: string): DataIndex {
  const count = idx.indicators.get(indicator);
  if (!count || !rateEligible(count)) return idx;
  const entry = rateEntry(count, idx);
  const next = new Map(idx.series);
  for (const a of count.availability) for (const year of a.years) next.delete(seriesKey(indicator, a.subgroup, year, a.level));
  for (const a of entry.availability)
    for (const year of a.years) {
      const c = getSeries(idx, indicator, a.subgroup, year, a.level);
      const p = getSeries(idx, POPULATION_ID, POPULATION_GROUP, year, a.level);
      if (!c || !p) continue;
      const s = rateSeries(c, p);
      const codes = [...new Set([...Object.keys(s.values), ...(s.suppressed ?? [])])];
      next.set(seriesKey(indicator, a.subgroup, year, a.level), { ...s, codes, values: codes.map((k) => s.values[k] ?? null) });
    }
  const indicators = idx.catalogue.indicators.map((i) => (i.id === indicator ? entry : i));
  return {
    ...idx,
    catalogue: { ...idx.catalogue, indicators },
    indicators: new Map(indicators.map((i) => [i.id, i])),
    series: next,
    records: new Map(),
  };
}

/**
 * Rate mode: the published counts of the mapped areas, shown beside the rates so each rate can be checked against
 * the source (withheld stays withheld). Undefined when the choropleth is not a rate of ours or is a change map.
 * @param plain the index without the rate (the counts as published)
 */
export function countColumn(plain: DataIndex, c: Choropleth): RateColumn | undefined {
  if (c.entry.unit !== RATE_UNIT || c.change) return undefined;
  const { indicator, subgroup, year, level } = c.state;
  const s = getSeries(plain, indicator, subgroup, year, level);
  if (!s) return undefined;
  const hidden = new Set(s.suppressed ?? []);
  const cells = new Map<string, Rate>();
  for (const a of c.areas) {
    const v = s.values[a.code];
    cells.set(
      a.code,
      hidden.has(a.code) ? { kind: 'afgeschermd' } : v === undefined ? { kind: 'geen' } : { kind: 'waarde', value: v },
    );
  }
  return { year, rates: cells };
}
