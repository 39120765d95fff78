// `npm run import` is all or nothing (issue 9, items 3 and 4): a failure or a kill at every write step of the commit
// leaves the project unchanged or fully imported (after the recovery every run starts with), and a retry works;
// two imports at once lose nothing; no temporary file stays behind; no stack trace reaches the user.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CommitFs, CommitInterrupted, commitJournaled, failingAt, JOURNAL, recoverJournal } from '../../geodata/fs/journal';
import { type ImportOptions, main, prepareImport, runImport } from '../../geodata/import';
import { validateRequest } from '../../geodata/import/args';
import { DEFAULT_LIMITS } from '../../geodata/import/checks/limits';
import { commitImport, recoverImport, sweepStaleStaging } from '../../geodata/import/commit';
import { acquireImportLock, LOCK_FILE } from '../../geodata/import/lock';
import { InputError } from '../../geodata/lib/errors';
import { tidy, tidyRows, toArgv } from './importFiles';
import { hashTree, REPO, readJson, repoCopies } from './repoCopy';

const copies = repoCopies();
// Many repo copies: removing them takes longer than the default hook timeout on a busy machine.
afterAll(() => copies.cleanup(), 120_000);
afterEach(() => vi.restoreAllMocks());

const DATE = '2025-01-15';
const TSX = join(REPO, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(REPO, 'geodata/import.ts');

/** A small tidy file with a new share indicator, named after the file. */
function tidyInput(dir: string, name: string): string {
  const path = join(dir, `${name}.csv`);
  const rows = tidyRows(`P_${name}`, '%', '2021', [
    ['WK098801', '30'],
    ['WK098802', '40'],
    ['WK098803', '50'],
  ]);
  writeFileSync(path, tidy(...rows));
  return path;
}

/** The crash of a dead process: this step and every later one fail. */
class Crash extends Error {}
const crashAt = (n: number) =>
  failingAt(n, (step) => {
    throw new Crash(`crash at step ${step}`);
  });

const leftovers = (root: string) =>
  (readdirSync(root, { recursive: true }) as string[]).filter(
    (p) => p.endsWith('.tmp') || p.endsWith(JOURNAL.split('/')[1] as string) || p.endsWith('.import.lock'),
  );

function runMain(argv: string[], opts: ImportOptions = {}) {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(String(m)));
  vi.spyOn(console, 'error').mockImplementation((m: string) => void err.push(String(m)));
  const code = main(argv, process.cwd(), opts);
  vi.restoreAllMocks();
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function spawnCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [TSX, CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

// ---------------------------------------------------------------------------------------------------------------

describe('journaled commit: a crash at every step', () => {
  const OLD = { 'a.txt': 'a old', 'sub/b.txt': 'b old' };
  const WRITES: [string, string][] = [
    ['a.txt', 'a new'],
    ['sub/b.txt', 'b new'],
    ['nieuw/diep/c.txt', 'c new'],
  ];
  const bookkeeping = (dir: string) => (fs: CommitFs) => {
    fs.writeFile(join(dir, 'hash.import.tmp'), 'hash new');
    fs.rename(join(dir, 'hash.import.tmp'), join(dir, 'hash'));
  };
  const fresh = () => {
    const dir = copies.tempDir('ssw-journal-');
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'geodata'));
    for (const [rel, text] of Object.entries(OLD)) writeFileSync(join(dir, rel), text);
    return dir;
  };
  const state = hashTree;

  it('leaves the old or the complete new state after recovery, never a mix, and a retry completes it', () => {
    const ref = fresh();
    const oldTree = state(ref);
    const counter = failingAt(0, () => {
      throw new Error('never');
    });
    commitJournaled(ref, WRITES, bookkeeping(ref), counter);
    const newTree = state(ref);
    const steps = counter.steps();
    expect(steps).toBeGreaterThanOrEqual(12);
    const outcomes = new Set<string>();
    for (let n = 1; n <= steps; n++) {
      const dir = fresh();
      expect(() => commitJournaled(dir, WRITES, bookkeeping(dir), crashAt(n)), `step ${n}`).toThrow();
      recoverJournal(dir, bookkeeping(dir));
      const t = state(dir);
      const which = JSON.stringify([...t]) === JSON.stringify([...oldTree]) ? 'old' : 'new';
      expect(t, `step ${n}`).toEqual(which === 'old' ? oldTree : newTree);
      expect(leftovers(dir), `step ${n}`).toEqual([]);
      if (which === 'old') {
        expect(existsSync(join(dir, 'nieuw')), `step ${n}: new folder removed`).toBe(false);
        commitJournaled(dir, WRITES, bookkeeping(dir));
        expect(state(dir), `retry after step ${n}`).toEqual(newTree);
      }
      outcomes.add(which);
    }
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  });

  it('a passing failure before the commit point is rolled back at once; after it, completed at once', () => {
    const dir = fresh();
    const oldTree = state(dir);
    const once = (n: number) =>
      failingAt(
        n,
        () => {
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
        undefined,
        true,
      );
    expect(() => commitJournaled(dir, WRITES, bookkeeping(dir), once(4))).toThrow(/disk full/);
    expect(state(dir)).toEqual(oldTree);
    expect(leftovers(dir)).toEqual([]);
    // Step 11 is a rename after the commit point: the in-process recovery finishes the commit.
    commitJournaled(dir, WRITES, bookkeeping(dir), once(11));
    expect(readFileSync(join(dir, 'nieuw/diep/c.txt'), 'utf8')).toBe('c new');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a new');
    expect(leftovers(dir)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('import: failure at every write step of a real import', () => {
  let input: string;
  let writes: [string, string][];
  let oldTree: Map<string, string>;
  let newTree: Map<string, string>;
  let steps: number;

  beforeAll(() => {
    input = tidyInput(copies.tempDir('ssw-import-crash-in-'), 'Crashproef');
    const base = copies.copyRepo('ssw-import-crash-');
    oldTree = hashTree(base);
    const req = validateRequest({ file: input, root: base, datum: DATE });
    writes = prepareImport(req, base, 'Crashproef.csv', readFileSync(input, 'utf8'), DEFAULT_LIMITS).writes;
    const counter = failingAt(0, () => {
      throw new Error('never');
    });
    commitImport(base, writes, counter);
    steps = counter.steps();
    newTree = hashTree(base);
  });

  it('the import writes source, catalogue, sources.json and public/data in one commit', () => {
    expect(writes.map(([rel]) => rel)).toEqual(
      expect.arrayContaining([
        'geodata/sources/stats/imported/Crashproef.csv',
        'layers/indicators/P_Crashproef.json',
        'geodata/sources.json',
        'public/data/indicators.json',
      ]),
    );
    // journal, one new folder (stats/imported), temps, journal "commit", renames, inputs hash, journal removed
    expect(steps).toBe(2 + 1 + writes.length + 2 + writes.length + 2 + 1);
  });

  it('at every step: unchanged or fully imported after recovery, and a retry ends fully imported', () => {
    // Up to the commit point (journal, folders, temps, journal again) the project stays old; after it, new.
    const firstNew = 2 + 1 + writes.length + 2 + 1;
    const outcomes: string[] = [];
    for (let n = 1; n <= steps; n++) {
      const root = copies.copyRepo('ssw-import-crash-n-');
      expect(() => commitImport(root, writes, crashAt(n)), `step ${n}`).toThrow();
      // From step 3 on the journal is in place (steps 1–2 write it), up to and including its removal.
      expect(existsSync(join(root, JOURNAL)), `step ${n}: journal left for recovery`).toBe(n >= 3);
      const outcome = recoverImport(root);
      const tree = hashTree(root);
      const old = JSON.stringify([...tree]) === JSON.stringify([...oldTree]);
      expect(tree, `step ${n}`).toEqual(old ? oldTree : newTree);
      expect(leftovers(root), `step ${n}`).toEqual([]);
      outcomes.push(old ? 'old' : 'new');
      if (old) {
        expect(outcome === 'rolled-back' || outcome === undefined).toBe(true);
        // The user's retry is a whole import; the commit alone is enough to show the rest (and much faster).
        if (n === 1 || n === firstNew - 1) runImport({ file: input, root, datum: DATE });
        else commitImport(root, writes);
      } else {
        expect(() => runImport({ file: input, root, datum: DATE }), `step ${n}`).toThrow(/eerder geïmporteerd/);
      }
      expect(hashTree(root), `retry after step ${n}`).toEqual(newTree);
      rmSync(root, { recursive: true, force: true });
    }
    expect(outcomes.indexOf('new') + 1).toBe(firstNew);
    expect(outcomes.slice(firstNew - 1).every((o) => o === 'new')).toBe(true);
  }, 120_000);

  it('the next import finishes an interrupted one first and says so', () => {
    const root = copies.copyRepo('ssw-import-crash-next-');
    expect(() => commitImport(root, writes, crashAt(steps - 3))).toThrow(CommitInterrupted);
    const other = tidyInput(copies.tempDir('ssw-import-crash-other-'), 'Daarna');
    const { summary } = runImport({ file: other, root, datum: DATE });
    expect(summary[0]).toBe('Een eerder onderbroken import is eerst afgemaakt (die was al vastgelegd).');
    const manifest = readJson(join(root, 'geodata/sources.json'));
    expect(manifest.stats.map((s: { file: string }) => s.file)).toEqual(
      expect.arrayContaining(['sources/stats/imported/Crashproef.csv', 'sources/stats/imported/Daarna.csv']),
    );
  });

  it('main(): a failure before the commit point is a Dutch message, exit 2, nothing changed, no stack trace', () => {
    const root = copies.copyRepo('ssw-import-crash-main-');
    const before = hashTree(root);
    const boom = () =>
      failingAt(
        5,
        () => {
          throw new Error('internal detail that users never see');
        },
        undefined,
        true,
      );
    const r = runMain(toArgv(input, { root, datum: DATE }), { commitFs: boom() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Import mislukt bij het verwerken van Crashproef.csv: een onverwachte fout. Er is niets veranderd. Draai de opdracht opnieuw met DEBUG=1 voor technische details en meld die aan de beheerder.',
    );
    expect(hashTree(root)).toEqual(before);
    // With DEBUG=1 the details follow.
    vi.stubEnv('DEBUG', '1');
    const debug = runMain(toArgv(input, { root, datum: DATE }), { commitFs: boom() });
    vi.unstubAllEnvs();
    expect(debug.stderr).toMatch(/internal detail that users never see\n\s+at /);
  });

  it('main(): a crash after the commit point says how the import is finished; --herstel finishes it', () => {
    const root = copies.copyRepo('ssw-import-crash-herstel-');
    const r = runMain(toArgv(input, { root, datum: DATE }), { commitFs: crashAt(steps - 4) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Import onderbroken tijdens het wegschrijven van Crashproef\.csv .*npm run import -- --herstel/);
    const h = runMain(['--herstel', '--root', root]);
    expect(h).toMatchObject({ code: 0, stdout: 'Een eerder onderbroken import is eerst afgemaakt (die was al vastgelegd).' });
    expect(hashTree(root)).toEqual(newTree);
    expect(runMain(['--herstel', '--root', root]).stdout).toBe('Er was geen onderbroken import; er is niets veranderd.');
  });

  it('the process killed (IMPORT_FAILPOINT) before and after the commit point: --herstel, then a retry completes', () => {
    for (const [step, expected] of [
      [4, 'old'],
      [steps - 4, 'new'],
    ] as const) {
      const root = copies.copyRepo('ssw-import-kill-');
      const killed = spawnCli(toArgv(input, { root, datum: DATE }), { IMPORT_FAILPOINT: String(step) });
      // tsx runs the script in a child process and passes its death on as exit code 128 + 9.
      expect(killed.signal === 'SIGKILL' || killed.status === 137, killed.stderr).toBe(true);
      expect(existsSync(join(root, JOURNAL))).toBe(true);
      if (expected === 'old') {
        const herstel = spawnCli(['--herstel', '--root', root]);
        expect(herstel.status, herstel.stderr).toBe(0);
        expect(herstel.stdout).toContain('teruggedraaid');
        expect(hashTree(root)).toEqual(oldTree);
        expect(leftovers(root)).toEqual([]);
        const retry = spawnCli(toArgv(input, { root, datum: DATE }));
        expect(retry.status, retry.stderr).toBe(0);
      } else {
        // The retry itself finishes the killed import first, then finds the file already imported.
        const retry = spawnCli(toArgv(input, { root, datum: DATE }));
        expect(retry.status).toBe(2);
        expect(retry.stderr).toContain('eerder geïmporteerd');
      }
      expect(hashTree(root)).toEqual(newTree);
      expect(leftovers(root)).toEqual([]);
    }
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------

describe('import lock: one import at a time', () => {
  it('refuses clearly (exit 2, Dutch) when another import holds the lock and waiting is off; nothing changed', () => {
    const root = copies.copyRepo('ssw-import-lock-');
    const input = tidyInput(copies.tempDir('ssw-import-lock-in-'), 'Slotproef');
    const release = acquireImportLock(root, { waitMs: 0 });
    const before = hashTree(root);
    try {
      const r = runMain(toArgv(input, { root, datum: DATE }), { lockWaitMs: 0 });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `geodata/\\.import\\.lock: er loopt al een import in dit project \\(proces ${process.pid} op .*verwijder dan geodata/\\.import\\.lock`,
        ),
      );
      expect(hashTree(root)).toEqual(before);
    } finally {
      release();
    }
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    expect(runImport({ file: input, root, datum: DATE }).ok).toBe(true);
    expect(leftovers(root)).toEqual([]);
  });

  it('takes over the lock of a process that no longer exists', () => {
    const root = copies.copyRepo('ssw-import-stale-');
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: '2025-01-01T00:00:00Z' }));
    const input = tidyInput(copies.tempDir('ssw-import-stale-in-'), 'Oudslot');
    expect(runImport({ file: input, root, datum: DATE }, process.cwd(), { lockWaitMs: 0 }).ok).toBe(true);
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });

  it('two imports started at the same time both land: the second waits for the first', async () => {
    const root = copies.copyRepo('ssw-import-twee-');
    const dir = copies.tempDir('ssw-import-twee-in-');
    const a = tidyInput(dir, 'Eerste');
    const b = tidyInput(dir, 'Tweede');
    // Hold the lock so both processes are certainly running at once and both have to wait.
    const release = acquireImportLock(root, { waitMs: 0 });
    const run = (file: string) => {
      const child = spawn(process.execPath, [TSX, CLI, ...toArgv(file, { root, datum: DATE })], { env: process.env });
      const out = { stdout: '', stderr: '', child };
      child.stdout.on('data', (d) => {
        out.stdout += d;
      });
      child.stderr.on('data', (d) => {
        out.stderr += d;
      });
      return out;
    };
    const exit = (c: ChildProcess) => new Promise<number | null>((ok) => c.on('exit', (code) => ok(code)));
    const p1 = run(a);
    const p2 = run(b);
    const e1 = exit(p1.child);
    const e2 = exit(p2.child);
    try {
      await vi.waitFor(() => expect(p1.stderr + p2.stderr).toMatch(/wacht[\s\S]*wacht/), { timeout: 30_000, interval: 100 });
    } finally {
      release();
    }
    expect(await e1, p1.stderr).toBe(0);
    expect(await e2, p2.stderr).toBe(0);
    const manifest = readJson(join(root, 'geodata/sources.json'));
    const files = manifest.stats.map((s: { file: string }) => s.file);
    expect(files).toEqual(expect.arrayContaining(['sources/stats/imported/Eerste.csv', 'sources/stats/imported/Tweede.csv']));
    const catalogue = readJson(join(root, 'public/data/catalogue.json'));
    const ids = catalogue.indicators.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['P_Eerste', 'P_Tweede']));
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------

describe('import: nothing left behind, no stack traces', () => {
  it('no temp file, journal, lock or staging folder after a success and after a refusal', () => {
    const root = copies.copyRepo('ssw-import-schoon-');
    const input = tidyInput(copies.tempDir('ssw-import-schoon-in-'), 'Schoon');
    const mine = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`ssw-import-stage-${process.pid}-`));
    runImport({ file: input, root, datum: DATE });
    expect(leftovers(root)).toEqual([]);
    expect(mine()).toEqual([]);
    expect(() => runImport({ file: input, root, datum: DATE })).toThrow(InputError);
    expect(leftovers(root)).toEqual([]);
    expect(mine()).toEqual([]);
  });

  it('staging folders of killed imports are swept; live ones are kept', () => {
    const dir = copies.tempDir('ssw-sweep-');
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    for (const pid of [dead, process.pid, process.ppid]) mkdirSync(join(dir, `ssw-import-stage-${pid}-abc`));
    mkdirSync(join(dir, 'ssw-import-test-123'));
    expect(sweepStaleStaging(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(
      [`ssw-import-stage-${process.pid}-abc`, `ssw-import-stage-${process.ppid}-abc`, 'ssw-import-test-123'].sort(),
    );
  });

  it('CLI: a project that cannot be read ends in Dutch with exit 2, without a stack trace', () => {
    const root = copies.tempDir('ssw-import-kapot-');
    mkdirSync(join(root, 'geodata'));
    mkdirSync(join(root, 'layers'));
    writeFileSync(join(root, 'geodata/sources.json'), '{ "version": 1, ');
    const input = tidyInput(copies.tempDir('ssw-import-kapot-in-'), 'Kapot');
    const r = spawnCli(toArgv(input, { root }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^(Import geweigerd; er is niets veranderd\.|Import mislukt bij het verwerken van Kapot\.csv)/);
    expect(r.stderr).not.toMatch(/\n\s+at |SyntaxError|node:internal/);
  });

  it('CLI: a root that is no project is refused by name', () => {
    const r = runMain(['x.csv', '--root', copies.tempDir('ssw-import-leeg-')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kolom '--root': .* is geen projectmap \(geodata\/sources\.json en layers\/ ontbreken\)/);
  });
});
