// Choropleth → per-area feature state. Pure; the map applies only the states that changed.

import type { FeatureCollection } from 'geojson';
import type { Choropleth } from '../../lib/choropleth';
import type { AreaFeatureState } from './builders';

export function areaStates(c: Choropleth): Map<string, AreaFeatureState> {
  return new Map(c.areas.map((a) => [a.code, { color: a.color, nodata: a.value === undefined }]));
}

/** The entries of `next` that differ from `prev` (all of them when there is no previous state). */
export function changedStates(
  prev: ReadonlyMap<string, AreaFeatureState> | null,
  next: ReadonlyMap<string, AreaFeatureState>,
): Array<[string, AreaFeatureState]> {
  const out: Array<[string, AreaFeatureState]> = [];
  for (const [code, s] of next) {
    const p = prev?.get(code);
    if (!p || p.color !== s.color || p.nodata !== s.nodata) out.push([code, s]);
  }
  return out;
}

/**
 * The areas with their first colours as properties, so the first frame is already coloured (no wait for feature
 * state). Made once per geometry (a level switch): later changes go through feature state only.
 */
export function colouredAreas<F extends FeatureCollection>(areas: F, states: ReadonlyMap<string, AreaFeatureState>): F {
  return {
    ...areas,
    features: areas.features.map((f) => {
      const s = states.get(String(f.properties?.code));
      return s ? { ...f, properties: { ...f.properties, color: s.color, nodata: s.nodata } } : f;
    }),
  };
}
