// Stage: facilities ("voorzieningen"). The facility types in layers/facilities/ and their point files → the one file
// the app loads (public/data/voorzieningen.json). Validates every feature, keeps Weert and up to 5 km outside on the
// Dutch side, sorts everything so the output is byte-stable. No file system: the texts come from the read stage.
import { CODE_PATTERNS } from '../../core/codes';
import type { FacilitiesFile, FacilityPoint, FacilityTypeConfig, FacilityTypeOut } from '../../core/contracts/facilities';
import { InputError, type InputIssue } from '../lib/errors';
import { NL_BOX } from '../lib/geojson';
import type { SourceText } from './read-sources';

/** Facilities further than this outside the Weert border are left out (the same ring the source files were cut with). */
export const MAX_OUTSIDE_KM = 5;

export const SELECTION_TEXT =
  `Voorzieningen in Weert en tot ${MAX_OUTSIDE_KM} km buiten de gemeentegrens, alleen aan Nederlandse zijde. ` +
  'Voorzieningen in België (Bocholt, Kinrooi, Hamont-Achel) ontbreken, net als bij het CBS, dat voorzieningen in het ' +
  'buitenland niet meetelt.';

export interface FacilitiesInput {
  /** Facility types, as read from layers/facilities/. */
  types: FacilityTypeConfig[];
  /** Texts of the point files the types name (FacilityData.file); a file no type names is ignored. */
  texts: SourceText[];
}

export interface FacilitiesResult {
  file: FacilitiesFile;
  /** Points kept: in Weert, and outside Weert within the ring. */
  inWeert: number;
  nearby: number;
  /** Points dropped: further than the ring, or not known to lie in a Dutch gemeente. */
  dropped: number;
}

/** A validated feature, before the selection. */
interface Feature {
  point: FacilityPoint;
  distKm: number;
  gemeentecode: string | null;
  /** 1-based feature number, for messages. */
  n: number;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "6002AK" → "6002 AK"; anything else unchanged. */
const formatPostcode = (pc: string) => pc.replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');

function addressOf(p: Record<string, unknown>): string {
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string).trim() : '');
  const place = [formatPostcode(str('postcode')), str('plaats')].filter((s) => s !== '').join(' ');
  return [str('address'), place].filter((s) => s !== '').join(', ');
}

