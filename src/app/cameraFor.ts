// Camera state (from the URL, a click on "zoom naar gebied", a story step) → a camera target for the map. Pure.
import type { Geodata } from '../data/load';
import { type BBox, type CameraTarget, fitTarget, viewTarget } from '../map/camera';
import type { AppState, CameraState } from '../state/app-state';

/** A user's own pans and zooms have this key: the map is already there, so it must not be moved again. */
export const USER_CAMERA_KEY = 'gebruiker';

export function areaBounds(geo: Geodata, code: string): BBox | undefined {
  for (const view of Object.values(geo.views)) {
    const b = view.bounds.get(code);
    if (b) return b;
  }
  return undefined;
}

/**
 * @param userView the view the user panned or zoomed to themselves: the map is already there and must not be moved
 * (passive), although the state (and so the link) holds it.
 */
export function cameraFor(state: AppState, geo: Geodata, userView: CameraState | null): CameraTarget {
  const c = state.camera;
  if (c?.kind === 'view') {
    const t = viewTarget({ kind: 'view', center: c.center, zoom: c.zoom, bearing: c.bearing });
    return c === userView ? { ...t, key: USER_CAMERA_KEY, passive: true } : t;
  }
  if (c?.kind === 'area') {
    const b = areaBounds(geo, c.code);
    if (b) return fitTarget(b, `gebied:${c.code}`, 40);
  }
  return fitTarget(geo.views[state.level].bbox, `niveau:${state.level}`);
}
