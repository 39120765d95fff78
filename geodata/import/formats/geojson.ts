// Validate a user's GeoJSON (points or polygons, WGS84 or RD New) and turn it into WGS84 lon/lat. Pure.
import proj4 from 'proj4';
import { z } from 'zod';
import { InputError, type InputIssue } from '../../lib/errors';
// The same WGS84 box as the pipeline's polygon check, so an imported file passes it.
import { NL_BOX } from '../../lib/geojson';
import { polygonIssue, rewound } from '../checks/geometry';
import { checkFeatureCount, DEFAULT_LIMITS, type ImportLimits } from '../checks/limits';

/** Standard RD New definition; +towgs84 is needed, otherwise the result is off by about 100 m. */
proj4.defs(
  'EPSG:28992',
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel ' +
    '+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
);
const rdToWgs84 = proj4('EPSG:28992', 'EPSG:4326');

export type Crs = 'wgs84' | 'rd';
export type GeoKind = 'points' | 'polygons';

/** RD New coordinates of the Dutch territory (metres). */
const RD_BOX = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 };
const CRS84_NAME = 'urn:ogc:def:crs:OGC:1.3:CRS84';

const Position = z.array(z.number()).min(2, 'een coördinaat heeft minstens x en y');
const Ring = z.array(Position);
const PointGeom = z.object({ type: z.literal('Point'), coordinates: Position });
const PolygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
const MultiPolygonGeom = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) });
const Geometry = z.discriminatedUnion('type', [PointGeom, PolygonGeom, MultiPolygonGeom]);
type Geometry = z.infer<typeof Geometry>;

const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
  geometry: z.unknown(),
});
const CollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).min(1, 'de FeatureCollection bevat geen features'),
  crs: z.object({ properties: z.object({ name: z.string() }) }).optional(),
});

export interface GeoImport {
  kind: GeoKind;
  crs: Crs;
  /** FeatureCollection in WGS84, ready to write. */
  collection: { type: 'FeatureCollection'; crs: unknown; features: unknown[]; [k: string]: unknown };
}

/** Named CRS → ours; undefined for a name we do not support. */
/** The CRS a file declares (`crs.properties.name`), undefined when it declares none; an unknown one is refused. */
export function declaredCrs(crsName: string | undefined, file: string): Crs | undefined {
  if (crsName === undefined) return undefined;
  const crs = crsFromName(crsName);
  if (crs === undefined)
    throw new InputError([
      {
        file,
        column: 'crs',
        message: `onbekend coördinaatstelsel '${crsName}'; ondersteund zijn WGS84 (EPSG:4326/CRS84) en RD New (EPSG:28992)`,
      },
    ]);
  return crs;
}

export function crsFromName(name: string): Crs | undefined {
  if (/CRS84|EPSG:{0,2}:?4326\b|EPSG::4326/i.test(name)) return 'wgs84';
  if (/EPSG:{0,2}:?28992\b|Amersfoort.*RD New/i.test(name)) return 'rd';
  return undefined;
}

const inRd = ([x, y]: number[]) =>
  x !== undefined && y !== undefined && x >= RD_BOX.minX && x <= RD_BOX.maxX && y >= RD_BOX.minY && y <= RD_BOX.maxY;
const inNl = (lon: number, lat: number) =>
  lon >= NL_BOX.minLon && lon <= NL_BOX.maxLon && lat >= NL_BOX.minLat && lat <= NL_BOX.maxLat;
const looksDegrees = ([x, y]: number[]) => x !== undefined && y !== undefined && Math.abs(x) <= 180 && Math.abs(y) <= 90;

