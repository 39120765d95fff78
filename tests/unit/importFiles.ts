// Small input files for the import tests, built in code so each bad case differs from a good file in one place.
// Synthetic figures, not CBS data.

export const SL_HEAD = '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"AantalInwoners_5"';
export const slRow = (code: string, level: string, value: string) =>
  `"9";"${code.padEnd(10)}";"${'Weert'.padEnd(40)}";"${level.padEnd(10)}";"${code.padEnd(10)}";"${value}"`;
/** A StatLine download: header (row 1), GM0988 (row 2), WK098801 (row 3), then the extra rows (row 4, …). */
export const statline = (...extra: string[]) =>
  `${[SL_HEAD, slRow('GM0988', 'Gemeente', '50290'), slRow('WK098801', 'Wijk', '6575'), ...extra].join('\n')}\n`;
export const SL_ARGS = { tabel: '85039NED', jaar: 2021 };

export const TIDY_HEAD = 'area_code,area_name,area_level,year,indicator,value,unit,subgroup,source_table,source_file';
export const tidy = (...rows: string[]) => `${[TIDY_HEAD, ...rows].join('\n')}\n`;
export const tidyRow = (over: { code?: string; year?: string; ind?: string; value?: string; unit?: string } = {}) =>
  [
    over.code ?? 'WK098801',
    'Wijk 01 Boshoven',
    over.code?.startsWith('GM') ? 'gemeente' : 'wijk',
    over.year ?? '2021',
    over.ind ?? 'AANT_INW',
    over.value ?? '6575',
    over.unit ?? 'aantal',
    'totaal',
    '85039NED',
    'test',
  ].join(',');

export const geo = (features: unknown[], crs?: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features,
  });
export const point = (x: number, y: number) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [x, y] },
});
export const square = (close: boolean) => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [[[5.68, 51.25], [5.7, 51.25], [5.7, 51.26], [5.68, 51.26], close ? [5.68, 51.25] : [5.681, 51.251]]],
  },
});

/** A StatLine row with every cell given (quoted and padded as StatLine writes them). */
export const slCells = (c: { id?: string; region: string; name: string; level: string; code: string; values: string[] }) =>
  [c.id ?? '9', c.region.padEnd(10), c.name.padEnd(40), c.level.padEnd(10), c.code.padEnd(10), ...c.values]
    .map((v) => `"${v}"`)
    .join(';');

/** Tidy rows for one indicator, one per wijk code, in the project format. */
export const tidyRows = (ind: string, unit: string, year: string, values: [code: string, value: string][]) =>
  values.map(([code, value]) => `${code},${code},wijk,${year},${ind},${value},${unit},totaal,test,test`);

export const polygonFeature = (rings: number[][][], properties: Record<string, unknown> = { code: 'DG01' }) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: rings },
});

/** A closed square ring from its south-west corner, counter-clockwise. */
export const squareRing = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** Command-line arguments for an options object as runImport takes it. */
export function toArgv(file: string, args: Record<string, unknown>): string[] {
  const out = [file];
  for (const [k, v] of Object.entries(args)) {
    if (v === true) out.push(`--${k}`);
    else if (Array.isArray(v)) out.push(`--${k}`, v.join(','));
    else if (v !== null && typeof v === 'object')
      for (const [key, unit] of Object.entries(v)) out.push(`--${k}`, `${key}=${unit}`);
    else out.push(`--${k}`, String(v));
  }
  return out;
}
