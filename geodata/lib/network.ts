// Road network files: validation of GeoJSON lines (LineString/MultiLineString, WGS84 or RD New) for the importer and
// for the pipeline's own read of the stored file, and the compact form the app loads (public/data/wegennet.json).
import type { Feature, LineString, MultiLineString } from 'geojson';
import { z } from 'zod';
import type { NetworkFile } from '../../core/contracts/network';
import { type Crs, declaredCrs, toWgs84 } from '../import/formats/geojson';
import { InputError, type InputIssue } from './errors';
import { NL_BOX } from './geojson';

export type RoadLine = Feature<LineString | MultiLineString, { name?: string }>;

const RD_BOX = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 };
const inRd = (x: number, y: number) => x >= RD_BOX.minX && x <= RD_BOX.maxX && y >= RD_BOX.minY && y <= RD_BOX.maxY;
const inNl = (lon: number, lat: number) =>
  lon >= NL_BOX.minLon && lon <= NL_BOX.maxLon && lat >= NL_BOX.minLat && lat <= NL_BOX.maxLat;

const Collection = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, 'de FeatureCollection bevat geen features'),
  crs: z.object({ properties: z.object({ name: z.string() }) }).optional(),
});
const Raw = z.looseObject({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
  geometry: z.looseObject({ type: z.string(), coordinates: z.unknown() }).nullable().optional(),
});
const Part = z.array(z.array(z.number()));

/** Street name properties kept from common exports (OSM `name`, NWB `stt_naam`); everything else is dropped. */
const NAME_KEYS = ['name', 'naam', 'stt_naam', 'straatnaam'];

/**
 * The lines of a road network file, reprojected to WGS84 and rounded to 6 decimals, with only an optional name.
 * Every problem is reported (file, feature number, property); nothing is returned unless all features are valid.
 */
export function parseRoadNetwork(text: string, file: string): { crs: Crs; lines: RoadLine[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError([{ file, message: `geen geldige JSON: ${(e as Error).message}` }]);
  }
  const fc = Collection.safeParse(json);
  if (!fc.success) {
    const iss = fc.error.issues[0];
    throw new InputError([
      { file, column: iss?.path.join('.') || undefined, message: `geen GeoJSON FeatureCollection (${iss?.message ?? ''})` },
    ]);
  }
  const declared = declaredCrs(fc.data.crs?.properties.name, file);
  const issues: InputIssue[] = [];
  let crs: Crs | undefined = declared;
  const lines: RoadLine[] = [];
  const one = (raw: unknown, i: number): RoadLine | undefined => {
    const at = (column: string, message: string): undefined => {
      issues.push({ file, row: i + 1, column: `features[${i}]${column}`, message });
    };
    const f = Raw.safeParse(raw);
    if (!f.success) return at('', `ongeldig feature (feature ${i + 1}): ${f.error.issues[0]?.message ?? ''}`);
    const g = f.data.geometry;
    if (!g) return at('.geometry', `feature ${i + 1} heeft geen geometrie`);
    if (g.type !== 'LineString' && g.type !== 'MultiLineString') {
      return at(
        '.geometry.type',
        `feature ${i + 1}: geometrietype '${g.type}' hoort niet in een wegennet (alleen LineString of MultiLineString)`,
      );
    }
    const parts = Part.array().safeParse(g.type === 'LineString' ? [g.coordinates] : g.coordinates);
    if (!parts.success || parts.data.length === 0) {
      return at('.geometry.coordinates', `feature ${i + 1}: ongeldige ${g.type}-coördinaten`);
    }
    const out: number[][][] = [];
    for (const [k, part] of parts.data.entries()) {
      const where = g.type === 'LineString' ? '.geometry.coordinates' : `.geometry.coordinates[${k}]`;
      if (part.length < 2) return at(where, `feature ${i + 1}: een lijn heeft ${part.length} punt(en); minstens 2 nodig`);
      const wgs: number[][] = [];
      for (const p of part) {
        const [x, y] = p;
        if (x === undefined || y === undefined || p.length < 2)
          return at(where, `feature ${i + 1}: een coördinaat heeft minstens x en y`);
        // The first coordinate decides the CRS when the file does not declare one; every other must agree.
        crs ??= inRd(x, y) ? 'rd' : 'wgs84';
        if (crs === 'rd' && !inRd(x, y)) {
          return at(where, `feature ${i + 1}: coördinaat (${x}, ${y}) is geen RD New (x 0–300000, y 289000–629000)`);
        }
        const [lon = 0, lat = 0] = toWgs84([x, y], crs);
        if (!inNl(lon, lat)) {
          const swapped = inNl(lat, lon);
          return at(
            where,
            swapped
              ? `feature ${i + 1}: coördinaat (${x}, ${y}): lengte en breedte lijken verwisseld (verwacht lengte ≈ 5, breedte ≈ 51)`
              : `feature ${i + 1}: coördinaat (${x}, ${y}) ligt buiten Nederland`,
          );
        }
        wgs.push([lon, lat]);
      }
      out.push(wgs);
    }
    const props = f.data.properties ?? {};
    const key = Object.keys(props).find((k) => NAME_KEYS.includes(k.toLowerCase()) && typeof props[k] === 'string');
    const name = key === undefined ? undefined : String(props[key]).trim();
    return {
      type: 'Feature',
      properties: name ? { name } : {},
      geometry:
        out.length === 1 && g.type === 'LineString'
          ? { type: 'LineString', coordinates: out[0] ?? [] }
          : { type: 'MultiLineString', coordinates: out },
    };
  };
  for (const [i, raw] of fc.data.features.entries()) {
    const line = one(raw, i);
    if (line) lines.push(line);
  }
  if (issues.length > 0) throw new InputError(issues);
  return { crs: crs ?? 'wgs84', lines };
}

/** The stored source file (geodata/sources/network/wegennet.geojson): WGS84, one feature per line for small diffs. */
export function stringifyRoadNetwork(lines: readonly RoadLine[]): string {
  const head =
    '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[';
  return `${head}\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`;
}

/** Attribution line for a network; OpenStreetMap data requires "© OpenStreetMap-bijdragers" (ODbL). */
export function networkAttribution(n: { title: string; publisher: string; licence: string }): string {
  const osm = /openstreetmap|\bosm\b/i.test(`${n.title} ${n.publisher}`);
  return osm
    ? `Wegennet: ${n.title} – © OpenStreetMap-bijdragers, ${n.licence}`
    : `Wegennet: ${n.title} – ${n.publisher}, ${n.licence}`;
}

/** public/data/wegennet.json: every line part as an array of [lon, lat] (6 decimals); compact, for the app's worker. */
export function networkFile(lines: readonly RoadLine[], meta: { title: string; attribution: string }): NetworkFile {
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  const parts = lines.flatMap((l) => (l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates));
  return {
    version: 1,
    title: meta.title,
    attribution: meta.attribution,
    lines: parts.map((p) => p.map(([lon = 0, lat = 0]): [number, number] => [round6(lon), round6(lat)])),
  };
}
