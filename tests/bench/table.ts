// Plain-text tables and number formats for the report.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const kb = (n: number) => (n / 1024).toFixed(1);
export const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
export const ms = (n: number) => n.toFixed(0);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const gzCache = new Map<string, number>();
/** gzip -9 size of a file on disk (what a server with static compression would send). */
export function gzipSize(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, n);
  }
  return n;
}

/** Left-aligned first column, right-aligned numbers; `head` is printed as is. */
export function table(head: string[], rows: string[][], indent = '  '): string {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .map((l) => indent + l)
    .join('\n');
}

/** "ok" or "NOT met" next to a target; the report never fails on it. */
export const verdict = (met: boolean) => (met ? 'ok' : 'NOT met');
