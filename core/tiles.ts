// The tiled layout of public/data/ (national size): area geometry as vector tiles, a compact area index per level
// and one indicator file per indicator and year. The pipeline writes it, the app reads it; both take the format from here.
// Pure and schema-free: the app decodes these files on the path to the first map.
import { ANY_AREA_CODE, AREA_LEVELS, type AreaLevel } from './codes';
import type { Area } from './contracts/data';
import {
  decodeIndicatorFile,
  encodeIndicatorTable,
  type FileSeries,
  INDICATOR_FILE_VERSION,
  type IndicatorFile,
} from './contracts/indicators-file';

/**
 * From this many buurten on, `npm run geodata` writes the tiled layout by itself (a national set has ~14,000;
 * one gemeente has tens to a few hundred). `--tegels` forces it for a smaller set.
 */
export const TILES_THRESHOLD = 2000;

/** Levels whose geometry is served as vector tiles; the gemeente level stays a small TopoJSON (the outline). */
export const TILED_LEVELS = ['buurt', 'wijk', 'deelgebied'] as const satisfies readonly AreaLevel[];
export type TiledLevel = (typeof TILED_LEVELS)[number];

/** Zoom range of the written tiles; maplibre overzooms beyond the last one. */
export const TILE_MINZOOM = 0;
export const TILE_MAXZOOM = 12;
/** Vector tile extent (geojson-vt's and the MVT default): simplification and clipping work in these units. */
export const TILE_EXTENT = 4096;

/** Paths inside public/data/ (relative to the data folder). */
export const tilePath = (level: string, z: number, x: number, y: number) => `tiles/${level}/${z}/${x}/${y}.pbf`;
export const TILE_URL_TEMPLATE = (level: string) => `tiles/${level}/{z}/{x}/{y}.pbf`;
export const areaIndexPath = (level: AreaLevel) => `areas/${level}.json`;
/** One year of one indicator, every level and group: what a map of that year needs, a fifth of all its years. */
export const indicatorPath = (id: string, year: number) => `indicators/${encodeURIComponent(id)}/${year}.json`;

/** What the catalogue says about a tiled data set (absent in the embedded layout). */
export interface TileLayout {
  kind: 'tiles';
  /** Levels with vector tiles; each tile has one layer named after its level, features carry `code`. */
  tiled: TiledLevel[];
  /** Levels with an area index file (every level that has areas, also gemeente and land). */
  levels: AreaLevel[];
  minzoom: number;
  maxzoom: number;
}

export const AREA_INDEX_VERSION = 1;

/**
 * One level's areas without their geometry: enough for labels, the area picker, search, fit-to-area and the
 * tooltip. Columnar: entry k of every array belongs to codes[k]. This order is also the column order of the
 * level in every indicator file. Boxes, labels and sizes are present only for areas with geometry.
 */
export interface AreaIndexFile {
  version: typeof AREA_INDEX_VERSION;
  level: AreaLevel;
  codes: string[];
  names: string[];
  /** Parent code or null. */
  parents: Array<string | null>;
  /** false for reference areas (other gemeenten, NL). */
  weert: boolean[];
  /** west, south, east, north per area (4 numbers each, 5 decimals); empty when the level has no geometry. */
  bbox: number[];
  /** Label point per area (lon, lat; 5 decimals). */
  label: number[];
  /** Area in km² (3 decimals): larger areas win label collisions. */
  size: number[];
}

export interface AreaGeometryInfo {
  bbox: [number, number, number, number];
  label: [number, number];
  sizeKm2: number;
}

const r5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function encodeAreaIndex(level: AreaLevel, areas: readonly Area[], geometry: ReadonlyMap<string, AreaGeometryInfo>) {
  const mine = areas.filter((a) => a.level === level);
  const withGeometry = mine.length > 0 && mine.every((a) => geometry.has(a.code));
  const file: AreaIndexFile = {
    version: AREA_INDEX_VERSION,
    level,
    codes: mine.map((a) => a.code),
    names: mine.map((a) => a.name),
    parents: mine.map((a) => a.parent ?? null),
    weert: mine.map((a) => a.weert),
    bbox: withGeometry ? mine.flatMap((a) => (geometry.get(a.code)?.bbox ?? []).map(r5)) : [],
    label: withGeometry ? mine.flatMap((a) => (geometry.get(a.code)?.label ?? []).map(r5)) : [],
    size: withGeometry ? mine.map((a) => Math.round((geometry.get(a.code)?.sizeKm2 ?? 0) * 1000) / 1000) : [],
  };
  return file;
}

export class TileDataError extends Error {}

export interface AreaIndex {
  level: AreaLevel;
  areas: Area[];
  /** Per code: extent, label point and size; empty for levels without geometry. */
  geometry: Map<string, AreaGeometryInfo>;
}

