// Size limits, checked before any parsing or pipeline run: a wrong file (a national download, a database dump, a
// file that is one endless line) is refused quickly with a message instead of exhausting memory.
import { InputError } from '../../lib/errors';

export interface ImportLimits {
  /** Bytes of the input file. */
  maxBytes: number;
  /** Lines of a CSV, features of a GeoJSON. */
  maxRows: number;
  /** Characters in one CSV field. */
  maxFieldChars: number;
}

/** Generous for Weert (a national KWB download is about 30 MB; a road network of Weert + 5 km a few MB). */
export const DEFAULT_LIMITS: ImportLimits = { maxBytes: 64 * 1024 * 1024, maxRows: 200_000, maxFieldChars: 1000 };

function size(n: number): string {
  const nl = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  if (n >= 1024 * 1024) return `${nl(n / 1024 / 1024)} MB`;
  return n >= 1024 ? `${nl(n / 1024)} kB` : `${n} bytes`;
}
const count = (n: number) => n.toLocaleString('nl-NL');

export function checkFileSize(bytes: number, file: string, limits: ImportLimits): void {
  if (bytes <= limits.maxBytes) return;
  throw new InputError([
    {
      file,
      message: `het bestand is ${size(bytes)}; de grens is ${size(limits.maxBytes)}. Lever alleen de gegevens van Weert en omgeving (bijvoorbeeld een StatLine-download met een selectie van gebieden).`,
    },
  ]);
}

/** Line count, before the CSV is parsed (one pass over the text, no allocation per line). */
export function checkLineCount(text: string, file: string, limits: ImportLimits): void {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= limits.maxRows; i = text.indexOf('\n', i + 1)) lines++;
  if (lines <= limits.maxRows) return;
  throw new InputError([
    {
      file,
      message: `het bestand heeft meer dan ${count(limits.maxRows)} regels; de grens is ${count(limits.maxRows)}. Lever alleen de gebieden van Weert en omgeving.`,
    },
  ]);
}

export function checkFeatureCount(n: number, file: string, limits: ImportLimits): void {
  if (n <= limits.maxRows) return;
  throw new InputError([
    {
      file,
      column: 'features',
      message: `het bestand heeft ${count(n)} features; de grens is ${count(limits.maxRows)}. Knip het bestand bij tot Weert en omgeving.`,
    },
  ]);
}

/** A field longer than the limit is not a name or a number: usually a quote that was never closed. */
export function fieldTooLong(value: string, limits: ImportLimits): string | undefined {
  if (value.length <= limits.maxFieldChars) return undefined;
  return `veld van ${count(value.length)} tekens; de grens is ${count(limits.maxFieldChars)} (een aanhalingsteken dat niet gesloten is?)`;
}
