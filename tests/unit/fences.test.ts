// Dependency direction: the app never imports pipeline code, the pipeline never imports app code, core imports
// neither (nor Node built-ins or rendering libraries). The lint rule enforces it; this test proves the rule bites.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function lint(file: string, source: string): { ok: boolean; out: string } {
  const path = join(root, file);
  writeFileSync(path, source);
  try {
    const r = spawnSync(join(root, 'node_modules/.bin/biome'), ['lint', file], { cwd: root, encoding: 'utf8' });
    return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(path, { force: true });
  }
}

describe('import fences (biome noRestrictedImports)', () => {
  const tag = `fence${process.pid}`;
  it.each([
    [`src/app/${tag}.ts`, "import { runPipeline } from '../../geodata/pipeline';\nexport const x = runPipeline;\n"],
    [`src/lib/${tag}.ts`, "import { useState } from 'react';\nexport const x = useState;\n"],
    [`geodata/lib/${tag}.ts`, "import { buildIndex } from '../../src/lib/data';\nexport const x = buildIndex;\n"],
    [`core/${tag}.ts`, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    [`core/${tag}.ts`, "import { buildIndex } from '../src/lib/data';\nexport const x = buildIndex;\n"],
    [`core/${tag}.ts`, "import { InputError } from '../geodata/lib/errors';\nexport const x = InputError;\n"],
  ])('%s: a forbidden import is refused', (file, source) => {
    const r = lint(file, source);
    expect(r.ok).toBe(false);
    expect(r.out).toContain('noRestrictedImports');
  });

  it.each([
    [`src/app/${tag}.ts`, "import { WEERT_CODE } from '../../core/codes';\nexport const x = WEERT_CODE;\n"],
    [`geodata/lib/${tag}.ts`, "import { WEERT_CODE } from '../../core/codes';\nexport const x = WEERT_CODE;\n"],
  ])('%s: importing core is allowed', (file, source) => {
    expect(lint(file, source).ok).toBe(true);
  });
});

/** Relative imports of a TS module, resolved to files (import graph walk without a bundler). */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
  return specs.flatMap((s) => {
    const base = resolve(dirname(file), s);
    for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        if (readFileSync(cand)) return [cand];
      } catch {
        /* try the next candidate */
      }
    }
    return [];
  });
}

function graph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(root, e));
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    if (/\.tsx?$/.test(f)) todo.push(...localImports(f));
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

const under = (f: string, dir: string) => f === dir || f.startsWith(`${dir}/`);

describe('dependency direction over the real import graph', () => {
  const pipeline = graph(['geodata/build.ts', 'geodata/ensure.ts', 'geodata/import.ts']);
  const app = graph(['src/main.tsx']);

  it('the pipeline runs only geodata/ and core/ code', () => {
    expect(pipeline.size).toBeGreaterThan(10);
    expect([...pipeline].filter((f) => !under(f, 'geodata') && !under(f, 'core'))).toEqual([]);
  });

  it('the app runs only src/ and core/ code', () => {
    expect(app.size).toBeGreaterThan(10);
    expect([...app].filter((f) => !under(f, 'src') && !under(f, 'core'))).toEqual([]);
  });

  it('core imports nothing outside core/', () => {
    const coreFiles = readdirSync(join(root, 'core'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `core/${f}`);
    expect([...graph(coreFiles)].filter((f) => !under(f, 'core'))).toEqual([]);
  });
});
