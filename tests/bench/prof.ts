// Summary of a V8 .cpuprofile (node --cpu-prof): where the national data generation spends its time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Newest .cpuprofile in `dir`, or null. */
export function newestProfile(dir: string): string | null {
  const files = (() => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    } catch {
      return [];
    }
  })();
  const newest = files.map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return newest ?? null;
}

/**
 * Inclusive ms per function (name and file; tsx-compiled line numbers are meaningless), largest first. Project code
 * only, so the list names our own stages; garbage collection is listed on its own (V8 does not attribute it).
 */
export function topFunctions(file: string, root: string, top = 15): Array<{ ms: number; name: string }> {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const label = (n: ProfileNode) => {
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    const where = url.startsWith(root) ? relative(root, url) : url;
    return `${n.callFrame.functionName || '(anonymous)'}  ${where}`;
  };
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    // Count each function once per sample, also when it recurses.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur) as ProfileNode;
      const gc = n.callFrame.functionName === '(garbage collector)';
      if (!gc && (!n.callFrame.url.includes(root) || n.callFrame.url.includes('node_modules'))) continue;
      const k = label(n);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  return [...inclusive]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ ms: us / 1000, name }));
}
