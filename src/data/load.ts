// Load the pipeline's outputs behind a small source interface (fetch in the app, disk in tests) and validate them.
import turfArea from '@turf/area';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Catalogue } from '../../core/contracts/data';
import { type ColumnarSeries, decodeIndicatorFile } from '../../core/contracts/indicators-file';
import { DATA_FILES } from '../../core/files';
import type { TileLayout } from '../../core/tiles';
import { buildIndex, type DataIndex, REGION_CODES } from '../lib/data';
import type { IndicatorYear } from '../lib/indicator-files';
import { areaName, mapLabel } from '../lib/names';
import { type BBox, bboxOf } from '../map/camera';
import type { AreaShapes } from '../map/style/builders';

export interface DataSource {
  getJson(name: string): Promise<unknown>;
}

/** Fetch from the site; a file that never arrives becomes a Dutch error instead of "loading" forever. */
export function fetchSource(baseUrl: string, timeoutMs = 30_000): DataSource {
  return {
    async getJson(name) {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), timeoutMs);
      try {
        const res = await fetch(`${baseUrl}${name}`, { signal: ctrl.signal });
        if (!res.ok) throw new DataLoadError(`${name} kon niet geladen worden (HTTP ${res.status}).`);
        const text = await res.text();
        try {
          return JSON.parse(text);
        } catch (e) {
          throw new DataLoadError(`${name} is beschadigd: het is geen geldige JSON.`, (e as Error).message);
        }
      } catch (e) {
        if (ctrl.signal.aborted)
          throw new DataLoadError(
            `${name} kwam niet binnen ${timeoutMs / 1000} seconden binnen. Controleer de verbinding en probeer het opnieuw.`,
          );
        if (e instanceof DataLoadError) throw e;
        throw new DataLoadError(`${name} kon niet geladen worden: er is geen verbinding met de server.`, (e as Error).message);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string; detail?: string }
  | { status: 'ready'; data: LoadedData };

/** A load failure explained in Dutch; `detail` is the technical message, shown folded away. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Our own messages are Dutch already; an engine's (a TypeError in the decoder) gets a Dutch explanation. */
export function toLoadState(e: unknown): Extract<LoadState, { status: 'error' }> {
  if (e instanceof DataLoadError) return { status: 'error', message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
  const text = e instanceof Error ? e.message : String(e);
  return {
    status: 'error',
    message:
      'De kaartgegevens zijn beschadigd of horen niet bij deze versie van de viewer. De beheerder kan ze opnieuw maken met npm run geodata.',
    detail: text,
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
  /** The areas' geometry (embedded layout), or where their vector tiles are (national layout). */
  shapes: AreaShapes;
  /** The areas as GeoJSON; empty in the tiled layout (what needs whole polygons is not offered there). */
  areas: FeatureCollection<Geometry, AreaProperties>;
  /** Every area code of the level, in data order. */
  codes: string[];
  bbox: [number, number, number, number];
  /** Extent per area code (fit-to-area). */
  bounds: Map<string, BBox>;
  labels: AreaLabel[];
}

/** Labels are the display names (src/lib/names.ts), shortened for the map: "Wijk 34 Stramproy" → "Stramproy". */
export function view(areas: FeatureCollection<Geometry, AreaProperties>, idx: DataIndex): AreaView {
  const bounds = new Map<string, BBox>();
  const all: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of areas.features) {
    const coords = (f.geometry as { coordinates?: unknown }).coordinates;
    bounds.set(f.properties.code, bboxOf(coords));
    bboxOf(coords, all);
  }
  return {
    shapes: areas,
    areas,
    codes: areas.features.map((f) => f.properties.code),
    bounds,
    bbox: all,
    labels: areas.features.map((f) => ({
      code: f.properties.code,
      name: mapLabel(areaName(idx, f.properties.code)),
      lngLat: f.properties.label,
      priority: turfArea(f),
    })),
  };
}

/** The tiled (national) layout: indicators load per indicator and year, when shown. */
export interface TiledData {
  layout: TileLayout;
  /** Fetch and decode one indicator's series of one year (cached by the caller). */
  loadIndicator(file: IndicatorYear): Promise<ColumnarSeries[]>;
}

export interface LoadedData {
  idx: DataIndex;
  geo: Geodata;
  /** Present in the tiled layout only. */
  tiled?: TiledData;
  /** The growth overlay's engine, when a link asked for it at start (else loaded on first use). */
  growth?: import('../overlays/groei/engine').GrowthEngine;
}

/** A cheap structural check (no schema library on the first-map path); the decoder checks the rest as it goes. */
function asTopology(raw: unknown, name: string): Topology {
  const t = raw as { type?: unknown; arcs?: unknown; objects?: Record<string, { type?: unknown; geometries?: unknown }> };
  const ok =
    t?.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    typeof t.objects === 'object' &&
    t.objects !== null &&
    Object.values(t.objects).every((o) => o?.type === 'GeometryCollection' && Array.isArray(o.geometries));
  if (!ok) throw new DataLoadError(`${name} is beschadigd: het is geen geldige TopoJSON-topologie.`);
  return raw as Topology;
}

/** The parts of the catalogue the first map needs; the full schema is checked after the map is drawn (catalogue-check). */
function asCatalogue(raw: unknown): Catalogue {
  const c = raw as Partial<Catalogue> | null;
  const ok =
    c?.version === 1 &&
    Array.isArray(c.themes) &&
    Array.isArray(c.attribution) &&
    typeof c.publication === 'object' &&
    Array.isArray(c.indicators) &&
    c.indicators.every(
      (i) =>
        typeof i?.id === 'string' && typeof i.label === 'string' && Array.isArray(i.availability) && typeof i.source === 'object',
    );
  if (!ok) throw new DataLoadError(`${DATA_FILES.catalogue} is ongeldig of van een oudere versie (draai npm run geodata).`);
  return raw as Catalogue;
}

export function decode(topo: Topology, name: string): FeatureCollection<Geometry, AreaProperties> {
  const obj = topo.objects[name];
  if (!obj) throw new DataLoadError(`De gebiedslaag '${name}' ontbreekt in de kaartgegevens.`);
  const fc = feature(topo, obj as GeometryCollection) as FeatureCollection<Geometry, AreaProperties>;
  // Feature ids make hover state and lookups cheap.
  fc.features.forEach((f: Feature<Geometry, AreaProperties>) => {
    f.id = f.properties.code;
  });
  return fc;
}

export const EMPTY: FeatureCollection<Geometry, AreaProperties> = { type: 'FeatureCollection', features: [] };

/**
 * Which indicator files the first map needs, given the catalogue and areas (the app resolves its URL state with
 * them). Only asked in the tiled layout, where each indicator and year is its own file.
 */
export type FirstIndicators = (idx: DataIndex) => IndicatorYear[];

/**
 * @param tileBase absolute URL of the data folder (vector tile URLs must be absolute for maplibre's workers); by default
 *   `data/` beside the page (outside a browser: a file URL, only ever used by tests).
 * @param firstIndicators which indicators the first map shows (tiled layout only; default: none).
 */
export async function loadData(
  source: DataSource,
  tileBase = new URL('data/', globalThis.location?.href ?? 'file:///').href,
  firstIndicators: FirstIndicators = () => [],
): Promise<LoadedData> {
  const [topoRaw, ctxRaw, tableRaw, catRaw] = await Promise.all(
    [DATA_FILES.topology, DATA_FILES.context, DATA_FILES.indicators, DATA_FILES.catalogue].map((n) => source.getJson(n)),
  );
  const topo = asTopology(topoRaw, DATA_FILES.topology);
  const ctx = asTopology(ctxRaw, DATA_FILES.context);
  let table: ReturnType<typeof decodeIndicatorFile>;
  try {
    table = decodeIndicatorFile(tableRaw);
  } catch (e) {
    throw new DataLoadError(`${DATA_FILES.indicators} is beschadigd of van een andere versie.`, (e as Error).message);
  }
  const catalogue = asCatalogue(catRaw);
  // The tiled (national) layout has its own loader, fetched only then: Weert's first map does not carry it.
  if (catalogue.layout) {
    const { loadTiled } = await import('./load-tiled');
    return loadTiled(source, catalogue.layout, tileBase, catalogue, topo, ctx, firstIndicators);
  }
  const gemeente = decode(topo, 'gemeente');
  const context = decode(ctx, 'context');
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
  const idx = buildIndex(table, catalogue);
  return {
    idx,
    geo: {
      buurt,
      wijk,
      deelgebied,
      gemeente,
      context,
      gemeenteRegio,
      bbox,
      views: {
        wijk: view(wijk, idx),
        buurt: view(buurt, idx),
        deelgebied: view(deelgebied, idx),
        gemeente: view(gemeenteRegio, idx),
      },
    },
  };
}
