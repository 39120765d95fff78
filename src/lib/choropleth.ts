// State + data → everything the map, legend and table need for one choropleth. Pure and memoisable.
import type { CatalogueEntry } from '../data/schema';
import { type Classes, classIndex, classify } from './classify';
import { type DataIndex, getSeries, NL_CODE, referenceValue, WEERT_CODE } from './data';
import { formatShort } from './format';
import { NO_DATA_COLOR, paletteFor } from './palette';
import type { AppState } from './state';

export interface LegendClass {
  color: string;
  label: string;
  count: number;
}

export interface AreaValue {
  code: string;
  name: string;
  value: number | undefined;
  classIndex: number | undefined;
  color: string;
}

export interface Choropleth {
  entry: CatalogueEntry;
  state: AppState;
  source: string;
  /** How aggregated values were made (deelgebieden), and which areas miss member buurten. */
  method?: string;
  incomplete: Record<string, string[]>;
  classes: Classes | null;
  legend: LegendClass[];
  noDataCount: number;
  areas: AreaValue[];
  weert: number | undefined;
  nl: number | undefined;
}

export const CLASS_COUNT = 5;

export function deriveChoropleth(idx: DataIndex, state: AppState, areaCodes: string[]): Choropleth {
  const entry = idx.indicators.get(state.indicator);
  if (!entry) throw new Error(`Onbekende indicator ${state.indicator}`);
  const series = getSeries(idx, entry.id, state.subgroup, state.year, state.level);
  const values = series?.values ?? {};
  const weert = referenceValue(idx, entry.id, state.subgroup, state.year, WEERT_CODE);
  const nl = referenceValue(idx, entry.id, state.subgroup, state.year, NL_CODE);
  const present = areaCodes.map((c) => values[c]).filter((v): v is number => v !== undefined);
  const method = state.method === 'relative' && weert === undefined ? 'quantiles' : state.method;
  const classes = classify(present, method, CLASS_COUNT, weert);
  const n = classes ? classes.breaks.length - 1 : 0;
  const colors = classes ? paletteFor(entry.polarity, Math.max(n, 1), method === 'relative') : [];

  const areas: AreaValue[] = areaCodes.map((code) => {
    const value = values[code];
    const ci = value !== undefined && classes ? classIndex(value, classes.breaks) : undefined;
    return {
      code,
      name: idx.areaName.get(code) ?? code,
      value,
      classIndex: ci,
      color: ci === undefined ? NO_DATA_COLOR : (colors[ci] ?? NO_DATA_COLOR),
    };
  });

  const legend: LegendClass[] = classes
    ? colors.slice(0, Math.max(n, 1)).map((color, i) => {
        const lo = classes.breaks[i] as number;
        const hi = classes.breaks[i + 1] ?? lo;
        // One extra decimal when the rounded edges would read the same (e.g. "0,9 – 0,9").
        const d =
          formatShort(lo, entry.unit, entry.decimals) === formatShort(hi, entry.unit, entry.decimals)
            ? entry.decimals + 1
            : entry.decimals;
        const fmt = (v: number) => formatShort(v, entry.unit, d);
        return {
          color,
          label: lo === hi ? fmt(lo) : `${fmt(lo)} – ${fmt(hi)}`,
          count: areas.filter((a) => a.classIndex === i).length,
        };
      })
    : [];

  return {
    entry,
    state: { ...state, method },
    source: series?.source ?? entry.source.tables.join(', '),
    ...(series?.method ? { method: series.method } : {}),
    incomplete: series?.incomplete ?? {},
    classes,
    legend,
    noDataCount: areas.filter((a) => a.value === undefined).length,
    areas,
    weert,
    nl,
  };
}
