// State + data → everything the map, legend and table need for one choropleth. Pure and memoisable.
import type { CatalogueEntry, Series } from '../../core/contracts/data';
import type { AppState } from '../state/app-state';
import { type Classes, classIndex, classify, RELATIVE_CLASSES } from './classify';
import { type DataIndex, NL_CODE, referenceValue, seriesAt, WEERT_CODE } from './data';
import { formatDifference, formatShort } from './format';
import { areaName } from './names';
import { NO_DATA_COLOR, paletteFor } from './palette';

export interface LegendClass {
  color: string;
  label: string;
  count: number;
}

export interface AreaValue {
  code: string;
  name: string;
  /** The mapped value: the indicator, or in a change map the difference between the two years. */
  value: number | undefined;
  classIndex: number | undefined;
  color: string;
  /** The mapped value minus Weert's (same year or same change); undefined when either is missing. */
  vsWeert: number | undefined;
  /** Change map only: the values in the compared year and the current year. */
  from?: number;
  to?: number;
}

export interface ChangeInfo {
  fromYear: number;
  toYear: number;
  /** Set when the two years use a different area division: differences may partly be border changes. */
  boundaryWarning?: string;
  /** A difference between two scenarios in the same year (not between two years): "A min B". */
  versus?: string;
}

export interface Choropleth {
  entry: CatalogueEntry;
  state: AppState;
  source: string;
  /** How aggregated values were made (deelgebieden), and which areas miss member buurten. */
  method?: string;
  incomplete: Record<string, string[]>;
  /** Areas whose value was suppressed for publication (small numbers). */
  suppressed: string[];
  change?: ChangeInfo;
  /** Side-by-side maps: the classes were made over these years together (ascending, including the shown year). */
  pooledYears?: number[];
  /** Why the requested classification could not be used, when that happened. */
  methodNote?: string;
  classes: Classes | null;
  legend: LegendClass[];
  noDataCount: number;
  areas: AreaValue[];
  weert: number | undefined;
  nl: number | undefined;
  /** Set when the map is a bivariate one (growth × a social indicator): colours come from a 3×3 scheme. */
  bivariate?: import('./bivariate').BivariateInfo;
}

export const CLASS_COUNT = 5;

