// `npm run schemas`: JSON Schema files for layers/*.json, generated from the zod contracts (one schema → types,
// validation and editor help, as the maplibre style spec does). Editors offer completion and flag errors while
// a file is written; the pipeline still validates with zod. A test fails when a file is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  AggregationConfigSchema,
  AreaSetSchema,
  IndicatorSchema,
  PublicationConfigSchema,
  SiteFileSchema,
  SynonymsFileSchema,
  ThemesFileSchema,
} from '../core/contracts/config';
import { ParametersSchema, ScenarioSchema } from '../core/contracts/scenario';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const LAYER_SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  'indicator.schema.json': { schema: IndicatorSchema, title: 'Indicator (layers/indicators/<id>.json)' },
  'areaset.schema.json': { schema: AreaSetSchema, title: 'Gebiedsindeling (layers/areasets/<id>.json)' },
  'publication.schema.json': { schema: PublicationConfigSchema, title: 'Publicatieprofiel (layers/publication.json)' },
  'aggregation.schema.json': { schema: AggregationConfigSchema, title: 'Samenvoegen (layers/aggregation.json)' },
  'themes.schema.json': { schema: ThemesFileSchema, title: "Thema's (layers/themes.json)" },
  'synonyms.schema.json': { schema: SynonymsFileSchema, title: 'Zoekwoorden (layers/synonyms.json)' },
  'site.schema.json': { schema: SiteFileSchema, title: 'Uitgever, contact en toegankelijkheid (layers/site.json)' },
  'scenario.schema.json': { schema: ScenarioSchema, title: 'Groeiscenario (layers/scenarios/<id>.json)' },
  'scenario-parameters.schema.json': {
    schema: ParametersSchema,
    title: 'Parameters van de groeiscenario’s (layers/scenarios/parameters.json)',
  },
};

export function schemaFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(LAYER_SCHEMAS)) {
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
    out.set(name, `${JSON.stringify(json, null, 2)}\n`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, text] of schemaFiles()) writeFileSync(join(root, 'layers', 'schema', name), text);
  console.log(`schemas: ${LAYER_SCHEMAS ? Object.keys(LAYER_SCHEMAS).length : 0} bestanden in layers/schema/`);
}
