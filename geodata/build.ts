// CLI: `npm run geodata` rebuilds public/data/; `--check` only compares and exits 1 when anything would change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFilesAtomically } from './fs/atomic';
import { JOURNAL } from './fs/journal';
import { inputsHash } from './inputs';
import { InputError } from './lib/errors';
import { runPipeline } from './pipeline';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'public', 'data');

export function build(check: boolean): number {
  // Inputs halfway through an import's commit are neither the old nor the new state: finish that first.
  if (existsSync(join(root, JOURNAL))) {
    console.error('geodata: een import is onderbroken tijdens het wegschrijven; draai eerst npm run import -- --herstel');
    return 2;
  }
  let result: ReturnType<typeof runPipeline>;
  try {
    const profileArg = process.argv.find((a) => a.startsWith('--profiel='))?.split('=')[1];
    const profile = profileArg === 'intern' || profileArg === 'publiek' ? profileArg : undefined;
    result = runPipeline({ geodataDir: join(root, 'geodata'), layersDir: join(root, 'layers'), ...(profile ? { profile } : {}) });
  } catch (e) {
    if (e instanceof InputError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  for (const line of result.report) console.log(`geodata: ${line}`);
  const stale = [...result.files].filter(([name, content]) => {
    const p = join(OUT_DIR, name);
    return !existsSync(p) || readFileSync(p, 'utf8') !== content;
  });
  if (check) {
    for (const [name] of stale) console.error(`geodata: public/data/${name} wijkt af van de bronnen (draai npm run geodata)`);
    return stale.length > 0 ? 1 : 0;
  }
  // A failure while writing never leaves a half-written data set.
  writeFilesAtomically(OUT_DIR, stale);
  writeFileSync(join(root, 'geodata', '.inputs-hash'), `${inputsHash(root)}\n`);
  console.log(`geodata: ${stale.length} bestand(en) bijgewerkt in public/data/`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(build(process.argv.includes('--check')));
}