function diff(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

function changeInfo(
  now: Pick<Series, 'indeling'> | undefined,
  before: Pick<Series, 'indeling'> | undefined,
  fromYear: number,
  toYear: number,
): ChangeInfo {
  const info: ChangeInfo = { fromYear, toYear };
  if (now && before && now.indeling !== before.indeling) {
    info.boundaryWarning =
      now.indeling && before.indeling
        ? `Let op: ${fromYear} gebruikt de gebiedsindeling ${before.indeling}, ${toYear} de indeling ${now.indeling}. Een verschil kan deels door gewijzigde grenzen komen.`
        : 'Let op: de gebiedsindeling van de twee jaren is niet gelijk of niet bekend. Een verschil kan deels door gewijzigde grenzen komen.';
  }
  return info;
}

// One Set per level's code list (the lists are stable): building it for 14,000 codes took 2–3 ms of every switch.
const codeSets = new WeakMap<string[], Set<string>>();

/** The codes that are on this map. */
function onMap(codes: string[], areaCodes: string[]): string[] {
  const here = codeSets.get(areaCodes) ?? new Set(areaCodes);
  codeSets.set(areaCodes, here);
  return codes.filter((c) => here.has(c));
}

export interface ChoroplethOptions {
  /**
   * Classify over the values of these years too (side-by-side maps): the same colour then means the same value on
   * both maps. Ignored for change maps.
   */
  poolYears?: number[];
  /** Classify over these values too (two scenarios side by side share one set of classes). */
  poolValues?: number[];
  /** Map this index's values minus another's, same year (a scenario difference map), diverging around 0. */
  minus?: { idx: DataIndex; label: string };
}

export function deriveChoropleth(idx: DataIndex, state: AppState, areaCodes: string[], opts: ChoroplethOptions = {}): Choropleth {
  const entry = idx.indicators.get(state.indicator);
  if (!entry) throw new Error(`Onbekende indicator ${state.indicator}`);
  const { subgroup, year, level, compareYear } = state;
  const found = seriesAt(idx, entry.id, subgroup, year, level, areaCodes);
  const series = found?.meta;
  const ref = (code: string, y: number) => referenceValue(idx, entry.id, subgroup, y, code);
  const other = opts.minus?.idx;
  const isChange = other !== undefined || (compareYear !== null && compareYear !== year);
  const beforeYear = other ? year : (compareYear ?? year);
  const beforeIdx = other ?? idx;
  const foundBefore = isChange ? seriesAt(beforeIdx, entry.id, subgroup, beforeYear, level, areaCodes) : undefined;
  const before = foundBefore?.meta;
  const refBefore = (code: string) => referenceValue(beforeIdx, entry.id, subgroup, beforeYear, code);

  const weert = isChange ? diff(ref(WEERT_CODE, year), refBefore(WEERT_CODE)) : ref(WEERT_CODE, year);
  const nl = isChange ? diff(ref(NL_CODE, year), refBefore(NL_CODE)) : ref(NL_CODE, year);

  // Plain loops without intermediate objects: at national size (14,000 areas) this runs on every switch.
  const nowValues = found?.values;
  const prevValues = foundBefore?.values;
  const values: Array<number | undefined> = new Array(areaCodes.length);
  const present: number[] = [];
  for (let i = 0; i < areaCodes.length; i++) {
    const v = isChange ? diff(nowValues?.[i], prevValues?.[i]) : nowValues?.[i];
    values[i] = v;
    if (v !== undefined) present.push(v);
  }
  if (!isChange)
    for (const y of opts.poolYears ?? []) {
      if (y === year) continue;
      for (const v of seriesAt(idx, entry.id, subgroup, y, level, areaCodes)?.values ?? []) if (v !== undefined) present.push(v);
    }
  if (!isChange) present.push(...(opts.poolValues ?? []));
  // A change map is always diverging around "no change"; otherwise relative needs a Weert value.
  const method = isChange ? 'relative' : state.method === 'relative' && weert === undefined ? 'quantiles' : state.method;
  const centre = isChange ? 0 : weert;
  const classes = classify(present, method, CLASS_COUNT, centre);
  const n = classes ? classes.breaks.length - 1 : 0;
  // A relative scale keeps the full symmetric palette and takes the colours of the classes that remain.
  const colors = !classes
    ? []
    : classes.paletteIndex
      ? classes.paletteIndex.map((i) => paletteFor(entry.polarity, RELATIVE_CLASSES, true)[i] as string)
      : paletteFor(entry.polarity, Math.max(n, 1), method === 'relative');

  const areas: AreaValue[] = new Array(areaCodes.length);
  for (let i = 0; i < areaCodes.length; i++) {
    const code = areaCodes[i] as string;
    const value = values[i];
    const ci = value !== undefined && classes ? classIndex(value, classes.breaks) : undefined;
    const a: AreaValue = {
      code,
      value,
      name: areaName(idx, code),
      vsWeert: diff(value, weert),
      classIndex: ci,
      color: ci === undefined ? NO_DATA_COLOR : (colors[ci] ?? NO_DATA_COLOR),
    };
    if (isChange) {
      const prev = prevValues?.[i];
      const now = nowValues?.[i];
      if (prev !== undefined) a.from = prev;
      if (now !== undefined) a.to = now;
    }
    areas[i] = a;
  }

  const counts: number[] = [];
  for (const a of areas) if (a.classIndex !== undefined) counts[a.classIndex] = (counts[a.classIndex] ?? 0) + 1;
  const legend: LegendClass[] = classes
    ? colors.slice(0, Math.max(n, 1)).map((color, i) => {
        const lo = classes.breaks[i] as number;
        const hi = classes.breaks[i + 1] ?? lo;
        // One extra decimal when the rounded edges would read the same (e.g. "0,9 – 0,9").
        const same = formatShort(lo, entry.unit, entry.decimals) === formatShort(hi, entry.unit, entry.decimals);
        const d = same ? entry.decimals + 1 : entry.decimals;
        const fmt = (v: number) => (isChange ? formatDifference(v, entry.unit, d) : formatShort(v, entry.unit, d));
        return {
          color,
          label: lo === hi ? fmt(lo) : `${fmt(lo)} tot ${fmt(hi)}`,
          count: counts[i] ?? 0,
        };
      })
    : [];

  return {
    entry,
    state: { ...state, method, compareYear: isChange ? compareYear : null },
    source: series?.source ?? entry.source.tables.join(', '),
    ...(series?.method ? { method: series.method } : {}),
    incomplete: series?.incomplete ?? {},
    suppressed: series?.suppressed ? onMap(series.suppressed, areaCodes) : [],
    ...(isChange
      ? {
          change: opts.minus
            ? { fromYear: year, toYear: year, versus: opts.minus.label }
            : changeInfo(series, before, beforeYear, year),
        }
      : {}),
    ...(!isChange && opts.poolYears?.some((y) => y !== year)
      ? { pooledYears: [...new Set([year, ...opts.poolYears])].sort((a, b) => a - b) }
      : {}),
    ...(!isChange && state.method === 'relative' && weert === undefined
      ? {
          methodNote:
            'Ten opzichte van Weert kan hier niet: de bron heeft geen waarde voor de gemeente. Getoond met even veel gebieden per kleur.',
        }
      : {}),
    classes,
    legend,
    noDataCount: areas.filter((a) => a.value === undefined).length,
    areas,
    weert,
    nl,
  };
}
