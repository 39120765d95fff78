// Inhabitants per buurt for the distance grid: the published AANT_INW (latest year). Suppressed buurten have no
// published count, so their cells are uninhabited — the same rule the pipeline uses, and nothing hidden leaks out.

import type { DataIndex } from '../../lib/data';
import { getSeries, yearsFor } from '../../lib/data';

export function buurtPopulation(idx: DataIndex): Record<string, number> {
  const entry = idx.indicators.get('AANT_INW');
  const years = entry ? yearsFor(entry, 'buurt', 'totaal') : [];
  const year = years[years.length - 1];
  if (year === undefined) return {};
  return { ...(getSeries(idx, 'AANT_INW', 'totaal', year, 'buurt')?.values ?? {}) };
}
