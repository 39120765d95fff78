// Messages between the app and the distance worker: plain data and typed arrays only (transferred, not copied).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Series } from '../../../core/contracts/data';
import type { FacilityTypeOut } from '../../../core/contracts/facilities';
import type { Facility, FacilityEdit } from '../../../core/distance/whatif';

export interface InitRequest {
  kind: 'init';
  buurten: Feature<Polygon | MultiPolygon, { code: string }>[];
  population: Record<string, number>;
  populationYear: number;
  /** deelgebied code → its buurten, so what-if values exist for deelgebieden too */
  deelgebieden: Record<string, string[]>;
  cellSize: number;
  /** An imported road network (public/data/wegennet.json): distances over the roads instead of straight × factor. */
  network?: { title: string; lines: Array<Array<[number, number]>> };
}

export interface SurfaceRequest {
  kind: 'surface';
  id: number;
  facilities: Facility[];
  radii: number[];
  detour: number;
  norm: number | undefined;
  /** With edits: also the type's per-area indicator series (the same function as the pipeline's). */
  series?: { type: FacilityTypeOut; edits: FacilityEdit[] };
}

export type WorkerRequest = InitRequest | SurfaceRequest;

/** Grid geometry, sent once: enough to draw the surface as an image and to find the cell under the pointer. */
export interface GridInfo {
  cols: number;
  rows: number;
  cellSize: number;
  col: Int32Array;
  row: Int32Array;
  /** lon/lat of the raster's corners (west, south, east, north). */
  bounds: [number, number, number, number];
  /** lon/lat per projected metre at the grid's origin, for pointer → cell. */
  x0: number;
  y0: number;
  n: number;
  /** buurt code per cell */
  area: Int32Array;
  codes: string[];
}

export interface AreaValue {
  /** population-weighted mean estimated road distance, metres */
  meanDistance: number;
  shareBeyond: number | undefined;
  population: number;
}

export interface SurfaceResponse {
  kind: 'surface';
  id: number;
  distance: Float32Array;
  nearest: Int32Array;
  /** per wijk (and buurt): the measures of this surface */
  wijken: Record<string, AreaValue | undefined>;
  buurten: Record<string, AreaValue | undefined>;
  /** VZ_* series of the type after the edits (only when requested) */
  series?: Series[];
  ms: number;
}

export type WorkerResponse =
  | { kind: 'ready'; grid: GridInfo }
  | SurfaceResponse
  | { kind: 'error'; id?: number; message: string };
