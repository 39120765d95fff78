// Fetches and triangulates vector tiles off the main thread (the main thread only uploads the buffers).
import { meshTile, type TileMesh } from '../../lib/tile-mesh';

export interface MeshRequest {
  key: string;
  url: string;
  layer: string;
}

export type MeshReply = { key: string; mesh: TileMesh } | { key: string; error: string };

const post = (reply: MeshReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(reply, transfer);

self.onmessage = async (e: MessageEvent<MeshRequest>) => {
  const { key, url, layer } = e.data;
  try {
    const res = await fetch(url);
    // A tile outside the data is a 404 on static hosting: an empty tile, not an error.
    if (res.status === 404 || res.status === 204) {
      post({ key, mesh: meshTile(new Uint8Array(0), layer) });
      return;
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const mesh = meshTile(new Uint8Array(await res.arrayBuffer()), layer);
    post({ key, mesh }, [mesh.positions.buffer, mesh.feature.buffer, mesh.indices.buffer]);
  } catch (err) {
    post({ key, error: `${url}: ${err instanceof Error ? err.message : String(err)}` });
  }
};
