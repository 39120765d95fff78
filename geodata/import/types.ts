// Shapes shared by the importer's steps: a row in tidy form, what the project tells the checks, the plan to commit.
import type { Measure } from '../../core/contracts/config';
import type { AreaLevel } from '../../core/contracts/data';
import type { CbsKeyIndex } from './cbskeys';

export type Level = AreaLevel;
export type InputFormat = 'tidy' | 'statline' | 'geojson';

/** One value in tidy form, plus where it came from in the user's file so every error can point there. */
export interface ImportRow {
  areaCode: string;
  areaName: string;
  areaLevel: Level;
  year: number;
  indicator: string;
  value: number | null;
  /** The value as written to the tidy file: decimal point, '.' for no data. */
  valueText: string;
  unit: string;
  subgroup: string;
  sourceTable: string;
  sourceFile: string;
  /** Spreadsheet row (header = 1) and the columns holding the area code, the value and the unit. */
  at: { row: number; area: string; value: string; unit: string };
  /** The gemeente name the row itself states (StatLine Gemeentenaam_1), checked against the code. */
  statedGemeente?: { column: string; name: string };
}

/** A published value already in the project, for plausibility checks against earlier years. */
export interface KnownValue {
  level: Level;
  year: number;
  value: number;
}

/** What the importers need to know about the project; built from the files by import/project.ts. */
export interface ImportContext {
  gemeente: { code: string; name: string };
  /** The gemeente's own wijken and buurten from the boundaries' code list. */
  areas: ReadonlyMap<string, { name: string; level: 'wijk' | 'buurt' }>;
  /** Path of that code list, quoted in messages about unknown codes. */
  areasFile: string;
  /** Unit per catalogued indicator (layers/indicators/<id>.json). */
  units: ReadonlyMap<string, string>;
  /** Measure per catalogued indicator (count, share, …): counts are never negative. */
  measures: ReadonlyMap<string, Measure>;
  /** Known CBS gemeente codes → name (the CBS list in the boundaries plus every gemeente in the sources). */
  gemeenten: ReadonlyMap<string, string>;
  /** Path of that list, quoted in messages about unknown gemeente codes. */
  gemeentenFile: string;
  /** Non-empty values already in the sources, per indicator. */
  history: ReadonlyMap<string, readonly KnownValue[]>;
  keys: CbsKeyIndex;
  /** Rows already in the sources listed in sources.json, by duplicate key. */
  existing: ReadonlyMap<string, { file: string; row: number }>;
}

export const dupKey = (r: { areaCode: string; indicator: string; year: number; subgroup: string }) =>
  `${r.areaCode}|${r.indicator}|${r.year}|${r.subgroup}`;

/** A CSV turned into tidy rows plus what the sources.json entry needs. */
export interface Converted {
  rows: ImportRow[];
  content: string;
  tables: string[];
  indeling?: number;
  title: string;
  /** indicator id → StatLine column it came from */
  keyOf: Map<string, string>;
  lines: string[];
}

/** Files to add or replace, project-relative path → content, in the order they are committed. */
export interface Plan {
  files: Map<string, string>;
  summary: string[];
  /** A file copied verbatim from the user's file: pipeline messages about it can name the user's file instead. */
  verbatim?: { rel: string; file: string };
}
