// The geodata pipeline: sources (geodata/sources.json) + catalogue (layers/) → files in public/data/.
// Each stage is a pure function in geodata/lib; this module only reads inputs and names the stages.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { z } from 'zod';
import { deriveAreaSetSeries } from '../core/areaset';
import { CODE_PATTERNS } from '../core/codes';
import { levelCode, yearSchema } from '../core/contracts/codes';
import type { AreaSetConfig } from '../core/contracts/config';
import { type Area, type Catalogue, CatalogueSchema, DATA_FILES, IndicatorTableSchema } from '../core/contracts/data';
import { encodeIndicatorTable, stringifyIndicatorFile } from '../core/contracts/indicators-file';
import { overlayMembership } from '../core/overlay';
import { sortSeries } from '../core/series';
import { suppressSmallNumbers } from '../core/suppress';
import { loadAreaSetConfig, loadCatalogue, loadPublicationConfig } from './lib/catalogue';
import { InputError } from './lib/errors';
import { parsePolygonCollection } from './lib/geojson';
import { parseStatsCsv, type StatRow } from './lib/stats';
import { buildIndicatorTable, catalogueEntries } from './lib/table';
import { type AreaSetGeometry, buildContextTopology, buildTopology, type CodeRow } from './lib/topology';

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
          imported: z.object({ date: z.string(), from: z.string() }).strict().optional(),
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
            imported: z.object({ date: z.string(), from: z.string() }).strict().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type SourcesManifest = z.infer<typeof SourcesManifestSchema>;

export interface PipelinePaths {
  /** Folder holding sources.json; file paths in it are relative to this folder. */
  geodataDir: string;
  layersDir: string;
  /** Overrides layers/publication.json: 'intern' keeps every value (never for the public website). */
  profile?: 'publiek' | 'intern';
}

export interface PipelineResult {
  /** File name in public/data/ → exact content. */
  files: Map<string, string>;
  report: string[];
}

const CodeRowSchema = z.object({
  gemeentecode: levelCode('gemeente', 'gemeentecode'),
  gemeentenaam: z.string().min(1),
  wijkcode: levelCode('wijk', 'wijkcode'),
  wijknaam: z.string().min(1),
  buurtcode: levelCode('buurt', 'buurtcode'),
  buurtnaam: z.string().min(1),
});

function parseCodes(text: string, file: string): CodeRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const issues = parsed.data.flatMap((r, i) => {
    const p = CodeRowSchema.safeParse(r);
    return p.success
      ? []
      : p.error.issues.map((iss) => ({ file, row: i + 2, column: String(iss.path[0]), message: iss.message }));
  });
  if (issues.length > 0) throw new InputError(issues);
  return parsed.data as unknown as CodeRow[];
}

/** Geometry of the derived area set: the buurt lists as they are, or the delivered polygons (WGS84, validated). */
function loadAreaSetGeometry(cfg: AreaSetConfig, read: (rel: string) => string): AreaSetGeometry {
  const d = cfg.definition;
  if (d.kind === 'buurten') return { kind: 'buurten', areas: d.areas };
  const features = parsePolygonCollection(read(d.file), d.file);
  const issues = features.flatMap((f, i) =>
    typeof f.properties[d.codeProperty] === 'string' && CODE_PATTERNS.deelgebied.test(f.properties[d.codeProperty] as string)
      ? []
      : [{ file: d.file, row: i + 1, column: d.codeProperty, message: `code moet DG gevolgd door twee cijfers zijn` }],
  );
  if (issues.length > 0) throw new InputError(issues);
  return {
    kind: 'polygons',
    features: features.map((f) => ({
      code: String(f.properties[d.codeProperty]),
      name: String(f.properties[d.nameProperty] ?? f.properties[d.codeProperty]),
      geometry: f.geometry as Polygon | MultiPolygon,
    })),
  };
}

function areaSetCodes(g: AreaSetGeometry): Array<{ code: string; name: string }> {
  return (g.kind === 'buurten' ? g.areas : g.features).map((a) => ({ code: a.code, name: a.name }));
}

export function loadSourcesManifest(geodataDir: string): SourcesManifest {
  const file = join(geodataDir, 'sources.json');
  const r = SourcesManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new InputError(r.error.issues.map((i) => ({ file, column: i.path.join('.'), message: i.message })));
  return r.data;
}

