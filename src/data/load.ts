// Load the pipeline's outputs behind a small source interface (fetch in the app, disk in tests) and validate them.
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import { CatalogueSchema, DATA_FILES } from '../../core/contracts/data';
import { decodeIndicatorFile } from '../../core/contracts/indicators-file';
import { buildIndex, type DataIndex, REGION_CODES } from '../lib/data';

export interface DataSource {
  getJson(name: string): Promise<unknown>;
}

export function fetchSource(baseUrl: string): DataSource {
  return {
    async getJson(name) {
      const res = await fetch(`${baseUrl}${name}`);
      if (!res.ok) throw new Error(`${name} kon niet geladen worden (HTTP ${res.status})`);
      return res.json();
    },
  };
}

export interface AreaProperties {
  code: string;
  name: string;
  parent?: string;
  label: [number, number];
}

export interface Geodata {
  buurt: FeatureCollection<Geometry, AreaProperties>;
  wijk: FeatureCollection<Geometry, AreaProperties>;
  /** Derived area set (Omgevingsvisie deelgebieden); empty when not configured. */
  deelgebied: FeatureCollection<Geometry, AreaProperties>;
  gemeente: FeatureCollection<Geometry, AreaProperties>;
  context: FeatureCollection;
  /** Weert and the Midden-Limburg gemeenten with reference data: the regional comparison map. */
  gemeenteRegio: FeatureCollection<Geometry, AreaProperties>;
  bbox: [number, number, number, number];
  /** Per map level: its areas, their extent and their labels — computed once here, not on every render. */
  views: Record<'wijk' | 'buurt' | 'deelgebied' | 'gemeente', AreaView>;
}

export interface AreaLabel {
  code: string;
  name: string;
  lngLat: [number, number];
  /** Larger areas win label collisions. */
  priority: number;
}

export interface AreaView {
  areas: FeatureCollection<Geometry, AreaProperties>;
  bbox: [number, number, number, number];
  labels: AreaLabel[];
}

/** "Wijk 34 Stramproy" → "Stramproy" on the map; the full name stays in tooltip, table and profile. */
const shortName = (name: string) => name.replace(/^Wijk \d+ /, '');

function view(areas: FeatureCollection<Geometry, AreaProperties>): AreaView {
  return {
    areas,
    bbox: turfBbox(areas) as [number, number, number, number],
    labels: areas.features.map((f) => ({
      code: f.properties.code,
      name: shortName(f.properties.name),
      lngLat: f.properties.label,
      priority: turfArea(f),
    })),
  };
}

export interface LoadedData {
  idx: DataIndex;
  geo: Geodata;
}

const TopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.unknown()),
  objects: z.record(z.string(), z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()) })),
});

function decode(topo: Topology, name: string): FeatureCollection<Geometry, AreaProperties> {
  const obj = topo.objects[name];
  if (!obj) throw new Error(`Gebiedslaag '${name}' ontbreekt in de topologie`);
  const fc = feature(topo, obj as GeometryCollection) as FeatureCollection<Geometry, AreaProperties>;
  // Feature ids make hover state and lookups cheap.
  fc.features.forEach((f: Feature<Geometry, AreaProperties>) => {
    f.id = f.properties.code;
  });
  return fc;
}

export async function loadData(source: DataSource): Promise<LoadedData> {
  const [topoRaw, ctxRaw, tableRaw, catRaw] = await Promise.all(
    [DATA_FILES.topology, DATA_FILES.context, DATA_FILES.indicators, DATA_FILES.catalogue].map((n) => source.getJson(n)),
  );
  const topo = TopologySchema.parse(topoRaw) as unknown as Topology;
  const ctx = TopologySchema.parse(ctxRaw) as unknown as Topology;
  const table = decodeIndicatorFile(tableRaw);
  const catalogue = CatalogueSchema.parse(catRaw);
  const gemeente = decode(topo, 'gemeente');
  const context = feature(ctx, ctx.objects.context as GeometryCollection) as FeatureCollection<Geometry, AreaProperties>;
  const regionCodes = new Set<string>(REGION_CODES);
  const bbox = (topo.bbox ?? [5.56, 51.18, 5.8, 51.3]) as [number, number, number, number];
  const buurt = decode(topo, 'buurt');
  const wijk = decode(topo, 'wijk');
  const deelgebied: FeatureCollection<Geometry, AreaProperties> = topo.objects.deelgebied
    ? decode(topo, 'deelgebied')
    : { type: 'FeatureCollection', features: [] };
  const gemeenteRegio: FeatureCollection<Geometry, AreaProperties> = {
    type: 'FeatureCollection',
    features: [...gemeente.features, ...context.features.filter((f) => regionCodes.has(f.properties.code))].map((f) => ({
      ...f,
      id: f.properties.code,
    })),
  };
  return {
    idx: buildIndex(table, catalogue),
    geo: {
      buurt,
      wijk,
      deelgebied,
      gemeente,
      context,
      gemeenteRegio,
      bbox,
      views: { wijk: view(wijk), buurt: view(buurt), deelgebied: view(deelgebied), gemeente: view(gemeenteRegio) },
    },
  };
}
