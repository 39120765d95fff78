// CLI: `npm run import -- <file> [options]` adds a source file without code changes (see geodata/IMPORT.md).
// The import is applied to a temporary copy first and the pipeline is run there; only when that succeeds are the
// new/changed files written into the project (each via temp file + rename). A rejected import changes nothing.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { z } from 'zod';
import { CODE_PATTERNS } from '../core/codes';
import { inputsHash } from './inputs';
import { loadCatalogue } from './lib/catalogue';
import { InputError, type InputIssue } from './lib/errors';
import { parsePolygonCollection } from './lib/geojson';
import { HELP, type ImportRequest, type ImportRequestInput, parseArgv, validateRequest } from './lib/import-args';
import { buildKeyIndex } from './lib/import-cbskeys';
import { parseGeoJsonImport } from './lib/import-geojson';
import {
  checkRows,
  decimalsOf,
  detectFormat,
  dupKey,
  formatJson,
  type ImportContext,
  type ImportRow,
  type InputFormat,
  parseStatline,
  parseTidy,
  scaffoldIndicator,
  toTidyCsv,
} from './lib/importers';
import { parseStatsCsv } from './lib/stats';
import { loadSourcesManifest, type PipelineResult, runPipeline, type SourcesManifest } from './pipeline';

// Users read the schema messages too (e.g. a year out of range in their CSV): Dutch, like the rest of the tool.
z.config(z.locales.nl());

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICTIONARIES = ['sources/stats/indicators.csv', 'sources/stats/indicators_added.csv'];

export interface ImportResult {
  /** Always true: a rejected import throws an InputError instead of returning. */
  ok: true;
  /** Dutch lines for the user. */
  summary: string[];
  /** Project-relative paths written (sources, catalogue, public/data). */
  written: string[];
}

/** Files to add or replace, project-relative path → content, in the order they are committed. */
interface Plan {
  files: Map<string, string>;
  summary: string[];
  /** A file copied verbatim from the user's file: pipeline messages about it can name the user's file instead. */
  verbatim?: { rel: string; file: string };
}

