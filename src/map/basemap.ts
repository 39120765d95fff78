// PDOK BRT-Achtergrondkaart as an optional base: used when reachable, silently skipped when not (offline, tests).
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { BaseStyle } from './style/builders';

export const PDOK_STYLE_URL =
  'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox';

/** `?basemap=offline` (used by tests and for kiosks) skips the network probe entirely. */
export function basemapWanted(search: string): boolean {
  return new URLSearchParams(search).get('basemap') !== 'offline';
}

/** Returns the PDOK style's parts, or null on any failure; never throws, never blocks the first render. */
export async function loadPdokBase(timeoutMs = 4000, fetchImpl: typeof fetch = fetch): Promise<BaseStyle | null> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(PDOK_STYLE_URL, { signal: ctrl.signal });
    if (!res.ok) return null;
    const style = (await res.json()) as Partial<StyleSpecification>;
    if (style.version !== 8 || !Array.isArray(style.layers) || !style.sources) return null;
    // Prefix ids so they can never collide with the viewer's own layers.
    const layers = style.layers.map((l) => ({ ...l, id: `pdok-${l.id}` }) as LayerSpecification);
    const base: BaseStyle = { sources: style.sources, layers };
    if (style.glyphs) base.glyphs = style.glyphs;
    if (style.sprite) base.sprite = style.sprite;
    return base;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
