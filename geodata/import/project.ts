// Reading the project (read-only): sources.json, the gemeente's areas, the known CBS gemeenten, the catalogue's
// units and measures, the CBS key dictionaries and the rows already present, which is all the checks need.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SourcesManifest } from '../contracts/sources';
import { loadCatalogue } from '../lib/catalogue';
import { InputError } from '../lib/errors';
import { parseStatsCsv } from '../lib/stats';
import { loadSourcesManifest } from '../stages/read-sources';
import { buildKeyIndex } from './cbskeys';
import { dupKey, type ImportContext, type KnownValue } from './types';

const DICTIONARIES = ['sources/stats/indicators.csv', 'sources/stats/indicators_added.csv'];
/** The CBS gemeente codes an import may use (see geodata/sources/boundaries/SOURCES.md). */
export const GEMEENTEN_FILE = 'sources/boundaries/cbs_gemeenten_2024.csv';

export interface Project {
  ctx: ImportContext;
  manifest: SourcesManifest;
  /** sources.json as written (without schema defaults), so rewriting it only appends. */
  manifestRaw: { stats: unknown[]; points?: unknown[]; [k: string]: unknown };
}

const readCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;

function gemeenteAreas(codes: Record<string, string>[]) {
  const areas = new Map<string, { name: string; level: 'wijk' | 'buurt' }>();
  for (const c of codes) {
    if (c.wijkcode) areas.set(c.wijkcode, { name: c.wijknaam ?? c.wijkcode, level: 'wijk' });
    if (c.buurtcode) areas.set(c.buurtcode, { name: c.buurtnaam ?? c.buurtcode, level: 'buurt' });
  }
  return areas;
}

export function loadProject(root: string): Project {
  const geodataDir = join(root, 'geodata');
  const manifest = loadSourcesManifest(geodataDir);
  const manifestRaw = JSON.parse(readFileSync(join(geodataDir, 'sources.json'), 'utf8'));
  const read = (rel: string) => readFileSync(join(geodataDir, rel), 'utf8');

  const codes = readCsv(read(manifest.boundaries.codes));
  const first = codes[0];
  if (!first?.gemeentecode) {
    throw new InputError([{ file: manifest.boundaries.codes, message: 'gebiedscodelijst is leeg of onleesbaar' }]);
  }
  const gemeenten = new Map<string, string>();
  if (existsSync(join(geodataDir, GEMEENTEN_FILE))) {
    for (const g of readCsv(read(GEMEENTEN_FILE))) if (g.soort === 'gemeente' && g.code) gemeenten.set(g.code, g.naam ?? g.code);
  }

  const { indicators } = loadCatalogue(join(root, 'layers'));
  const keys = buildKeyIndex(DICTIONARIES.filter((d) => existsSync(join(geodataDir, d))).map(read));

  // Existing rows: the duplicate check and the earlier years of each indicator. A broken existing file is reported
  // by the pipeline run later.
  const existing = new Map<string, { file: string; row: number }>();
  const history = new Map<string, KnownValue[]>();
  for (const s of manifest.stats) {
    try {
      for (const r of parseStatsCsv(read(s.file), s.file)) {
        existing.set(dupKey(r), { file: s.file, row: r.row });
        if (r.areaLevel === 'gemeente' && !gemeenten.has(r.areaCode)) gemeenten.set(r.areaCode, r.areaName);
        if (r.value === null) continue;
        const list = history.get(r.indicator) ?? [];
        list.push({ level: r.areaLevel, year: r.year, value: r.value });
        history.set(r.indicator, list);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  const gemeente = { code: first.gemeentecode, name: first.gemeentenaam ?? first.gemeentecode };
  gemeenten.set(gemeente.code, gemeente.name);
  return {
    manifest,
    manifestRaw,
    ctx: {
      gemeente,
      areas: gemeenteAreas(codes),
      areasFile: `geodata/${manifest.boundaries.codes}`,
      gemeenten,
      gemeentenFile: `geodata/${GEMEENTEN_FILE}`,
      units: new Map(indicators.map((i) => [i.id, i.unit])),
      measures: new Map(indicators.map((i) => [i.id, i.measure])),
      keys,
      existing,
      history,
    },
  };
}
