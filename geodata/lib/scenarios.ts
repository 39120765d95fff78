// Loads layers/scenarios/: parameters.json (shared by every scenario) and one file per scenario, validated; every
// problem of every file is reported at once, as for the other config folders.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Parameters, ParametersSchema, type ScenarioFile, ScenarioSchema } from '../../core/contracts/scenario';
import { loadConfigDir } from './catalogue';
import { InputError, type InputIssue } from './errors';

export interface ScenarioConfigs {
  parameters: Parameters;
  files: ScenarioFile[];
}

export const PARAMETERS_FILE = 'parameters.json';

/** null when the project has no scenarios folder (the growth overlay is then not offered). */
export function loadScenarioConfigs(layersDir: string): ScenarioConfigs | null {
  const dir = join(layersDir, 'scenarios');
  if (!existsSync(dir)) return null;
  const issues: InputIssue[] = [];
  const paramsFile = join(dir, PARAMETERS_FILE);
  let parameters: Parameters | null = null;
  try {
    const r = ParametersSchema.safeParse(JSON.parse(readFileSync(paramsFile, 'utf8')));
    if (r.success) parameters = r.data;
    else for (const i of r.error.issues) issues.push({ file: paramsFile, column: i.path.join('.'), message: i.message });
  } catch (e) {
    issues.push({ file: paramsFile, message: `ontbreekt of is geen geldige JSON: ${(e as Error).message}` });
  }
  const files = loadConfigDir<ScenarioFile>(dir, ScenarioSchema, issues, [PARAMETERS_FILE]);
  if (issues.length > 0 || !parameters) throw new InputError(issues);
  return { parameters, files };
}