/** Every feature of one point file, validated; all problems of the file are collected before throwing. */
export function parseFacilityFeatures(text: string, file: string): Feature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError([{ file, message: `geen geldige JSON: ${(e as Error).message}` }]);
  }
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new InputError([{ file, message: 'geen GeoJSON FeatureCollection' }]);
  }
  const crs = isRecord(json.crs) && isRecord(json.crs.properties) ? json.crs.properties.name : undefined;
  if (typeof crs === 'string' && !/CRS84|4326/.test(crs)) {
    throw new InputError([{ file, column: 'crs', message: `coördinaatstelsel ${crs}: lever WGS84 (lengte/breedte)` }]);
  }
  const issues: InputIssue[] = [];
  const out: Feature[] = [];
  for (const [i, raw] of (json.features as unknown[]).entries()) {
    const n = i + 1;
    const issue = (column: string, message: string) => {
      issues.push({ file, row: n, column, message: `feature ${n}: ${message}` });
    };
    if (!isRecord(raw) || raw.type !== 'Feature') {
      issue(`features[${i}]`, 'geen GeoJSON Feature');
      continue;
    }
    const g = raw.geometry;
    if (!isRecord(g) || g.type !== 'Point') {
      issue('geometry', 'geometrie moet een Point zijn');
      continue;
    }
    const c = g.coordinates;
    if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
      issue('geometry', 'coördinaten moeten [lengte, breedte] zijn');
      continue;
    }
    const [lon, lat] = c as [number, number];
    const inBox = (x: number, y: number) => x >= NL_BOX.minLon && x <= NL_BOX.maxLon && y >= NL_BOX.minLat && y <= NL_BOX.maxLat;
    if (!inBox(lon, lat)) {
      const why = inBox(lat, lon)
        ? 'lengte en breedte lijken verwisseld (verwacht lengte ≈ 5, breedte ≈ 51)'
        : 'ligt niet in WGS84 rond Nederland (RD New eerst omzetten met npm run import)';
      issue('geometry', `coördinaat (${lon}, ${lat}) ${why}`);
      continue;
    }
    const p = isRecord(raw.properties) ? raw.properties : {};
    const before = issues.length;
    const prop = (k: string, ok: boolean, what: string) => {
      if (!ok)
        issue(
          `properties.${k}`,
          `eigenschap '${k}' ${k in p ? `is ongeldig (${JSON.stringify(p[k])})` : 'ontbreekt'}; verwacht ${what}`,
        );
    };
    prop('name', typeof p.name === 'string' && p.name.trim() !== '', 'een niet-lege naam');
    prop('address', typeof p.address === 'string', 'een adres (tekst, mag leeg zijn)');
    prop('in_weert', typeof p.in_weert === 'boolean', 'true of false');
    prop('location_reliable', typeof p.location_reliable === 'boolean', 'true of false');
    const dist = p.dist_to_weert_border_km;
    prop('dist_to_weert_border_km', typeof dist === 'number' && Number.isFinite(dist) && dist >= 0, 'een afstand in km (≥ 0)');
    const gm = p.gemeentecode;
    prop(
      'gemeentecode',
      gm === null || (typeof gm === 'string' && CODE_PATTERNS.gemeente.test(gm)),
      'een CBS-gemeentecode (GM0988) of null buiten Nederland',
    );
    prop('source', typeof p.source === 'string' && p.source.trim() !== '', 'de herkomst (tekst)');
    if (issues.length > before) continue;
    if (p.in_weert === true && dist !== 0) {
      issue('properties.dist_to_weert_border_km', `in_weert is true, maar de afstand tot de grens is ${dist} (verwacht 0)`);
      continue;
    }
    out.push({
      n,
      distKm: dist as number,
      gemeentecode: gm as string | null,
      point: {
        lon: round6(lon),
        lat: round6(lat),
        name: (p.name as string).trim(),
        address: addressOf(p),
        in_weert: p.in_weert as boolean,
        location_reliable: p.location_reliable as boolean,
        source: file,
      },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** In Weert, or within the ring outside it in a Dutch gemeente (CBS does not count facilities abroad either). */
const selected = (f: Feature) =>
  f.point.in_weert || (f.distKm <= MAX_OUTSIDE_KM && f.gemeentecode !== null && f.gemeentecode.startsWith('GM'));

const byPoint = (a: FacilityPoint, b: FacilityPoint) =>
  a.name.localeCompare(b.name, 'nl') || a.lon - b.lon || a.lat - b.lat || a.address.localeCompare(b.address, 'nl');

export function buildFacilities({ types, texts }: FacilitiesInput): FacilitiesResult {
  const textOf = new Map(texts.map((t) => [t.file, t.text]));
  const issues: InputIssue[] = [];
  const counts = { inWeert: 0, nearby: 0, dropped: 0 };
  const attribution = new Set<string>();
  const out: FacilityTypeOut[] = [];
  for (const t of [...types].sort((a, b) => a.id.localeCompare(b.id))) {
    const points: FacilityPoint[] = [];
    const seen = new Map<string, string>();
    for (const d of t.data ?? []) {
      const text = textOf.get(d.file);
      if (text === undefined) {
        issues.push({
          file: `layers/facilities/${t.id}.json`,
          column: 'data',
          message: `puntenbestand ${d.file} is niet gelezen`,
        });
        continue;
      }
      let features: Feature[];
      try {
        features = parseFacilityFeatures(text, d.file);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        issues.push(...e.issues);
        continue;
      }
      for (const f of features) {
        // The same facility twice (e.g. an own list added to a list that already holds it) would count double.
        const key = `${f.point.name.toLowerCase()}|${f.point.address.toLowerCase()}`;
        const prev = seen.get(key);
        if (prev !== undefined) {
          issues.push({
            file: d.file,
            row: f.n,
            column: 'properties.name',
            message: `feature ${f.n}: ${f.point.name} (${f.point.address}) staat al in ${prev}; dubbele voorziening`,
          });
          continue;
        }
        seen.set(key, `${d.file} feature ${f.n}`);
        if (!selected(f)) {
          counts.dropped++;
          continue;
        }
        if (f.point.in_weert) counts.inWeert++;
        else counts.nearby++;
        points.push(f.point);
      }
      attribution.add(`${t.label}: ${d.title} – ${d.publisher}, ${d.date}, ${d.licence}`);
    }
    out.push({
      id: t.id,
      label: t.label,
      symbol: t.symbol,
      colour: t.colour,
      cbsIndicators: t.cbsIndicators,
      cbsNote: t.cbsNote ?? null,
      radii: t.radii,
      norms: t.norms,
      capacity: t.capacity,
      hasData: t.data !== null,
      howToAdd: t.howToAdd ?? null,
      sources: (t.data ?? []).map(({ file, title, publisher, licence, date }) => ({ file, title, publisher, licence, date })),
      points: points.sort(byPoint),
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  return {
    file: { version: 1, selection: SELECTION_TEXT, types: out, attribution: [...attribution].sort() },
    ...counts,
  };
}
