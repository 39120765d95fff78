// CLI: `npm run import -- <file> [options]` adds a source file without code changes (see geodata/IMPORT.md).
// Steps (geodata/import/): detect the format, read it (formats/), check it against the project (checks), plan the
// files to write (plan), run the pipeline on a temporary copy and only then write everything (commit).
// A rejected import changes nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HELP, type ImportRequest, type ImportRequestInput, parseArgv, validateRequest } from './import/args';
import { changedOutputs, commitImport, stageAndRun } from './import/commit';
import { detectFormat } from './import/detect';
import { planFacilities } from './import/facilities';
import { planNetwork } from './import/network';
import { planGeo, planStats } from './import/plan';
import { loadProject, type Project } from './import/project';
import { InputError } from './lib/errors';

export { safeBaseName } from './import/plan';

// Users read the schema messages too (e.g. a year out of range in their CSV): Dutch, like the rest of the tool.
z.config(z.locales.nl());

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ImportResult {
  /** Always true: a rejected import throws an InputError instead of returning. */
  ok: true;
  /** Dutch lines for the user. */
  summary: string[];
  /** Project-relative paths written (sources, catalogue, public/data). */
  written: string[];
}

/** Import one file into the project at `root` (default: this repository). Throws InputError when rejected. */
export function runImport(input: ImportRequestInput, cwd: string = process.cwd()): ImportResult {
  const req = validateRequest(input);
  const root = resolve(cwd, req.root ?? REPO_ROOT);
  const path = resolve(cwd, req.file);
  const file = basename(path);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError([{ file, message: `bestand niet gevonden: ${path}` }]);
  }
  const text = readFileSync(path, 'utf8');
  const project = loadProject(root);
  const plan = req.wegennet
    ? planNetwork(text, file, req, root, project)
    : req.voorziening !== undefined
      ? planFacilities(text, file, req, root, project)
      : planOther(text, file, req, root, project);
  const result = stageAndRun(root, plan);
  const outputs = changedOutputs(root, result);
  const writes = [...plan.files, ...outputs];
  commitImport(root, writes);

  return {
    ok: true,
    summary: [
      ...plan.summary,
      ...result.report.map((l) => `geodata: ${l}`),
      `public/data/: ${outputs.length} bestand(en) bijgewerkt.`,
    ],
    written: writes.map(([rel]) => rel),
  };
}

/** Statistics (tidy or StatLine CSV) and GeoJSON layers: the format decides. */
function planOther(text: string, file: string, req: ImportRequest, root: string, project: Project) {
  const format = detectFormat(file, text);
  return format === 'geojson' ? planGeo(text, file, req, root, project) : planStats(format, text, file, req, root, project);
}

export function main(argv: readonly string[], cwd: string = process.env.INIT_CWD ?? process.cwd()): number {
  try {
    const { help, request } = parseArgv(argv);
    if (help) {
      console.log(HELP);
      return 0;
    }
    if (!request.file) {
      console.error(`Geef het bestand op dat ingelezen moet worden.\n\n${HELP}`);
      return 2;
    }
    for (const line of runImport(request, cwd).summary) console.log(line);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`Import geweigerd; er is niets veranderd.\n${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
