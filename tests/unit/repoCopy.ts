// Temporary copies of the parts of the repo an import reads or writes, and a content hash of a tree: import tests
// run on a copy and prove that a refused file changed nothing, byte for byte.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const REPO = join(import.meta.dirname, '../..');

export function repoCopies() {
  const temps: string[] = [];
  return {
    tempDir(prefix: string): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      temps.push(dir);
      return dir;
    },
    copyRepo(prefix = 'ssw-import-test-'): string {
      const root = this.tempDir(prefix);
      cpSync(join(REPO, 'geodata/sources.json'), join(root, 'geodata/sources.json'));
      cpSync(join(REPO, 'geodata/sources'), join(root, 'geodata/sources'), { recursive: true });
      cpSync(join(REPO, 'layers'), join(root, 'layers'), { recursive: true });
      cpSync(join(REPO, 'public/data'), join(root, 'public/data'), { recursive: true });
      return root;
    },
    cleanup() {
      for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
  };
  walk(dir);
  return out;
}

export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
