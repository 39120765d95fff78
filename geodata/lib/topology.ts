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
  /** The non-CBS area set: merged from buurten (shares their arcs exactly) or delivered as polygons. */
  areaSet?: AreaSetGeometry;
  /** Input file names, so every error names the file the user has to fix. */
  files?: { buurten: string; codes: string; areaSet: string };
}

export type AreaSetGeometry =
  | { kind: 'buurten'; areas: Array<{ code: string; name: string; buurten: string[] }> }
  | { kind: 'polygons'; features: Array<{ code: string; name: string; geometry: Polygon | MultiPolygon }> };

export function buildTopology(input: TopologyInput): Topology {
  const { buurten, codes, quantization = 1e5, areaSet } = input;
  const files = input.files ?? { buurten: 'buurten', codes: 'codes', areaSet: 'layers/areasets/deelgebied.json' };
  const issues: InputIssue[] = [];
  const byBuurt = new Map(codes.map((c) => [c.buurtcode, c]));
  const seen = new Set<string>();
  const sorted = [...buurten].sort((a, b) => String(a.properties.statcode).localeCompare(String(b.properties.statcode)));
  for (const [i, f] of sorted.entries()) {
    const code = String(f.properties.statcode ?? '');
    if (!byBuurt.has(code))
      issues.push({ file: files.buurten, row: i + 1, column: 'statcode', message: `onbekende buurtcode '${code}'` });
    if (seen.has(code))
      issues.push({ file: files.buurten, row: i + 1, column: 'statcode', message: `buurt ${code} komt twee keer voor` });
    seen.add(code);
  }
  for (const c of codes)
    if (!seen.has(c.buurtcode)) issues.push({ file: files.codes, message: `buurt ${c.buurtcode} heeft geen geometrie` });
  if (areaSet?.kind === 'buurten') {
    // Every buurt in exactly one area: otherwise sums would double count or leave gaps.
    const owner = new Map<string, string>();
    for (const a of areaSet.areas)
      for (const b of a.buurten) {
        if (!byBuurt.has(b)) issues.push({ file: files.areaSet, column: a.code, message: `onbekende buurtcode '${b}'` });
        const prev = owner.get(b);
        if (prev) issues.push({ file: files.areaSet, column: a.code, message: `buurt ${b} staat ook in ${prev}` });
        owner.set(b, a.code);
      }
    for (const c of codes)
      if (!owner.has(c.buurtcode))
        issues.push({
          file: files.areaSet,
          message: `buurt ${c.buurtcode} (${c.buurtnaam}) is aan geen enkel deelgebied toegewezen`,
        });
  }
  if (issues.length > 0) throw new InputError(issues);

  const buurtFc: FeatureCollection = {
    type: 'FeatureCollection',
    features: sorted.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry as Polygon | MultiPolygon })),
  };
  const objects: Record<string, FeatureCollection> = { buurt: buurtFc };
  if (areaSet?.kind === 'polygons') {
    objects.deelgebied = {
      type: 'FeatureCollection',
      features: [...areaSet.features]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
    };
  }
  const topo = buildTopologyCore(objects, quantization);
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

  let deelgebieden: AreaGeometry[] = [];
  if (areaSet?.kind === 'buurten') {
    deelgebieden = [...areaSet.areas]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) =>
        merged(
          buurtGeoms.filter((g) => a.buurten.includes(g.properties.code)),
          { code: a.code, name: a.name, parent: gm.gemeentecode },
        ),
      );
  } else if (areaSet?.kind === 'polygons') {
    const sortedSet = [...areaSet.features].sort((a, b) => a.code.localeCompare(b.code));
    const geoms = (topo.objects.deelgebied as unknown as { geometries: AreaGeometry[] }).geometries;
    deelgebieden = geoms.map((g, i) => {
      const f = sortedSet[i] as (typeof sortedSet)[number];
      g.properties = { code: f.code, name: f.name, parent: gm.gemeentecode, label: [0, 0] };
      g.properties.label = labelPoint(decode(g));
      return g;
    });
  }

  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: topo.transform,
    arcs: topo.arcs,
    objects: {
      buurt: { type: 'GeometryCollection', geometries: buurtGeoms },
      wijk: { type: 'GeometryCollection', geometries: wijken },
      gemeente: { type: 'GeometryCollection', geometries: [gemeente] },
      ...(areaSet ? { deelgebied: { type: 'GeometryCollection', geometries: deelgebieden } } : {}),
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
      properties: {
        code: String(f.properties.statcode),
        name: String(f.properties.statnaam),
        label: labelPoint(f.geometry as Polygon | MultiPolygon),
      },
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return buildTopologyCore({ context: fc }, quantization);
}
