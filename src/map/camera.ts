// Camera targets as plain data, so state (a URL, a story step, "zoom naar gebied") can steer the map. Pure.
export type BBox = [number, number, number, number];

export type CameraView = { kind: 'view'; center: [number, number]; zoom: number; bearing?: number };
export type CameraTarget = (
  | { kind: 'bounds'; bounds: BBox; padding?: number }
  | { kind: 'view'; center: [number, number]; zoom: number; bearing?: number }
) & {
  /** A new key moves the camera; an unchanged key leaves the user's own panning alone. */
  key: string;
  /** The map is already there (the user moved it): record, do not move. */
  passive?: boolean;
};

export function fitTarget(bounds: BBox, key: string, padding = 20): CameraTarget {
  return { kind: 'bounds', bounds, padding, key };
}

export function viewTarget(v: CameraView): CameraTarget {
  const r = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  const center: [number, number] = [r(v.center[0], 5), r(v.center[1], 5)];
  const zoom = r(v.zoom, 2);
  const bearing = r(v.bearing ?? 0, 1);
  return { kind: 'view', center, zoom, bearing, key: `v:${center.join(',')},${zoom},${bearing}` };
}

/** Bounding box of any GeoJSON geometry coordinates (nested arrays of [lng, lat]). */
export function bboxOf(coords: unknown, acc: BBox = [Infinity, Infinity, -Infinity, -Infinity]): BBox {
  if (Array.isArray(coords) && typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    acc[0] = Math.min(acc[0], coords[0]);
    acc[1] = Math.min(acc[1], coords[1]);
    acc[2] = Math.max(acc[2], coords[0]);
    acc[3] = Math.max(acc[3], coords[1]);
  } else if (Array.isArray(coords)) for (const c of coords) bboxOf(c, acc);
  return acc;
}
