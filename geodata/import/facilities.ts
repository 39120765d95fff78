// Planning a facility list import (`--voorziening <type> [--vervang]`): the municipality's own points, as GeoJSON or
// as CSV with WGS84 lon/lat or RD New x/y, checked row by row, completed with the properties the facilities stage
// needs (in Weert, gemeente, distance to the border), and registered in layers/facilities/<type>.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import Papa from 'papaparse';
import type { FacilityData, FacilityTypeConfig } from '../../core/contracts/facilities';
import { InputError, type InputIssue } from '../lib/errors';
import { NL_BOX, parsePolygonCollection } from '../lib/geojson';
import { addressOf, facilityKey, MAX_OUTSIDE_KM, parseFacilityFeatures } from '../stages/facilities';
import { loadFacilityConfigs } from '../stages/read-sources';
import type { ImportRequest } from './args';
import { checkCsvStructure } from './checks/csv-structure';
import type { ImportLimits } from './checks/limits';
import { ensureNew, rejectOptions } from './checks/options';
import { stripBom } from './csv';
import { parseGeoJsonImport, toWgs84 } from './formats/geojson';
import { safeBaseName } from './plan';
import type { Project } from './project';
import { formatJson } from './serialise';
import type { Plan } from './types';

const DEFAULT_PUBLISHER = 'Gemeente Weert';
const RD_BOX = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 };

/** Accepted column (or property) names, lower case; the first is the one messages name. */
const COLUMNS = {
  name: ['naam', 'name'],
  address: ['adres', 'address', 'straat'],
  postcode: ['postcode'],
  plaats: ['plaats', 'woonplaats', 'city'],
  reliable: ['locatie_betrouwbaar', 'location_reliable'],
  lon: ['lon', 'lng', 'longitude', 'lengtegraad', 'lengte'],
  lat: ['lat', 'latitude', 'breedtegraad', 'breedte'],
  x: ['x', 'rd_x', 'x_rd', 'xcoord'],
  y: ['y', 'rd_y', 'y_rd', 'ycoord'],
} as const;

/** One row of the user's list, before the checks: coordinates in WGS84 and the user's own fields. */
interface RawPoint {
  row: number;
  lon: number;
  lat: number;
  fields: Record<string, unknown>;
  /** Column (CSV) or property path (GeoJSON) for messages about a field. */
  where: (field: keyof typeof COLUMNS) => string;
}

const inNl = (lon: number, lat: number) =>
  lon >= NL_BOX.minLon && lon <= NL_BOX.maxLon && lat >= NL_BOX.minLat && lat <= NL_BOX.maxLat;

/** The first of the accepted names present among `keys` (matched case-insensitively). */
function pick(keys: string[], field: keyof typeof COLUMNS): string | undefined {
  const names: readonly string[] = COLUMNS[field];
  return keys.find((k) => names.includes(k.trim().toLowerCase()));
}

