// Staging and committing: the plan is applied to a temporary copy of the inputs and the whole pipeline runs there;
// only when that succeeds are the files written into the project, all via temp file + rename.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { writeFilesAtomically } from '../fs/atomic';
import { inputsHash } from '../inputs';
import { InputError } from '../lib/errors';
import { type PipelineResult, runPipeline } from '../pipeline';
import type { Plan } from './types';

/** Apply the plan to a temporary copy of the inputs and run the whole pipeline there. */
export function stageAndRun(root: string, plan: Plan): PipelineResult {
  const tmp = mkdtempSync(join(tmpdir(), 'ssw-import-'));
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
  return [...result.files]
    .map(([name, content]): [string, string] => [`public/data/${name}`, content])
    .filter(([rel, content]) => !existsSync(join(root, rel)) || readFileSync(join(root, rel), 'utf8') !== content);
}

/** The plan's files and the changed outputs together, then the inputs hash (as `npm run geodata` records it). */
export function commitImport(root: string, writes: [string, string][]): void {
  writeFilesAtomically(root, writes);
  // Same bookkeeping as `npm run geodata`, so `npm start` sees public/data/ is current.
  writeFilesAtomically(root, [['geodata/.inputs-hash', `${inputsHash(root)}\n`]]);
}
