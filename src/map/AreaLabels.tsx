// HTML labels as a map child: no glyph server is needed offline, and text stays crisp and translatable. Only the
// largest areas in view get a label (at most `max`), so 14,000 buurten cost as little as 16 wijken.
import { Marker } from 'maplibre-gl';
import { useEffect } from 'react';
import type { AreaLabel } from '../data/load';
import { afterFirstMap } from './AreaLayer';
import { useMap } from './context';

/** Hide labels that overlap a higher-priority one. */
function declutter(elements: HTMLElement[]) {
  const kept: DOMRect[] = [];
  for (const el of elements) {
    el.style.visibility = 'visible';
    const r = el.getBoundingClientRect();
    const hit = kept.some((k) => r.left < k.right + 2 && r.right > k.left - 2 && r.top < k.bottom && r.bottom > k.top);
    if (hit) el.style.visibility = 'hidden';
    else kept.push(r);
  }
}

export function AreaLabels({ labels, max = 60 }: { labels: AreaLabel[]; max?: number }) {
  const { map, theme } = useMap();
  useEffect(() => {
    const ordered = [...labels].sort((a, b) => b.priority - a.priority);
    const markers = new Map<string, Marker>();
    const run = () => {
      const b = map.getBounds();
      const wanted = new Set<string>();
      const shown: Marker[] = [];
      for (const l of ordered) {
        if (wanted.size >= max) break;
        if (!b.contains(l.lngLat)) continue;
        wanted.add(l.code);
        let m = markers.get(l.code);
        if (!m) {
          const el = document.createElement('div');
          el.className = 'map-label';
          el.textContent = l.name;
          el.style.fontSize = `${theme.labelSize}px`;
          el.setAttribute('aria-hidden', 'true');
          m = new Marker({ element: el }).setLngLat(l.lngLat).addTo(map);
          markers.set(l.code, m);
        }
        shown.push(m);
      }
      for (const [code, m] of markers) {
        if (!wanted.has(code)) {
          m.remove();
          markers.delete(code);
        }
      }
      declutter(shown.map((m) => m.getElement()));
    };
    // Labels are DOM work: they wait until the first map is painted instead of competing with it.
    const cancel = afterFirstMap(run);
    map.on('moveend', run);
    return () => {
      cancel();
      map.off('moveend', run);
      for (const m of markers.values()) m.remove();
    };
  }, [map, labels, max, theme]);
  return null;
}
