// Map CBS StatLine column keys (AantalInwoners_5) to our indicator ids via indicators.csv / indicators_added.csv. Pure.
import Papa from 'papaparse';
import { z } from 'zod';

const DictRowSchema = z.object({
  indicator: z.string().regex(/^[A-Za-z0-9_]+$/),
  cbs_key: z.string(),
  label_nl: z.string().default(''),
  unit: z.string().default(''),
});

export interface DictEntry {
  indicator: string;
  label: string;
  unit: string;
}

export interface CbsKeyIndex {
  /** key exactly as in the dictionary → entries */
  exact: Map<string, DictEntry[]>;
  /** key without its numeric suffix → entries; CBS renumbers keys between table editions */
  bare: Map<string, DictEntry[]>;
}

export type KeyResolution =
  | { kind: 'mapped'; indicator: string; dictUnit: string }
  | { kind: 'new'; indicator: string }
  | { kind: 'ambiguous'; candidates: string[] };

/** 'AantalInwoners_5' → 'AantalInwoners'; CBS appends the column's position to every key. */
export const stripSuffix = (key: string) => key.replace(/_\d+$/, '');

/**
 * Keys in one cbs_key cell: "AantalInwoners_5 (85984NED) / AANT_INW (wijkbuurtkaart)" → [AantalInwoners_5, AANT_INW].
 * A cell saying "as % of …" describes a derived indicator (a count turned into a share), so its keys do not map 1:1.
 */
export function keysOfCell(cell: string): string[] {
  if (/as % of/i.test(cell)) return [];
  return cell
    .split(' / ')
    .map((part) => part.replace(/\([^)]*\)/g, '').trim())
    .filter((k) => /^[A-Za-z][A-Za-z0-9_]*$/.test(k));
}

function add(map: Map<string, DictEntry[]>, key: string, e: DictEntry) {
  const list = map.get(key) ?? [];
  if (!list.some((x) => x.indicator === e.indicator)) list.push(e);
  map.set(key, list);
}

/** Build the index from the text of the dictionary CSVs; rows that do not validate are skipped (they are documentation). */
export function buildKeyIndex(csvTexts: string[]): CbsKeyIndex {
  const index: CbsKeyIndex = { exact: new Map(), bare: new Map() };
  for (const text of csvTexts) {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
    for (const raw of parsed.data) {
      const r = DictRowSchema.safeParse(raw);
      if (!r.success) continue;
      const entry: DictEntry = { indicator: r.data.indicator, label: r.data.label_nl, unit: r.data.unit };
      for (const key of keysOfCell(r.data.cbs_key)) {
        add(index.exact, key, entry);
        add(index.bare, stripSuffix(key), entry);
      }
    }
  }
  return index;
}

/** Exact key first, then the key without suffix; unknown keys become a new indicator named after the bare key. */
export function resolveKey(column: string, index: CbsKeyIndex): KeyResolution {
  const bare = stripSuffix(column);
  for (const hits of [index.exact.get(column), index.exact.get(bare), index.bare.get(bare)]) {
    if (!hits || hits.length === 0) continue;
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.map((h) => h.indicator) };
    const hit = hits[0] as DictEntry;
    return { kind: 'mapped', indicator: hit.indicator, dictUnit: hit.unit };
  }
  return { kind: 'new', indicator: bare };
}
