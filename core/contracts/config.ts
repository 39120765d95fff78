// Zod schemas for the declarative configs in layers/. Pure: imported by the geodata pipeline (Node) and the app.
import { z } from 'zod';
import { levelCode } from './codes';

export const THEME_IDS = [
  'demografie',
  'maatschappelijke-participatie',
  'economische-participatie',
  'gezonde-leefstijl',
  'gezondheid',
  'wonen',
  'woonomgeving',
] as const;
export const ThemeId = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeId>;

export const ThemeSchema = z
  .object({
    id: ThemeId,
    label: z.string().min(1),
    description: z.string().min(1),
  })
  .strict();

export const ThemesFileSchema = z
  .object({
    version: z.literal(1),
    themes: z.array(ThemeSchema).min(1),
  })
  .strict();

/** How a value relates to its area; drives choropleth suitability and (later) aggregation between area levels. */
export const Measure = z.enum([
  'count', // absolute number (inwoners, woningen): sums over areas, not mapped as choropleth by default
  'share', // percentage of a population/denominator
  'rate', // per 1,000 / per household / per km²
  'mean', // average (income, WOZ, household size, distance)
  'category', // ordinal code (stedelijkheid 1-5)
]);
export type Measure = z.infer<typeof Measure>;

export const Polarity = z.enum(['higher-is-better', 'higher-is-worse', 'neutral']);
export type Polarity = z.infer<typeof Polarity>;

export const IndicatorSchema = z
  .object({
    version: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_]+$/, 'id: alleen letters, cijfers en _'),
    label: z.string().min(3),
    /** One Dutch sentence: what the figure means. */
    description: z.string().min(10),
    theme: ThemeId,
    /** Unit exactly as in the source CSV's `unit` column (checked by the pipeline). */
    unit: z.string().min(1),
    measure: Measure,
    polarity: Polarity,
    /** toestand = state of the population; inzet = municipal policy effort (Wmo, bijstand, …). */
    kind: z.enum(['toestand', 'inzet']),
    decimals: z.number().int().min(0).max(3),
    source: z
      .object({
        publisher: z.string().min(2), // e.g. "CBS", "RIVM/CBS/GGD'en – Gezondheidsmonitor Volwassenen en Ouderen"
        tables: z.array(z.string().min(3)).min(1), // StatLine ids, e.g. ["50090NED"]
        licence: z.string().min(2),
        url: z.url().optional(),
      })
      .strict(),
    /** Dutch text: peildatum or survey period. */
    referencePeriod: z.string().min(5),
    /** Caveats users must read (model estimates, definition changes, rounding). */
    caveat: z.string().optional(),
    /** Indicator id of the population this share/rate is taken of, when it exists in the data (for aggregation). */
    denominator: z.string().optional(),
    /**
     * Another indicator to show beside this one in the area profile, e.g. CBS's road distance (AF_ARTSPR) beside our
     * own estimate: the user sees both figures and how they were made.
     */
    compareWith: z.string().optional(),
    /** 'concept' = scaffolded by the importer; the UI marks it until someone completes and approves the metadata. */
    status: z.enum(['concept', 'definitief']).default('definitief'),
  })
  .strict();
export type IndicatorConfig = z.infer<typeof IndicatorSchema>;

const DerivedAreaCode = levelCode('deelgebied', 'code van een deelgebied');

/** An area set that is not a CBS level: defined as groups of buurten, or delivered as polygons. */
export const AreaSetSchema = z
  .object({
    version: z.literal(1),
    id: z.literal('deelgebied'),
    label: z.string().min(3),
    description: z.string().min(10),
    /** Shown in the UI: how the set was made and that the municipality may replace it. */
    derivation: z.string().min(10),
    source: z.string().min(5),
    definition: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('buurten'),
          areas: z
            .array(
              z
                .object({
                  code: DerivedAreaCode,
                  name: z.string().min(2),
                  buurten: z.array(levelCode('buurt', 'buurtcode')).min(1),
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
      z
        .object({
          kind: z.literal('polygons'),
          /** GeoJSON in WGS84, relative to geodata/ (the importer reprojects RD New on the way in). */
          file: z.string(),
          codeProperty: z.string(),
          nameProperty: z.string(),
          /** How buurt values are spread over polygons that cut through buurten. */
          weighting: z.enum(['area', 'population']),
        })
        .strict(),
    ]),
  })
  .strict();
export type AreaSetConfig = z.infer<typeof AreaSetSchema>;

export const PublicationConfigSchema = z
  .object({
    version: z.literal(1),
    description: z.string(),
    /** 'publiek' suppresses small numbers in everything shown or exported; 'intern' shows all values. */
    profile: z.enum(['publiek', 'intern']),
    minPopulation: z.number().int().min(0),
    minOwnCount: z.number().int().min(0),
    /**
     * Counts that add up per area (inhabitants = the age groups): secondary suppression keeps a withheld value from
     * following from its published siblings, as it does along the area levels.
     */
    indicatorSums: z
      .array(
        z
          .object({
            total: z.string(),
            parts: z.array(z.string()).min(2),
          })
          .strict(),
      )
      .optional(),
    /** Shares that are 100 × numerator / denominator per area (share of 65+ = 65+ / inhabitants), likewise. */
    indicatorShares: z.array(z.object({ share: z.string(), numerator: z.string(), denominator: z.string() }).strict()).optional(),
  })
  .strict();
export type PublicationConfig = z.infer<typeof PublicationConfigSchema>;

export const AggregationConfigSchema = z
  .object({
    version: z.literal(1),
    description: z.string(),
    /** Weight for shares of an age group: that group's population, where it exists per buurt. */
    subgroupWeights: z.record(z.string(), z.object({ indicator: z.string(), note: z.string() }).strict()),
  })
  .strict();
export type AggregationConfig = z.infer<typeof AggregationConfigSchema>;
