// Validation of GeoJSON inputs at the pipeline boundary: structure, CRS (WGS84 lon/lat expected) and ring closure.
import { z } from 'zod';
import { InputError, type InputIssue } from './errors';

const Position = z.tuple([z.number(), z.number()]).rest(z.number());
const Ring = z.array(Position).min(4, 'een ring heeft minstens 4 punten');
const Polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
const MultiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) });

export const PolygonFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()),
  geometry: z.union([Polygon, MultiPolygon]),
});
export type PolygonFeature = z.infer<typeof PolygonFeature>;

const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

/** Rough WGS84 box around the Netherlands and its borders; RD New coordinates (metres) fall far outside it. */
export const NL_BOX = { minLon: 2.5, maxLon: 7.8, minLat: 50.0, maxLat: 54.0 };

function* positions(g: PolygonFeature['geometry']): Generator<number[]> {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) yield* ring;
}

export function parsePolygonCollection(text: string, file: string): PolygonFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError([{ file, message: `geen geldige JSON: ${(e as Error).message}` }]);
  }
  const fc = FeatureCollection.safeParse(json);
  if (!fc.success) throw new InputError([{ file, message: 'geen GeoJSON FeatureCollection' }]);
  const crsName = (json as { crs?: { properties?: { name?: string } } }).crs?.properties?.name;
  if (crsName && !/CRS84|4326/.test(crsName)) {
    throw new InputError([{ file, message: `coördinaatstelsel ${crsName} wordt hier niet verwacht; lever WGS84 (EPSG:4326)` }]);
  }
  const issues: InputIssue[] = [];
  const features: PolygonFeature[] = [];
  fc.data.features.forEach((raw, i) => {
    const f = PolygonFeature.safeParse(raw);
    const where = { file, row: i + 1, column: `features[${i}]` };
    if (!f.success) {
      issues.push({ ...where, message: `ongeldig polygoon-feature: ${f.error.issues[0]?.message ?? ''}` });
      return;
    }
    for (const [lon, lat] of positions(f.data.geometry)) {
      if (lon === undefined || lat === undefined) continue;
      if (lon < NL_BOX.minLon || lon > NL_BOX.maxLon || lat < NL_BOX.minLat || lat > NL_BOX.maxLat) {
        const rd = Math.abs(lon) > 1000 || Math.abs(lat) > 1000;
        issues.push({
          ...where,
          message: rd
            ? `coördinaat (${lon}, ${lat}) lijkt RD New (EPSG:28992); verwacht WGS84 lengte/breedte`
            : `coördinaat (${lon}, ${lat}) ligt buiten Nederland of lengte/breedte zijn verwisseld`,
        });
        return;
      }
    }
    const polys = f.data.geometry.type === 'Polygon' ? [f.data.geometry.coordinates] : f.data.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly) {
        const a = ring[0];
        const b = ring[ring.length - 1];
        if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) {
          issues.push({ ...where, message: 'ring is niet gesloten (eerste en laatste punt verschillen)' });
          return;
        }
      }
    features.push(f.data);
  });
  if (issues.length > 0) throw new InputError(issues);
  return features;
}
