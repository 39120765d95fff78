// Load and validate the declarative indicator catalogue in layers/ (themes.json + indicators/<id>.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AggregationConfig,
  AggregationConfigSchema,
  type AreaSetConfig,
  AreaSetSchema,
  type ComparisonConfig,
  ComparisonConfigSchema,
  type IndicatorConfig,
  IndicatorSchema,
  type PublicationConfig,
  PublicationConfigSchema,
  type SiteConfig,
  SiteFileSchema,
  type SynonymsConfig,
  SynonymsFileSchema,
  ThemesFileSchema,
} from '../../core/contracts/config';
import { InputError, type InputIssue } from './errors';

/**
 * Every `<id>.json` in a layers folder, validated, sorted by file name; each problem of each file becomes an issue
 * (file, path), and a file's `id` must match its name. Shared by indicators and facility types.
 */
export function loadConfigDir<T extends { id: string }>(
  dir: string,
  schema: {
    safeParse(
      x: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  issues: InputIssue[],
  /** File names in the folder that are not configs of this kind (e.g. shared parameters). */
  skip: readonly string[] = [],
): T[] {
  const out: T[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !skip.includes(n))
    .sort()) {
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      issues.push({ file, message: `geen geldige JSON: ${(e as Error).message}` });
      continue;
    }
    const r = schema.safeParse(json);
    if (!r.success) {
      for (const i of r.error.issues) issues.push({ file, column: i.path.map(String).join('.'), message: i.message });
      continue;
    }
    if (`${r.data.id}.json` !== name)
      issues.push({ file, column: 'id', message: `id '${r.data.id}' hoort bij bestandsnaam ${r.data.id}.json` });
    out.push(r.data);
  }
  return out;
}

export function loadCatalogue(layersDir: string) {
  const issues: InputIssue[] = [];
  const themesFile = join(layersDir, 'themes.json');
  const themes = ThemesFileSchema.safeParse(JSON.parse(readFileSync(themesFile, 'utf8')));
  if (!themes.success) {
    for (const i of themes.error.issues) issues.push({ file: themesFile, column: i.path.join('.'), message: i.message });
  }
  const dir = join(layersDir, 'indicators');
  const indicators = loadConfigDir<IndicatorConfig>(dir, IndicatorSchema, issues);
  const ids = new Set(indicators.map((i) => i.id));
  for (const i of indicators) {
    if (i.denominator && !ids.has(i.denominator)) {
      issues.push({
        file: join(dir, `${i.id}.json`),
        column: 'denominator',
        message: `noemer '${i.denominator}' bestaat niet in de catalogus`,
      });
    }
  }
  if (issues.length > 0 || !themes.success) throw new InputError(issues);
  return { themes: themes.data.themes, indicators };
}

function readConfig<T>(
  file: string,
  schema: {
    safeParse: (
      x: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError([{ file, message: `geen geldige JSON: ${(e as Error).message}` }]);
  }
  const r = schema.safeParse(json);
  if (!r.success)
    throw new InputError(r.error.issues.map((i) => ({ file, column: i.path.map(String).join('.'), message: i.message })));
  return r.data;
}

export function loadPublicationConfig(layersDir: string): PublicationConfig {
  return readConfig(join(layersDir, 'publication.json'), PublicationConfigSchema);
}

/** The derived area set (layers/areasets/deelgebied.json) and the weights for aggregation (layers/aggregation.json). */
export function loadAreaSetConfig(layersDir: string): { areaSet: AreaSetConfig | null; aggregation: AggregationConfig } {
  const setFile = join(layersDir, 'areasets', 'deelgebied.json');
  const areaSet = existsSync(setFile) ? readConfig(setFile, AreaSetSchema) : null;
  const aggregation = readConfig(join(layersDir, 'aggregation.json'), AggregationConfigSchema);
  return { areaSet, aggregation };
}

/** layers/comparison.json (when a difference with Weert is a verdict), when present. */
export function loadComparison(layersDir: string): ComparisonConfig | null {
  const file = join(layersDir, 'comparison.json');
  return existsSync(file) ? readConfig(file, ComparisonConfigSchema) : null;
}

/** layers/synonyms.json (search words), when present. */
export function loadSynonyms(layersDir: string): SynonymsConfig | null {
  const file = join(layersDir, 'synonyms.json');
  return existsSync(file) ? readConfig(file, SynonymsFileSchema) : null;
}

/** layers/site.json (publisher, contact, accessibility statement), when present. */
export function loadSiteConfig(layersDir: string): SiteConfig | null {
  const file = join(layersDir, 'site.json');
  return existsSync(file) ? readConfig(file, SiteFileSchema) : null;
}
