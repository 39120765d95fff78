// Schemas of the files the geodata pipeline writes to public/data/ and the app reads. Validated on both sides.
import { z } from 'zod';
import { ANY_AREA_CODE, AREA_LEVELS } from '../codes';
import { ComparisonConfigSchema, IndicatorSchema, SiteSchema, ThemeSchema } from './config';

export { AREA_LEVELS };
export const AreaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevel>;

export const AreaCode = z.string().regex(ANY_AREA_CODE, 'geen geldige gebiedscode (NL01, GM…, WK…, BU… of DG…)');

export const AreaSchema = z
  .object({
    code: AreaCode,
    name: z.string().min(1),
    level: AreaLevel,
    parent: AreaCode.optional(),
    /** true for the areas of the gemeente itself; false for reference areas (other gemeenten, NL). */
    weert: z.boolean(),
  })
  .strict();
export type Area = z.infer<typeof AreaSchema>;

export const SeriesSchema = z
  .object({
    indicator: z.string(),
    subgroup: z.string(),
    year: z.number().int(),
    level: AreaLevel,
    /** Source table as given in the source row, e.g. "85984NED (KWB 2024)". */
    source: z.string(),
    /** Year of the area division the codes refer to, when the source states it. */
    indeling: z.number().int().optional(),
    /** For aggregated areas: how the value was made (sum, weighted mean and its weight, overlay). */
    method: z.string().optional(),
    /** Aggregated areas whose value misses some member buurten (no data there), with those buurten. */
    incomplete: z.record(z.string(), z.array(z.string())).optional(),
    /** From the municipality's own registration (not CBS/RIVM). */
    own: z.boolean().optional(),
    /** Areas whose value is withheld in the public build (too few inhabitants or a small own count). */
    suppressed: z.array(AreaCode).optional(),
    values: z.record(AreaCode, z.number()),
  })
  .strict();
export type Series = z.infer<typeof SeriesSchema>;

export const IndicatorTableSchema = z
  .object({
    version: z.literal(1),
    areas: z.array(AreaSchema),
    series: z.array(SeriesSchema),
  })
  .strict();
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

export const AvailabilitySchema = z
  .object({
    level: AreaLevel,
    subgroup: z.string(),
    years: z.array(z.number().int()),
  })
  .strict();

export const CatalogueEntrySchema = IndicatorSchema.extend({
  /** Derived by the pipeline from the data: which (level, subgroup) has which years. */
  availability: z.array(AvailabilitySchema),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CatalogueSchema = z
  .object({
    version: z.literal(1),
    themes: z.array(ThemeSchema),
    indicators: z.array(CatalogueEntrySchema),
    /** Attribution lines shown in the app, one per data source. */
    attribution: z.array(z.string()),
    /** Publication profile the data was built with; 'publiek' = small numbers suppressed. */
    publication: z
      .object({ profile: z.enum(['publiek', 'intern']), minPopulation: z.number(), minOwnCount: z.number() })
      .strict(),
    /** The derived area set (deelgebieden), described so the UI can say how it was made. */
    areaSet: z
      .object({
        id: z.string(),
        label: z.string(),
        description: z.string(),
        derivation: z.string(),
        source: z.string(),
        kind: z.enum(['buurten', 'polygons']),
      })
      .strict()
      .optional(),
    /** When an area is called better or worse than Weert (layers/comparison.json). */
    comparison: ComparisonConfigSchema.optional(),
    /** Everyday search words → terms in indicator names (layers/synonyms.json). */
    synonyms: z.record(z.string(), z.array(z.string())).optional(),
    /** Publisher, contact and accessibility statement for the footer (layers/site.json). */
    site: SiteSchema.optional(),
    /**
     * The latest date a source file was imported (geodata/sources.json `imported.date`): when the data last changed.
     * From the inputs, never the clock, so a rebuild gives the same file. Absent when no source records a date.
     */
    updated: z.iso.date().optional(),
    /**
     * Present only in the tiled layout (national size, core/tiles.ts): geometry as vector tiles, an area index per
     * level, one indicator file per indicator. Absent in the embedded layout (one TopoJSON, one indicators.json).
     */
    layout: z
      .object({
        kind: z.literal('tiles'),
        tiled: z.array(z.enum(['buurt', 'wijk', 'deelgebied'])),
        levels: z.array(AreaLevel),
        minzoom: z.number().int().min(0),
        maxzoom: z.number().int().max(22),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Catalogue = z.infer<typeof CatalogueSchema>;

export { DATA_FILES } from '../files';
