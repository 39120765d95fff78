// Add a layer group to the map from a child component, keep it in sync with its builder's output, remove it on
// unmount. Only what changed is applied: GeoJSON data by identity (setData), paint/layout/filter per property.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { type MapHandle, useMap } from './context';
import { type LayerGroup, slotIndex } from './style/groups';

function beforeId(h: MapHandle, group: LayerGroup): string | undefined {
  const mine = slotIndex(group.slot);
  return h.map.getLayersOrder().find((id) => {
    const slot = h.slots.get(id);
    return slot !== undefined && slotIndex(slot) > mine;
  });
}

type Props = Record<string, unknown>;
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function updateLayer(map: MlMap, prev: LayerSpecification, next: LayerSpecification) {
  const pp = ('paint' in prev ? prev.paint : undefined) as Props | undefined;
  const np = ('paint' in next ? next.paint : undefined) as Props | undefined;
  for (const k of new Set([...Object.keys(pp ?? {}), ...Object.keys(np ?? {})])) {
    if (!same(pp?.[k], np?.[k])) map.setPaintProperty(next.id, k as never, np?.[k] as never);
  }
  const pl = ('layout' in prev ? prev.layout : undefined) as Props | undefined;
  const nl = ('layout' in next ? next.layout : undefined) as Props | undefined;
  for (const k of new Set([...Object.keys(pl ?? {}), ...Object.keys(nl ?? {})])) {
    if (!same(pl?.[k], nl?.[k])) map.setLayoutProperty(next.id, k as never, nl?.[k] as never);
  }
  const pf = 'filter' in prev ? prev.filter : undefined;
  const nf = 'filter' in next ? next.filter : undefined;
  if (!same(pf, nf)) map.setFilter(next.id, (nf ?? null) as never);
}

export function applyGroup(h: MapHandle, prev: LayerGroup | null, next: LayerGroup | null) {
  const { map } = h;
  const nextLayers = new Map((next?.layers ?? []).map((l) => [l.id, l]));
  for (const l of prev?.layers ?? []) {
    if (!nextLayers.has(l.id) && map.getLayer(l.id)) {
      map.removeLayer(l.id);
      h.slots.delete(l.id);
    }
  }
  for (const id of Object.keys(prev?.sources ?? {})) {
    if (next?.sources[id] || !map.getSource(id)) continue;
    // Another group's layers may still read this source (selection outlines read the areas): they go first.
    const users = map.getLayersOrder().filter((l) => (map.getLayer(l) as { source?: string } | undefined)?.source === id);
    if (users.length === 0) map.removeSource(id);
  }
  if (!next) return;
  for (const [id, src] of Object.entries(next.sources)) {
    const existing = map.getSource(id);
    const before = prev?.sources[id];
    if (existing && before && src.type !== 'geojson' && !same(before, src)) {
      // Another tiled level: maplibre cannot swap a vector source's tiles and source layer in place. The layers that
      // read it go with it; every group re-adds its missing layers when applied (all base groups are, together).
      for (const l of map.getLayersOrder())
        if ((map.getLayer(l) as { source?: string } | undefined)?.source === id) map.removeLayer(l);
      map.removeSource(id);
      map.addSource(id, src as never);
    } else if (!existing) map.addSource(id, src as never);
    else if (src.type === 'geojson' && before && (before as { data?: unknown }).data !== src.data)
      (existing as GeoJSONSource).setData(src.data as never);
  }
  const prevLayers = new Map((prev?.layers ?? []).map((l) => [l.id, l]));
  for (const l of next.layers) {
    const old = prevLayers.get(l.id);
    // Source, source layer or type cannot change on a live layer: such a layer is replaced where it stands.
    if (old && map.getLayer(l.id) && !sameBinding(old, l)) {
      const order = map.getLayersOrder();
      const after = order[order.indexOf(l.id) + 1];
      map.removeLayer(l.id);
      map.addLayer(l as never, after);
    } else if (old && map.getLayer(l.id)) updateLayer(map, old, l);
    else {
      map.addLayer(l as never, beforeId(h, next));
      h.slots.set(l.id, next.slot);
    }
  }
}

const binding = (l: LayerSpecification) =>
  [l.type, (l as { source?: unknown }).source, (l as { 'source-layer'?: unknown })['source-layer']] as const;
const sameBinding = (a: LayerSpecification, b: LayerSpecification) => same(binding(a), binding(b));

/** Keeps `group` on the map while the calling component is mounted. Build `group` with useMemo. */
export function useLayerGroup(group: LayerGroup | null): void {
  const h = useMap();
  const applied = useRef<LayerGroup | null>(null);
  useEffect(() => {
    applyGroup(h, applied.current, group);
    applied.current = group;
  }, [h, group]);
  useEffect(
    () => () => {
      // The map may already be gone when the whole view unmounts.
      if (h.map.style) applyGroup(h, applied.current, null);
      applied.current = null;
    },
    [h],
  );
}
