// Catalogue scaffolds for indicators an import introduces: valid concept entries someone completes later.
import { type IndicatorConfig, IndicatorSchema, type Measure } from '../../core/contracts/config';

export function guessMeasure(unit: string): Measure {
  if (unit === '%') return 'share';
  if (unit === 'aantal') return 'count';
  return 'mean';
}

/** Decimal places used in the data (0–3), so the viewer shows the figures as delivered. */
export function decimalsOf(values: readonly (number | null)[]): number {
  let max = 0;
  for (const v of values) {
    if (v === null) continue;
    const frac = String(v).split('.')[1];
    max = Math.max(max, frac ? frac.length : 0);
  }
  return Math.min(max, 3);
}

export interface ScaffoldInput {
  id: string;
  /** CBS key (StatLine) or the id (tidy CSV). */
  key: string;
  unit: string;
  decimals: number;
  tables: string[];
  publisher: string;
  licence: string;
}

/** A concept catalogue entry: valid, so the pipeline publishes it, but marked for someone to complete. */
export function scaffoldIndicator(s: ScaffoldInput): IndicatorConfig {
  return IndicatorSchema.parse({
    version: 1,
    id: s.id,
    label: s.key.length >= 3 ? s.key : `${s.key} (nieuw)`,
    description: `Nog aan te vullen: omschrijving van ${s.key} uit tabel ${s.tables.join(', ')}.`,
    theme: 'demografie',
    unit: s.unit,
    measure: guessMeasure(s.unit),
    polarity: 'neutral',
    kind: 'toestand',
    decimals: s.decimals,
    source: { publisher: s.publisher, tables: s.tables, licence: s.licence },
    referencePeriod: 'Nog aan te vullen',
    status: 'concept',
  });
}
