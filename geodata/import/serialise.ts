// What the import writes: tidy CSV rows and JSON in the project's own formatting.
import Papa from 'papaparse';
import { STATS_COLUMNS } from '../lib/stats';
import type { ImportRow } from './types';

export function toTidyCsv(rows: readonly ImportRow[]): string {
  const data = rows.map((r) => [
    r.areaCode,
    r.areaName,
    r.areaLevel,
    String(r.year),
    r.indicator,
    r.valueText,
    r.unit,
    r.subgroup,
    r.sourceTable,
    r.sourceFile,
  ]);
  return `${Papa.unparse({ fields: [...STATS_COLUMNS], data }, { newline: '\n' })}\n`;
}

/**
 * JSON as the repo's formatter (biome, width 130) writes it: objects expanded, short arrays of scalars on one line.
 * Keeps diffs of sources.json small and `npm run lint` green after an import.
 */
export function formatJson(value: unknown, width = 130): string {
  const go = (v: unknown, indent: string, used: number): string => {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) {
        const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (used + flat.length + 1 <= width) return flat;
      }
      return `[\n${v.map((x) => inner + go(x, inner, inner.length)).join(',\n')}\n${indent}]`;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const lines = entries.map(([k, x]) => {
        const head = `${inner}${JSON.stringify(k)}: `;
        return head + go(x, inner, head.length);
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${go(value, '', 0)}\n`;
}
