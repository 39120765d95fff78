// Zod schemas for growth scenarios (layers/scenarios/): the parameters every scenario shares, and each scenario's
// target and projects. Every figure carries where it comes from: a published source with its status, or the word
// "aanname" with a reason. Pure: imported by the pipeline and the app (loading a saved scenario).
import { z } from 'zod';
import { levelCode, yearSchema } from './codes';
import { AGE_GROUPS, type AgeGroup, NORM_KEYS, type NormKey, SOURCE_STATUSES } from './scenario-keys';

export * from './scenario-keys';

export const ProvenanceSchema = z.discriminatedUnion(
  'status',
  [
    z
      .object({
        status: z.enum(SOURCE_STATUSES),
        bron: z.string({ error: 'bron: noem de publicatie of de url' }).min(5, 'bron: noem de publicatie of de url'),
        toelichting: z.string().optional(),
      })
      .strict(),
    z
      .object({
        status: z.literal('aanname'),
        reden: z
          .string({ error: 'een aanname heeft een reden (minstens 10 tekens)' })
          .min(10, 'een aanname heeft een reden (minstens 10 tekens)'),
      })
      .strict(),
  ],
  // Own messages, not zod's English defaults: the pipeline does not switch zod to Dutch, and a saved scenario is
  // checked with this schema too.
  { error: 'herkomst: status wettelijk, richtlijn, lokaal of secundair met een bron, of aanname met een reden' },
);
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const ParamSchema = z
  .object({
    label: z.string().min(3),
    waarde: z.number().finite().min(0),
    eenheid: z.string().min(1),
    herkomst: ProvenanceSchema,
  })
  .strict();
export type Param = z.infer<typeof ParamSchema>;

const shares = z
  .object(Object.fromEntries(AGE_GROUPS.map((g) => [g, z.number().min(0).max(1)])) as Record<AgeGroup, z.ZodNumber>)
  .strict()
  .refine((s) => Math.abs(Object.values(s).reduce((a, b) => a + b, 0) - 1) < 1e-6, 'de aandelen tellen op tot 1');

/** Who lives in a home of one type, by the project's age: children come as a wave after completion. */
export const AgePhaseSchema = z
  .object({
    /** Years since completion from which this split applies (the first phase starts at 0). */
    vanafJaar: z.number().int().min(0).max(100),
    aandelen: shares,
    herkomst: ProvenanceSchema,
  })
  .strict();

const phases = z
  .array(AgePhaseSchema)
  .min(1)
  .refine((a) => a[0]?.vanafJaar === 0, 'de eerste fase begint bij 0 jaar')
  .refine((a) => a.every((p, i) => i === 0 || p.vanafJaar > (a[i - 1]?.vanafJaar ?? 0)), 'fasen in oplopende volgorde');

export const ParametersSchema = z
  .object({
    version: z.literal(1),
    description: z.string().min(10),
    /** Persons per occupied home, by dwelling type. */
    bezetting: z.object({ grondgebonden: ParamSchema, appartement: ParamSchema, zorg: ParamSchema }).strict(),
    leeftijdsprofiel: z.object({ grondgebonden: phases, appartement: phases, zorg: phases }).strict(),
    /** Share of a year's new homes occupied at the end of the year they are completed (the rest a year later). */
    bewoondInOpleverjaar: ParamSchema.refine((p) => p.waarde <= 1, 'een aandeel ligt tussen 0 en 1'),
    normen: z.object(Object.fromEntries(NORM_KEYS.map((k) => [k, ParamSchema])) as Record<NormKey, typeof ParamSchema>).strict(),
  })
  .strict();
export type Parameters = z.infer<typeof ParametersSchema>;

const mix = z
  .object({
    grondgebonden: z.number().min(0).max(1),
    appartement: z.number().min(0).max(1),
    zorg: z.number().min(0).max(1),
  })
  .strict()
  .refine((m) => Math.abs(m.grondgebonden + m.appartement + m.zorg - 1) < 1e-6, 'de woningmix telt op tot 1');
export type Mix = z.infer<typeof mix>;

