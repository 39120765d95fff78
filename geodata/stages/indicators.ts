// Stage 3, indicators: the statistics files → validated rows → one indicator table joined with the catalogue.
import type { IndicatorConfig } from '../../core/contracts/config';
import type { Area, IndicatorTable } from '../../core/contracts/data';
import type { StatSource } from '../contracts/sources';
import { InputError } from '../lib/errors';
import { parseStatsCsv, type StatRow } from '../lib/stats';
import { buildIndicatorTable } from '../lib/table';
import type { CodeRow } from '../lib/topology';
import type { SourceText } from './read-sources';

export interface IndicatorsInput {
  /** Entries of sources.json, in the same order as their texts. */
  sources: StatSource[];
  texts: SourceText[];
  indicators: IndicatorConfig[];
  codes: CodeRow[];
  /** The derived area set's codes and names, when there is one: its areas join the table. */
  areaSetAreas?: Array<{ code: string; name: string }>;
}

export interface Indicators {
  table: IndicatorTable;
  /** Indicators in the data without a catalogue file: not published, reported to the user. */
  uncatalogued: string[];
  rowCount: number;
  noDataCount: number;
}

/** Every file is parsed before failing, so one run reports the problems of all of them. */
function parseAll(texts: SourceText[]): StatRow[] {
  const rows: StatRow[] = [];
  const errors: InputError[] = [];
  for (const { text, file } of texts) {
    try {
      // A loop, not push(...rows): spreading 100k+ rows overflows the call stack (a national CBS file has millions).
      for (const r of parseStatsCsv(text, file)) rows.push(r);
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new InputError(errors.flatMap((e) => e.issues));
  return rows;
}

/** The gemeente's own areas: gemeente, wijken, buurten (code list order) and the derived area set. */
export function weertAreas(codes: CodeRow[], areaSetAreas: Array<{ code: string; name: string }> = []): Area[] {
  const gm = codes[0] as CodeRow;
  return [
    { code: gm.gemeentecode, name: gm.gemeentenaam, level: 'gemeente', weert: true },
    ...[...new Map(codes.map((c) => [c.wijkcode, c])).values()].map(
      (c): Area => ({ code: c.wijkcode, name: c.wijknaam, level: 'wijk', parent: c.gemeentecode, weert: true }),
    ),
    ...codes.map((c): Area => ({ code: c.buurtcode, name: c.buurtnaam, level: 'buurt', parent: c.wijkcode, weert: true })),
    ...areaSetAreas.map((a): Area => ({ ...a, level: 'deelgebied', parent: gm.gemeentecode, weert: true })),
  ];
}

export function joinIndicators(input: IndicatorsInput): Indicators {
  const rows = parseAll(input.texts);
  const indeling = new Map(input.sources.flatMap((s) => (s.indeling ? [[s.file, s.indeling] as const] : [])));
  const own = new Set(input.sources.filter((s) => s.kind === 'eigen').map((s) => s.file));
  const base = buildIndicatorTable(rows, input.indicators, weertAreas(input.codes, input.areaSetAreas), indeling, own);
  return { table: base.table, uncatalogued: base.uncatalogued, rowCount: rows.length, noDataCount: base.noDataCount };
}