/** Checked by hand (no schema library on the first-map path); errors are Dutch and name the file. */
export function decodeAreaIndex(raw: unknown, name: string): AreaIndex {
  const f = raw as Partial<AreaIndexFile> | null;
  const fail = (what: string): never => {
    throw new TileDataError(`${name} is ongeldig: ${what}`);
  };
  if (f?.version !== AREA_INDEX_VERSION) fail(`versie ${JSON.stringify(f?.version)}, verwacht ${AREA_INDEX_VERSION}`);
  const g = f as AreaIndexFile;
  if (!(AREA_LEVELS as readonly string[]).includes(g.level)) fail('onbekend niveau');
  const n = Array.isArray(g.codes) ? g.codes.length : fail('codes ontbreken');
  for (const [k, len] of [
    ['names', n],
    ['parents', n],
    ['weert', n],
  ] as const)
    if (!Array.isArray(g[k]) || g[k].length !== len) fail(`${k} heeft niet ${len} elementen`);
  const hasGeometry = Array.isArray(g.bbox) && g.bbox.length > 0;
  if (hasGeometry && (g.bbox.length !== 4 * n || g.label?.length !== 2 * n || g.size?.length !== n))
    fail('bbox, label en size passen niet bij het aantal gebieden');
  const areas: Area[] = [];
  const geometry = new Map<string, AreaGeometryInfo>();
  for (let k = 0; k < n; k++) {
    const code = g.codes[k] as string;
    if (typeof code !== 'string' || !ANY_AREA_CODE.test(code)) fail(`gebied ${k + 1} heeft geen geldige code`);
    const parent = g.parents[k];
    areas.push({
      code,
      name: String(g.names[k]),
      level: g.level,
      ...(parent ? { parent } : {}),
      weert: g.weert[k] === true,
    });
    if (hasGeometry)
      geometry.set(code, {
        bbox: g.bbox.slice(4 * k, 4 * k + 4) as [number, number, number, number],
        label: g.label.slice(2 * k, 2 * k + 2) as [number, number],
        sizeKm2: g.size[k] as number,
      });
  }
  return { level: g.level, areas, geometry };
}

/** One indicator's series of one year; values follow the area index order of their level (no columns per file). */
export interface SplitIndicatorFile {
  version: typeof INDICATOR_FILE_VERSION;
  indicator: string;
  year: number;
  strings: string[];
  series: FileSeries[];
}

/**
 * The columnar indicator table cut into one file per indicator and year; each re-interns its own strings. Every
 * year the catalogue's availability lists has a file (availability is made from the same series), so the app never
 * asks for a file that is not there.
 */
export function splitIndicatorTable(table: Parameters<typeof encodeIndicatorTable>[0]): {
  columns: IndicatorFile['columns'];
  files: SplitIndicatorFile[];
} {
  const whole = encodeIndicatorTable(table);
  const byFile = new Map<string, FileSeries[]>();
  for (const s of whole.series) {
    const key = `${s.indicator}\u0000${s.year}`;
    const list = byFile.get(key) ?? [];
    list.push(s);
    byFile.set(key, list);
  }
  const files = [...byFile.values()]
    .sort((a, b) => {
      const [x, y] = [a[0] as FileSeries, b[0] as FileSeries];
      return x.indicator < y.indicator ? -1 : x.indicator > y.indicator ? 1 : x.year - y.year;
    })
    .map((series): SplitIndicatorFile => {
      const { indicator, year } = series[0] as FileSeries;
      const strings: string[] = [];
      const local = (i: number | undefined) => {
        if (i === undefined) return undefined;
        const s = whole.strings[i] as string;
        let j = strings.indexOf(s);
        if (j < 0) j = strings.push(s) - 1;
        return j;
      };
      return {
        version: INDICATOR_FILE_VERSION,
        indicator,
        year,
        strings,
        series: series.map((s) => {
          const method = local(s.method);
          return { ...s, source: local(s.source) as number, ...(method !== undefined ? { method } : {}) };
        }),
      };
    });
  return { columns: whole.columns, files };
}

/**
 * Decode one indicator-year file against the columns from the area indexes (same checks as indicators.json). With
 * `expected`, a series of another indicator or year is refused: it would otherwise stand in for the wrong map.
 */
export function decodeSplitIndicator(
  raw: unknown,
  columns: IndicatorFile['columns'],
  expected?: { indicator: string; year: number },
) {
  const f = raw as Partial<SplitIndicatorFile> | null;
  const series = decodeIndicatorFile({
    version: f?.version,
    areas: [],
    columns,
    strings: f?.strings,
    series: f?.series,
  }).series;
  const other = expected && series.find((s) => s.indicator !== expected.indicator || s.year !== expected.year);
  if (other)
    throw new TileDataError(`reeks ${other.indicator} ${other.year} in het bestand van ${expected.indicator} ${expected.year}`);
  return series;
}

/** One series per line, as indicators.json. */
export function stringifySplitIndicator(f: SplitIndicatorFile): string {
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `{\n  "version": ${f.version},\n  "indicator": ${JSON.stringify(f.indicator)},\n  "year": ${f.year},\n  "strings": [\n${lines(f.strings)}\n  ],\n  "series": [\n${lines(f.series)}\n  ]\n}\n`;
}