const perYear = z
  .record(z.string().regex(/^\d{4}$/, 'jaartal van vier cijfers'), z.number().int().min(0).max(10_000))
  .refine((r) => Object.keys(r).every((y) => Number(y) >= 2000 && Number(y) <= 2100), 'jaren tussen 2000 en 2100');

export const ProjectSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en -'),
    naam: z.string().min(2),
    /** null: the location's buurt is not known (counted in the gemeente total only). */
    buurt: levelCode('buurt', 'buurtcode').nullable(),
    /** How the buurt was assigned (published, or an assumption by name). */
    buurtGrondslag: z.string().min(3),
    punt: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /** The plan area, when known (GeoJSON Polygon in WGS84); its centre places the symbol when there is no point. */
    vlak: z
      .object({
        type: z.literal('Polygon'),
        coordinates: z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4)).min(1),
      })
      .strict()
      .optional(),
    /** Homes completed per year (gross). */
    woningenPerJaar: perYear,
    /** Homes demolished or merged per year in the same project: renewal is not growth. */
    vervangenPerJaar: perYear.optional(),
    mix,
    status: z.enum(['hard', 'zacht']),
    /** published: the count is a published figure (see bron); toewijzing: an allocation this scenario assumes. */
    soort: z.enum(['gepubliceerd', 'toewijzing', 'nog-niet-toegewezen', 'eigen']),
    /** Where the count comes from; spreading it over years and the mix are assumptions unless stated. */
    herkomst: ProvenanceSchema,
    planning: ProvenanceSchema,
    mixHerkomst: ProvenanceSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const [y, n] of Object.entries(p.vervangenPerJaar ?? {}))
      if (n > (p.woningenPerJaar[y] ?? 0))
        ctx.addIssue({ code: 'custom', path: ['vervangenPerJaar', y], message: 'meer vervangen dan gebouwd in dat jaar' });
  });
export type Project = z.infer<typeof ProjectSchema>;

export const TargetSchema = z
  .object({
    woningen: z.number().int().min(0),
    eindjaar: yearSchema('eindjaar'),
    herkomst: ProvenanceSchema,
    alternatief: z.string().optional(),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en -'),
    naam: z.string().min(3),
    beschrijving: z.string().min(10),
    /** Another scenario whose projects this one starts from (its own projects replace those with the same id). */
    basis: z.string().optional(),
    doel: TargetSchema.optional(),
    startjaar: yearSchema('startjaar').optional(),
    projecten: z.array(ProjectSchema),
    /** Projects of the basis this variant leaves out (e.g. the unallocated remainder it distributes). */
    zonder: z.array(z.string()).optional(),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioSchema>;

/** A scenario with its basis applied: what the effect model and the UI use. */
export interface Scenario {
  id: string;
  naam: string;
  beschrijving: string;
  doel: z.infer<typeof TargetSchema>;
  startjaar: number;
  projecten: Project[];
}

/** What the pipeline writes to public/data/scenarios.json. */
export const ScenariosFileSchema = z
  .object({
    version: z.literal(1),
    parameters: ParametersSchema,
    scenarios: z.array(
      z
        .object({
          id: z.string(),
          naam: z.string(),
          beschrijving: z.string(),
          doel: TargetSchema,
          startjaar: yearSchema(),
          projecten: z.array(ProjectSchema),
        })
        .strict(),
    ),
    /** Base population the growth is set against: per buurt (CBS 2024) and per wijk and gemeente (CBS 2025). */
    basis: z
      .object({
        bron: z.string(),
        jaren: z.record(z.string(), z.number().int()),
        inwoners: z.record(z.string(), z.number()),
        /** The latest forecast against the observed population: outdated when it is already below it. */
        prognose: z
          .object({
            titel: z.string(),
            jaar: z.number().int(),
            prognose: z.number(),
            waargenomen: z.number(),
            verouderd: z.boolean(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    /** buurt → deelgebied, from the area set (empty when none). */
    deelgebieden: z.record(z.string(), z.string()),
    attributie: z.array(z.string()),
  })
  .strict();
export type ScenariosFile = z.infer<typeof ScenariosFileSchema>;
