// Where the colour layer's meshes come from: a worker that fetches and triangulates tiles (mesh-worker.ts), one
// started when this chunk loads, and tiles asked for before any layer exists (the first map's view is known as soon
// as the map object is, half a second before its style has loaded and the layer can be added).
import { type TileId, tileCover, tileKey, tileZoom } from '../../lib/colour-table';
import type { MeshCodes, MeshReply, MeshRequest } from './mesh-worker';

/** What a layer needs to know to ask for tiles. */
export interface MeshSource {
  /** Tile URL template with {z}, {x}, {y}. */
  url: string;
  sourceLayer: string;
  minzoom: number;
  maxzoom: number;
  /** The level's area codes: their order is the colour table's row order. */
  codes: readonly string[];
}

const spawn = () => new Worker(new URL('./mesh-worker.ts', import.meta.url), { type: 'module' });
/** One worker started when this chunk loads (it boots while the map starts); later layers start their own. */
let warm: Worker | null = typeof Worker === 'undefined' ? null : spawn();
/** Tiles the warm worker was asked for before a layer existed (prefetchMeshes), with the replies so far. */
interface Early {
  source: MeshSource;
  replies: Map<string, MeshReply | null>;
}
let early: Early | null = null;

/**
 * A worker for a new layer, told the layer's area codes. The replies it already has for the same tiles come with it
 * (null: asked for, not arrived yet); the layer sets the worker's onmessage.
 */
export function takeWorker(source: MeshSource): { worker: Worker; early: Map<string, MeshReply | null> } {
  const worker = warm ?? spawn();
  const asked = early;
  warm = null;
  early = null;
  const same =
    asked?.source.url === source.url && asked.source.sourceLayer === source.sourceLayer && asked.source.codes === source.codes;
  if (!same) worker.postMessage({ codes: source.codes } satisfies MeshCodes);
  return { worker, early: same ? asked.replies : new Map() };
}

export const tileUrl = (template: string, t: TileId) =>
  template.replace('{z}', String(t.z)).replace('{x}', String(t.x)).replace('{y}', String(t.y));

/**
 * Start fetching and triangulating a view's tiles in the warm worker as soon as the map's view is known, before the
 * style has loaded and the layer is added (about half a second on the first national map). The first layer with
 * the same tiles adopts them.
 */
export function prefetchMeshes(o: MeshSource, bounds: [number, number, number, number], zoom: number): void {
  if (!warm || early) return;
  const asked: Early = { source: o, replies: new Map() };
  early = asked;
  warm.postMessage({ codes: o.codes } satisfies MeshCodes);
  warm.onmessage = (e: MessageEvent<MeshReply>) => asked.replies.set(e.data.key, e.data);
  for (const t of tileCover(bounds, tileZoom(zoom, o.minzoom, o.maxzoom))) {
    asked.replies.set(tileKey(t), null);
    warm.postMessage({ key: tileKey(t), url: tileUrl(o.url, t), layer: o.sourceLayer } satisfies MeshRequest);
  }
}