export function runPipeline({ geodataDir, layersDir, profile }: PipelinePaths): PipelineResult {
  const report: string[] = [];
  const manifest = loadSourcesManifest(geodataDir);
  const read = (rel: string) => readFileSync(join(geodataDir, rel), 'utf8');

  // 1. Boundaries → one topology for buurt/wijk/gemeente, one for the neighbouring gemeenten.
  const codes = parseCodes(read(manifest.boundaries.codes), manifest.boundaries.codes);
  const buurten = parsePolygonCollection(read(manifest.boundaries.buurten), manifest.boundaries.buurten);
  const context = parsePolygonCollection(read(manifest.boundaries.context), manifest.boundaries.context);
  const { areaSet, aggregation } = loadAreaSetConfig(layersDir);
  const areaSetGeometry = areaSet ? loadAreaSetGeometry(areaSet, read) : undefined;
  const topo = buildTopology({
    buurten,
    codes,
    ...(areaSetGeometry ? { areaSet: areaSetGeometry } : {}),
    files: { buurten: manifest.boundaries.buurten, codes: manifest.boundaries.codes, areaSet: 'layers/areasets/deelgebied.json' },
  });
  const gm = codes[0] as CodeRow;
  const contextTopo = buildContextTopology(context, gm.gemeentecode);

  // 2. Statistics → validated rows → indicator table joined with the catalogue.
  const { themes, indicators } = loadCatalogue(layersDir);
  const rows: StatRow[] = [];
  const errors: InputError[] = [];
  for (const s of manifest.stats) {
    try {
      rows.push(...parseStatsCsv(read(s.file), s.file));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new InputError(errors.flatMap((e) => e.issues));

  const weertAreas: Area[] = [
    { code: gm.gemeentecode, name: gm.gemeentenaam, level: 'gemeente', weert: true },
    ...[...new Map(codes.map((c) => [c.wijkcode, c])).values()].map(
      (c): Area => ({ code: c.wijkcode, name: c.wijknaam, level: 'wijk', parent: c.gemeentecode, weert: true }),
    ),
    ...codes.map((c): Area => ({ code: c.buurtcode, name: c.buurtnaam, level: 'buurt', parent: c.wijkcode, weert: true })),
    ...(areaSetGeometry
      ? areaSetCodes(areaSetGeometry).map((a): Area => ({ ...a, level: 'deelgebied', parent: gm.gemeentecode, weert: true }))
      : []),
  ];
  const indeling = new Map(manifest.stats.flatMap((s) => (s.indeling ? [[s.file, s.indeling] as const] : [])));
  const own = new Set(manifest.stats.filter((s) => s.kind === 'eigen').map((s) => s.file));
  const base = buildIndicatorTable(rows, indicators, weertAreas, indeling, own);
  const { uncatalogued, noDataCount } = base;

  // 3. Derived area set: aggregate buurt series with the catalogue's rules (sum / weighted by denominator).
  let series = base.table.series;
  if (areaSet && areaSetGeometry) {
    const buurtFeatures = (
      feature(topo, topo.objects.buurt as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { code: string }>
    ).features;
    const membership =
      areaSetGeometry.kind === 'buurten'
        ? Object.fromEntries(areaSetGeometry.areas.map((a) => [a.code, a.buurten.map((code) => ({ code, fraction: 1 }))]))
        : overlayMembership(
            buurtFeatures,
            areaSetGeometry.features.map((f) => ({
              type: 'Feature' as const,
              properties: { code: f.code },
              geometry: f.geometry,
            })),
          );
    const mode = areaSet.definition.kind === 'buurten' ? 'buurten' : areaSet.definition.weighting;
    const buurtAreas = Object.fromEntries(buurtFeatures.map((f) => [f.properties.code, Math.round(turfArea(f))]));
    const derived = deriveAreaSetSeries({ series, catalogue: indicators, cfg: aggregation, membership, mode, buurtAreas });
    series = sortSeries([...series, ...derived]);
    report.push(`${derived.length} reeksen samengesteld voor ${areaSet.label}`);
  }
  // 4. Publication profile: small numbers are withheld (and marked) in everything the public build shows.
  const publication = loadPublicationConfig(layersDir);
  if (profile) publication.profile = profile;
  const suppressed = suppressSmallNumbers(series, indicators, publication, aggregation);
  series = suppressed.series;
  report.push(
    `publicatieprofiel '${publication.profile}': ${suppressed.suppressedValues} waarden onderdrukt (minder dan ${publication.minPopulation} inwoners)`,
  );
  const table = { ...base.table, series };
  const entries = catalogueEntries(indicators, series);
  report.push(
    `${rows.length} bronrijen gelezen uit ${manifest.stats.length} bestanden; ${noDataCount} zonder waarde (geheim/ontbrekend)`,
  );
  report.push(`${table.series.length} reeksen voor ${entries.length} indicatoren; ${table.areas.length} gebieden`);
  if (uncatalogued.length > 0) {
    report.push(`niet gepubliceerd (geen catalogusbestand in layers/indicators/): ${uncatalogued.length} indicatoren`);
  }

  const attribution = [
    manifest.boundaries.attribution,
    ...manifest.stats.map((s) => `${s.publisher}: ${s.title} (${s.tables.join(', ')}), ${s.licence}`),
  ];
  const catalogue: Catalogue = CatalogueSchema.parse({
    version: 1,
    themes,
    indicators: entries,
    attribution,
    publication: { profile: publication.profile, minPopulation: publication.minPopulation, minOwnCount: publication.minOwnCount },
    ...(areaSet
      ? {
          areaSet: {
            id: areaSet.id,
            label: areaSet.label,
            description: areaSet.description,
            derivation: areaSet.derivation,
            source: areaSet.source,
            kind: areaSet.definition.kind,
          },
        }
      : {}),
  });
  IndicatorTableSchema.parse(table);

  const files = new Map<string, string>();
  files.set(DATA_FILES.topology, `${JSON.stringify(topo)}\n`);
  files.set(DATA_FILES.context, `${JSON.stringify(contextTopo)}\n`);
  files.set(DATA_FILES.indicators, stringifyIndicatorFile(encodeIndicatorTable(table)));
  files.set(DATA_FILES.catalogue, `${JSON.stringify(catalogue, null, 1)}\n`);
  const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
  files.set(
    'manifest.json',
    `${JSON.stringify({ version: 1, files: Object.fromEntries([...files].map(([n, c]) => [n, sha(c)])) }, null, 2)}\n`,
  );
  return { files, report };
}
