// Golden tests for the geodata pipeline: the synthetic mini fixture against reviewed golden files, determinism,
// the real sources against the committed public/data/, and invalid inputs that must be rejected with a precise issue.
// Regenerate the golden files with `UPDATE=1 npx vitest run tests/golden/pipeline.test.ts` and review the diff.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../../geodata/lib/errors';
import { runPipeline } from '../../geodata/pipeline';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/mini');
const EXPECTED = join(import.meta.dirname, 'expected/mini');
const UPDATE = process.env.UPDATE === '1';

const runMini = (dir = FIXTURE) => runPipeline({ geodataDir: dir, layersDir: join(dir, 'layers') });

describe('pipeline on the mini fixture', () => {
  it('matches the golden files', () => {
    const { files } = runMini();
    if (UPDATE) {
      rmSync(EXPECTED, { recursive: true, force: true });
      mkdirSync(EXPECTED, { recursive: true });
      for (const [name, content] of files) writeFileSync(join(EXPECTED, name), content);
    }
    // Same set of files (a new or dropped output file is a change too) …
    expect([...files.keys()].sort()).toEqual(readdirSync(EXPECTED).sort());
    // … and each one byte for byte; toBe on strings gives a readable diff when it fails.
    for (const [name, content] of files) {
      expect(content, `${name} differs from tests/golden/expected/mini/${name} (UPDATE=1 to accept)`).toBe(
        readFileSync(join(EXPECTED, name), 'utf8'),
      );
    }
  });

  it('reports the indicator that has no catalogue file', () => {
    const { report } = runMini();
    expect(report.some((l) => l.includes('niet gepubliceerd') && l.includes('1 indicatoren'))).toBe(true);
  });

  it('is deterministic: two runs give byte-identical output', () => {
    const a = runMini().files;
    const b = runMini().files;
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, content] of a) expect(b.get(name), name).toBe(content);
  });
});

describe('pipeline on the real sources', () => {
  it('reproduces the committed public/data/ exactly', () => {
    const { files } = runPipeline({ geodataDir: join(ROOT, 'geodata'), layersDir: join(ROOT, 'layers') });
    const committed = readdirSync(join(ROOT, 'public/data'))
      .filter((n) => n.endsWith('.json'))
      .sort();
    expect([...files.keys()].sort(), 'run `npm run geodata`').toEqual(committed);
    for (const [name, content] of files) {
      const onDisk = readFileSync(join(ROOT, 'public/data', name), 'utf8');
      // Not toBe: a diff of a 400 kB one-line file is useless; the message says what to do.
      expect(content === onDisk, `public/data/${name} is stale: run \`npm run geodata\``).toBe(true);
    }
  });
});

describe('pipeline rejects invalid input', () => {
  const tmpRoot = mkdtempSync(join(tmpdir(), 'golden-mini-'));
  afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

  let n = 0;
  /** A fresh copy of the fixture per case, so one broken file never leaks into another case. */
  function copyFixture(): string {
    const dir = join(tmpRoot, `case${n++}`);
    cpSync(FIXTURE, dir, { recursive: true });
    return dir;
  }

  /** Runs the pipeline and returns the issues of the InputError it must throw. */
  function issuesOf(dir: string): InputIssue[] {
    try {
      runMini(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).issues;
    }
    throw new Error('expected the pipeline to throw an InputError');
  }

  const STATS = 'stats/mini.csv';
  const appendRow = (dir: string, file: string, row: string) =>
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}${row}\n`);
  const dataRows = () => readFileSync(join(FIXTURE, STATS), 'utf8').trimEnd().split('\n').length; // incl. header

  it('an unknown wijk code: issue names file, row and column area_code', () => {
    const dir = copyFixture();
    appendRow(dir, STATS, 'WK098899,Bestaat niet,wijk,2024,AANT_INW,10,aantal,totaal,TEST01,synthetic');
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: STATS, row: dataRows() + 1, column: 'area_code' });
    expect(issues[0]?.message).toContain('WK098899');
  });

  it('a unit that differs from the catalogue: issue in column unit', () => {
    const dir = copyFixture();
    appendRow(dir, STATS, 'WK098801,Proefwijk Zuid,wijk,2023,AANT_INW,10,personen,totaal,TEST01,synthetic');
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: STATS, row: dataRows() + 1, column: 'unit' });
    expect(issues[0]?.message).toContain("'aantal'");
  });

  it('buurten in RD New (metres) instead of WGS84: message mentions RD New', () => {
    const dir = copyFixture();
    const file = join(dir, 'boundaries/buurten.geojson');
    // Shift every lon/lat pair into RD New's range (x ≈ 170 km, y ≈ 360 km): the shape stays valid, only the CRS is wrong.
    const rd = readFileSync(file, 'utf8').replace(/\[(\d+\.\d+),(\d+\.\d+)\]/g, (_, x: string, y: string) => {
      return `[${Math.round(170000 + (Number(x) - 5.6) * 70000)},${Math.round(360000 + (Number(y) - 51.2) * 111000)}]`;
    });
    expect(rd).toContain('[170000,360000]');
    writeFileSync(file, rd);
    const issues = issuesOf(dir);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: 'boundaries/buurten.geojson' });
    expect(issues.every((i) => i.message.includes('RD New'))).toBe(true);
  });

  it('a ring that is not closed', () => {
    const dir = copyFixture();
    const file = join(dir, 'boundaries/buurten.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    // Drop the closing point of the first feature's ring: 4 points remain, so only the closure check can catch it.
    fc.features[0].geometry.coordinates[0].pop();
    writeFileSync(file, JSON.stringify(fc));
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'boundaries/buurten.geojson', row: 1 });
    expect(issues[0]?.message).toMatch(/niet gesloten/);
  });

  it('the same value in two files: duplicate names both places', () => {
    const dir = copyFixture();
    const second = 'stats/second.csv';
    const header = readFileSync(join(dir, STATS), 'utf8').split('\n')[0];
    writeFileSync(
      join(dir, second),
      `${header}\nWK098801,Proefwijk Zuid,wijk,2024,AANT_INW,605,aantal,totaal,TEST02,synthetic\n`,
    );
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    sources.stats.push({
      file: second,
      title: 'Tweede testbestand',
      publisher: 'Testfixture',
      tables: ['TEST02'],
      licence: 'CC0',
    });
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 2));
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    // The later row is rejected and points back at the first occurrence (row 5 of mini.csv is the WK098801 row).
    expect(issues[0]).toMatchObject({ file: second, row: 2 });
    expect(issues[0]?.message).toContain(`${STATS} rij 5`);
  });
});
