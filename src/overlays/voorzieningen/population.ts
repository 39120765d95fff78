// Inputs of the distance grid that the app takes from its own data, exactly as the pipeline does: the published
// AANT_INW per buurt (latest year; suppressed buurten have no count, so their cells are uninhabited and nothing
// hidden leaks out) and which buurten make up each deelgebied.
import { booleanPointInPolygon } from '@turf/turf';
import { toRecordSeries } from '../../../core/contracts/indicators-file';
import { publishedPopulation } from '../../../core/distance/accessibility';
import type { Geodata } from '../../data/load';
import type { DataIndex } from '../../lib/data';

export function buurtPopulation(idx: DataIndex): { year: number; values: Record<string, number> } {
  // The pipeline's own rule (core), on the same published series: the grid is the build's grid.
  const aantInw = [...idx.series.values()].filter((s) => s.indicator === 'AANT_INW' && s.level === 'buurt');
  return publishedPopulation(aantInw.map(toRecordSeries)) ?? { year: 0, values: {} };
}

/** Deelgebieden are unions of buurten: a buurt belongs to the deelgebied that holds its label point. */
export function deelgebiedMembership(geo: Geodata): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const l of geo.views.buurt.labels) {
    const dg = geo.deelgebied.features.find((f) => booleanPointInPolygon(l.lngLat, f as never));
    if (!dg) continue;
    const code = dg.properties.code;
    out[code] = [...(out[code] ?? []), l.code];
  }
  return out;
}
