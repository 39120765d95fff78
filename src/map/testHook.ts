// Browser tests need the map instances (to ask maplibre what it rendered). Only a test build (`vite build --mode e2e`)
// exposes them; in the production build __TEST_HOOK__ is false and this code is removed: no global, nothing leaks.
import type { Map as MlMap } from 'maplibre-gl';

declare const __TEST_HOOK__: boolean;

interface TestHook {
  maps: Record<string, MlMap>;
  /** Other things a test must inspect, such as a deck.gl overlay (to pick what it drew). */
  objects: Record<string, unknown>;
}

function hook(): TestHook {
  const w = window as unknown as { __weertTest?: TestHook };
  w.__weertTest ??= { maps: {}, objects: {} };
  return w.__weertTest;
}

export function registerTestObject(id: string, o: unknown): () => void {
  if (!__TEST_HOOK__) return () => {};
  const h = hook();
  h.objects[id] = o;
  return () => {
    if (h.objects[id] === o) delete h.objects[id];
  };
}

export function registerTestMap(id: string, map: MlMap): () => void {
  if (!__TEST_HOOK__) return () => {};
  const h = hook();
  h.maps[id] = map;
  return () => {
    if (h.maps[id] === map) delete h.maps[id];
  };
}