interface Loaded {
  ctx: ImportContext;
  manifest: SourcesManifest;
  /** sources.json as written (without schema defaults), so rewriting it only appends. */
  manifestRaw: { stats: unknown[]; points?: unknown[]; [k: string]: unknown };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the project (read-only)

function loadProject(root: string): Loaded {
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

// ---------------------------------------------------------------------------------------------------------------
// Planning: what the import adds (pure apart from existence checks)

/** File names become part of paths in the repo: keep them portable. */
export function safeBaseName(fileName: string): string {
  const base = basename(fileName, extname(fileName))
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '');
  return base || 'import';
}

function rejectOptions(req: ImportRequest, file: string, names: (keyof ImportRequest)[], what: string) {
  const issues: InputIssue[] = names
    .filter((n) => {
      const v = req[n];
      return v !== undefined && !(typeof v === 'object' && Object.keys(v).length === 0);
    })
    .map((n) => ({ file, column: `--${n}`, message: `deze optie geldt niet voor ${what}` }));
  if (issues.length > 0) throw new InputError(issues);
}

function ensureNew(root: string, rel: string, listed: boolean, file: string) {
  if (listed || existsSync(join(root, rel))) {
    throw new InputError([
      {
        file,
        message: `${rel} bestaat al: dit bestand is eerder geïmporteerd. Geef het een andere naam, of verwijder eerst de oude import (het bestand en de regel in geodata/sources.json).`,
      },
    ]);
  }
}

/** A CSV turned into tidy rows plus what the sources.json entry needs. */
interface Converted {
  rows: ImportRow[];
  content: string;
  tables: string[];
  indeling?: number;
  title: string;
  /** indicator id → StatLine column it came from */
  keyOf: Map<string, string>;
  lines: string[];
}

function convertTidy(text: string, file: string, req: ImportRequest, ctx: ImportContext): Converted {
  rejectOptions(
    req,
    file,
    ['jaar', 'kolommen', 'eenheid'],
    'een bestand in het projectformaat (dat heeft eigen kolommen year en unit)',
  );
  const rows = parseTidy(text, file);
  checkRows(rows, file, ctx);
  return {
    rows,
    content: text.endsWith('\n') ? text : `${text}\n`, // verbatim, so row numbers in later messages still match
    tables: req.tabel ? [req.tabel] : [...new Set(rows.map((r) => r.sourceTable))],
    ...(req.indeling !== undefined ? { indeling: req.indeling } : {}),
    title: req.titel ?? `Geïmporteerd uit ${file}`,
    keyOf: new Map(),
    lines: [`${file}: ${rows.length} rijen ingelezen (projectformaat).`],
  };
}

function convertStatline(text: string, file: string, req: ImportRequest, ctx: ImportContext): Converted {
  const opts = { year: req.jaar, table: req.tabel, units: req.eenheid, ...(req.kolommen ? { columns: req.kolommen } : {}) };
  const res = parseStatline(text, file, opts, ctx);
  checkRows(res.rows, file, ctx);
  const years = [...new Set(res.rows.map((r) => r.year))].sort((a, b) => a - b);
  const indeling = req.indeling ?? (years.length === 1 ? years[0] : undefined);
  const areas = new Set(res.rows.map((r) => r.areaCode)).size;
  return {
    rows: res.rows,
    content: toTidyCsv(res.rows),
    tables: [req.tabel as string],
    ...(indeling !== undefined ? { indeling } : {}),
    title: req.titel ?? `${req.tabel} ${years.join(', ')} (StatLine-download ${file})`,
    keyOf: new Map(res.measures.map((m) => [m.indicator, m.column])),
    lines: [
      `${file}: ${res.rows.length} waarden ingelezen (${areas} gebieden × ${res.measures.length} ${res.measures.length === 1 ? 'kolom' : 'kolommen'}, jaar ${years.join(', ')}); ` +
        `${res.noData} geheim of ontbrekend ('.'), opgenomen als "geen gegevens".`,
    ],
  };
}

function planStats(format: InputFormat, text: string, file: string, req: ImportRequest, root: string, p: Loaded): Plan {
  const rel = `sources/stats/imported/${safeBaseName(file)}.csv`;
  ensureNew(
    root,
    `geodata/${rel}`,
    p.manifest.stats.some((s) => s.file === rel),
    file,
  );
  const { rows, content, tables, indeling, title, keyOf, lines } =
    format === 'tidy' ? convertTidy(text, file, req, p.ctx) : convertStatline(text, file, req, p.ctx);

  const files = new Map<string, string>([[`geodata/${rel}`, content]]);
  const ids = [...new Set(rows.map((r) => r.indicator))];
  const known = ids.filter((id) => p.ctx.units.has(id));
  const fresh = ids.filter((id) => !p.ctx.units.has(id));
  const label = (id: string) => (keyOf.has(id) ? `${id} ← ${keyOf.get(id)}` : id);
  for (const id of fresh) {
    const own = rows.filter((r) => r.indicator === id);
    const config = scaffoldIndicator({
      id,
      key: keyOf.get(id) ?? id,
      unit: (own[0] as ImportRow).unit,
      decimals: decimalsOf(own.map((r) => r.value)),
      tables: req.tabel ? [req.tabel] : [...new Set(own.map((r) => r.sourceTable))],
      publisher: req.bron ?? 'CBS',
      licence: req.licentie,
    });
    files.set(`layers/indicators/${id}.json`, formatJson(config));
  }

  const entry = {
    file: rel,
    title,
    publisher: req.bron ?? 'CBS',
    tables,
    licence: req.licentie,
    ...(indeling !== undefined ? { indeling } : {}),
    ...(req.soort === 'eigen' ? { kind: 'eigen' as const } : {}),
    imported: { date: req.datum ?? today(), from: file },
  };
  files.set('geodata/sources.json', formatJson({ ...p.manifestRaw, stats: [...p.manifestRaw.stats, entry] }));

  lines.push(`Bronbestand: geodata/${rel} (toegevoegd aan geodata/sources.json).`);
  if (known.length > 0) lines.push(`Bestaande indicatoren (${known.length}): ${known.map(label).join(', ')}.`);
  if (fresh.length > 0) {
    lines.push(`Nieuwe indicatoren (${fresh.length}, status concept): ${fresh.map(label).join(', ')}.`);
    lines.push('Vul deze catalogusbestanden aan (label, omschrijving, thema, polariteit, referentieperiode) en zet daarna');
    lines.push('"status" op "definitief":');
    for (const id of fresh) lines.push(`  layers/indicators/${id}.json`);
  }
  return { files, summary: lines, ...(format === 'tidy' ? { verbatim: { rel: `geodata/${rel}`, file } } : {}) };
}

function planGeo(text: string, file: string, req: ImportRequest, root: string, p: Loaded): Plan {
  rejectOptions(req, file, ['jaar', 'tabel', 'kolommen', 'eenheid', 'indeling'], 'GeoJSON');
  const geo = parseGeoJsonImport(text, file);
  const base = safeBaseName(file);
  const crs = geo.crs === 'rd' ? 'RD New, omgerekend naar WGS84' : 'WGS84';
  const n = geo.collection.features.length;
  if (geo.kind === 'points') {
    if (!req.bron) {
      throw new InputError([
        { file, column: '--bron', message: 'geef de uitgever van de punten op met --bron (verplicht voor punten)' },
      ]);
    }
    const rel = `sources/points/${base}.geojson`;
    ensureNew(
      root,
      `geodata/${rel}`,
      p.manifest.points.some((s) => s.file === rel),
      file,
    );
    const entry = {
      file: rel,
      title: req.titel ?? file,
      publisher: req.bron,
      licence: req.licentie,
      imported: { date: req.datum ?? today(), from: file },
    };
    const manifest = { ...p.manifestRaw, points: [...(p.manifestRaw.points ?? []), entry] };
    return {
      files: new Map([
        [`geodata/${rel}`, formatJson(geo.collection)],
        ['geodata/sources.json', formatJson(manifest)],
      ]),
      summary: [
        `${file}: ${n} punten ingelezen (${crs}).`,
        `Puntenlaag: geodata/${rel} (toegevoegd aan geodata/sources.json, "points").`,
      ],
    };
  }
  const rel = `sources/areasets/${base}.geojson`;
  ensureNew(root, `geodata/${rel}`, false, file);
  const content = formatJson(geo.collection);
  parsePolygonCollection(content, file); // the pipeline's own polygon check, so the file is usable as an area set
  const codeProperty = dgCodeProperty(geo.collection.features) ?? '<eigenschap met de codes DG01, DG02, …>';
  return {
    files: new Map([[`geodata/${rel}`, content]]),
    summary: [
      `${file}: ${n} vlakken ingelezen (${crs}).`,
      `Vlakken opgeslagen in geodata/${rel}. Dit bestand kan als vlakdefinitie worden gebruikt in layers/areasets/deelgebied.json:`,
      `  "definition": { "kind": "polygons", "file": "${rel}", "codeProperty": "${codeProperty}", "nameProperty": "<eigenschap met de naam>", "weighting": "area" }`,
      'Deze import registreert de vlakken nog niet als gebiedsindeling.',
    ],
  };
}

/** The property holding DG01-style codes in every feature, if any: a hint for the area-set configuration. */
function dgCodeProperty(features: unknown[]): string | undefined {
  const props = features.map(
    (f) => ((f as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>,
  );
  return Object.keys(props[0] ?? {}).find((k) =>
    props.every((p) => typeof p[k] === 'string' && CODE_PATTERNS.deelgebied.test(p[k] as string)),
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// Staging and committing

/** Apply the plan to a temporary copy of the inputs and run the whole pipeline there. */
function stageAndRun(root: string, plan: Plan): PipelineResult {
  const tmp = mkdtempSync(join(tmpdir(), 'ssw-import-'));
  try {
    cpSync(join(root, 'geodata', 'sources.json'), join(tmp, 'geodata', 'sources.json'));
    cpSync(join(root, 'geodata', 'sources'), join(tmp, 'geodata', 'sources'), { recursive: true });
    cpSync(join(root, 'layers'), join(tmp, 'layers'), { recursive: true });
    for (const [rel, content] of plan.files) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), content);
    }
    try {
      return runPipeline({ geodataDir: join(tmp, 'geodata'), layersDir: join(tmp, 'layers') });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // Paths in the temp copy mean nothing to the user: show them relative to the project.
      const where = (f: string) => {
        const rel = isAbsolute(f) ? relative(tmp, f) : `geodata/${f}`;
        return rel === plan.verbatim?.rel ? plan.verbatim.file : rel;
      };
      throw new InputError(e.issues.map((i) => ({ ...i, file: where(i.file), message: `pijplijn: ${i.message}` })));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** All temp files first, then the renames: a failure while writing leaves the project as it was. */
function commit(root: string, writes: [string, string][]): void {
  const suffix = `.import-${process.pid}.tmp`;
  for (const [rel, content] of writes) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path + suffix, content);
  }
  for (const [rel] of writes) renameSync(join(root, rel) + suffix, join(root, rel));
}

/** Import one file into the project at `root` (default: this repository). Throws InputError when rejected. */
export function runImport(input: ImportRequestInput, cwd: string = process.cwd()): ImportResult {
  const req = validateRequest(input);
  const root = resolve(cwd, req.root ?? REPO_ROOT);
  const path = resolve(cwd, req.file);
  const file = basename(path);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError([{ file, message: `bestand niet gevonden: ${path}` }]);
  }
  const text = readFileSync(path, 'utf8');
  const format = detectFormat(file, text);
  const project = loadProject(root);
  const plan = format === 'geojson' ? planGeo(text, file, req, root, project) : planStats(format, text, file, req, root, project);

  const result = stageAndRun(root, plan);
  const outputs = [...result.files]
    .map(([name, content]): [string, string] => [`public/data/${name}`, content])
    .filter(([rel, content]) => !existsSync(join(root, rel)) || readFileSync(join(root, rel), 'utf8') !== content);
  const writes = [...plan.files, ...outputs];
  commit(root, writes);
  // Same bookkeeping as `npm run geodata`, so `npm start` sees public/data/ is current.
  commit(root, [['geodata/.inputs-hash', `${inputsHash(root)}\n`]]);

  return {
    ok: true,
    summary: [
      ...plan.summary,
      ...result.report.map((l) => `geodata: ${l}`),
      `public/data/: ${outputs.length} bestand(en) bijgewerkt.`,
    ],
    written: writes.map(([rel]) => rel),
  };
}

export function main(argv: readonly string[], cwd: string = process.env.INIT_CWD ?? process.cwd()): number {
  try {
    const { help, request } = parseArgv(argv);
    if (help) {
      console.log(HELP);
      return 0;
    }
    if (!request.file) {
      console.error(`Geef het bestand op dat ingelezen moet worden.\n\n${HELP}`);
      return 2;
    }
    for (const line of runImport(request, cwd).summary) console.log(line);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`Import geweigerd; er is niets veranderd.\n${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
