// Staging and committing: the plan is applied to a temporary copy of the inputs and the whole pipeline runs there;
// only when that succeeds are the files written into the project, in one journaled commit (geodata/fs/journal.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import {
  type CommitFs,
  commitJournaled,
  defaultCommitFs,
  type RecoveryOutcome,
  recoverJournal,
  TEMP_SUFFIX,
} from '../fs/journal';
import { HASH_FILE, inputsHash } from '../inputs';
import { InputError } from '../lib/errors';
import { type PipelineResult, runPipeline } from '../pipeline';
import type { Plan } from './types';

/** Staging folders carry the pid, so a later run can remove those of a process that was killed. */
const STAGE_PREFIX = 'ssw-import-stage-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove staging folders left by killed imports (a finished import removes its own). */
export function sweepStaleStaging(dir: string = tmpdir()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^ssw-import-stage-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** Apply the plan to a temporary copy of the inputs and run the whole pipeline there. */
export function stageAndRun(root: string, plan: Plan): PipelineResult {
  const tmp = mkdtempSync(join(tmpdir(), `${STAGE_PREFIX}${process.pid}-`));
  try {
    cpSync(join(root, 'geodata', 'sources.json'), join(tmp, 'geodata', 'sources.json'));
    cpSync(join(root, 'geodata', 'sources'), join(tmp, 'geodata', 'sources'), { recursive: true });
    cpSync(join(root, 'layers'), join(tmp, 'layers'), { recursive: true });
    for (const [rel, content] of plan.files) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), content);
    }
    try {
      return runPipeline({ geodataDir: join(tmp, 'geodata'), layersDir: join(tmp, 'layers') });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // Paths in the temp copy mean nothing to the user: show them relative to the project.
      const where = (f: string) => {
        const rel = isAbsolute(f) ? relative(tmp, f) : `geodata/${f}`;
        return rel === plan.verbatim?.rel ? plan.verbatim.file : rel;
      };
      throw new InputError(e.issues.map((i) => ({ ...i, file: where(i.file), message: `pijplijn: ${i.message}` })));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Outputs of the staged run that differ from public/data/ in the project, as project-relative writes. */
export function changedOutputs(root: string, result: PipelineResult): [string, string][] {
  // The tiled (national) layout is built with npm run geodata; an import commits text files only.
  if (result.binary.size > 0)
    throw new Error('de landelijke opzet (vectortegels) wordt gebouwd met npm run geodata, niet via import');
  return [...result.files]
    .map(([name, content]): [string, string] => [`public/data/${name}`, content])
    .filter(([rel, content]) => !existsSync(join(root, rel)) || readFileSync(join(root, rel), 'utf8') !== content);
}

/** Same bookkeeping as `npm run geodata`, so `npm start` sees public/data/ is current; part of the commit. */
function writeInputsHash(root: string, fs: CommitFs): void {
  const path = join(root, HASH_FILE);
  fs.writeFile(path + TEMP_SUFFIX, `${inputsHash(root)}\n`);
  fs.rename(path + TEMP_SUFFIX, path);
}

/** The plan's files and the changed outputs together, all or nothing, then the inputs hash. */
export function commitImport(root: string, writes: [string, string][], fs: CommitFs = defaultCommitFs()): void {
  commitJournaled(root, writes, (f) => writeInputsHash(root, f), fs);
}

/** Finish an import that was interrupted while writing (see geodata/fs/journal.ts). */
export function recoverImport(root: string, fs?: CommitFs): RecoveryOutcome | undefined {
  return recoverJournal(root, (f) => writeInputsHash(root, f), fs);
}
