// public/data/wegennet.json: the imported road network as the app's worker needs it to reproduce the pipeline's
// network distances for what-if edits. Compact on purpose (it can hold tens of thousands of lines): no GeoJSON
// wrapper, no properties, [lon, lat] rounded to 6 decimals (~0.1 m). Pure: used by the pipeline and the app.
import type { Feature, LineString } from 'geojson';
import { z } from 'zod';

const LonLat = z.tuple([z.number(), z.number()]);

export const NetworkFileSchema = z
  .object({
    version: z.literal(1),
    /** Title of the imported network, as the method texts name it. */
    title: z.string(),
    /** Attribution line to show with the data (OSM: "© OpenStreetMap-bijdragers"). */
    attribution: z.string(),
    /** One polyline per line part, at least two positions each. */
    lines: z.array(z.array(LonLat).min(2)),
  })
  .strict();
export type NetworkFile = z.infer<typeof NetworkFileSchema>;

/** The file's lines as the distance engine takes them (buildNetwork / SeriesOptions.network). */
export function networkFeatures(file: Pick<NetworkFile, 'lines'>): Feature<LineString>[] {
  return file.lines.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
}
