// The one temp-file + rename writer used by the build and the import commit.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../geodata/fs/atomic';

const dir = mkdtempSync(join(tmpdir(), 'weert-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFilesAtomically', () => {
  it('writes new and existing files, creating folders, and leaves no temp files behind', () => {
    writeFileSync(join(dir, 'a.json'), 'old');
    writeFilesAtomically(dir, [
      ['a.json', 'new'],
      ['sub/b.csv', 'b'],
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'sub/b.csv'), 'utf8')).toBe('b');
    expect(readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith('.tmp'))).toEqual([]);
  });

  it('changes nothing when a write fails before the renames', () => {
    writeFileSync(join(dir, 'keep.json'), 'kept');
    // A path below an existing file cannot be created: the failure comes after keep.json's temp file was written.
    expect(() =>
      writeFilesAtomically(dir, [
        ['keep.json', 'changed'],
        ['keep.json/child', 'x'],
      ]),
    ).toThrow();
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('kept');
  });
});
