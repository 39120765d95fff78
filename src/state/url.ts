// Every URL parameter declared once: its Dutch name, how it is read (leniently: a bad value is dropped with a
// notice, the rest is kept) and how it is written. Adding a state field to the URL is one line in URL_FIELDS.
import { MAP_AREA_CODE, yearInRange } from '../../core/codes';
import { formatGrowthEdits, parseGrowthEdits } from '../../core/growth/edit-link';
import { CLASSIFICATION_METHODS } from '../lib/classify';
import {
  type AppState,
  type CameraState,
  DEFAULT_FACILITY_TYPE,
  DEFAULT_SCENARIO,
  type FacilityEditState,
  OVERLAY_IDS,
  type TableSort,
  THEME_IDS,
  VIEW_LEVELS,
  VIEW_MODES,
} from './app-state';

interface UrlField<K extends keyof AppState> {
  key: K;
  /** Dutch: links are shared by Dutch users. */
  param: string;
  parse: (raw: string) => AppState[K] | undefined;
  /** null = leave the parameter out (the default). */
  format: (value: AppState[K]) => string | null;
}

const field = <K extends keyof AppState>(f: UrlField<K>) => f;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
const matching = (re: RegExp) => (raw: string) => (re.test(raw) ? raw : undefined);
const onOff = (raw: string) => (raw === 'aan' ? true : raw === 'uit' ? false : undefined);
const year = (raw: string) => (/^\d{4}$/.test(raw) && yearInRange(Number(raw)) ? Number(raw) : undefined);

/** `kaart=WK098834` fits an area; `kaart=5.70123,51.25012,13.5[,0]` is a centre, zoom and bearing. */
export function parseCamera(raw: string): CameraState | undefined {
  if (MAP_AREA_CODE.test(raw)) return { kind: 'area', code: raw };
  const parts = raw.split(',');
  if (parts.length < 3 || parts.length > 4 || !parts.every((p) => /^-?\d{1,3}(\.\d{1,8})?$/.test(p))) return undefined;
  const [lng, lat, zoom, bearing = 0] = parts.map(Number) as [number, number, number, number?];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22 || Math.abs(bearing) > 360) return undefined;
  return { kind: 'view', center: [lng, lat], zoom, bearing };
}

export function formatCamera(c: CameraState): string {
  if (c.kind === 'area') return c.code;
  const [lng, lat] = c.center;
  const parts = [lng.toFixed(5), lat.toFixed(5), String(Math.round(c.zoom * 100) / 100)];
  if (Math.round(c.bearing) !== 0) parts.push(String(Math.round(c.bearing)));
  return parts.join(',');
}

const ID = /^[a-z0-9-]{1,40}$/;
const COORD = /^-?\d{1,3}\.\d{1,7}$/;

/**
 * `wijzig=+huisarts:nieuw-1@5.70123,51.24567;-huisarts:huisarts-3;~apotheek:apotheek-2@5.7,51.25` — add (+), remove
 * (-) and move (~), in order. Refused as a whole when any part is malformed (half an edit list is a different plan).
 */
export function parseEdits(raw: string): FacilityEditState[] | undefined {
  if (raw.length > 4000) return undefined;
  const out: FacilityEditState[] = [];
  for (const part of raw.split(';').filter(Boolean)) {
    const m = /^([+~-])([a-z-]+):([a-z0-9-]+)(?:@(-?[\d.]+),(-?[\d.]+))?$/.exec(part);
    if (!m) return undefined;
    const [, op, type = '', id = '', lonS, latS] = m;
    if (!ID.test(type) || !ID.test(id)) return undefined;
    if (op === '-') {
      if (lonS !== undefined) return undefined;
      out.push({ kind: 'remove', type, id });
      continue;
    }
    if (lonS === undefined || latS === undefined || !COORD.test(lonS) || !COORD.test(latS)) return undefined;
    const lon = Number(lonS);
    const lat = Number(latS);
    if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return undefined;
    out.push({ kind: op === '+' ? 'add' : 'move', type, id, lon, lat });
  }
  return out.length > 0 ? out : undefined;
}

export function formatEdits(edits: FacilityEditState[]): string | null {
  if (edits.length === 0) return null;
  return edits
    .map((e) =>
      e.kind === 'remove'
        ? `-${e.type}:${e.id}`
        : `${e.kind === 'add' ? '+' : '~'}${e.type}:${e.id}@${e.lon.toFixed(5)},${e.lat.toFixed(5)}`,
    )
    .join(';');
}

/** `sorteer=waarde` (ascending) or `sorteer=-waarde` (descending); columns naam, waarde, verschil. */
const SORT_PARAM = { name: 'naam', value: 'waarde', diff: 'verschil' } as const;
export function parseSort(raw: string): TableSort | undefined {
  const dir = raw.startsWith('-') ? -1 : 1;
  const key = (Object.keys(SORT_PARAM) as TableSort['key'][]).find((k) => SORT_PARAM[k] === raw.replace(/^-/, ''));
  return key ? { key, dir } : undefined;
}
const formatSort = (s: TableSort) => (s.key === 'name' && s.dir === 1 ? null : `${s.dir === -1 ? '-' : ''}${SORT_PARAM[s.key]}`);