/** "5,7123" (decimal comma, as Dutch Excel writes it) or "5.7123" → number; anything else → NaN. */
function parseNumber(text: string): number {
  const t = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/** A list cut off in its last column changes a coordinate (or the reliability flag) without any parse error. */
const lastFieldMatters = (header: readonly string[]) => {
  const last = header.at(-1)?.trim().toLowerCase() ?? '';
  return (['lon', 'lat', 'x', 'y', 'reliable'] as const).some((f) => (COLUMNS[f] as readonly string[]).includes(last));
};

/** CSV: the header decides WGS84 (lon/lat) or x/y; x/y is RD New when the numbers are metres, else lon/lat. */
function readCsv(text: string, file: string, limits: ImportLimits): RawPoint[] {
  const parsed = Papa.parse<Record<string, string>>(stripBom(text), { header: true, skipEmptyLines: 'greedy' });
  checkCsvStructure(text, file, { delimiter: parsed.meta.delimiter, lastFieldMatters }, limits);
  const header = parsed.meta.fields ?? [];
  const lonCol = pick(header, 'lon') ?? pick(header, 'x');
  const latCol = pick(header, 'lat') ?? pick(header, 'y');
  if (!lonCol || !latCol) {
    throw new InputError([
      {
        file,
        row: 1,
        message: `geen coördinaatkolommen: verwacht lon en lat (WGS84) of x en y (RD New); gevonden: ${header.join(', ')}`,
      },
    ]);
  }
  if (!pick(header, 'name')) {
    throw new InputError([{ file, row: 1, column: 'naam', message: `kolom 'naam' ontbreekt (gevonden: ${header.join(', ')})` }]);
  }
  const issues: InputIssue[] = [];
  const rows = parsed.data.map((r, i) => ({ r, row: i + 2, x: parseNumber(r[lonCol] ?? ''), y: parseNumber(r[latCol] ?? '') }));
  for (const { r, row, x, y } of rows) {
    if (Number.isNaN(x)) issues.push({ file, row, column: lonCol, message: `geen getal: '${r[lonCol] ?? ''}'` });
    if (Number.isNaN(y)) issues.push({ file, row, column: latCol, message: `geen getal: '${r[latCol] ?? ''}'` });
  }
  if (issues.length > 0) throw new InputError(issues);
  const isRd = (x: number, y: number) => x >= RD_BOX.minX && x <= RD_BOX.maxX && y >= RD_BOX.minY && y <= RD_BOX.maxY;
  const rd = rows.some(({ x, y }) => isRd(x, y));
  const points = rows.flatMap(({ r, row, x, y }) => {
    if (rd !== isRd(x, y)) {
      issues.push({
        file,
        row,
        column: lonCol,
        message: rd
          ? `coördinaat (${x}, ${y}) is geen RD New (x 0–300000, y 289000–629000), terwijl andere rijen RD New zijn`
          : `coördinaat (${x}, ${y}) is RD New, terwijl andere rijen lengte/breedte zijn`,
      });
      return [];
    }
    const [lon, lat] = toWgs84([x, y], rd ? 'rd' : 'wgs84') as [number, number];
    if (!inNl(lon, lat)) {
      const swapped = !rd && inNl(lat, lon);
      issues.push({
        file,
        row,
        column: lonCol,
        message: swapped
          ? `coördinaat (${x}, ${y}): lengte en breedte lijken verwisseld (verwacht lengte ≈ 5, breedte ≈ 51)`
          : `coördinaat (${x}, ${y}) ligt buiten Nederland`,
      });
      return [];
    }
    const where = (field: keyof typeof COLUMNS) => pick(header, field) ?? COLUMNS[field][0];
    return [{ row, lon, lat, fields: r, where }];
  });
  if (issues.length > 0) throw new InputError(issues);
  return points;
}

function readGeoJson(text: string, file: string, limits: ImportLimits): RawPoint[] {
  const geo = parseGeoJsonImport(text, file, limits);
  if (geo.kind !== 'points') {
    throw new InputError([{ file, message: 'een voorzieningenlijst bestaat uit punten (Point), niet uit vlakken' }]);
  }
  return geo.collection.features.map((f, i) => {
    const feature = f as { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } };
    const keys = Object.keys(feature.properties);
    const [lon, lat] = feature.geometry.coordinates;
    return {
      row: i + 1,
      lon,
      lat,
      fields: feature.properties,
      where: (field) => `features[${i}].properties.${pick(keys, field) ?? COLUMNS[field][0]}`,
    };
  });
}

/** Where a point lies: in Weert, the Dutch gemeente around it (from the context polygons), distance to Weert's border. */
export interface Locator {
  locate(lon: number, lat: number): { in_weert: boolean; gemeentecode: string | null; gemeente: string | null; distKm: number };
}

