// Synthetic national-size data set (~14,000 buurten, ~2,400 wijken, 50 indicators × 5 years), turned into the
// viewer's data files by the real pipeline. Seeded: identical data on every run. Cached in .bench/national/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Bump when the generated inputs change, so caches are rebuilt. */
export const GENERATOR_VERSION = 1;
export const SEED = Number(process.env.BENCH_SEED ?? 20240101);

const ROOT = resolve(import.meta.dirname, '../..');
export const NATIONAL_DIR = join(ROOT, '.bench/national');
const IN_DIR = join(NATIONAL_DIR, 'in');
export const OUT_DIR = join(NATIONAL_DIR, 'out');
const BUILD_INFO = join(NATIONAL_DIR, 'build.json');
/** The minimal fixture is the template for config files, so the generator follows config format changes. */
const MINI = join(ROOT, 'tests/golden/fixtures/mini');

// Grid of buurten over the Netherlands' extent, in km (roughly square cells of ~2.4 km).
const COLS = 110;
const ROWS = 128;
const WIDTH_KM = 265;
const HEIGHT_KM = 311;
const LON0 = 3.36;
const LAT0 = 50.75;
const KM_PER_DEG_LAT = 111.32;
const KM_PER_DEG_LON = KM_PER_DEG_LAT * Math.cos((52.15 * Math.PI) / 180);
/** Wijk = block of 2 × 3 buurten. */
const WIJK_W = 2;
const WIJK_H = 3;
const YEARS = [2020, 2021, 2022, 2023, 2024];
const INDICATORS = 50;
const GM = 'GM0988';

export interface BuildInfo {
  key: string;
  generatorVersion: number;
  seed: number;
  buurten: number;
  wijken: number;
  indicators: number;
  years: number[];
  vertices: { min: number; median: number; max: number; total: number };
  seconds: { generate: number; pipeline: number; write: number };
  inputsReused: boolean;
  maxRssMb: number;
  pipelineReport: string[];
  /** Per file; the tiled layout's tiles and indicator files summed per folder (`count` files). */
  files: Array<{ name: string; raw: number; gzip: number; count?: number }>;
  inputBytes: number;
}

// --- seeded randomness ---------------------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream per named item: output does not depend on generation order. */
function rngFor(...parts: Array<string | number>): () => number {
  const h = createHash('sha256')
    .update(`${SEED}|${parts.join('|')}`)
    .digest();
  return mulberry32(h.readUInt32LE(0));
}

