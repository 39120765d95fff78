// The colour layer's mesh supply: tiles asked for before the layer exists are adopted by the layer that shows the
// same tiles, and only by it. A stand-in Worker records what it is sent (no browser here).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeshSource } from '../../src/map/tiled/meshes';

class FakeWorker {
  static made: FakeWorker[] = [];
  sent: unknown[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: unknown) {
    this.sent.push(m);
  }
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

const source: MeshSource = {
  url: 'https://example.test/tiles/buurt/{z}/{x}/{y}.pbf',
  sourceLayer: 'buurt',
  minzoom: 0,
  maxzoom: 12,
  codes: ['BU01', 'BU02'],
};
// West of Weert at zoom 6.2: one tile, 6/32/21 (x = ⌊(5 + 180) / 360 · 64⌋ = ⌊(5.5 + 180) / 360 · 64⌋ = 32; the
// slippy-map y of 51.0° and 51.5° N is 21.4 and 21.3).
const view: [number, number, number, number] = [5.0, 51.0, 5.5, 51.5];

async function fresh() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('../../src/map/tiled/meshes');
}

describe('mesh supply', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('asks the warm worker for the view before any layer, and hands the replies to the layer with the same tiles', async () => {
    const m = await fresh();
    m.prefetchMeshes(source, view, 6.2);
    const w = FakeWorker.made[0] as FakeWorker;
    expect(w.sent).toEqual([
      { codes: ['BU01', 'BU02'] },
      { key: '6/32/21', url: 'https://example.test/tiles/buurt/6/32/21.pbf', layer: 'buurt' },
    ]);
    const reply = { key: '6/32/21', error: 'x' };
    w.reply(reply);
    const taken = m.takeWorker(source);
    expect(taken.worker).toBe(w);
    expect([...taken.early]).toEqual([['6/32/21', reply]]);
    // Told its codes once: nothing more was sent.
    expect(w.sent).toHaveLength(2);
  });

  it('gives another layer (other codes) the worker without the replies, and tells it the codes first', async () => {
    const m = await fresh();
    m.prefetchMeshes(source, view, 6.2);
    const other = { ...source, codes: ['WK01'] };
    const taken = m.takeWorker(other);
    expect(taken.early.size).toBe(0);
    expect((taken.worker as unknown as FakeWorker).sent.at(-1)).toEqual({ codes: ['WK01'] });
    // The next layer gets a worker of its own.
    const next = m.takeWorker(source);
    expect(next.worker).not.toBe(taken.worker);
    expect((next.worker as unknown as FakeWorker).sent).toEqual([{ codes: ['BU01', 'BU02'] }]);
  });
});
