// Facility types ("voorzieningen"): the config in layers/facilities/<id>.json and the file the pipeline writes for
// the app (public/data/voorzieningen.json). Pure: imported by the geodata pipeline (Node) and the app.
import { z } from 'zod';

/** Short ids the app maps to an icon and legend entry; a new symbol needs an icon in the app first. */
export const FACILITY_SYMBOLS = [
  'kruis',
  'pil',
  'school',
  'school-vo',
  'school-so',
  'ziekenhuis',
  'winkelwagen',
  'kinderwagen',
  'sport',
  'ontmoeting',
  'boek',
] as const;
export const FacilitySymbol = z.enum(FACILITY_SYMBOLS);
export type FacilitySymbol = z.infer<typeof FacilitySymbol>;

/** Facility type id: also the file name in layers/facilities/ and the value of `--voorziening`. */
export const FacilityTypeId = z.string().regex(/^[a-z][a-z-]*[a-z]$/, 'id: kleine letters en -, bv. voortgezet-onderwijs');

const Colour = z.string().regex(/^#[0-9a-f]{6}$/, 'kleur als #rrggbb (kleine letters)');
const CbsIndicatorId = z.string().regex(/^[A-Z0-9_]+$/, 'CBS-indicator als in layers/indicators/, bv. AF_ARTSPR');

/**
 * Where a number comes from: a published `source` (citation text), or `aanname: true` with the `reason`. Exactly one of
 * the two, so the app can always say whether a figure is a norm or our own assumption.
 */
const Sourced = z.object({ source: z.string().min(10) }).strict();
const Assumed = z.object({ aanname: z.literal(true), reason: z.string().min(10) }).strict();
const provenance = <T extends z.ZodRawShape>(shape: T) =>
  z.union([z.object({ ...shape, ...Sourced.shape }).strict(), z.object({ ...shape, ...Assumed.shape }).strict()]);

/** Travel mode a distance norm is meant for; 'hemelsbreed' when the source gives a distance without a mode. */
export const NormMode = z.enum(['lopen', 'fietsen', 'auto', 'hemelsbreed']);

export const FacilityNormSchema = provenance({
  /** Stable id within the type, e.g. 'lopen-1000'. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Dutch label as the legend shows it. */
  label: z.string().min(3),
  mode: NormMode,
  /** The distance in metres; null for a norm that is a travel time only (then `minutes` is set and the app says so). */
  metres: z.number().int().positive().nullable(),
  /** Travel time in minutes, when the norm is stated as a time. */
  minutes: z.number().positive().optional(),
  /** Dutch caveat shown with the norm (guideline, not law; time not distance). */
  note: z.string().min(5).optional(),
}).refine((n) => n.metres !== null || n.minutes !== undefined, {
  message: 'een norm heeft een afstand (metres) of een tijd (minutes)',
});
export type FacilityNorm = z.infer<typeof FacilityNormSchema>;

/** CBS radii "aantal binnen x km" (1/3/5 by default; 3/5/10 voortgezet onderwijs; 5/10/20 ziekenhuis). */
export const RadiiSchema = provenance({
  km: z.tuple([z.number().positive(), z.number().positive(), z.number().positive()]),
}).refine((r) => r.km[0] < r.km[1] && r.km[1] < r.km[2], { message: 'stralen oplopend, bv. [1, 3, 5]' });
export type Radii = z.infer<typeof RadiiSchema>;

/** Capacity where it matters (huisarts, kinderopvang, scholen); null where it does not. */
export const CapacitySchema = z
  .object({
    /** Dutch unit, e.g. 'patiënten', 'kindplaatsen', 'leerlingen'. */
    unit: z.string().min(3),
    /** Capacity per unit of staff, e.g. the normpraktijk of 2,350 patients per FTE, with where it comes from. */
    perFte: provenance({ value: z.number().positive() }).optional(),
    /** Capacity of one facility when the list gives none: always an aanname, null when there is no basis at all. */
    default: z.number().int().positive().nullable(),
    /** Dutch basis of that default (how it was derived, or why there is none). */
    defaultBasis: z.string().min(10),
  })
  .strict();
export type Capacity = z.infer<typeof CapacitySchema>;

/** One source file of points, relative to geodata/ (WGS84 GeoJSON points with the properties in SOURCES.md). */
export const FacilityDataSchema = z
  .object({
    file: z.string().regex(/^sources\/facilities\/.+\.geojson$/, 'puntenbestand in geodata/sources/facilities/ (.geojson)'),
    /** Attribution, as the app shows it. */
    title: z.string().min(3),
    publisher: z.string().min(2),
    licence: z.string().min(2),
    /** Date (or year) of the data as the source states it. */
    date: z.string().min(4),
    /** Set by the importer: when and from what the file was added. */
    imported: z.object({ date: z.string(), from: z.string() }).strict().optional(),
  })
  .strict();
export type FacilityData = z.infer<typeof FacilityDataSchema>;

export const FacilityTypeConfigSchema = z
  .object({
    version: z.literal(1),
    id: FacilityTypeId,
    /** Dutch label (singular), as in the legend. */
    label: z.string().min(3),
    symbol: FacilitySymbol,
    colour: Colour,
    /** The CBS nearness indicators for this type (layers/indicators/<id>.json); null when CBS has none. */
    cbsIndicators: z.array(CbsIndicatorId).min(1).nullable(),
    /** Dutch note: why there is no CBS indicator, or how the CBS figure differs from ours. */
    cbsNote: z.string().min(10).optional(),
    radii: RadiiSchema,
    /** Distance norms; few are hard (see VOORZIENINGEN.md), so most carry `aanname` or a guideline source. */
    norms: z.array(FacilityNormSchema),
    capacity: CapacitySchema.nullable(),
    /** Point files for this type; null when no real data exists (never invented points). */
    data: z.array(FacilityDataSchema).min(1).nullable(),
    /** Dutch: how the municipality adds or replaces the list (required when `data` is null). */
    howToAdd: z.string().min(10).optional(),
  })
  .strict()
  .refine((c) => c.data !== null || c.howToAdd !== undefined, {
    message: 'zonder gegevens (data: null) is howToAdd verplicht',
    path: ['howToAdd'],
  })
  .refine((c) => c.cbsIndicators !== null || c.cbsNote !== undefined, {
    message: 'zonder CBS-indicator (cbsIndicators: null) is cbsNote verplicht',
    path: ['cbsNote'],
  });
export type FacilityTypeConfig = z.infer<typeof FacilityTypeConfigSchema>;

// ------------------------------------------------------------------------------------------------------------------
// public/data/voorzieningen.json

/** One facility as the app draws it. */
export const FacilityPointSchema = z
  .object({
    /** WGS84, rounded to 6 decimals (~0.1 m). */
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    name: z.string().min(1),
    /** Street and number, postcode and place as the source gives them; '' when the source has none. */
    address: z.string(),
    in_weert: z.boolean(),
    /** false = placeholder coordinate (e.g. a PC4 centroid), not the facility's location. */
    location_reliable: z.boolean(),
    /** The source file (FacilityData.file) the point comes from; its attribution is in the type's `sources`. */
    source: z.string(),
  })
  .strict();
export type FacilityPoint = z.infer<typeof FacilityPointSchema>;

export const FacilityTypeOutSchema = z
  .object({
    id: FacilityTypeId,
    label: z.string(),
    symbol: FacilitySymbol,
    colour: Colour,
    cbsIndicators: z.array(z.string()).nullable(),
    cbsNote: z.string().nullable(),
    radii: RadiiSchema,
    norms: z.array(FacilityNormSchema),
    capacity: CapacitySchema.nullable(),
    /** False when no real data exists: the app shows `howToAdd` instead of points. */
    hasData: z.boolean(),
    howToAdd: z.string().nullable(),
    sources: z.array(FacilityDataSchema.omit({ imported: true })),
    /** Sorted by name, then lon, lat. */
    points: z.array(FacilityPointSchema),
  })
  .strict();
export type FacilityTypeOut = z.infer<typeof FacilityTypeOutSchema>;

export const FacilitiesFileSchema = z
  .object({
    version: z.literal(1),
    /** Dutch: which facilities are included (Weert and up to 5 km outside, Dutch side only). */
    selection: z.string(),
    /** Sorted by id. */
    types: z.array(FacilityTypeOutSchema),
    /** One Dutch attribution line per source file, sorted. */
    attribution: z.array(z.string()),
  })
  .strict();
export type FacilitiesFile = z.infer<typeof FacilitiesFileSchema>;
