// Build one quantized TopoJSON whose buurt, wijk and gemeente levels share arcs: wijken and the gemeente are
// merged from the buurten, so borders between and across levels coincide exactly (no slivers, gaps or overlaps).

import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { mergeArcs, feature as toFeature } from 'topojson-client';
import { topology as buildTopologyCore } from 'topojson-server';
import type { GeometryObject, Topology, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { InputError, type InputIssue } from './errors';
import type { PolygonFeature } from './geojson';

export interface CodeRow {
  gemeentecode: string;
  gemeentenaam: string;
  wijkcode: string;
  wijknaam: string;
  buurtcode: string;
  buurtnaam: string;
}

export interface AreaProps {
  code: string;
  name: string;
  parent?: string;
  /** Point inside the area for its map label (pole of inaccessibility), lon/lat rounded to 5 decimals. */
  label: [number, number];
}

type AreaGeometry = (TopoPolygon<AreaProps> | TopoMultiPolygon<AreaProps>) & { properties: AreaProps };

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  // Label the largest part (by bbox area as a cheap proxy) so villages with outlying parts get a sensible label.
  let best = polys[0] as Position[][];
  let bestArea = -1;
  for (const p of polys) {
    const xs = (p[0] ?? []).map((c) => c[0] ?? 0);
    const ys = (p[0] ?? []).map((c) => c[1] ?? 0);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (area > bestArea) {
      bestArea = area;
      best = p;
    }
  }
  const [x, y] = polylabel(best as [number, number][][], 0.00005);
  return [round5(x), round5(y)];
}

export interface TopologyInput {
  buurten: PolygonFeature[];
  codes: CodeRow[];
  /** Same quantization for every build keeps the output deterministic. */
  quantization?: number;
}

export function buildTopology(input: TopologyInput): Topology {
  const { buurten, codes, quantization = 1e5 } = input;
  const issues: InputIssue[] = [];
  const byBuurt = new Map(codes.map((c) => [c.buurtcode, c]));
  const seen = new Set<string>();
  const sorted = [...buurten].sort((a, b) => String(a.properties.statcode).localeCompare(String(b.properties.statcode)));
  for (const [i, f] of sorted.entries()) {
    const code = String(f.properties.statcode ?? '');
    if (!byBuurt.has(code))
      issues.push({ file: 'buurten', row: i + 1, column: 'statcode', message: `onbekende buurtcode '${code}'` });
    if (seen.has(code))
      issues.push({ file: 'buurten', row: i + 1, column: 'statcode', message: `buurt ${code} komt twee keer voor` });
    seen.add(code);
  }
  for (const c of codes)
    if (!seen.has(c.buurtcode)) issues.push({ file: 'codes', message: `buurt ${c.buurtcode} heeft geen geometrie` });
  if (issues.length > 0) throw new InputError(issues);

  const buurtFc: FeatureCollection = {
    type: 'FeatureCollection',
    features: sorted.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry as Polygon | MultiPolygon })),
  };
  const topo = buildTopologyCore({ buurt: buurtFc }, quantization);
  const buurtObj = topo.objects.buurt as { type: 'GeometryCollection'; geometries: GeometryObject[] };
  const buurtGeoms = buurtObj.geometries as AreaGeometry[];

  const decode = (g: GeometryObject) => (toFeature(topo, g) as Feature).geometry as Polygon | MultiPolygon;
  sorted.forEach((f, i) => {
    const code = String(f.properties.statcode);
    const c = byBuurt.get(code) as CodeRow;
    const g = buurtGeoms[i] as AreaGeometry;
    g.properties = { code, name: c.buurtnaam, parent: c.wijkcode, label: [0, 0] };
    g.properties.label = labelPoint(decode(g));
  });

  const merged = (geoms: AreaGeometry[], props: Omit<AreaProps, 'label'>): AreaGeometry => {
    const m = mergeArcs(topo, geoms as Array<TopoPolygon | TopoMultiPolygon>) as unknown as AreaGeometry;
    const g = { type: m.type, arcs: m.arcs, properties: { ...props, label: [0, 0] } } as AreaGeometry;
    g.properties.label = labelPoint(decode(g));
    return g;
  };

  const wijkCodes = [...new Set(codes.map((c) => c.wijkcode))].sort();
  const wijken = wijkCodes.map((wk) => {
    const c = codes.find((r) => r.wijkcode === wk) as CodeRow;
    return merged(
      buurtGeoms.filter((g) => g.properties.parent === wk),
      { code: wk, name: c.wijknaam, parent: c.gemeentecode },
    );
  });
  const gm = codes[0] as CodeRow;
  const gemeente = merged(buurtGeoms, { code: gm.gemeentecode, name: gm.gemeentenaam });

  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: topo.transform,
    arcs: topo.arcs,
    objects: {
      buurt: { type: 'GeometryCollection', geometries: buurtGeoms },
      wijk: { type: 'GeometryCollection', geometries: wijken },
      gemeente: { type: 'GeometryCollection', geometries: [gemeente] },
    },
  } as Topology;
}

/** Neighbouring gemeenten as a separate, coarser topology: they are a base map, not analysis areas. */
export function buildContextTopology(context: PolygonFeature[], excludeCode: string, quantization = 1e4): Topology {
  const features = [...context]
    .filter((f) => f.properties.statcode !== excludeCode)
    .sort((a, b) => String(a.properties.statcode).localeCompare(String(b.properties.statcode)))
    .map((f) => ({
      type: 'Feature' as const,
      properties: { code: String(f.properties.statcode), name: String(f.properties.statnaam) },
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return buildTopologyCore({ context: fc }, quantization);
}
