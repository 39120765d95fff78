// Stage 1, read: sources.json, the files it lists and the catalogue in layers/. The only stage that touches the
// file system, and only through `read` (geodata files) and the layers loaders, so fixtures can stand in for both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type {
  AggregationConfig,
  AreaSetConfig,
  ComparisonConfig,
  IndicatorConfig,
  PublicationConfig,
  SiteConfig,
  SynonymsConfig,
  ThemeSchema,
} from '../../core/contracts/config';
import { type FacilityTypeConfig, FacilityTypeConfigSchema } from '../../core/contracts/facilities';
import { type SourcesManifest, SourcesManifestSchema } from '../contracts/sources';
import {
  loadAreaSetConfig,
  loadCatalogue,
  loadComparison,
  loadConfigDir,
  loadPublicationConfig,
  loadSiteConfig,
  loadSynonyms,
} from '../lib/catalogue';
import { InputError, type InputIssue } from '../lib/errors';
import { loadScenarioConfigs, type ScenarioConfigs } from '../lib/scenarios';

/** Text of a file, by path relative to the geodata folder (the paths in sources.json). */
export type ReadFile = (rel: string) => string;

/** One input file: its path as sources.json names it (quoted in messages) and its text. */
export interface SourceText {
  file: string;
  text: string;
}

export type Theme = z.infer<typeof ThemeSchema>;

/** The declarative configuration in layers/. */
export interface LayerConfigs {
  themes: Theme[];
  indicators: IndicatorConfig[];
  areaSet: AreaSetConfig | null;
  aggregation: AggregationConfig;
  publication: PublicationConfig;
  /** Facility types (layers/facilities/<id>.json), sorted by id; empty when the folder is absent. */
  facilities: FacilityTypeConfig[];
  /** Growth scenarios (layers/scenarios/); null when the folder is absent. */
  scenarios: ScenarioConfigs | null;
  /** Search words (layers/synonyms.json); null when the file is absent. */
  synonyms: SynonymsConfig | null;
  /** Verdict thresholds (layers/comparison.json); null when the file is absent. */
  comparison: ComparisonConfig | null;
  /** Publisher, contact and accessibility statement (layers/site.json); null when the file is absent. */
  site: SiteConfig | null;
}

export interface SourceSet {
  manifest: SourcesManifest;
  boundaries: { codes: SourceText; buurten: SourceText; context: SourceText };
  /** The delivered polygons of the area set, when it is defined by polygons. */
  areaSetPolygons?: SourceText;
  stats: SourceText[];
  /** The point files the facility types name, in config order. */
  facilities: SourceText[];
  /** The imported road network (sources.json "network"), when there is one. */
  network?: SourceText;
  /** The population forecast (sources.json "forecast"), when there is one. */
  forecast?: SourceText;
  layers: LayerConfigs;
}

export interface ReadSourcesInput {
  read: ReadFile;
  /** Name of sources.json in messages. */
  manifestFile: string;
  layersDir: string;
}

export function parseSourcesManifest(text: string, file: string): SourcesManifest {
  const r = SourcesManifestSchema.safeParse(JSON.parse(text));
  if (!r.success) throw new InputError(r.error.issues.map((i) => ({ file, column: i.path.join('.'), message: i.message })));
  return r.data;
}

export function loadSourcesManifest(geodataDir: string): SourcesManifest {
  const file = join(geodataDir, 'sources.json');
  return parseSourcesManifest(readFileSync(file, 'utf8'), file);
}

/** Reads files relative to a folder: the production `read`. */
export const folderReader =
  (dir: string): ReadFile =>
  (rel) =>
    readFileSync(join(dir, rel), 'utf8');

export function readSources({ read, manifestFile, layersDir }: ReadSourcesInput): SourceSet {
  const manifest = parseSourcesManifest(read('sources.json'), manifestFile);
  const text = (file: string): SourceText => ({ file, text: read(file) });
  const { themes, indicators } = loadCatalogue(layersDir);
  const { areaSet, aggregation } = loadAreaSetConfig(layersDir);
  const def = areaSet?.definition;
  const facilities = loadFacilityConfigs(layersDir);
  return {
    manifest,
    boundaries: {
      codes: text(manifest.boundaries.codes),
      buurten: text(manifest.boundaries.buurten),
      context: text(manifest.boundaries.context),
    },
    ...(def?.kind === 'polygons' ? { areaSetPolygons: text(def.file) } : {}),
    stats: manifest.stats.map((s) => text(s.file)),
    facilities: facilities.flatMap((f) => f.data ?? []).map((d) => text(d.file)),
    ...(manifest.network ? { network: text(manifest.network.file) } : {}),
    ...(manifest.forecast ? { forecast: text(manifest.forecast.file) } : {}),
    layers: {
      themes,
      indicators,
      areaSet,
      aggregation,
      publication: loadPublicationConfig(layersDir),
      facilities,
      scenarios: loadScenarioConfigs(layersDir),
      synonyms: loadSynonyms(layersDir),
      comparison: loadComparison(layersDir),
      site: loadSiteConfig(layersDir),
    },
  };
}

/** layers/facilities/<id>.json, validated, sorted by id; every problem of every file is reported at once. */
export function loadFacilityConfigs(layersDir: string): FacilityTypeConfig[] {
  const dir = join(layersDir, 'facilities');
  if (!existsSync(dir)) return [];
  const issues: InputIssue[] = [];
  const configs = loadConfigDir<FacilityTypeConfig>(dir, FacilityTypeConfigSchema, issues);
  if (issues.length > 0) throw new InputError(issues);
  return configs;
}