function rings(g: Geometry): number[][][] {
  if (g.type === 'Point') return [];
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function positionsOf(g: Geometry): number[][] {
  return g.type === 'Point' ? [g.coordinates] : rings(g).flat();
}

function mapPositions(g: Geometry, f: (p: number[]) => number[]): Geometry {
  if (g.type === 'Point') return { type: 'Point', coordinates: f(g.coordinates) };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** RD → WGS84 (or WGS84 unchanged), rounded to 6 decimals (~0.1 m); a third value (height) is kept. */
export function toWgs84(p: number[], crs: Crs): number[] {
  const [x, y, ...rest] = p as [number, number, ...number[]];
  const [lon, lat] = crs === 'rd' ? (rdToWgs84.forward([x, y]) as [number, number]) : [x, y];
  return [round6(lon), round6(lat), ...rest];
}

function jsonError(text: string, e: Error): string {
  const pos = /position (\d+)/.exec(e.message)?.[1];
  if (pos === undefined) return `geen geldige JSON: ${e.message}`;
  const line = text.slice(0, Number(pos)).split('\n').length;
  return `geen geldige JSON (regel ${line}): ${e.message}`;
}

/** Which CRS the coordinates are in: the declared one (checked against the numbers) or guessed from their magnitude. */
function decideCrs(declared: Crs | undefined, geoms: (Geometry | undefined)[], file: string): Crs {
  const issues: InputIssue[] = [];
  let guess: Crs | undefined = declared;
  geoms.forEach((g, i) => {
    if (!g || issues.length > 0) return;
    const where = { file, row: i + 1, column: `features[${i}].geometry` };
    for (const p of positionsOf(g)) {
      const [x, y] = p;
      if (inRd(p)) {
        if (guess === 'wgs84') {
          const msg = declared
            ? `coördinaat (${x}, ${y}) is RD New (EPSG:28992), maar het bestand zegt WGS84 (crs)`
            : `coördinaat (${x}, ${y}) is RD New, terwijl eerdere features WGS84 zijn`;
          issues.push({ ...where, message: msg });
          return;
        }
        guess = 'rd';
      } else if (looksDegrees(p)) {
        if (guess === 'rd') {
          issues.push({
            ...where,
            message: declared
              ? `coördinaat (${x}, ${y}) is lengte/breedte (WGS84), maar het bestand zegt RD New (crs)`
              : `coördinaat (${x}, ${y}) is lengte/breedte, terwijl eerdere features RD New zijn`,
          });
          return;
        }
        guess = 'wgs84';
      } else {
        const swapped = inRd([y as number, x as number]);
        issues.push({
          ...where,
          message: swapped
            ? `coördinaat (${x}, ${y}): x en y lijken verwisseld (RD New verwacht x = 0–300000, y = 289000–629000)`
            : `coördinaat (${x}, ${y}) is geen WGS84 (lengte/breedte) en ligt niet in RD New (EPSG:28992) binnen Nederland`,
        });
        return;
      }
    }
  });
  if (issues.length > 0) throw new InputError(issues);
  return guess ?? 'wgs84';
}

/**
 * Problems of one (reprojected) geometry: open rings, positions outside the Netherlands, swapped lon/lat, then for
 * polygons self-intersection and ring order (checked in lon/lat, after the positions are known to be sane).
 */
function geometryIssues(g: Geometry, wgs: Geometry): string | undefined {
  for (const [i, ring] of rings(g).entries()) {
    if (ring.length < 4) return `ring ${i + 1} heeft ${ring.length} punten; een ring heeft er minstens 4`;
    const a = ring[0] as number[];
    const b = ring[ring.length - 1] as number[];
    if (a[0] !== b[0] || a[1] !== b[1]) return `ring ${i + 1} is niet gesloten (eerste en laatste punt verschillen)`;
  }
  for (const [lon, lat] of positionsOf(wgs) as [number, number][]) {
    if (inNl(lon, lat)) continue;
    if (inNl(lat, lon))
      return `coördinaat (${lon}, ${lat}): lengte en breedte lijken verwisseld (verwacht lengte ≈ 5, breedte ≈ 51)`;
    return `coördinaat (${lon}, ${lat}) ligt buiten Nederland`;
  }
  return wgs.type === 'Point' ? undefined : polygonIssue(wgs);
}

export function parseGeoJsonImport(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): GeoImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError([{ file, message: jsonError(text, e as Error) }]);
  }
  const fc = CollectionSchema.safeParse(json);
  if (!fc.success) {
    const iss = fc.error.issues[0];
    const detail = iss?.path.length ? `${iss.path.join('.')}: ${iss.message}` : (iss?.message ?? '');
    throw new InputError([
      { file, column: iss?.path.join('.') || undefined, message: `geen GeoJSON FeatureCollection (${detail})` },
    ]);
  }
  checkFeatureCount(fc.data.features.length, file, limits);
  const declared = declaredCrs(fc.data.crs?.properties.name, file);

  // 1. Structure of every feature; collect all problems at once.
  const issues: InputIssue[] = [];
  const features = fc.data.features.map((raw, i) => {
    const where = { file, row: i + 1, column: `features[${i}]` };
    const f = FeatureSchema.safeParse(raw);
    if (!f.success) {
      issues.push({ ...where, message: `ongeldig feature: ${f.error.issues[0]?.message ?? ''}` });
      return undefined;
    }
    if (f.data.geometry === null || f.data.geometry === undefined) {
      issues.push({ ...where, column: `${where.column}.geometry`, message: 'feature zonder geometrie' });
      return undefined;
    }
    const g = Geometry.safeParse(f.data.geometry);
    if (!g.success) {
      const type = (f.data.geometry as { type?: unknown }).type;
      const known = type === 'Point' || type === 'Polygon' || type === 'MultiPolygon';
      issues.push({
        ...where,
        column: `${where.column}.geometry`,
        message: known
          ? `ongeldige ${String(type)}-geometrie: ${g.error.issues[0]?.message ?? ''}`
          : `geometrietype '${String(type)}' wordt niet ondersteund (alleen Point, Polygon of MultiPolygon)`,
      });
      return undefined;
    }
    return { ...f.data, geometry: g.data };
  });
  if (issues.length > 0) throw new InputError(issues);
  const valid = features as NonNullable<(typeof features)[number]>[];

  // 2. One kind per file: a point layer and an area set are used in different places.
  const kindOf = (g: Geometry): GeoKind => (g.type === 'Point' ? 'points' : 'polygons');
  const kind = kindOf((valid[0] as (typeof valid)[number]).geometry);
  const odd = valid.findIndex((f) => kindOf(f.geometry) !== kind);
  if (odd >= 0) {
    throw new InputError([
      {
        file,
        row: odd + 1,
        column: `features[${odd}].geometry`,
        message: `gemengde geometrietypen: feature 1 is ${valid[0]?.geometry.type}, feature ${odd + 1} is ${valid[odd]?.geometry.type}; lever punten en vlakken in aparte bestanden`,
      },
    ]);
  }

  // 3. CRS, reprojection and the checks that need lon/lat.
  const crs = decideCrs(
    declared,
    valid.map((f) => f.geometry),
    file,
  );
  const out = valid.map((f, i) => {
    const wgs = mapPositions(f.geometry, (p) => toWgs84(p, crs));
    const problem = geometryIssues(f.geometry, wgs);
    if (problem) issues.push({ file, row: i + 1, column: `features[${i}].geometry`, message: problem });
    const geometry = wgs.type === 'Point' || problem ? wgs : rewound(wgs);
    return { type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), properties: f.properties ?? {}, geometry };
  });
  if (issues.length > 0) throw new InputError(issues);

  // Keep descriptive top-level members (name, metadata); bbox would still be in the old CRS.
  const { crs: _crs, bbox: _bbox, features: _f, type: _t, ...rest } = fc.data as Record<string, unknown>;
  return {
    kind,
    crs,
    collection: { type: 'FeatureCollection', ...rest, crs: { type: 'name', properties: { name: CRS84_NAME } }, features: out },
  };
}
