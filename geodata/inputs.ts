// Hash of everything the pipeline reads, so `npm start`/`npm run build` rebuild only when inputs changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = [
  'geodata/sources.json',
  'geodata/sources',
  'geodata/lib',
  'geodata/pipeline.ts',
  'layers',
  'src/config',
  'src/data/schema.ts',
];

function walk(p: string): string[] {
  if (!statSync(p, { throwIfNoEntry: false })) return [];
  if (statSync(p).isFile()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((n) => walk(join(p, n)));
}

export function inputsHash(root: string): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((i) => walk(join(root, i)))) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}
