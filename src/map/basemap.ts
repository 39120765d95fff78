// PDOK BRT-Achtergrondkaart as an optional base: used when reachable, silently skipped when not (offline, tests).
// Everything the style would make the browser fetch (tiles, TileJSON, glyphs, sprites) is checked against
// BASEMAP_ORIGINS before the map sees it, so the Content-Security-Policy (vite.config.ts, built from the same list)
// is complete by construction: a style that points elsewhere loses those parts instead of raising violations.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import config from './basemap.json' with { type: 'json' };
import type { BaseStyle } from './style/builders';

export const PDOK_STYLE_URL: string = config.styleUrl;

/** The only external origins the app ever requests: PDOK's API (style, TileJSON, tiles, glyphs, sprites). */
export const BASEMAP_ORIGINS: readonly string[] = [new URL(PDOK_STYLE_URL).origin];

/** `?basemap=offline` (used by tests and for kiosks) skips the network probe entirely. */
export function basemapWanted(search: string): boolean {
  return new URLSearchParams(search).get('basemap') !== 'offline';
}

/** True for an absolute https URL (or URL template) on one of the allowed origins. */
export function allowedUrl(url: unknown, origins: readonly string[] = BASEMAP_ORIGINS): boolean {
  if (typeof url !== 'string') return false;
  try {
    // Templates ({z}, {fontstack}) are fine in a path or query; the origin part must be literal.
    const u = new URL(url);
    return u.protocol === 'https:' && origins.includes(u.origin);
  } catch {
    return false;
  }
}

type Fetch = typeof fetch;

/** A source whose every request stays on an allowed origin (TileJSON resolved to its tiles), or null to drop it. */
async function vetSource(src: SourceSpecification, fetchImpl: Fetch, signal: AbortSignal): Promise<SourceSpecification | null> {
  if (src.type === 'vector' || src.type === 'raster' || src.type === 'raster-dem') {
    let spec: Record<string, unknown> = { ...src };
    if (typeof src.url === 'string') {
      // TileJSON: fetch it here, so the tile URLs it names are checked too (maplibre would fetch them unchecked).
      if (!allowedUrl(src.url)) return null;
      const res = await fetchImpl(src.url, { signal });
      if (!res.ok) return null;
      const tj = (await res.json()) as Record<string, unknown>;
      const { url: _url, ...rest } = spec;
      spec = { ...rest };
      for (const k of ['tiles', 'minzoom', 'maxzoom', 'bounds', 'scheme', 'attribution'] as const)
        if (tj[k] !== undefined && spec[k] === undefined) spec[k] = tj[k];
    }
    const tiles = Array.isArray(spec.tiles) ? spec.tiles.filter((t) => allowedUrl(t)) : [];
    return tiles.length > 0 ? ({ ...spec, tiles } as SourceSpecification) : null;
  }
  if (src.type === 'geojson') return typeof src.data !== 'string' || allowedUrl(src.data) ? src : null;
  if (src.type === 'image') return allowedUrl(src.url) ? src : null;
  return null; // video, canvas and anything newer: not part of a base map
}

/** Keep only the parts of a style whose requests stay on the allowed origins; layers of dropped sources go too. */
export async function vetStyle(
  style: Pick<StyleSpecification, 'sources' | 'layers' | 'glyphs' | 'sprite'>,
  fetchImpl: Fetch = fetch,
  signal: AbortSignal = new AbortController().signal,
): Promise<BaseStyle> {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, src] of Object.entries(style.sources)) {
    const ok = await vetSource(src, fetchImpl, signal).catch(() => null);
    if (ok) sources[id] = ok;
  }
  const glyphs = allowedUrl(style.glyphs) ? style.glyphs : undefined;
  const sprite =
    typeof style.sprite === 'string'
      ? allowedUrl(style.sprite)
        ? style.sprite
        : undefined
      : Array.isArray(style.sprite)
        ? style.sprite.filter((s) => allowedUrl(s.url))
        : undefined;
  const layers = style.layers.filter((l) => {
    if ('source' in l && typeof l.source === 'string' && !(l.source in sources)) return false;
    // Text needs glyphs: without an allowed glyph server a label layer would only raise errors.
    if (l.type === 'symbol' && !glyphs && l.layout?.['text-field'] !== undefined) return false;
    return true;
  });
  return {
    sources,
    layers,
    ...(glyphs ? { glyphs } : {}),
    ...(sprite && (typeof sprite === 'string' || sprite.length > 0) ? { sprite } : {}),
  };
}

/** Returns the PDOK style's parts, or null on any failure; never throws, never blocks the first render. */
export async function loadPdokBase(timeoutMs = 4000, fetchImpl: Fetch = fetch): Promise<BaseStyle | null> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(PDOK_STYLE_URL, { signal: ctrl.signal });
    if (!res.ok) return null;
    const style = (await res.json()) as Partial<StyleSpecification>;
    if (style.version !== 8 || !Array.isArray(style.layers) || !style.sources) return null;
    const vetted = await vetStyle(
      { sources: style.sources, layers: style.layers, glyphs: style.glyphs, sprite: style.sprite },
      fetchImpl,
      ctrl.signal,
    );
    if (vetted.layers.length === 0) return null;
    // Prefix ids so they can never collide with the viewer's own layers.
    return { ...vetted, layers: vetted.layers.map((l) => ({ ...l, id: `pdok-${l.id}` }) as LayerSpecification) };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
