// A multi-file commit that survives a crash at any step, in the manner of a redo journal:
//   1. journal "prepare" (which temp file becomes which target, which folders are new),
//   2. every new content to its temp file, flushed,
//   3. journal "commit": the commit point, written by rename so it is there entirely or not at all,
//   4. rename every temp file onto its target, then the bookkeeping (`after`), then remove the journal.
// recoverJournal() on the next run finishes what was interrupted: before the commit point it removes the temp files
// (the project is as it was), after it completes the renames (the project is fully updated). Every file system
// call goes through CommitFs, so tests can fail it at each step, and IMPORT_FAILPOINT=n kills the process there.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The mutating file system calls of a commit; each call is one step for failure injection. */
export interface CommitFs {
  /** Write a whole file and flush it to disk. */
  writeFile(path: string, data: string): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  mkdir(path: string): void;
  rmdir(path: string): void;
}

function flushDir(dir: string): void {
  // A rename is durable once its folder is flushed; not every platform can open a folder (Windows), which is fine.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

export const realFs: CommitFs = {
  writeFile(path, data) {
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename(from, to) {
    renameSync(from, to);
    flushDir(dirname(to));
  },
  unlink: (path) => unlinkSync(path),
  mkdir: (path) => mkdirSync(path),
  rmdir: (path) => rmdirSync(path),
};

/**
 * `fs` with `fail` called instead of step n (1-based) and, like a dead process, every step after it; with `once`,
 * only step n fails (a passing error such as a full disk). Counts only, when n is 0.
 */
export function failingAt(
  n: number,
  fail: (step: number) => never,
  fs: CommitFs = realFs,
  once = false,
): CommitFs & { steps(): number } {
  let step = 0;
  const wrap =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      step++;
      if (n > 0 && (once ? step === n : step >= n)) fail(step);
      f(...a);
    };
  return {
    writeFile: wrap(fs.writeFile),
    rename: wrap(fs.rename),
    unlink: wrap(fs.unlink),
    mkdir: wrap(fs.mkdir),
    rmdir: wrap(fs.rmdir),
    steps: () => step,
  };
}

/** The real file system, or with IMPORT_FAILPOINT=n one that kills this process at step n (crash tests). */
export function defaultCommitFs(env: NodeJS.ProcessEnv = process.env): CommitFs {
  const n = Number(env.IMPORT_FAILPOINT);
  if (!Number.isInteger(n) || n <= 0) return realFs;
  return failingAt(n, () => {
    process.kill(process.pid, 'SIGKILL');
    throw new Error('unreachable');
  });
}

export const JOURNAL = 'geodata/.import-journal.json';
export const TEMP_SUFFIX = '.import.tmp';

interface Journal {
  version: 1;
  state: 'prepare' | 'commit';
  /** Project-relative targets; each one's new content waits in target + TEMP_SUFFIX. */
  targets: string[];
  /** Folders this commit creates, deepest last; removed again on rollback when empty. */
  newDirs: string[];
}

function writeJournal(root: string, j: Journal, fs: CommitFs) {
  const path = join(root, JOURNAL);
  fs.writeFile(path + TEMP_SUFFIX, `${JSON.stringify(j, null, 2)}\n`);
  fs.rename(path + TEMP_SUFFIX, path);
}

/** Folders missing for the targets, parents before children. */
function missingDirs(root: string, targets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of targets) {
    const chain: string[] = [];
    for (let d = dirname(t); d !== '.' && d !== '' && !existsSync(join(root, d)); d = dirname(d)) chain.unshift(d);
    for (const d of chain) out.add(d);
  }
  return [...out];
}

/**
 * Write `files` (project-relative path → content) into `root` all or nothing. `after` runs once the targets are in
 * place and before the journal is removed (bookkeeping such as the inputs hash); recovery runs it too.
 */
export function commitJournaled(
  root: string,
  files: readonly (readonly [string, string])[],
  after: (fs: CommitFs) => void = () => {},
  fs: CommitFs = defaultCommitFs(),
): void {
  const targets = files.map(([rel]) => rel);
  const journal: Journal = { version: 1, state: 'prepare', targets, newDirs: missingDirs(root, targets) };
  try {
    writeJournal(root, journal, fs);
    for (const d of journal.newDirs) fs.mkdir(join(root, d));
    for (const [rel, content] of files) fs.writeFile(join(root, rel) + TEMP_SUFFIX, content);
    writeJournal(root, { ...journal, state: 'commit' }, fs);
    finish(root, journal, after, fs);
  } catch (e) {
    // Undo (before the commit point) or complete (after it) right away; if even that fails, the journal stays and
    // the next run finishes the job.
    let outcome: RecoveryOutcome | undefined;
    try {
      outcome = recoverJournal(root, after, fs);
    } catch {
      throw new CommitInterrupted(e, journalState(root) === 'commit');
    }
    if (outcome !== 'completed') throw e;
  }
}

/**
 * A commit failed and could not be finished or undone at once; the next run does it. `committed`: the commit point
 * was passed (the next run completes the import), else the project is unchanged apart from temp files.
 */
export class CommitInterrupted extends Error {
  constructor(
    override readonly cause: unknown,
    readonly committed: boolean,
  ) {
    super(`commit interrupted ${committed ? 'after' : 'before'} its commit point`);
    this.name = 'CommitInterrupted';
  }
}

function journalState(root: string): Journal['state'] | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, JOURNAL), 'utf8')) as Journal).state;
  } catch {
    return undefined;
  }
}

function finish(root: string, j: Journal, after: (fs: CommitFs) => void, fs: CommitFs) {
  for (const rel of j.targets) {
    const temp = join(root, rel) + TEMP_SUFFIX;
    // Already renamed by an earlier, interrupted attempt when the temp file is gone.
    if (existsSync(temp)) fs.rename(temp, join(root, rel));
  }
  after(fs);
  fs.unlink(join(root, JOURNAL));
}

function rollBack(root: string, j: Journal, fs: CommitFs) {
  for (const rel of j.targets) {
    const temp = join(root, rel) + TEMP_SUFFIX;
    if (existsSync(temp)) fs.unlink(temp);
  }
  for (const d of [...j.newDirs].reverse()) {
    try {
      fs.rmdir(join(root, d));
    } catch {
      /* not empty or already gone: leave it */
    }
  }
  fs.unlink(join(root, JOURNAL));
}

export type RecoveryOutcome = 'rolled-back' | 'completed';

/** Finish an interrupted commit: roll back before the commit point, complete after it; undefined when none. */
export function recoverJournal(
  root: string,
  after: (fs: CommitFs) => void = () => {},
  fs: CommitFs = realFs,
): RecoveryOutcome | undefined {
  const path = join(root, JOURNAL);
  // A journal that never got renamed into place means nothing was written yet.
  if (existsSync(path + TEMP_SUFFIX)) fs.unlink(path + TEMP_SUFFIX);
  if (!existsSync(path)) return undefined;
  const j = JSON.parse(readFileSync(path, 'utf8')) as Journal;
  if (j.state === 'commit') {
    finish(root, j, after, fs);
    return 'completed';
  }
  rollBack(root, j, fs);
  return 'rolled-back';
}
