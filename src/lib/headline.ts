// The answer at a glance: one Dutch sentence above the map with the highest and lowest area and Weert and NL.
// Pure: from the choropleth the map shows (so suppressed and missing areas never appear in it).

import type { Choropleth } from './choropleth';
import { compareNl } from './collate';
import { subgroupLabel } from './data';
import { formatDifference, formatValue } from './format';
import { LEVEL_NAMES } from './levels';

export interface RankedArea {
  code: string;
  name: string;
  value: number;
}

export interface Headline {
  text: string;
  /** How many areas have a value (the length of `ranked`, without sorting). */
  count: number;
  /**
   * Areas with a value, highest first (ties by name), for the ranked list. Sorted when first read: the sentence needs
   * only the highest and lowest, and at national size (14,000 buurten) the list is built only while it is open.
   */
  readonly ranked: RankedArea[];
}

/** Highest value first; equal values in Dutch name order. */
const byRank = (a: RankedArea, b: RankedArea) => b.value - a.value || compareNl(a.name, b.name);

export function deriveHeadline(c: Choropleth): Headline {
  const { entry, state } = c;
  // The areas themselves (code, name, value): no copy of 14,000 objects on every switch.
  const withValue = c.areas.filter((a): a is typeof a & RankedArea => a.value !== undefined);
  let sorted: RankedArea[] | null = null;
  // (A getter, not a spread: spreading would read it, and sort, at once.)
  const headline = (text: string): Headline => ({
    text,
    count: withValue.length,
    get ranked() {
      sorted ??= [...withValue].sort(byRank);
      return sorted;
    },
  });
  // The first and last of the ranked order, in one pass.
  let hi: RankedArea | undefined;
  let lo: RankedArea | undefined;
  for (const a of withValue) {
    if (!hi || byRank(a, hi) < 0) hi = a;
    if (!lo || byRank(a, lo) > 0) lo = a;
  }
  const fmt = (v: number) =>
    c.change ? formatDifference(v, entry.unit, entry.decimals) : formatValue(v, entry.unit, entry.decimals);
  const what = `${c.change && !c.change.versus ? `Verandering in ${entry.label.toLowerCase()}` : entry.label} (${subgroupLabel(state.subgroup).toLowerCase()}, ${c.change && !c.change.versus ? `${c.change.fromYear}–${c.change.toYear}` : state.year})`;
  if (!hi || !lo) return headline(`${what}: geen gegevens voor de ${LEVEL_NAMES[state.level].many}.`);
  const refs = [
    c.weert !== undefined ? `Weert ${fmt(c.weert)}` : null,
    c.nl !== undefined ? `Nederland ${fmt(c.nl)}` : null,
  ].filter(Boolean);
  const range =
    hi === lo || hi.value === lo.value
      ? `alle ${LEVEL_NAMES[state.level].many} met gegevens ${fmt(hi.value)}`
      : `hoogst in ${hi.name} (${fmt(hi.value)}), laagst in ${lo.name} (${fmt(lo.value)})`;
  return headline(`${what}: ${range}${refs.length ? `; ${refs.join(', ')}` : ''}.`);
}
