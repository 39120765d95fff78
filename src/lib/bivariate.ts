// Bivariate choropleth: growth (the shown scenario indicator) against a social indicator, each in three classes
// (terciles over the areas), nine colours. Pure: the areas' colours and a 3×3 legend with counts.
import { quantileSorted } from 'simple-statistics';
import type { CatalogueEntry } from '../../core/contracts/data';
import type { AppState } from '../state/app-state';
import type { Choropleth } from './choropleth';
import { type DataIndex, getSeries, subgroupsFor, yearsFor } from './data';
import { formatShort } from './format';
import { NO_DATA_COLOR } from './palette';

/**
 * Rows = social indicator low → high, columns = growth low → high. A sequential 3×3 scheme (after J. Stevens'
 * "blue–pink"): the corners stay apart for colour-blind readers, the diagonal reads "both high".
 */
export const BIVARIATE_COLORS = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
] as const;

export interface BivariateAxis {
  entry: CatalogueEntry;
  subgroup: string;
  year: number;
  /** Tercile edges [min, t1, t2, max]; null when the axis has no values. */
  breaks: [number, number, number, number] | null;
}

export interface BivariateInfo {
  x: BivariateAxis;
  y: BivariateAxis;
  /** counts[row][col]: areas in each cell. */
  counts: number[][];
  /** Areas with a value on only one of the two axes (grey). */
  noData: number;
}

const SUBGROUP_ORDER = ['totaal', 'leeftijd 18+', 'leeftijd 65+'];

/** The social axis: its most general group and latest year at this level; null when it has none here. */
export function socialAxisOf(idx: DataIndex, id: string, level: AppState['level']): Omit<BivariateAxis, 'breaks'> | null {
  const entry = idx.indicators.get(id);
  if (!entry) return null;
  const groups = subgroupsFor(entry, level);
  const subgroup = SUBGROUP_ORDER.find((g) => groups.includes(g)) ?? groups[0];
  if (!subgroup) return null;
  const year = yearsFor(entry, level, subgroup).at(-1);
  return year === undefined ? null : { entry, subgroup, year };
}

function terciles(values: number[]): [number, number, number, number] | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return [sorted[0] as number, quantileSorted(sorted, 1 / 3), quantileSorted(sorted, 2 / 3), sorted[sorted.length - 1] as number];
}

/** 0, 1 or 2; equal edges (many zeros) put the value in the lowest class that holds it. */
export function tercile(v: number, b: [number, number, number, number]): number {
  if (v <= b[1]) return 0;
  if (v <= b[2]) return 1;
  return 2;
}

/** The choropleth recoloured: growth on x, the social indicator on y. Null when the social axis is not here. */
export function deriveBivariate(
  base: Choropleth,
  idx: DataIndex,
  socialId: string,
  areaCodes: string[],
): (Choropleth & { bivariate: BivariateInfo }) | null {
  const social = socialAxisOf(idx, socialId, base.state.level);
  if (!social) return null;
  const ys = getSeries(idx, social.entry.id, social.subgroup, social.year, base.state.level);
  const xBreaks = terciles(base.areas.flatMap((a) => (a.value === undefined ? [] : [a.value])));
  const yBreaks = terciles(areaCodes.flatMap((c) => (ys?.values[c] === undefined ? [] : [ys.values[c] as number])));
  const counts = [0, 1, 2].map(() => [0, 0, 0]);
  let noData = 0;
  const areas = base.areas.map((a) => {
    const y = ys?.values[a.code];
    if (a.value === undefined || y === undefined || !xBreaks || !yBreaks) {
      noData++;
      return { ...a, color: NO_DATA_COLOR, classIndex: undefined };
    }
    const col = tercile(a.value, xBreaks);
    const row = tercile(y, yBreaks);
    (counts[row] as number[])[col] = ((counts[row] as number[])[col] ?? 0) + 1;
    return { ...a, color: BIVARIATE_COLORS[row]?.[col] ?? NO_DATA_COLOR, classIndex: row * 3 + col };
  });
  return {
    ...base,
    areas,
    bivariate: {
      x: { entry: base.entry, subgroup: base.state.subgroup, year: base.state.year, breaks: xBreaks },
      y: { ...social, breaks: yBreaks },
      counts,
      noData,
    },
  };
}

/** "laag (0 tot 12)" style edge labels for a legend axis. */
export function tercileLabels(axis: BivariateAxis): [string, string, string] {
  const b = axis.breaks;
  if (!b) return ['laag', 'midden', 'hoog'];
  const f = (v: number) => formatShort(v, axis.entry.unit, axis.entry.decimals);
  return [`laag (${f(b[0])} tot ${f(b[1])})`, `midden (tot ${f(b[2])})`, `hoog (tot ${f(b[3])})`];
}
