// "Click on the map to place something": while active, the cursor is a crosshair and a click hands its point
// (rounded to 5 decimals, about 1 m) to `onPick`. One place for the overlays' add and move modes.
import { useEffect, useRef } from 'react';
import { useMap } from './context';

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function usePickPoint(active: boolean, onPick: (lonLat: [number, number]) => void): void {
  const { map } = useMap();
  // The latest callback without re-binding the listener on every render.
  const latest = useRef(onPick);
  latest.current = onPick;
  useEffect(() => {
    if (!active) return;
    const onClick = (e: { lngLat: { lng: number; lat: number } }) => latest.current([round5(e.lngLat.lng), round5(e.lngLat.lat)]);
    map.getCanvas().style.cursor = 'crosshair';
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
    };
  }, [active, map]);
}
