// geodata/sources.json: which source files the pipeline reads. Pipeline-only (the app never sees it).
import { z } from 'zod';
import { yearSchema } from '../../core/contracts/codes';

const ImportedSchema = z.object({ date: z.string(), from: z.string() }).strict();

export const SourcesManifestSchema = z
  .object({
    version: z.literal(1),
    boundaries: z.object({ buurten: z.string(), codes: z.string(), context: z.string(), attribution: z.string() }).strict(),
    stats: z.array(
      z
        .object({
          file: z.string(),
          title: z.string(),
          publisher: z.string(),
          tables: z.array(z.string()).min(1),
          licence: z.string(),
          /** Year of the CBS area division the codes refer to; a change map across different divisions is flagged. */
          indeling: yearSchema('indeling').optional(),
          /** 'eigen' = the municipality's own registration: small counts are suppressed in the public build. */
          kind: z.enum(['cbs', 'eigen']).default('cbs'),
          /** Set by the importer: when and from what the file was added. */
          imported: ImportedSchema.optional(),
        })
        .strict(),
    ),
    /** Point layers (facilities, housing locations) imported as GeoJSON in WGS84. */
    points: z
      .array(
        z
          .object({
            file: z.string(),
            title: z.string(),
            publisher: z.string(),
            licence: z.string(),
            imported: ImportedSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    /** Imported road network (GeoJSON lines, WGS84): when present, the VZ_* distances are over this network. */
    network: z
      .object({
        file: z.string(),
        title: z.string(),
        publisher: z.string(),
        licence: z.string(),
        /** Shown with the data; OpenStreetMap requires "© OpenStreetMap-bijdragers" (ODbL). */
        attribution: z.string(),
        imported: ImportedSchema.optional(),
      })
      .strict()
      .optional(),
    /**
     * The latest population forecast (tidy CSV, BEV_PROGNOSE/BEV_WAARGENOMEN, totaal): shown beside the growth
     * scenarios with its check against the observed population, never used as their trend when it is outdated.
     */
    forecast: z.object({ file: z.string(), title: z.string() }).strict().optional(),
  })
  .strict();
export type SourcesManifest = z.infer<typeof SourcesManifestSchema>;
export type StatSource = SourcesManifest['stats'][number];
