// The answer at a glance: one Dutch sentence above the map with the highest and lowest area and Weert and NL.
// Pure: from the choropleth the map shows (so suppressed and missing areas never appear in it).

import type { Choropleth } from './choropleth';
import { compareNl } from './collate';
import { subgroupLabel } from './data';
import { formatDifference, formatValue } from './format';
import { LEVEL_NAMES } from './levels';

export interface Headline {
  text: string;
  /** Areas with a value, highest first (ties by name), for the ranked list. */
  ranked: { code: string; name: string; value: number }[];
}

export function deriveHeadline(c: Choropleth): Headline {
  const { entry, state } = c;
  const ranked = c.areas
    .flatMap((a) => (a.value === undefined ? [] : [{ code: a.code, name: a.name, value: a.value }]))
    .sort((a, b) => b.value - a.value || compareNl(a.name, b.name));
  const fmt = (v: number) =>
    c.change ? formatDifference(v, entry.unit, entry.decimals) : formatValue(v, entry.unit, entry.decimals);
  const what = `${c.change && !c.change.versus ? `Verandering in ${entry.label.toLowerCase()}` : entry.label} (${subgroupLabel(state.subgroup).toLowerCase()}, ${c.change && !c.change.versus ? `${c.change.fromYear}–${c.change.toYear}` : state.year})`;
  const hi = ranked[0];
  const lo = ranked.at(-1);
  if (!hi || !lo) return { text: `${what}: geen gegevens voor de ${LEVEL_NAMES[state.level].many}.`, ranked };
  const refs = [
    c.weert !== undefined ? `Weert ${fmt(c.weert)}` : null,
    c.nl !== undefined ? `Nederland ${fmt(c.nl)}` : null,
  ].filter(Boolean);
  const range =
    hi === lo || hi.value === lo.value
      ? `alle ${LEVEL_NAMES[state.level].many} met gegevens ${fmt(hi.value)}`
      : `hoogst in ${hi.name} (${fmt(hi.value)}), laagst in ${lo.name} (${fmt(lo.value)})`;
  return { text: `${what}: ${range}${refs.length ? `; ${refs.join(', ')}` : ''}.`, ranked };
}