export const URL_FIELDS = [
  field({ key: 'level', param: 'niveau', parse: oneOf(VIEW_LEVELS), format: (v) => v }),
  field({ key: 'indicator', param: 'indicator', parse: matching(/^[A-Za-z0-9_]{1,60}$/), format: (v) => v }),
  field({ key: 'subgroup', param: 'groep', parse: (r) => (r.length <= 40 ? r : undefined), format: (v) => v }),
  field({ key: 'year', param: 'jaar', parse: year, format: String }),
  field({ key: 'method', param: 'klassen', parse: oneOf(CLASSIFICATION_METHODS), format: (v) => v }),
  field({ key: 'compareYear', param: 'vergelijk', parse: year, format: (v) => (v === null ? null : String(v)) }),
  field({ key: 'selected', param: 'gebied', parse: matching(MAP_AREA_CODE), format: (v) => v }),
  field({ key: 'view', param: 'weergave', parse: oneOf(VIEW_MODES), format: (v) => (v === 'kaart' ? null : v) }),
  field({ key: 'camera', param: 'kaart', parse: parseCamera, format: (v) => (v ? formatCamera(v) : null) }),
  field({ key: 'theme', param: 'thema', parse: oneOf(THEME_IDS), format: (v) => (v === 'standaard' ? null : v) }),
  field({ key: 'overlay', param: 'laag', parse: oneOf(OVERLAY_IDS), format: (v) => v }),
  field({
    key: 'facilityType',
    param: 'voorziening',
    parse: matching(ID),
    format: (v) => (v === DEFAULT_FACILITY_TYPE ? null : v),
  }),
  field({ key: 'edits', param: 'wijzig', parse: parseEdits, format: formatEdits }),
  field({ key: 'tableSort', param: 'sorteer', parse: parseSort, format: formatSort }),
  field({
    key: 'surface',
    param: 'vlak',
    parse: (r) => (r === 'uit' ? false : r === 'aan' ? true : undefined),
    format: (v) => (v ? null : 'uit'),
  }),
  field({ key: 'scenario', param: 'scenario', parse: matching(ID), format: (v) => (v === DEFAULT_SCENARIO ? null : v) }),
  field({ key: 'growthEdits', param: 'scenariowijzig', parse: parseGrowthEdits, format: formatGrowthEdits }),
  field({ key: 'compareScenario', param: 'scenario2', parse: matching(ID), format: (v) => v }),
  field({
    key: 'scenarioDiff',
    param: 'verschil',
    parse: (r) => (r === 'aan' ? true : r === 'uit' ? false : undefined),
    format: (v) => (v ? 'aan' : null),
  }),
  field({
    key: 'presentation',
    param: 'presentatie',
    parse: (r) => (r === 'aan' ? true : r === 'uit' ? false : undefined),
    format: (v) => (v ? 'aan' : null),
  }),
  field({ key: 'compareArea', param: 'vergelijkgebied', parse: matching(MAP_AREA_CODE), format: (v) => v }),
  field({ key: 'per1000', param: 'per1000', parse: onOff, format: (v) => (v ? 'aan' : null) }),
  field({ key: 'bivariate', param: 'bivariaat', parse: matching(/^[A-Za-z0-9_]{1,60}$/), format: (v) => v }),
];

/** Parameters that are not app state but must survive rewriting the URL (`basemap=offline` for kiosks and tests). */
export const PASSTHROUGH_PARAMS = ['basemap'];

/** Parse a query string leniently: each invalid parameter is dropped with a notice, the rest is kept. */
export function parseUrl(search: string): { partial: Partial<AppState>; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const partial: Record<string, unknown> = {};
  for (const f of URL_FIELDS) {
    const raw = params.get(f.param);
    if (raw === null) continue;
    const v = f.parse(raw);
    if (v === undefined)
      notices.push(`De waarde '${raw.slice(0, 40)}' voor '${f.param}' in de link is ongeldig en is genegeerd.`);
    else partial[f.key] = v;
  }
  return { partial: partial as Partial<AppState>, notices };
}

export function toUrl(s: AppState, keep: string = ''): string {
  const p = new URLSearchParams();
  for (const f of URL_FIELDS) {
    const v = (f.format as (x: unknown) => string | null)(s[f.key]);
    if (v !== null) p.set(f.param, v);
  }
  const from = new URLSearchParams(keep);
  for (const k of PASSTHROUGH_PARAMS) {
    const v = from.get(k);
    if (v !== null) p.set(k, v);
  }
  return `?${p.toString()}`;
}
