// One import at a time per project: two imports that both read sources.json and both write it back would lose one
// of them. The lock is a file created exclusively (O_EXCL); a second import waits for it and, past the wait, is
// refused with a Dutch message. A lock whose process is gone (killed, crashed) is taken over.
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../lib/errors';

export const LOCK_FILE = 'geodata/.import.lock';

export interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long a second import waits for the first (ms); 0 = refuse at once. */
  waitMs: number;
  /** Told once when this import has to wait, with the holder. */
  onWait?: (holder: LockInfo | undefined) => void;
}

/** Default wait: an import with its pipeline run takes seconds; a few minutes covers a slow machine. */
export const DEFAULT_LOCK_WAIT_MS = 5 * 60 * 1000;
const POLL_MS = 100;
/** An empty lock file older than this is a process that died between creating and writing it. */
const EMPTY_LOCK_STALE_MS = 10_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): { text: string; info: LockInfo | undefined } | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    try {
      return { text, info: JSON.parse(text) as LockInfo };
    } catch {
      return { text, info: undefined };
    }
  } catch {
    return undefined; // released in the meantime
  }
}

/** Stale: its process is gone (same machine only), or it stayed empty. Another machine's lock is never stale. */
function isStale(path: string, lock: { info: LockInfo | undefined }): boolean {
  if (lock.info === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_STALE_MS;
    } catch {
      return false;
    }
  }
  return lock.info.host === hostname() && !alive(lock.info.pid);
}

/**
 * Remove a stale lock without removing a fresh one that replaced it meanwhile: move it aside first, and only delete
 * what was moved if it is the stale lock that was read.
 */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.stale.tmp`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved === staleText) unlinkSync(aside);
  else {
    // Someone else's fresh lock: put it back unless a third lock appeared (then both are in the race anyway).
    try {
      renameSync(aside, path);
    } catch {
      unlinkSync(aside);
    }
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    const info: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
  return true;
}

function busyMessage(holder: LockInfo | undefined, waitedMs: number): string {
  const who = holder
    ? `proces ${holder.pid} op ${holder.host}, gestart ${new Date(holder.started).toLocaleString('nl-NL')}`
    : 'een ander proces';
  const waited = waitedMs > 0 ? ` (${Math.round(waitedMs / 1000)} s gewacht)` : '';
  return `er loopt al een import in dit project (${who})${waited}. Probeer het opnieuw als die klaar is. Loopt er zeker geen import meer, verwijder dan ${LOCK_FILE}.`;
}

/** Take the project's import lock, waiting up to opts.waitMs; returns the release function. */
export function acquireImportLock(root: string, opts: LockOptions): () => void {
  const path = join(root, LOCK_FILE);
  const start = Date.now();
  let told = false;
  for (;;) {
    if (tryCreate(path)) {
      return () => {
        // Only our own lock: after a takeover by a stale check gone wrong, never remove another's.
        if (readLock(path)?.info?.pid === process.pid) unlinkSync(path);
      };
    }
    const lock = readLock(path);
    if (lock === undefined) continue; // released between our create and read: try again
    if (isStale(path, lock)) {
      removeStale(path, lock.text);
      continue;
    }
    const waited = Date.now() - start;
    if (waited >= opts.waitMs) throw new InputError([{ file: LOCK_FILE, message: busyMessage(lock.info, waited) }]);
    if (!told) opts.onWait?.(lock.info);
    told = true;
    sleep(Math.min(POLL_MS, opts.waitMs - waited));
  }
}

/** Run `fn` holding the lock; the lock is released on every exit path that still runs code. */
export function withImportLock<T>(root: string, opts: LockOptions, fn: () => T): T {
  const release = acquireImportLock(root, opts);
  try {
    return fn();
  } finally {
    release();
  }
}
