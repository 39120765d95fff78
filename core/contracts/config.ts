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
  'groei',
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
    /**
     * Notes for the municipality's own staff (how a copy of the source was checked, where it came from): shown only
     * in the intern build; the public catalogue never carries them.
     */
    internalCaveat: z.string().optional(),
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

const Assumed = z.object({ status: z.literal('aanname'), reden: z.string().min(10) }).strict();

/** When an area is called better or worse than Weert (layers/comparison.json); smaller differences are "vergelijkbaar". */
export const ComparisonConfigSchema = z
  .object({
    version: z.literal(1),
    description: z.string().min(10),
    percentages: z.object({ procentpunt: z.number().min(0), herkomst: Assumed }).strict(),
    modelschattingen: z.object({ procentpunt: z.number().min(0), herkomst: Assumed }).strict(),
    overig: z.object({ relatief: z.number().min(0).max(1), herkomst: Assumed }).strict(),
  })
  .strict();
export type ComparisonConfig = z.infer<typeof ComparisonConfigSchema>;
/** A search word: lower case, no accents, letters, digits and single spaces (how the search normalises a query). */
const SearchWord = z
  .string()
  .regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'zoekwoord: kleine letters zonder accenten, cijfers en enkele spaties');

/**
 * layers/synonyms.json: everyday words mapped to terms that occur in indicator names or descriptions, so a search
 * for "armoede" finds the bijstand and sociaal-minimum indicators. Kept in config so the municipality can add words.
 */
export const SynonymsFileSchema = z
  .object({
    version: z.literal(1),
    description: z.string(),
    /** Word the user may type → terms searched instead (the word itself is always searched too). */
    synonyms: z.record(SearchWord, z.array(z.string().min(2)).min(1, 'geef minstens één zoekterm')),
  })
  .strict();
export type SynonymsConfig = z.infer<typeof SynonymsFileSchema>;

/**
 * layers/site.json: what the footer says about the publisher, contact and accessibility. Contact details are filled
 * in by the municipality; without them the site says they follow, and never shows an invented address.
 */
export const SiteSchema = z
  .object({
    /** Who publishes the viewer, e.g. "Gemeente Weert". */
    publisher: z.string().min(2),
    contact: z
      .object({
        /** A role, not a person: "gemeente Weert, team Onderzoek". */
        team: z.string().min(2),
        email: z.email('geen geldig e-mailadres').optional(),
        phone: z.string().min(6).optional(),
        url: z.url('geen geldig webadres (https://…)').optional(),
      })
      .strict(),
    accessibility: z
      .object({
        /** The target, e.g. "WCAG 2.1 niveau AA". */
        target: z.string().min(5),
        /** Dutch sentences: what is known not to work yet, and the alternative. */
        limitations: z.array(z.string().min(10)).min(1),
        /** Date of the statement (YYYY-MM-DD), when the municipality has made one. */
        statementDate: z.iso.date('datum als JJJJ-MM-DD').optional(),
        /** Link to the formal statement in the register (toegankelijkheidsverklaring.nl), when there is one. */
        statementUrl: z.url('geen geldig webadres (https://…)').optional(),
      })
      .strict(),
  })
  .strict();
export type Site = z.infer<typeof SiteSchema>;

export const SiteFileSchema = SiteSchema.extend({
  version: z.literal(1),
  description: z.string(),
}).strict();
export type SiteConfig = z.infer<typeof SiteFileSchema>;
