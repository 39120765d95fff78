// The one temp-file + rename writer: the build and the import commit both use it.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Write every file to a temp name first, then rename them all: a failure while writing leaves the targets as they
 * were. Paths are relative to `dir`. The suffix ends in .tmp, which the inputs hash ignores.
 */
export function writeFilesAtomically(dir: string, files: Iterable<readonly [string, string | Uint8Array]>): void {
  const list = [...files];
  const suffix = `.${process.pid}.tmp`;
  for (const [rel, content] of list) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path + suffix, content);
  }
  for (const [rel] of list) renameSync(join(dir, rel) + suffix, join(dir, rel));
}
