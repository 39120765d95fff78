// Run before start/build: rebuild public/data/ only when an output is missing, an input changed, or the data was
// built with another publication profile than this build asks for (internal data never ships by accident).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, OUT_DIR } from './build';
import { isFresh } from './inputs';
import { dataProfile, INTERN_WARNING, resolveProfile } from './profile';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resolved = resolveProfile(join(root, 'layers'), process.argv, process.env);
if ('error' in resolved) {
  console.error(`geodata: ${resolved.error}`);
  process.exit(2);
}
const { profile } = resolved;
if (isFresh(root, OUT_DIR, profile)) {
  console.log('geodata: public/data/ is actueel');
  if (profile === 'intern') console.warn(INTERN_WARNING);
} else {
  if (dataProfile(OUT_DIR) === 'intern' && profile === 'publiek') {
    console.warn(
      "geodata: public/data/ bevat de interne versie (niets onderdrukt); die gaat niet mee in deze build. Opnieuw opgebouwd met profiel 'publiek' (bewust intern: PROFIEL=intern).",
    );
  }
  process.exit(build(false, profile));
}
