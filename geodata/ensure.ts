// Run before start/build: rebuild public/data/ only when an output is missing or an input changed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, OUT_DIR } from './build';
import { inputsHash } from './inputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['weert.topo.json', 'context.topo.json', 'indicators.json', 'catalogue.json', 'manifest.json'];
const hashFile = join(root, 'geodata', '.inputs-hash');
const fresh =
  OUTPUTS.every((o) => existsSync(join(OUT_DIR, o))) &&
  existsSync(hashFile) &&
  readFileSync(hashFile, 'utf8').trim() === inputsHash(root);
if (fresh) console.log('geodata: public/data/ is actueel');
else process.exit(build(false));
