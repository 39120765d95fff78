// A scenario file with its basis applied: the basis's projects, minus those it leaves out, with its own projects
// replacing those of the same id. Pure.
import type { Scenario, ScenarioFile } from '../contracts/scenario';

export const DEFAULT_START_YEAR = 2025;

/** Throws a Dutch message when the basis is unknown or circular (config errors, caught by the pipeline and tests). */
export function resolveScenario(id: string, files: ReadonlyMap<string, ScenarioFile>, seen: string[] = []): Scenario {
  const file = files.get(id);
  if (!file) throw new Error(`Scenario '${id}' bestaat niet${seen.length ? ` (basis van '${seen.at(-1)}')` : ''}.`);
  if (seen.includes(id)) throw new Error(`Scenario '${id}' is (indirect) zijn eigen basis: ${[...seen, id].join(' → ')}.`);
  const base = file.basis ? resolveScenario(file.basis, files, [...seen, id]) : null;
  const doel = file.doel ?? base?.doel;
  if (!doel) throw new Error(`Scenario '${id}' heeft geen doel (aantal woningen en eindjaar) en geen basis met een doel.`);
  const without = new Set(file.zonder ?? []);
  const own = new Set(file.projecten.map((p) => p.id));
  const inherited = (base?.projecten ?? []).filter((p) => !without.has(p.id) && !own.has(p.id));
  return {
    id: file.id,
    naam: file.naam,
    beschrijving: file.beschrijving,
    doel,
    startjaar: file.startjaar ?? base?.startjaar ?? DEFAULT_START_YEAR,
    projecten: [...inherited, ...file.projecten],
  };
}
