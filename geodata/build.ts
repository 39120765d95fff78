// CLI: `npm run geodata` rebuilds public/data/; `--check` only compares and exits 1 when anything would change;
// `--profiel=intern` builds the internal version (nothing withheld; never for the website); `--tegels` writes the tiled
// (national) layout, which is otherwise chosen from TILES_THRESHOLD buurten on (core/tiles.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFilesAtomically } from './fs/atomic';
import { JOURNAL } from './fs/journal';
import { inputsHash } from './inputs';
import { InputError } from './lib/errors';
import { runPipeline } from './pipeline';
import { dataProfile, INTERN_WARNING, resolveProfile } from './profile';
import type { Profile } from './stages/publication';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'public', 'data');

/**
 * Rebuild (or with `check` only compare) public/data/. The profile is the one asked for (--profiel=, PROFIEL=);
 * without one, 'publiek' (see profile.ts: 'intern' is never taken from the configuration alone).
 */
export function build(check: boolean, profile?: Profile): number {
  // Inputs halfway through an import's commit are neither the old nor the new state: finish that first.
  if (existsSync(join(root, JOURNAL))) {
    console.error('geodata: een import is onderbroken tijdens het wegschrijven; draai eerst npm run import -- --herstel');
    return 2;
  }
  let result: ReturnType<typeof runPipeline>;
  try {
    const resolved = profile ? { profile } : resolveProfile(join(root, 'layers'), process.argv, process.env);
    if ('error' in resolved) {
      console.error(`geodata: ${resolved.error}`);
      return 2;
    }
    result = runPipeline({
      geodataDir: join(root, 'geodata'),
      layersDir: join(root, 'layers'),
      profile: resolved.profile,
      // --tegels: the tiled (national) layout also below the threshold (core/tiles.ts).
      ...(process.argv.includes('--tegels') ? { layout: 'tiles' as const } : {}),
    });
  } catch (e) {
    if (e instanceof InputError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  for (const line of result.report) console.log(`geodata: ${line}`);
  const stale: Array<[string, string | Uint8Array]> = [...result.files, ...result.binary].filter(([name, content]) => {
    const p = join(OUT_DIR, name);
    if (!existsSync(p)) return true;
    return typeof content === 'string' ? readFileSync(p, 'utf8') !== content : !readFileSync(p).equals(content);
  });
  if (check) {
    for (const [name] of stale) console.error(`geodata: public/data/${name} wijkt af van de bronnen (draai npm run geodata)`);
    return stale.length > 0 ? 1 : 0;
  }
  // A failure while writing never leaves a half-written data set.
  writeFilesAtomically(OUT_DIR, stale);
  writeFileSync(join(root, 'geodata', '.inputs-hash'), `${inputsHash(root)}\n`);
  console.log(`geodata: ${stale.length} bestand(en) bijgewerkt in public/data/`);
  if (dataProfile(OUT_DIR) === 'intern') console.warn(INTERN_WARNING);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(build(process.argv.includes('--check')));
}
