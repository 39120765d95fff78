// The rebuild check: every file the pipeline runs is hashed, so a change to the maths marks the data stale.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HASH_FILE, INPUTS, inputFiles, inputsHash, isFresh, OUTPUTS } from '../../geodata/inputs';

const root = resolve(import.meta.dirname, '../..');

/** Local files reached from the pipeline's entry points (relative imports, recursively). */
function pipelineFiles(): string[] {
  const seen = new Set<string>();
  const todo = ['geodata/build.ts', 'geodata/ensure.ts', 'geodata/import.ts'].map((f) => join(root, f));
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = resolve(dirname(f), m[1] as string);
      todo.push(/\.(ts|json)$/.test(base) ? base : `${base}.ts`);
    }
  }
  return [...seen].map((f) => relative(root, f));
}

describe('inputs hash', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'weert-inputs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('covers every file the pipeline runs', () => {
    const hashed = new Set(inputFiles(root));
    const files = pipelineFiles();
    expect(files).toContain('core/aggregate.ts');
    expect(files).toContain('core/overlay.ts');
    expect(files).toContain('core/distance/detour-weert.json');
    expect(files.filter((f) => !hashed.has(f))).toEqual([]);
  });

  it('a change to the aggregation code marks the data stale', () => {
    for (const i of INPUTS) cpSync(join(root, i), join(tmp, i), { recursive: true });
    const out = join(tmp, 'out');
    cpSync(join(root, 'public/data'), out, { recursive: true });
    writeFileSync(join(tmp, HASH_FILE), `${inputsHash(tmp)}\n`);
    expect(OUTPUTS.length).toBeGreaterThan(3);
    expect(isFresh(tmp, out)).toBe(true);
    const agg = join(tmp, 'core/aggregate.ts');
    writeFileSync(agg, `${readFileSync(agg, 'utf8')}\n// a change to the maths\n`);
    expect(isFresh(tmp, out)).toBe(false);
  });

  it('a change to the overlay code marks the data stale too', () => {
    writeFileSync(join(tmp, HASH_FILE), `${inputsHash(tmp)}\n`);
    expect(isFresh(tmp, join(tmp, 'out'))).toBe(true);
    const f = join(tmp, 'core/overlay.ts');
    writeFileSync(f, readFileSync(f, 'utf8').replace('0.001', '0.002'));
    expect(isFresh(tmp, join(tmp, 'out'))).toBe(false);
  });
});
