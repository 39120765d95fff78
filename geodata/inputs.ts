// Hash of everything the pipeline reads or runs, so `npm start`/`npm run build` rebuild only when inputs changed.
// Code counts as input: a change to the aggregation maths must rebuild the data, not serve stale figures.
// A test walks the pipeline's import graph and fails when a file it runs lies outside these paths.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_FILES } from '../core/contracts/data';
import { OPTIONAL_DATA_FILES } from '../core/files';
import { dataProfile } from './profile';
import type { Profile } from './stages/publication';

export const INPUTS = ['geodata', 'core', 'layers', 'package-lock.json'];
/** Written by the build itself, the import's lock and journal, or scratch: not inputs. */
const IGNORED = new Set(['.inputs-hash', 'node_modules', '.import.lock', '.import-journal.json']);
const IGNORED_EXT = ['.tmp'];

function walk(p: string): string[] {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [p];
  return readdirSync(p)
    .filter((n) => !IGNORED.has(n) && !IGNORED_EXT.some((e) => n.endsWith(e)))
    .sort()
    .flatMap((n) => walk(join(p, n)));
}

export function inputFiles(root: string): string[] {
  return INPUTS.flatMap((i) => walk(join(root, i))).map((f) => relative(root, f));
}

export function inputsHash(root: string): string {
  const h = createHash('sha256');
  for (const f of inputFiles(root)) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(join(root, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export const HASH_FILE = join('geodata', '.inputs-hash');
/** Outputs every build writes (the road network only exists when one is imported). */
export const OUTPUTS: string[] = Object.values(DATA_FILES).filter((f) => !OPTIONAL_DATA_FILES.includes(f));

/**
 * True when every output exists, the recorded input hash matches the current inputs, and the data was built with
 * `profile` (the hash does not cover it: `--profiel=intern` changes no input, only the output).
 */
export function isFresh(root: string, outDir: string, profile: Profile = 'publiek'): boolean {
  const hashFile = join(root, HASH_FILE);
  return (
    OUTPUTS.every((o) => existsSync(join(outDir, o))) &&
    dataProfile(outDir) === profile &&
    existsSync(hashFile) &&
    readFileSync(hashFile, 'utf8').trim() === inputsHash(root)
  );
}
