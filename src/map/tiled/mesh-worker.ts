// Fetches and triangulates vector tiles off the main thread, and gives every vertex its area's row in the colour
// table: the main thread only uploads the buffers.
import { areaRows, meshTile, type TileMesh } from '../../lib/tile-mesh';

/** The level's area codes, once per worker before the first tile: their order is the colour table's row order. */
export interface MeshCodes {
  codes: readonly string[];
}

export interface MeshRequest {
  key: string;
  url: string;
  layer: string;
}

export type MeshReply = { key: string; mesh: TileMesh; rows: Uint32Array } | { key: string; error: string };

let rowOf = new Map<string, number>();

const post = (reply: MeshReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(reply, transfer);

self.onmessage = async (e: MessageEvent<MeshRequest | MeshCodes>) => {
  if ('codes' in e.data) {
    rowOf = new Map(e.data.codes.map((c, i) => [c, i]));
    return;
  }
  const { key, url, layer } = e.data;
  try {
    const res = await fetch(url);
    // A tile outside the data is a 404 on static hosting: an empty tile, not an error.
    const empty = res.status === 404 || res.status === 204;
    if (!empty && !res.ok) throw new Error(`HTTP ${res.status}`);
    const mesh = meshTile(empty ? new Uint8Array(0) : new Uint8Array(await res.arrayBuffer()), layer);
    const rows = areaRows(mesh, rowOf, rowOf.size);
    post({ key, mesh, rows }, [mesh.positions.buffer, mesh.feature.buffer, mesh.indices.buffer, rows.buffer]);
  } catch (err) {
    post({ key, error: `${url}: ${err instanceof Error ? err.message : String(err)}` });
  }
};
