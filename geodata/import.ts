// CLI: `npm run import -- <file> [options]` adds a source file without code changes (see geodata/IMPORT.md).
// Steps (geodata/import/): read the file within the limits and as UTF-8, take the project's import lock and finish
// an interrupted earlier import, detect the format, read it (formats/), check it against the project (checks/),
// plan the files to write (plan), run the pipeline on a temporary copy and only then write everything in one
// journaled commit (commit). A rejected import changes nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type CommitFs, CommitInterrupted } from './fs/journal';
import { HELP, type ImportRequest, type ImportRequestInput, parseArgv, validateRequest } from './import/args';
import { decodeUtf8 } from './import/checks/encoding';
import { checkFileSize, checkLineCount, DEFAULT_LIMITS, type ImportLimits } from './import/checks/limits';
import { changedOutputs, commitImport, recoverImport, stageAndRun, sweepStaleStaging } from './import/commit';
import { detectFormat } from './import/detect';
import { planFacilities } from './import/facilities';
import { DEFAULT_LOCK_WAIT_MS, LOCK_FILE, type LockInfo, withImportLock } from './import/lock';
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

/** Knobs for tests and the CLI; the defaults are what a user gets. */
export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  /** How long to wait for another import's lock (ms), and what to tell the user meanwhile. */
  lockWaitMs?: number;
  onLockWait?: (holder: LockInfo | undefined) => void;
  /** File system of the final commit: tests fail it at chosen steps. */
  commitFs?: CommitFs;
}

const RECOVERED = {
  'rolled-back': 'Een eerder onderbroken import is eerst teruggedraaid (die had nog niets veranderd).',
  completed: 'Een eerder onderbroken import is eerst afgemaakt (die was al vastgelegd).',
} as const;

/** The project must look like one before anything is locked or read in it. */
function checkRoot(root: string, file: string): void {
  if (existsSync(join(root, 'geodata', 'sources.json')) && existsSync(join(root, 'layers'))) return;
  throw new InputError([
    { file, column: '--root', message: `${root} is geen projectmap (geodata/sources.json en layers/ ontbreken)` },
  ]);
}

/** The file as text, with the cheap limits checked before it is read and parsed. */
function readInput(path: string, file: string, limits: ImportLimits): string {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError([{ file, message: `bestand niet gevonden: ${path}` }]);
  }
  checkFileSize(statSync(path).size, file, limits);
  const text = decodeUtf8(readFileSync(path), file, /\.csv$/i.test(file));
  checkLineCount(text, file, limits);
  return text;
}

/** A checked import, staged and run through the pipeline but not yet written: what the commit will write. */
export interface PreparedImport {
  root: string;
  writes: [string, string][];
  summary: string[];
}

/** Everything before the commit: check, plan, stage and run the pipeline. Writes nothing into the project. */
export function prepareImport(
  req: ImportRequest,
  root: string,
  file: string,
  text: string,
  limits: ImportLimits,
): PreparedImport {
  const project = loadProject(root);
  const plan = req.wegennet
    ? planNetwork(text, file, req, root, project, limits)
    : req.voorziening !== undefined
      ? planFacilities(text, file, req, root, project, limits)
      : planOther(text, file, req, root, project, limits);
  const result = stageAndRun(root, plan);
  const outputs = changedOutputs(root, result);
  return {
    root,
    writes: [...plan.files, ...outputs],
    summary: [
      ...plan.summary,
      ...result.report.map((l) => `geodata: ${l}`),
      `public/data/: ${outputs.length} bestand(en) bijgewerkt.`,
    ],
  };
}