function normal(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

// --- geometry ------------------------------------------------------------------------------------------------

type Pt = [number, number];
const cellW = WIDTH_KM / COLS;
const cellH = HEIGHT_KM / ROWS;

function corner(i: number, j: number): Pt {
  const r = rngFor('corner', i, j);
  // ±0.2 cell keeps every quadrilateral's angles wide enough that wiggly edges never cross.
  return [(i + (r() - 0.5) * 0.4) * cellW, (j + (r() - 0.5) * 0.4) * cellH];
}

/** A shared border: generated once, used by both neighbours, so borders coincide exactly as in CBS data. */
function edge(a: Pt, b: Pt, ...id: Array<string | number>): Pt[] {
  const r = rngFor('edge', ...id);
  // 12–125 interior vertices per side, skewed low: 50–500 per buurt, ~160 on average.
  const n = 12 + Math.floor(113 * r() ** 3);
  const ts = Array.from({ length: n }, () => r()).sort((x, y) => x - y);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const waves = [1, 2, 5].map((f) => ({ f, amp: (r() - 0.5) * (0.1 / f), phase: r() * 2 * Math.PI }));
  const pts: Pt[] = [a];
  for (const t of ts) {
    // Tapered to zero at the corners, so adjacent sides stay apart.
    const taper = Math.sin(Math.PI * t);
    const off = taper * (waves.reduce((s, w) => s + w.amp * Math.sin(2 * Math.PI * w.f * t + w.phase), 0) + (r() - 0.5) * 0.01);
    pts.push([a[0] + dx * t - dy * off, a[1] + dy * t + dx * off]);
  }
  pts.push(b);
  return pts;
}

const toLonLat = ([x, y]: Pt): Pt => [
  Math.round((LON0 + x / KM_PER_DEG_LON) * 1e6) / 1e6,
  Math.round((LAT0 + y / KM_PER_DEG_LAT) * 1e6) / 1e6,
];

interface Buurt {
  code: string;
  name: string;
  wijk: number;
  col: number;
  row: number;
  ring: Pt[];
}

const wijkCols = Math.ceil(COLS / WIJK_W);
const wijkCode = (w: number) => `WK${String(w + 1).padStart(6, '0')}`;

function buurten(): Buurt[] {
  const corners = Array.from({ length: COLS + 1 }, (_, i) => Array.from({ length: ROWS + 1 }, (_, j) => corner(i, j)));
  const c = (i: number, j: number) => corners[i]?.[j] as Pt;
  const h = (i: number, j: number) => edge(c(i, j), c(i + 1, j), 'h', i, j);
  const v = (i: number, j: number) => edge(c(i, j), c(i, j + 1), 'v', i, j);
  const out: Buurt[] = [];
  for (let j = 0; j < ROWS; j++)
    for (let i = 0; i < COLS; i++) {
      // Counter-clockwise: bottom, right, top reversed, left reversed (RFC 7946 exterior ring).
      const ring = [
        ...h(i, j).slice(0, -1),
        ...v(i + 1, j).slice(0, -1),
        ...h(i, j + 1)
          .reverse()
          .slice(0, -1),
        ...v(i, j).reverse(),
      ].map(toLonLat);
      const wijk = Math.floor(j / WIJK_H) * wijkCols + Math.floor(i / WIJK_W);
      const k = (j % WIJK_H) * WIJK_W + (i % WIJK_W) + 1;
      const code = `BU${wijkCode(wijk).slice(2)}${String(k).padStart(2, '0')}`;
      out.push({ code, name: `Buurt ${code.slice(2)}`, wijk, col: i, row: j, ring });
    }
  return out;
}

// --- statistics ----------------------------------------------------------------------------------------------

interface IndicatorDef {
  id: string;
  measure: 'count' | 'share' | 'rate' | 'mean';
  unit: string;
  decimals: number;
  theme: string;
  polarity: string;
  label: string;
}

function indicatorDefs(themes: string[]): IndicatorDef[] {
  const kinds: Array<Pick<IndicatorDef, 'measure' | 'unit' | 'decimals'> & { noun: string }> = [
    { measure: 'share', unit: '%', decimals: 1, noun: 'aandeel' },
    { measure: 'share', unit: '%', decimals: 1, noun: 'aandeel' },
    { measure: 'share', unit: '%', decimals: 1, noun: 'aandeel' },
    { measure: 'mean', unit: 'x 1000 euro', decimals: 0, noun: 'gemiddelde' },
    { measure: 'rate', unit: 'per 1000 inwoners', decimals: 1, noun: 'per 1000' },
    { measure: 'share', unit: '%', decimals: 1, noun: 'aandeel' },
    { measure: 'mean', unit: 'km', decimals: 1, noun: 'afstand' },
    { measure: 'count', unit: 'aantal', decimals: 0, noun: 'aantal' },
  ];
  const polarities = ['higher-is-better', 'higher-is-worse', 'neutral'];
  const defs: IndicatorDef[] = [
    {
      id: 'AANT_INW',
      measure: 'count',
      unit: 'aantal',
      decimals: 0,
      theme: themes[0] as string,
      polarity: 'neutral',
      label: 'Inwoners',
    },
  ];
  for (let n = 1; n < INDICATORS; n++) {
    const k = kinds[n % kinds.length] as (typeof kinds)[number];
    defs.push({
      id: `SYN_${String(n).padStart(2, '0')}`,
      measure: k.measure,
      unit: k.unit,
      decimals: k.decimals,
      theme: themes[n % themes.length] as string,
      polarity: polarities[n % polarities.length] as string,
      label: `Synthetische indicator ${String(n).padStart(2, '0')} (${k.noun})`,
    });
  }
  return defs;
}

/** Smooth spatial pattern plus noise: classes form regions, as real indicators do. */
function field(id: string): (u: number, v: number) => number {
  const r = rngFor('field', id);
  const waves = Array.from({ length: 3 }, () => ({ fu: 1 + r() * 6, fv: 1 + r() * 6, phase: r() * 6.3 }));
  return (u, v) => waves.reduce((s, w) => s + Math.sin(w.fu * u * 6.3 + w.fv * v * 3.1 + w.phase), 0) / 3;
}

function buurtValues(def: IndicatorDef, bs: Buurt[], pop: number[]): Array<Array<number | null>> {
  const f = field(def.id);
  const r = rngFor('values', def.id);
  return YEARS.map((_, y) =>
    bs.map((b, n) => {
      if (r() < 0.02) return null; // CBS '.': secret or missing
      const s = f(b.col / COLS, b.row / ROWS) + 0.35 * normal(r) + 0.03 * y;
      const p = pop[n] as number;
      switch (def.measure) {
        case 'share':
          return Math.round(Math.min(100, Math.max(0, 25 + 15 * s)) * 10) / 10;
        case 'rate':
          return Math.round(Math.max(0, 40 + 20 * s) * 10) / 10;
        case 'mean':
          return def.unit === 'km' ? Math.round(Math.max(0.1, 1.5 + s) * 10) / 10 : Math.round(Math.max(80, 300 + 120 * s));
        default:
          return Math.round(Math.max(0, p * (0.1 + 0.05 * s)) / 5) * 5;
      }
    }),
  );
}

/** Wijk, gemeente and NL values from the buurten: sums for counts, population-weighted means otherwise. */
function aggregate(def: IndicatorDef, vals: Array<number | null>, pop: number[], groups: number[][]): Array<number | null> {
  return groups.map((members) => {
    let sum = 0;
    let w = 0;
    for (const m of members) {
      const x = vals[m];
      if (x === null || x === undefined) continue;
      const pw = def.measure === 'count' ? 1 : Math.max(1, pop[m] as number);
      sum += x * pw;
      w += pw;
    }
    if (w === 0) return null;
    const v = def.measure === 'count' ? sum : sum / w;
    const f = 10 ** def.decimals;
    return Math.round(v * f) / f;
  });
}

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

// --- inputs --------------------------------------------------------------------------------------------------

function writeJson(file: string, data: unknown) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** Writes the pipeline's inputs (same layout as tests/golden/fixtures/mini) into `dir`; returns vertex stats. */
function generateInputs(dir: string): BuildInfo['vertices'] & { buurten: number; wijken: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'boundaries'), { recursive: true });
  mkdirSync(join(dir, 'stats'), { recursive: true });
  mkdirSync(join(dir, 'layers/indicators'), { recursive: true });
  for (const f of ['themes.json', 'aggregation.json', 'publication.json'])
    writeFileSync(join(dir, 'layers', f), readFileSync(join(MINI, 'layers', f)));
  const themes = (
    JSON.parse(readFileSync(join(MINI, 'layers/themes.json'), 'utf8')) as { themes: Array<{ id: string }> }
  ).themes.map((t) => t.id);

  const bs = buurten();
  const wijkIds = [...new Set(bs.map((b) => b.wijk))].sort((a, b) => a - b);
  const wijkName = (w: number) => `Wijk ${wijkCode(w).slice(2)}`;

  // Boundaries: one feature per line keeps the file streamable and diffable.
  const features = bs.map((b) =>
    JSON.stringify({
      type: 'Feature',
      properties: { statcode: b.code, statnaam: b.name, wijkcode: wijkCode(b.wijk) },
      geometry: { type: 'Polygon', coordinates: [b.ring] },
    }),
  );
  writeFileSync(
    join(dir, 'boundaries/buurten.geojson'),
    `{"type":"FeatureCollection","name":"national_buurten","features":[\n${features.join(',\n')}\n]}\n`,
  );
  writeFileSync(
    join(dir, 'boundaries/codes.csv'),
    `${[
      'gemeentecode,gemeentenaam,wijkcode,wijknaam,buurtcode,buurtnaam',
      ...bs.map((b) => csvLine([GM, 'Synthetisch Nederland', wijkCode(b.wijk), wijkName(b.wijk), b.code, b.name])),
    ].join('\n')}\n`,
  );
  // Context: four strips around the grid (the neighbouring "gemeenten" of the base map).
  const [w0, s0] = toLonLat([0, 0]);
  const [e0, n0] = toLonLat([WIDTH_KM, HEIGHT_KM]);
  const box = (x0: number, y0: number, x1: number, y1: number) => [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ];
  const strips = [
    ['GM9901', 'Rand west', box(2.6, s0 - 0.3, w0 - 0.05, n0 + 0.3)],
    ['GM9902', 'Rand oost', box(e0 + 0.05, s0 - 0.3, 7.7, n0 + 0.3)],
    ['GM9903', 'Rand zuid', box(w0, 50.1, e0, s0 - 0.05)],
    ['GM9904', 'Rand noord', box(w0, n0 + 0.05, e0, 53.95)],
  ] as const;
  writeJson(join(dir, 'boundaries/context.geojson'), {
    type: 'FeatureCollection',
    name: 'national_context',
    features: strips.map(([statcode, statnaam, coordinates]) => ({
      type: 'Feature',
      properties: { statcode, statnaam },
      geometry: { type: 'Polygon', coordinates },
    })),
  });

  // Catalogue: mini's AANT_INW.json as template, so fields added to the schema come along.
  const template = JSON.parse(readFileSync(join(MINI, 'layers/indicators/AANT_INW.json'), 'utf8')) as Record<string, unknown>;
  delete template.caveat;
  delete template.denominator;
  const defs = indicatorDefs(themes);
  for (const d of defs) {
    writeJson(join(dir, 'layers/indicators', `${d.id}.json`), {
      ...template,
      id: d.id,
      label: d.label,
      description: `Synthetische waarde voor de schaaltest (${d.measure}); geen echte gegevens.`,
      theme: d.theme,
      unit: d.unit,
      measure: d.measure,
      polarity: d.polarity,
      decimals: d.decimals,
      source: { publisher: 'Benchmark (synthetisch)', tables: ['SYN01'], licence: 'CC0' },
      referencePeriod: 'Peildatum 1 januari van het genoemde jaar.',
      ...(d.measure === 'share' || d.measure === 'rate' ? { denominator: 'AANT_INW' } : {}),
    });
  }

  // Statistics in the tidy long format; header taken from the fixture.
  const header = (readFileSync(join(MINI, 'stats/mini.csv'), 'utf8').split('\n')[0] as string).trim().split(',');
  const popRng = rngFor('population');
  // Log-normal like real buurten: median ~1,200, a few under 50 (suppressed in the public profile).
  const pop = bs.map(() => Math.round(Math.exp(Math.log(1200) + 1.3 * normal(popRng)) / 5) * 5);
  const wijkMembers = wijkIds.map((w) => bs.flatMap((b, n) => (b.wijk === w ? [n] : [])));
  const all = [bs.map((_, n) => n)];
  const areas = [
    ...bs.map((b) => ({ code: b.code, name: b.name, level: 'buurt' })),
    ...wijkIds.map((w) => ({ code: wijkCode(w), name: wijkName(w), level: 'wijk' })),
    { code: GM, name: 'Synthetisch Nederland', level: 'gemeente' },
    { code: 'NL01', name: 'Nederland', level: 'land' },
  ];
  // One file per indicator (~82,000 rows): the pipeline spreads each file's rows into one push() call, which
  // overflows the stack somewhere above ~120,000 rows (one file per year, ~820,000 rows, failed).
  for (const d of defs) {
    const lines: string[] = [header.join(',')];
    const years = d.id === 'AANT_INW' ? YEARS.map(() => pop) : buurtValues(d, bs, pop);
    years.forEach((vals, y) => {
      const wijk = aggregate(d, vals, pop, wijkMembers);
      const total = aggregate(d, vals, pop, all)[0] ?? null;
      const values = [...vals, ...wijk, total, total];
      areas.forEach((a, n) => {
        const v = values[n];
        const row: Record<string, string> = {
          area_code: a.code,
          area_name: a.name,
          area_level: a.level,
          year: String(YEARS[y]),
          indicator: d.id,
          value: v === null || v === undefined ? '.' : String(v),
          unit: d.unit,
          subgroup: 'totaal',
          source_table: 'SYN01',
          source_file: 'synthetic',
        };
        lines.push(csvLine(header.map((h) => row[h] ?? '')));
      });
    });
    writeFileSync(join(dir, `stats/${d.id}.csv`), `${lines.join('\n')}\n`);
  }

  const sources = JSON.parse(readFileSync(join(MINI, 'sources.json'), 'utf8')) as Record<string, unknown>;
  const stat0 = (sources.stats as Array<Record<string, unknown>>)[0] ?? {};
  writeJson(join(dir, 'sources.json'), {
    ...sources,
    boundaries: {
      buurten: 'boundaries/buurten.geojson',
      codes: 'boundaries/codes.csv',
      context: 'boundaries/context.geojson',
      attribution: 'Synthetische grenzen voor de schaaltest (geen echte gegevens)',
    },
    stats: defs.map((d) => ({
      ...stat0,
      file: `stats/${d.id}.csv`,
      title: `Synthetische cijfers ${d.id}`,
      publisher: 'Benchmark',
      tables: ['SYN01'],
      licence: 'CC0',
      indeling: 2024,
    })),
  });

  const counts = bs.map((b) => b.ring.length - 1).sort((a, b) => a - b);
  return {
    buurten: bs.length,
    wijken: wijkIds.length,
    min: counts[0] ?? 0,
    median: counts[Math.floor(counts.length / 2)] ?? 0,
    max: counts[counts.length - 1] ?? 0,
    total: counts.reduce((a, b) => a + b, 0),
  };
}