export function contextLocator(contextText: string, contextFile: string, weertCode: string): Locator {
  const polygons = parsePolygonCollection(contextText, contextFile);
  const codeOf = (p: Record<string, unknown>) => String(p.statcode ?? p.gemeentecode ?? '');
  const weert = polygons.find((f) => codeOf(f.properties) === weertCode);
  if (!weert) throw new InputError([{ file: contextFile, message: `gemeente ${weertCode} ontbreekt in de contextgrenzen` }]);
  return {
    locate(lon, lat) {
      const at = [lon, lat];
      const home = polygons.find((f) => booleanPointInPolygon(at, f.geometry));
      const distKm = Math.max(0, pointToPolygonDistance(at, weert.geometry, { units: 'kilometers' }));
      const inWeert = home === weert;
      return {
        in_weert: inWeert,
        gemeentecode: home ? codeOf(home.properties) : null,
        gemeente: home ? String(home.properties.statnaam ?? home.properties.gemeentenaam ?? '') : null,
        distKm: inWeert ? 0 : Math.round(distKm * 1000) / 1000,
      };
    },
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function reliableOf(v: unknown): boolean | undefined {
  if (v === undefined || v === null || v === '') return true; // an own list is taken to hold real addresses
  if (typeof v === 'boolean') return v;
  const t = String(v).trim().toLowerCase();
  if (['ja', 'true', '1', 'j', 'yes'].includes(t)) return true;
  if (['nee', 'false', '0', 'n', 'no'].includes(t)) return false;
  return undefined;
}

/** The rows as features with the properties the facilities stage requires; every problem is collected. */
function toFeatures(points: RawPoint[], file: string, type: FacilityTypeConfig, source: string, locator: Locator) {
  const issues: InputIssue[] = [];
  const features = points.flatMap((p) => {
    const get = (field: keyof typeof COLUMNS) => {
      const key = Object.keys(p.fields).find((k) => (COLUMNS[field] as readonly string[]).includes(k.trim().toLowerCase()));
      return key === undefined ? undefined : p.fields[key];
    };
    const name = text(get('name'));
    if (name === '') {
      issues.push({ file, row: p.row, column: p.where('name'), message: 'naam ontbreekt' });
      return [];
    }
    const reliable = reliableOf(get('reliable'));
    if (reliable === undefined) {
      issues.push({
        file,
        row: p.row,
        column: p.where('reliable'),
        message: `'${String(get('reliable'))}' is geen ja of nee`,
      });
      return [];
    }
    const at = locator.locate(p.lon, p.lat);
    return [
      {
        row: p.row,
        feature: {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: {
            name,
            type: type.id,
            category: type.id,
            address: text(get('address')),
            postcode: text(get('postcode')).replace(/\s+/g, '').toUpperCase(),
            plaats: text(get('plaats')),
            gemeente: at.gemeente,
            gemeentecode: at.gemeentecode,
            in_weert: at.in_weert,
            dist_to_weert_border_km: at.distKm,
            source,
            location_reliable: reliable,
            geocode_method: 'aangeleverd',
          },
        },
      },
    ];
  });
  if (issues.length > 0) throw new InputError(issues);
  return features;
}

const today = () => new Date().toISOString().slice(0, 10);

export function planFacilities(
  textIn: string,
  file: string,
  req: ImportRequest,
  root: string,
  p: Project,
  limits: ImportLimits,
): Plan {
  const id = req.voorziening as string;
  rejectOptions(req, file, ['jaar', 'tabel', 'kolommen', 'eenheid', 'indeling', 'eenheid-ok'], 'een voorzieningenlijst');
  const configs = loadFacilityConfigs(join(root, 'layers'));
  const type = configs.find((c) => c.id === id);
  if (!type) {
    throw new InputError([
      {
        file,
        column: '--voorziening',
        message: `onbekend voorzieningstype '${id}'; kies uit ${configs.map((c) => c.id).join(', ')} (layers/facilities/)`,
      },
    ]);
  }
  const ext = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
  if (!['.csv', '.geojson', '.json'].includes(ext)) {
    throw new InputError([
      {
        file,
        message: `bestandstype '${ext || '(geen extensie)'}' wordt niet ondersteund; lever CSV (.csv) of GeoJSON (.geojson)`,
      },
    ]);
  }
  if (stripBom(textIn).trim() === '') throw new InputError([{ file, message: 'het bestand is leeg' }]);
  const raw = ext === '.csv' ? readCsv(textIn, file, limits) : readGeoJson(textIn, file, limits);
  if (raw.length === 0) throw new InputError([{ file, message: 'de lijst bevat geen voorzieningen' }]);

  const contextRel = p.manifest.boundaries.context;
  const locator = contextLocator(readFileSync(join(root, 'geodata', contextRel), 'utf8'), contextRel, p.ctx.gemeente.code);
  const publisher = req.bron ?? DEFAULT_PUBLISHER;
  const rows = toFeatures(raw, file, type, `${publisher}: ${file}`, locator);

  // The same facility twice, in the list or (when adding) already in the type's points, would count double.
  const issues: InputIssue[] = [];
  const seen = new Map<string, string>();
  if (!req.vervang) {
    for (const d of type.data ?? []) {
      const path = join(root, 'geodata', d.file);
      if (!existsSync(path)) continue; // reported by the pipeline run
      for (const f of parseFacilityFeatures(readFileSync(path, 'utf8'), d.file)) {
        seen.set(facilityKey(f.point), `geodata/${d.file} feature ${f.n}`);
      }
    }
  }
  const unit = ext === '.csv' ? 'rij' : 'feature';
  for (const { row, feature } of rows) {
    const pr = feature.properties;
    const key = facilityKey({ name: pr.name, address: addressOf(pr) });
    const prev = seen.get(key);
    const column = raw.find((r) => r.row === row)?.where('name');
    if (prev !== undefined) issues.push({ file, row, column, message: `${pr.name} staat al in ${prev}; dubbele voorziening` });
    else seen.set(key, `${unit} ${row}`);
  }
  if (issues.length > 0) throw new InputError(issues);

  const rel = `sources/facilities/imported/${id}_${safeBaseName(file)}.geojson`;
  ensureNew(
    root,
    `geodata/${rel}`,
    configs.some((c) => (c.data ?? []).some((d) => d.file === rel)),
    file,
  );
  const date = req.datum ?? today();
  const entry: FacilityData = {
    file: rel,
    title: req.titel ?? `${type.label}: ${file}`,
    publisher,
    licence: req.licentie,
    date,
    imported: { date, from: file },
  };
  const replaced = req.vervang ? (type.data ?? []) : [];
  const config = { ...type, data: [...(req.vervang ? [] : (type.data ?? [])), entry] };
  const collection = {
    type: 'FeatureCollection',
    name: `${id}_${safeBaseName(file)}`,
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
    features: rows.map((r) => r.feature),
  };
  const inWeert = rows.filter((r) => r.feature.properties.in_weert).length;
  const near = rows.filter(
    (r) =>
      !r.feature.properties.in_weert &&
      r.feature.properties.gemeentecode !== null &&
      r.feature.properties.dist_to_weert_border_km <= MAX_OUTSIDE_KM,
  ).length;
  const far = rows.length - inWeert - near;
  return {
    files: new Map([
      [`geodata/${rel}`, formatJson(collection)],
      [`layers/facilities/${id}.json`, formatJson(config)],
    ]),
    summary: [
      `${file}: ${rows.length} voorzieningen (${type.label}) ingelezen: ${inWeert} in Weert, ${near} tot ${MAX_OUTSIDE_KM} km daarbuiten.`,
      ...(far > 0 ? [`${far} liggen verder weg of buiten Nederland en worden niet getoond.`] : []),
      `Puntenbestand: geodata/${rel}, aangemeld in layers/facilities/${id}.json.`,
      req.vervang
        ? `De nieuwe lijst vervangt ${replaced.length > 0 ? replaced.map((d) => d.file).join(', ') : 'geen eerdere gegevens'} (de oude bestanden blijven staan, maar worden niet meer gebruikt).`
        : `Toegevoegd aan ${type.data ? `de ${type.data.length} bestaande bron(nen)` : 'het type (had nog geen gegevens)'}.`,
    ],
  };
}
