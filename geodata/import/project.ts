// Reading the project (read-only): sources.json, the gemeente's areas, the catalogue's units, the CBS key
// dictionaries and the rows already present, which is all the checks need.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SourcesManifest } from '../contracts/sources';
import { loadCatalogue } from '../lib/catalogue';
import { InputError } from '../lib/errors';
import { parseStatsCsv } from '../lib/stats';
import { loadSourcesManifest } from '../stages/read-sources';
import { buildKeyIndex } from './cbskeys';
import { dupKey, type ImportContext } from './types';

const DICTIONARIES = ['sources/stats/indicators.csv', 'sources/stats/indicators_added.csv'];

export interface Project {
  ctx: ImportContext;
  manifest: SourcesManifest;
  /** sources.json as written (without schema defaults), so rewriting it only appends. */
  manifestRaw: { stats: unknown[]; points?: unknown[]; [k: string]: unknown };
}

export function loadProject(root: string): Project {
  const geodataDir = join(root, 'geodata');
  const manifest = loadSourcesManifest(geodataDir);
  const manifestRaw = JSON.parse(readFileSync(join(geodataDir, 'sources.json'), 'utf8'));
  const read = (rel: string) => readFileSync(join(geodataDir, rel), 'utf8');

  const codes = Papa.parse<Record<string, string>>(read(manifest.boundaries.codes), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
  const first = codes[0];
  if (!first?.gemeentecode) {
    throw new InputError([{ file: manifest.boundaries.codes, message: 'gebiedscodelijst is leeg of onleesbaar' }]);
  }
  const areas = new Map<string, { name: string; level: 'wijk' | 'buurt' }>();
  for (const c of codes) {
    if (c.wijkcode) areas.set(c.wijkcode, { name: c.wijknaam ?? c.wijkcode, level: 'wijk' });
    if (c.buurtcode) areas.set(c.buurtcode, { name: c.buurtnaam ?? c.buurtcode, level: 'buurt' });
  }

  const { indicators } = loadCatalogue(join(root, 'layers'));
  const keys = buildKeyIndex(DICTIONARIES.filter((d) => existsSync(join(geodataDir, d))).map(read));

  // Existing rows, for the duplicate check; a broken existing file is reported by the pipeline run later.
  const existing = new Map<string, { file: string; row: number }>();
  for (const s of manifest.stats) {
    try {
      for (const r of parseStatsCsv(read(s.file), s.file)) existing.set(dupKey(r), { file: s.file, row: r.row });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return {
    manifest,
    manifestRaw,
    ctx: {
      gemeente: { code: first.gemeentecode, name: first.gemeentenaam ?? first.gemeentecode },
      areas,
      areasFile: `geodata/${manifest.boundaries.codes}`,
      units: new Map(indicators.map((i) => [i.id, i.unit])),
      keys,
      existing,
    },
  };
}
