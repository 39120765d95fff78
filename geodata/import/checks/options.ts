// Checks on the request rather than the rows: options that do not apply to a format, and a file imported before.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputIssue } from '../../lib/errors';
import type { ImportRequest } from '../args';

/** Options that mean nothing for this format are refused rather than silently ignored. */
export function rejectOptions(req: ImportRequest, file: string, names: (keyof ImportRequest)[], what: string) {
  const issues: InputIssue[] = names
    .filter((n) => {
      const v = req[n];
      return v !== undefined && v !== false && !(typeof v === 'object' && Object.keys(v).length === 0);
    })
    .map((n) => ({ file, column: `--${n}`, message: `deze optie geldt niet voor ${what}` }));
  if (issues.length > 0) throw new InputError(issues);
}

/** The target must not exist yet: a second import of the same file would duplicate every row. */
export function ensureNew(root: string, rel: string, listed: boolean, file: string) {
  if (listed || existsSync(join(root, rel))) {
    throw new InputError([
      {
        file,
        message: `${rel} bestaat al: dit bestand is eerder geïmporteerd. Geef het een andere naam, of verwijder eerst de oude import (het bestand en de regel in geodata/sources.json).`,
      },
    ]);
  }
}
