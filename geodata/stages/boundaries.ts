// Stage 2, boundaries: code list + buurt polygons (+ the area set's geometry) → one topology for
// buurt/wijk/gemeente(/deelgebied), and the neighbouring gemeenten as a separate, coarser topology.
import type { MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { levelCode } from '../../core/contracts/codes';
import type { AreaSetConfig } from '../../core/contracts/config';
import { InputError } from '../lib/errors';
import { parsePolygonCollection } from '../lib/geojson';
import { type AreaSetGeometry, buildContextTopology, buildTopology, type CodeRow } from '../lib/topology';
import type { SourceText } from './read-sources';

export interface BoundariesInput {
  codes: SourceText;
  buurten: SourceText;
  context: SourceText;
  areaSet: AreaSetConfig | null;
  areaSetPolygons?: SourceText;
}

export interface Boundaries {
  /** The gemeente's buurten with their wijk and gemeente, as the code list gives them. */
  codes: CodeRow[];
  gemeente: { code: string; name: string };
  areaSetGeometry?: AreaSetGeometry;
  topology: Topology;
  contextTopology: Topology;
}

/** Named in messages about the area set's buurt lists. */
export const AREASET_CONFIG_FILE = 'layers/areasets/deelgebied.json';

const CodeRowSchema = z.object({
  gemeentecode: levelCode('gemeente', 'gemeentecode'),
  gemeentenaam: z.string().min(1),
  wijkcode: levelCode('wijk', 'wijkcode'),
  wijknaam: z.string().min(1),
  buurtcode: levelCode('buurt', 'buurtcode'),
  buurtnaam: z.string().min(1),
});
const DeelgebiedCode = levelCode('deelgebied');

export function parseCodes({ text, file }: SourceText): CodeRow[] {
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
export function parseAreaSetGeometry(cfg: AreaSetConfig, polygons: SourceText | undefined): AreaSetGeometry {
  const d = cfg.definition;
  if (d.kind === 'buurten') return { kind: 'buurten', areas: d.areas };
  const features = parsePolygonCollection(polygons?.text ?? '', d.file);
  const issues = features.flatMap((f, i) => {
    const code = DeelgebiedCode.safeParse(f.properties[d.codeProperty]);
    return code.success
      ? []
      : [{ file: d.file, row: i + 1, column: d.codeProperty, message: 'code moet DG gevolgd door twee cijfers zijn' }];
  });
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

export function buildBoundaries(input: BoundariesInput): Boundaries {
  const codes = parseCodes(input.codes);
  const buurten = parsePolygonCollection(input.buurten.text, input.buurten.file);
  const context = parsePolygonCollection(input.context.text, input.context.file);
  const areaSetGeometry = input.areaSet ? parseAreaSetGeometry(input.areaSet, input.areaSetPolygons) : undefined;
  const topology = buildTopology({
    buurten,
    codes,
    ...(areaSetGeometry ? { areaSet: areaSetGeometry } : {}),
    files: { buurten: input.buurten.file, codes: input.codes.file, areaSet: AREASET_CONFIG_FILE },
  });
  const gm = codes[0] as CodeRow;
  return {
    codes,
    gemeente: { code: gm.gemeentecode, name: gm.gemeentenaam },
    ...(areaSetGeometry ? { areaSetGeometry } : {}),
    topology,
    contextTopology: buildContextTopology(context, gm.gemeentecode),
  };
}
