// Small CSV helpers the format detection and the CSV formats share.
import Papa from 'papaparse';

/** Excel writes a byte-order mark; it is not part of the first column's name. */
export const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

export function headerCells(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter });
  return (parsed.data[0] ?? []).map((c) => c.trim());
}
