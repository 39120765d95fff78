// Which publication profile a build of public/data/ uses. The internal profile (nothing withheld) is built only when
// asked for explicitly, on the command line (--profiel=intern) or in the environment (PROFIEL=intern): neither a
// configuration left on 'intern' nor data left over from an internal build reaches a public build silently.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../core/files';
import { loadPublicationConfig } from './lib/catalogue';
import type { Profile } from './stages/publication';

const PROFILES: readonly string[] = ['publiek', 'intern'];
const ASK =
  'vraag er uitdrukkelijk om met `npm run geodata -- --profiel=intern` of `PROFIEL=intern npm start` / `PROFIEL=intern npm run build`';

/** The profile for this build, or a Dutch reason to refuse it. */
export function resolveProfile(
  layersDir: string,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { profile: Profile } | { error: string } {
  const flag = argv.find((a) => a.startsWith('--profiel='))?.slice('--profiel='.length);
  const fromEnv = env.PROFIEL || undefined;
  for (const [where, v] of [
    ['--profiel', flag],
    ['PROFIEL', fromEnv],
  ] as const) {
    if (v !== undefined && !PROFILES.includes(v)) return { error: `${where}: onbekend profiel '${v}' (kies publiek of intern)` };
  }
  if (flag && fromEnv && flag !== fromEnv) return { error: `--profiel=${flag} en PROFIEL=${fromEnv} spreken elkaar tegen` };
  const asked = (flag ?? fromEnv) as Profile | undefined;
  if (asked) return { profile: asked };
  if (loadPublicationConfig(layersDir).profile === 'intern') {
    return {
      error: `layers/publication.json staat op profiel 'intern' (niets onderdrukt). Een gewone build weigert dat: zet het profiel terug op 'publiek', of ${ASK}.`,
    };
  }
  return { profile: 'publiek' };
}

/** The profile the data in `outDir` was built with (from its catalogue); undefined when there is none. */
export function dataProfile(outDir: string): Profile | undefined {
  const file = join(outDir, DATA_FILES.catalogue);
  if (!existsSync(file)) return undefined;
  try {
    const profile = JSON.parse(readFileSync(file, 'utf8'))?.publication?.profile;
    return PROFILES.includes(profile) ? profile : undefined;
  } catch {
    return undefined;
  }
}

/** Said whenever internal data is written or kept. */
export const INTERN_WARNING =
  "geodata: LET OP: public/data/ bevat nu de interne versie (profiel 'intern', kleine aantallen niet onderdrukt). Niet publiceren; de app toont een banner. `npm run geodata` maakt weer de publieke versie.";
