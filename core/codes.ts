// Area codes, levels and year ranges: the one place both the pipeline and the app take them from. Pure.

export const AREA_LEVELS = ['buurt', 'wijk', 'deelgebied', 'gemeente', 'land'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Code prefix and pattern per level (CBS: GM + 4, WK + 6, BU + 8 digits; deelgebieden are the gemeente's own DG + 2). */
export const CODE_PATTERNS = {
  land: /^NL01$/,
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{6}$/,
  buurt: /^BU\d{8}$/,
  deelgebied: /^DG\d{2}$/,
} as const satisfies Record<AreaLevel, RegExp>;

export const CODE_PREFIX = { land: 'NL', gemeente: 'GM', wijk: 'WK', buurt: 'BU', deelgebied: 'DG' } as const satisfies Record<
  AreaLevel,
  string
>;

/** Any area code the data may hold. */
export const ANY_AREA_CODE = /^(NL01|GM\d{4}|WK\d{6}|BU\d{8}|DG\d{2})$/;
/** Areas a user can select on the map (not the country). */
export const MAP_AREA_CODE = /^(WK\d{6}|BU\d{8}|DG\d{2}|GM\d{4})$/;

/** Level of an area code; the prefix decides. */
export function levelOfCode(code: string): AreaLevel {
  if (code.startsWith('BU')) return 'buurt';
  if (code.startsWith('WK')) return 'wijk';
  if (code.startsWith('GM')) return 'gemeente';
  if (code.startsWith('DG')) return 'deelgebied';
  return 'land';
}

export const WEERT_CODE = 'GM0988';
export const NL_CODE = 'NL01';
/** The Midden-Limburg gemeenten that the sources carry as reference (regio). */
export const REGION_CODES = ['GM0946', 'GM1640', 'GM0957', 'GM1641', 'GM1711', 'GM1669'] as const;

/**
 * Years any data (observed or scenario) may refer to. Scenario years up to 2100 are valid: availability is computed
 * from the series themselves, not from a fixed list.
 */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const yearInRange = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
export const YEAR_RANGE_MESSAGE = `moet tussen ${YEAR_MIN} en ${YEAR_MAX} liggen`;
