// Pure helpers of the voorzieningen overlay: facility ids, edits applied to a type, distance bands and the surface
// image. No React, no deck.gl: testable with plain data.
import type { FacilitiesFile, FacilityTypeOut } from '../../../core/contracts/facilities';
import { facilitiesOf } from '../../../core/distance/accessibility';
import type { Facility } from '../../../core/distance/whatif';
import type { FacilityEditState } from '../../state/app-state';
import type { GridInfo } from './protocol';

export interface FacilityView extends Facility {
  name: string;
  address: string;
  reliable: boolean;
  /** 'bron' = in the published list; 'nieuw' = added in this what-if; 'verplaatst' = moved. */
  origin: 'bron' | 'nieuw' | 'verplaatst';
}

/** Stable ids as the pipeline gives them (facilitiesOf: type and position in the sorted list); added: 'nieuw-<n>'. */
export function baseFacilities(type: FacilityTypeOut): FacilityView[] {
  const ids = facilitiesOf(type);
  return type.points.map((p, i) => ({
    id: ids[i]?.id ?? `${type.id}-${i}`,
    lon: p.lon,
    lat: p.lat,
    name: p.name,
    address: p.address,
    reliable: p.location_reliable,
    origin: 'bron',
  }));
}

/** The type's facilities after the edits for it; edits naming unknown facilities are reported, not applied. */
export function editedFacilities(
  type: FacilityTypeOut,
  edits: FacilityEditState[],
): { facilities: FacilityView[]; ignored: FacilityEditState[] } {
  let list = baseFacilities(type);
  const ignored: FacilityEditState[] = [];
  for (const e of edits) {
    if (e.type !== type.id) continue;
    const exists = list.some((f) => f.id === e.id);
    if (e.kind === 'add') {
      if (exists) ignored.push(e);
      else
        list = [
          ...list,
          {
            id: e.id,
            lon: e.lon,
            lat: e.lat,
            name: `Nieuwe ${type.label.toLowerCase()}`,
            address: '',
            reliable: true,
            origin: 'nieuw',
          },
        ];
    } else if (!exists) ignored.push(e);
    else if (e.kind === 'move')
      list = list.map((f) =>
        f.id === e.id ? { ...f, lon: e.lon, lat: e.lat, origin: f.origin === 'nieuw' ? 'nieuw' : 'verplaatst' } : f,
      );
    else list = list.filter((f) => f.id !== e.id);
  }
  return { facilities: list, ignored };
}

export function nextNewId(edits: FacilityEditState[]): string {
  const used = edits
    .map((e) => /^nieuw-(\d+)$/.exec(e.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return `nieuw-${Math.max(0, ...used) + 1}`;
}

/** Distance bands in metres for the surface and its legend (walk ~500 m, bike ~4 km). */
export const BANDS = [500, 1000, 2000, 4000] as const;
/** Sequential, light = near, dark = far (ColorBrewer YlOrRd 5), so distance reads like the choropleths' "more". */
export const BAND_COLOURS: Array<[number, number, number]> = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

export function bandOf(metres: number): number {
  const i = BANDS.findIndex((b) => metres < b);
  return i === -1 ? BANDS.length : i;
}

export function bandLabels(): string[] {
  const km = (m: number) => new Intl.NumberFormat('nl-NL').format(m);
  return [
    `minder dan ${km(BANDS[0])} m`,
    ...BANDS.slice(1).map((b, i) => `${km(BANDS[i] ?? 0)} tot ${km(b)} m`),
    `${km(BANDS[BANDS.length - 1] ?? 0)} m of meer`,
  ];
}

/** RGBA image of the surface, one pixel per cell; north up (grid row 0 is the southern edge). */
export function surfaceImage(
  grid: GridInfo,
  distance: Float32Array,
  alpha = 170,
): ImageData | { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(grid.cols * grid.rows * 4);
  for (let i = 0; i < grid.n; i++) {
    const d = distance[i];
    if (d === undefined || Number.isNaN(d)) continue;
    const [r, g, b] = BAND_COLOURS[bandOf(d)] ?? [0, 0, 0];
    const p = ((grid.rows - 1 - (grid.row[i] ?? 0)) * grid.cols + (grid.col[i] ?? 0)) * 4;
    data[p] = r;
    data[p + 1] = g;
    data[p + 2] = b;
    data[p + 3] = alpha;
  }
  return { width: grid.cols, height: grid.rows, data };
}

/** The cell under a pixel of the surface image (BitmapLayer picking gives the pixel), or -1. */
export function cellAtPixel(grid: GridInfo, index: Map<number, number>, px: number, py: number): number {
  const col = Math.floor(px);
  const row = grid.rows - 1 - Math.floor(py);
  return index.get(row * grid.cols + col) ?? -1;
}

export function cellIndex(grid: GridInfo): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < grid.n; i++) m.set((grid.row[i] ?? 0) * grid.cols + (grid.col[i] ?? 0), i);
  return m;
}

export function typeById(file: FacilitiesFile, id: string): FacilityTypeOut | undefined {
  return file.types.find((t) => t.id === id);
}
