// The compact link form of growth-scenario edits (`scenariowijzig=` in a share link) and the edit types. Its own
// module because the URL table reads it on the first map; applying edits (edits.ts) loads with the growth engine.
import type { Mix } from '../contracts/scenario';
import { DWELLING_TYPES, NORM_KEYS, type NormKey } from '../contracts/scenario-keys';

export type ParamPath = `bezetting.${(typeof DWELLING_TYPES)[number]}` | 'bewoondInOpleverjaar' | `normen.${NormKey}`;
export const PARAM_PATHS: readonly ParamPath[] = [
  ...DWELLING_TYPES.map((t) => `bezetting.${t}` as const),
  'bewoondInOpleverjaar',
  ...NORM_KEYS.map((k) => `normen.${k}` as const),
];

export type GrowthEdit =
  | { kind: 'homes'; project: string; year: number; homes: number }
  | { kind: 'mix'; project: string; mix: Mix }
  | { kind: 'param'; path: ParamPath; value: number }
  | { kind: 'add'; id: string; buurt: string; lon: number; lat: number; year: number; homes: number }
  | { kind: 'target'; homes: number; endYear: number };

export const MAX_HOMES_PER_YEAR = 5000;

// --- the link form: `w:laarveld-4:2027:80;m:laarveld-4:60,40,0;p:normen.wmo75Plus:0.3;n:nieuw-1:BU09880201:5.70123,51.25012:2027:100;d:4650:2037`

const PID = '([a-z0-9-]{1,60})';
const INT = '(\\d{1,5})';
const NUM = '(\\d{1,6}(?:\\.\\d{1,4})?)';
const COORD = '(-?\\d{1,3}\\.\\d{1,7})';
const PATTERNS = {
  w: new RegExp(`^w:${PID}:(\\d{4}):${INT}$`),
  m: new RegExp(`^m:${PID}:${INT},${INT},${INT}$`),
  p: new RegExp(`^p:([A-Za-z0-9.]{1,60}):${NUM}$`),
  n: new RegExp(`^n:(nieuw-\\d{1,3}):(BU\\d{8}):${COORD},${COORD}:(\\d{4}):${INT}$`),
  d: new RegExp(`^d:${INT}:(\\d{4})$`),
};
const validYear = (y: number) => y >= 2000 && y <= 2100;

/** Refused as a whole (undefined) when any part is malformed: half a list of edits is a different plan. */
export function parseGrowthEdits(raw: string): GrowthEdit[] | undefined {
  if (raw.length > 8000) return undefined;
  const out: GrowthEdit[] = [];
  for (const part of raw.split(';').filter(Boolean)) {
    let m = PATTERNS.w.exec(part);
    if (m) {
      const [year, homes] = [Number(m[2]), Number(m[3])];
      if (!validYear(year) || homes > MAX_HOMES_PER_YEAR) return undefined;
      out.push({ kind: 'homes', project: m[1] as string, year, homes });
      continue;
    }
    m = PATTERNS.m.exec(part);
    if (m) {
      const [g, a, z] = [Number(m[2]), Number(m[3]), Number(m[4])];
      if (g + a + z !== 100) return undefined;
      out.push({ kind: 'mix', project: m[1] as string, mix: { grondgebonden: g / 100, appartement: a / 100, zorg: z / 100 } });
      continue;
    }
    m = PATTERNS.p.exec(part);
    if (m) {
      const path = m[1] as ParamPath;
      const value = Number(m[2]);
      if (!PARAM_PATHS.includes(path) || (path === 'bewoondInOpleverjaar' && value > 1)) return undefined;
      out.push({ kind: 'param', path, value });
      continue;
    }
    m = PATTERNS.n.exec(part);
    if (m) {
      const [lon, lat, year, homes] = [Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
      if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || !validYear(year) || homes > MAX_HOMES_PER_YEAR) return undefined;
      out.push({ kind: 'add', id: m[1] as string, buurt: m[2] as string, lon, lat, year, homes });
      continue;
    }
    m = PATTERNS.d.exec(part);
    if (m) {
      const endYear = Number(m[2]);
      if (!validYear(endYear)) return undefined;
      out.push({ kind: 'target', homes: Number(m[1]), endYear });
      continue;
    }
    return undefined;
  }
  return out.length > 0 ? out : undefined;
}

const pct = (x: number) => Math.round(x * 100);

export function formatGrowthEdits(edits: readonly GrowthEdit[]): string | null {
  if (edits.length === 0) return null;
  return edits
    .map((e) => {
      switch (e.kind) {
        case 'homes':
          return `w:${e.project}:${e.year}:${e.homes}`;
        case 'mix':
          return `m:${e.project}:${pct(e.mix.grondgebonden)},${pct(e.mix.appartement)},${100 - pct(e.mix.grondgebonden) - pct(e.mix.appartement)}`;
        case 'param':
          return `p:${e.path}:${Math.round(e.value * 10_000) / 10_000}`;
        case 'add':
          return `n:${e.id}:${e.buurt}:${e.lon.toFixed(5)},${e.lat.toFixed(5)}:${e.year}:${e.homes}`;
        default:
          return `d:${e.homes}:${e.endYear}`;
      }
    })
    .join(';');
}