/** Import one file into the project at `root` (default: this repository). Throws InputError when rejected. */
export function runImport(input: ImportRequestInput, cwd: string = process.cwd(), opts: ImportOptions = {}): ImportResult {
  const req = validateRequest(input);
  const root = resolve(cwd, req.root ?? REPO_ROOT);
  const path = resolve(cwd, req.file);
  const file = basename(path);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  checkRoot(root, file);
  // The checks of the file itself first, so a bad file does not wait for another import's lock.
  const text = readInput(path, file, limits);
  const lock = { waitMs: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, ...(opts.onLockWait ? { onWait: opts.onLockWait } : {}) };
  return withImportLock(root, lock, () => {
    const recovered = recoverImport(root);
    sweepStaleStaging();
    const prepared = prepareImport(req, root, file, text, limits);
    commitImport(root, prepared.writes, opts.commitFs);
    return {
      ok: true,
      summary: [...(recovered ? [RECOVERED[recovered]] : []), ...prepared.summary],
      written: prepared.writes.map(([rel]) => rel),
    };
  });
}

/** Statistics (tidy or StatLine CSV) and GeoJSON layers: the format decides. */
function planOther(text: string, file: string, req: ImportRequest, root: string, project: Project, limits: ImportLimits) {
  const format = detectFormat(file, text);
  return format === 'geojson'
    ? planGeo(text, file, req, root, project, limits)
    : planStats(format, text, file, req, root, project, limits);
}

/** Dutch text for failures that are not the file's fault; the technical detail only with DEBUG=1. */
function unexpectedMessage(e: unknown, file: string): string {
  const cause = e instanceof CommitInterrupted ? e.cause : e;
  const code = (cause as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOSPC: 'de schijf is vol',
    EACCES: 'geen schrijfrechten in de projectmap',
    EPERM: 'geen toestemming om bestanden in de projectmap te wijzigen',
    EROFS: 'de projectmap is alleen-lezen',
    ENOENT: 'een bestand van het project ontbreekt',
    EMFILE: 'te veel open bestanden',
  };
  const what = (code && known[code]) || 'een onverwachte fout';
  if (e instanceof CommitInterrupted && e.committed) {
    return `Import onderbroken tijdens het wegschrijven van ${file} (${what}). De import is vastgelegd maar nog niet helemaal geschreven; draai npm run import -- --herstel (of een volgende import) om hem af te maken.`;
  }
  if (e instanceof CommitInterrupted) {
    return `Import mislukt tijdens het wegschrijven van ${file} (${what}). Er is niets veranderd; achtergebleven tijdelijke bestanden ruimt npm run import -- --herstel (of een volgende import) op.`;
  }
  return `Import mislukt bij het verwerken van ${file}: ${what}. Er is niets veranderd. Draai de opdracht opnieuw met DEBUG=1 voor technische details en meld die aan de beheerder.`;
}

/** `--herstel`: only finish an interrupted import (also done at the start of every import). */
function recoverOnly(request: ImportRequestInput, cwd: string): number {
  const root = resolve(cwd, request.root ?? REPO_ROOT);
  checkRoot(root, '(herstel)');
  const outcome = withImportLock(root, { waitMs: DEFAULT_LOCK_WAIT_MS }, () => {
    sweepStaleStaging();
    return recoverImport(root);
  });
  console.log(outcome ? RECOVERED[outcome] : 'Er was geen onderbroken import; er is niets veranderd.');
  return 0;
}

export function main(
  argv: readonly string[],
  cwd: string = process.env.INIT_CWD ?? process.cwd(),
  opts: ImportOptions = {},
): number {
  let file = '(opdrachtregel)';
  try {
    const { help, request } = parseArgv(argv);
    if (help) {
      console.log(HELP);
      return 0;
    }
    if (request.herstel) return recoverOnly(request, cwd);
    if (!request.file) {
      console.error(`Geef het bestand op dat ingelezen moet worden.\n\n${HELP}`);
      return 2;
    }
    file = basename(request.file);
    const onLockWait = (h: LockInfo | undefined) =>
      console.error(`Er loopt al een import (${h ? `proces ${h.pid}` : LOCK_FILE}); deze wacht tot die klaar is…`);
    for (const line of runImport(request, cwd, { onLockWait, ...opts }).summary) console.log(line);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`Import geweigerd; er is niets veranderd.\n${e.message}`);
      return 2;
    }
    // Never a stack trace for the user: a Dutch sentence, the details only when asked for.
    console.error(unexpectedMessage(e, file));
    if (process.env.DEBUG === '1') console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
