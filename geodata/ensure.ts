// Run before start/build: rebuild public/data/ only when an output is missing or an input changed.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, OUT_DIR } from './build';
import { isFresh } from './inputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (isFresh(root, OUT_DIR)) console.log('geodata: public/data/ is actueel');
else process.exit(build(false));
