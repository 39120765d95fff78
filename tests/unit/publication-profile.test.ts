// The internal profile (nothing withheld) only when asked for: `--profiel=intern` / PROFIEL=intern. A configuration
// left on 'intern' is refused, and a normal build after an internal one rebuilds the public version instead of
// shipping what is in public/data/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HASH_FILE, INPUTS, inputsHash, isFresh } from '../../geodata/inputs';
import { dataProfile, resolveProfile } from '../../geodata/profile';
import { REPO } from './repoCopy';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A runnable copy of the pipeline and its data (node_modules linked). */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssw-profile-'));
  temps.push(dir);
  for (const i of INPUTS) cpSync(join(REPO, i), join(dir, i), { recursive: true });
  cpSync(join(REPO, 'public/data'), join(dir, 'public/data'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, HASH_FILE), `${inputsHash(dir)}\n`);
  return dir;
}

const run = (dir: string, script: string, args: string[] = [], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PROFIEL: '', ...env },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

const setConfiguredProfile = (dir: string, profile: string) => {
  const file = join(dir, 'layers/publication.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"profile": "publiek"', `"profile": "${profile}"`));
};

describe('which profile a build uses', () => {
  const layers = join(REPO, 'layers');

  it("is 'publiek' unless asked for, and 'intern' only when asked for on the command line or in PROFIEL", () => {
    expect(resolveProfile(layers, [], {})).toEqual({ profile: 'publiek' });
    expect(resolveProfile(layers, ['--profiel=intern'], {})).toEqual({ profile: 'intern' });
    expect(resolveProfile(layers, [], { PROFIEL: 'intern' })).toEqual({ profile: 'intern' });
  });

  it('refuses an unknown or contradictory profile, in Dutch', () => {
    expect(resolveProfile(layers, ['--profiel=geheim'], {})).toEqual({
      error: "--profiel: onbekend profiel 'geheim' (kies publiek of intern)",
    });
    expect(resolveProfile(layers, ['--profiel=publiek'], { PROFIEL: 'intern' })).toEqual({
      error: '--profiel=publiek en PROFIEL=intern spreken elkaar tegen',
    });
  });

  it("refuses a configuration left on 'intern' unless asked for explicitly", () => {
    const dir = projectCopy();
    setConfiguredProfile(dir, 'intern');
    const r = resolveProfile(join(dir, 'layers'), [], {});
    expect('error' in r && r.error).toMatch(/layers\/publication\.json staat op profiel 'intern'/);
    expect(resolveProfile(join(dir, 'layers'), ['--profiel=intern'], {})).toEqual({ profile: 'intern' });
    // npm start / npm run build (ensure) stop with exit 2 and change nothing.
    const before = readFileSync(join(dir, 'public/data/indicators.json'), 'utf8');
    const e = run(dir, 'geodata/ensure.ts');
    expect(e.status).toBe(2);
    expect(e.out).toMatch(/Een gewone build weigert dat/);
    expect(readFileSync(join(dir, 'public/data/indicators.json'), 'utf8')).toBe(before);
  });
});

describe('after an internal build', () => {
  const dir = projectCopy();

  it('the internal build warns, and the data says it is internal', () => {
    const r = run(dir, 'geodata/build.ts', ['--profiel=intern']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/LET OP: public\/data\/ bevat nu de interne versie/);
    expect(dataProfile(join(dir, 'public/data'))).toBe('intern');
  });

  it('is not fresh for a public build, although no input changed', () => {
    expect(isFresh(dir, join(dir, 'public/data'), 'intern')).toBe(true);
    expect(isFresh(dir, join(dir, 'public/data'))).toBe(false);
  });

  it('a normal build (npm start / npm run build) rebuilds the public version instead of shipping it', () => {
    const r = run(dir, 'geodata/ensure.ts');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/bevat de interne versie .* gaat niet mee in deze build/);
    expect(dataProfile(join(dir, 'public/data'))).toBe('publiek');
    // Byte for byte what the committed public data is.
    for (const f of ['indicators.json', 'catalogue.json']) {
      expect(readFileSync(join(dir, 'public/data', f), 'utf8') === readFileSync(join(REPO, 'public/data', f), 'utf8')).toBe(true);
    }
  });
});
