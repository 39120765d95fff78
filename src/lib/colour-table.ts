// The maths of colouring vector-tiled areas on the GPU: a colour table with one texel per area (a switch uploads
// this table, ~4 bytes an area, instead of rewriting every vertex), which tiles cover the view, and the matrix that
// takes a tile's units to clip space. Pure: no maplibre, no WebGL.

/** Texels per row of the colour texture (well under every WebGL2 MAX_TEXTURE_SIZE). */
export const TABLE_WIDTH = 1024;

/** Alpha of a texel: an area with a class colour, or an area shown as "no data" (hatched). */
export const HAS_COLOUR = 255;
export const NO_DATA = 0;

export interface ColourTable {
  width: number;
  height: number;
  /** RGBA per area row; the row after the last area is the fallback for codes the table does not know. */
  data: Uint8Array;
}

/** `#rrggbb` or `#rgb` as 0–255 channels; null for anything else. */
export function hexRgb(colour: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(colour.trim());
  if (!m) return null;
  const h = m[1] as string;
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The channels of `colour`, or the no-data grey (#d9d9d9) when it is not a hex colour. */
export const rgbOr = (colour: string): [number, number, number] => hexRgb(colour) ?? [217, 217, 217];

/** What the table needs of an area: its code, class colour, and whether it has a value (AreaValue fits). */
export interface AreaColour {
  code: string;
  color: string;
  value: number | undefined;
}

/**
 * The table for the areas of `codes` (row = position) plus the fallback row: an area with a value gets its colour,
 * one without gets NO_DATA (hatched); areas not in `areas` (and unparsable colours) get `fallback` as a plain colour,
 * as the GeoJSON layer does with the theme's no-data grey. `areas` in the same order as `codes` (as the choropleth
 * derives them) need no lookup per area.
 */
export function colourTable(
  codes: readonly string[],
  rowOf: ReadonlyMap<string, number>,
  areas: readonly AreaColour[],
  fallback: string,
): ColourTable {
  const rows = codes.length + 1;
  const height = Math.max(1, Math.ceil(rows / TABLE_WIDTH));
  const data = new Uint8Array(TABLE_WIDTH * height * 4);
  const base = rgbOr(fallback);
  const put = (r: number, c: readonly number[], alpha: number) => {
    const at = r * 4;
    data[at] = c[0] as number;
    data[at + 1] = c[1] as number;
    data[at + 2] = c[2] as number;
    data[at + 3] = alpha;
  };
  for (let r = 0; r < rows; r++) put(r, base, HAS_COLOUR);
  const cache = new Map<string, [number, number, number] | null>();
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i] as AreaColour;
    const r = codes[i] === a.code ? i : rowOf.get(a.code);
    if (r === undefined) continue;
    if (a.value === undefined) {
      put(r, base, NO_DATA);
      continue;
    }
    let c = cache.get(a.color);
    if (c === undefined) {
      c = hexRgb(a.color);
      cache.set(a.color, c);
    }
    if (c) put(r, c, HAS_COLOUR);
  }
  return { width: TABLE_WIDTH, height, data };
}

/** The colour of row `r` as `#rrggbb`, or null for a hatched (no data) row. For tests and the test hook. */
export function tableColour(t: ColourTable, r: number): string | null {
  const at = r * 4;
  if (t.data[at + 3] === NO_DATA) return null;
  return `#${[0, 1, 2].map((k) => (t.data[at + k] as number).toString(16).padStart(2, '0')).join('')}`;
}

export interface TileId {
  z: number;
  x: number;
  y: number;
}

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/** The tiles of zoom `z` that cover a lon/lat box (clamped to the world; no world copies). */
export function tileCover(box: [number, number, number, number], z: number): TileId[] {
  const n = 2 ** z;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v * n)));
  const [x0, x1] = [clamp(mercX(box[0])), clamp(mercX(box[2]))];
  const [y0, y1] = [clamp(mercY(box[3])), clamp(mercY(box[1]))];
  const out: TileId[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push({ z, x, y });
  return out;
}

/** The tile zoom maplibre would use for 512 px vector tiles at map zoom `zoom`, within the tiles' range. */
export const tileZoom = (zoom: number, minzoom: number, maxzoom: number) =>
  Math.max(minzoom, Math.min(maxzoom, Math.floor(zoom)));

/**
 * `main` (column-major, mercator world 0..1 → clip space) times the tile's placement: tile units → clip space.
 * Computed in doubles, so positions stay exact at high zoom even though the GPU gets float32.
 */
export function tileMatrix(main: ArrayLike<number>, t: TileId, extent: number): Float32Array {
  const n = 2 ** t.z;
  const s = 1 / (n * extent);
  const tx = t.x / n;
  const ty = t.y / n;
  const m = (i: number) => main[i] as number;
  const out = new Float32Array(16);
  for (let r = 0; r < 4; r++) {
    out[r] = m(r) * s;
    out[4 + r] = m(4 + r) * s;
    out[8 + r] = m(8 + r);
    out[12 + r] = m(r) * tx + m(4 + r) * ty + m(12 + r);
  }
  return out;
}

export const tileKey = (t: TileId) => `${t.z}/${t.x}/${t.y}`;