// --- cache ---------------------------------------------------------------------------------------------------

function walk(p: string): string[] {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [p];
  return readdirSync(p)
    .filter((n) => !n.startsWith('.') && n !== 'sources')
    .sort()
    .flatMap((n) => walk(join(p, n)));
}

function hashFiles(paths: string[]): string {
  const h = createHash('sha256');
  for (const f of paths.flatMap((p) => walk(join(ROOT, p)))) h.update(relative(ROOT, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

/** Inputs depend on the generator and the fixture used as template. */
const inputsKey = () => `g${GENERATOR_VERSION}-s${SEED}-${hashFiles(['tests/golden/fixtures/mini', 'tests/bench/national.ts'])}`;
/** Outputs also depend on the pipeline code: a format change (e.g. columnar indicators.json) must regenerate. The
 * pipeline reads only geodata/ and core/ (a lint rule keeps app code out of it), so app changes reuse the cache. */
const outputKey = () => `${inputsKey()}-${hashFiles(['geodata', 'core'])}`;

export function readBuildInfo(): BuildInfo | null {
  if (!existsSync(BUILD_INFO)) return null;
  const info = JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as BuildInfo;
  return info.key === outputKey() && existsSync(OUT_DIR) ? info : null;
}

export const PROFILE_DIR = join(NATIONAL_DIR, 'prof');

/**
 * Generates (in a child process with a large heap) unless the cache matches; returns what was built.
 * BENCH_PROFILE=1 reruns the pipeline under `node --cpu-prof` (inputs stay cached) to show where the time goes.
 */
export function ensureNational(): BuildInfo {
  const profile = Boolean(process.env.BENCH_PROFILE);
  const cached = readBuildInfo();
  if (cached && !profile) return cached;
  console.log('National data set: generating inputs and running the pipeline (cached afterwards) …');
  const args = ['--max-old-space-size=16000', '--import', 'tsx', fileURLToPath(import.meta.url), '--build'];
  if (profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    args.unshift('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`);
  }
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`national data generation failed (exit ${r.status})`);
  const info = readBuildInfo();
  if (!info) throw new Error('national data generation wrote no build info');
  return info;
}

async function build() {
  const { runPipeline } = await import('../../geodata/pipeline');
  const key = outputKey();
  const inKey = inputsKey();
  const stampFile = join(IN_DIR, '.key');
  const t0 = performance.now();
  const reuse = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inKey && existsSync(join(IN_DIR, 'vertices.json'));
  let vertices: ReturnType<typeof generateInputs>;
  if (reuse) vertices = JSON.parse(readFileSync(join(IN_DIR, 'vertices.json'), 'utf8'));
  else {
    vertices = generateInputs(IN_DIR);
    writeFileSync(join(IN_DIR, 'vertices.json'), JSON.stringify(vertices));
    writeFileSync(stampFile, inKey);
  }
  const t1 = performance.now();
  console.log(`  inputs ${reuse ? 'reused' : 'generated'} in ${((t1 - t0) / 1000).toFixed(1)} s; running runPipeline …`);
  const { files, binary, report } = runPipeline({ geodataDir: IN_DIR, layersDir: join(IN_DIR, 'layers'), profile: 'publiek' });
  const t2 = performance.now();
  console.log(`  runPipeline took ${((t2 - t1) / 1000).toFixed(1)} s`);
  // Write next to the cache, then swap: an interrupted run never leaves a half data set behind.
  const tmp = `${OUT_DIR}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // Sizes per file, with the many small files of the tiled layout summed per folder (tiles per level).
  const groups = new Map<string, BuildInfo['files'][number]>();
  for (const [name, content] of [...files, ...binary]) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), content);
    const buf =
      typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.length);
    const group = name.startsWith('tiles/')
      ? `${name.split('/').slice(0, 2).join('/')}/`
      : name.startsWith('indicators/')
        ? 'indicators/'
        : name;
    const g = groups.get(group) ?? { name: group, raw: 0, gzip: 0, count: 0 };
    g.raw += buf.length;
    g.gzip += gzipSync(buf, { level: 9 }).length;
    g.count = (g.count ?? 0) + 1;
    groups.set(group, g);
  }
  const sizes = [...groups.values()];
  rmSync(OUT_DIR, { recursive: true, force: true });
  renameSync(tmp, OUT_DIR);
  const t3 = performance.now();
  const inputBytes = walk(IN_DIR).reduce((n, f) => n + statSync(f).size, 0);
  const { buurten: nb, wijken: nw, ...vx } = vertices;
  const info: BuildInfo = {
    key,
    generatorVersion: GENERATOR_VERSION,
    seed: SEED,
    buurten: nb,
    wijken: nw,
    indicators: INDICATORS,
    years: YEARS,
    vertices: vx,
    seconds: { generate: (t1 - t0) / 1000, pipeline: (t2 - t1) / 1000, write: (t3 - t2) / 1000 },
    inputsReused: reuse,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    pipelineReport: report,
    files: sizes,
    inputBytes,
  };
  writeJson(BUILD_INFO, info);
}

if (process.argv.includes('--build') && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build();
}
