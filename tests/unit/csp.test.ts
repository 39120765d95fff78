// The Content-Security-Policy against everything the app can request, offline: every external origin the code can
// reach (found by scanning the source for URLs, and by running the basemap loader on a PDOK-shaped style) must be
// allowed by the built policy, the policy must allow nothing else, and it must allow no inline script and no eval.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { allowedUrl, BASEMAP_ORIGINS, loadPdokBase, PDOK_STYLE_URL } from '../../src/map/basemap';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../vite.config';

const ROOT = join(import.meta.dirname, '../..');

/** The policy exactly as the production build writes it into index.html. */
function builtPolicy(): string {
  const plugin = contentSecurityPolicy();
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: { filename: string }) => string };
  const html = hook.handler(readFileSync(join(ROOT, 'index.html'), 'utf8'), { filename: join(ROOT, 'index.html') });
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('the build wrote no CSP meta');
  return policy;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** A source expression allows an origin: only exact origins count (no wildcards or schemes are allowed anyway). */
const allows = (sources: string[] | undefined, origin: string) => (sources ?? []).includes(origin);

/** Every http(s) URL written in the app's source (comments included: a URL in a comment is cheap to list). */
function urlsInSource(): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|css|html)$/.test(e.name))
        for (const m of readFileSync(p, 'utf8').matchAll(/https?:\/\/[^\s'"`)<>]+/g)) out.push({ file: p, url: m[0] });
    }
  };
  walk(join(ROOT, 'src'));
  for (const m of readFileSync(join(ROOT, 'index.html'), 'utf8').matchAll(/https?:\/\/[^\s'"`)<>]+/g))
    out.push({ file: 'index.html', url: m[0] });
  return out;
}

/** URLs in the source that are never requested by the app (links for people, namespaces): none today. */
const NOT_REQUESTED = new Set<string>([]);

/**
 * A style shaped like PDOK's (version 8, a TileJSON source, a tiles source, glyphs and a sprite on api.pdok.nl),
 * plus parts on other hosts as a changed or hostile style could have them. Not PDOK's real style: its structure only.
 */
function pdokShapedStyle(): StyleSpecification {
  const api = 'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1';
  return {
    version: 8,
    glyphs: `${api}/resources/fonts/{fontstack}/{range}.pbf`,
    sprite: `${api}/resources/sprites/standaard`,
    sources: {
      brt: { type: 'vector', url: `${api}/tiles/WebMercatorQuad?f=tilejson` },
      direct: { type: 'vector', tiles: [`${api}/tiles/WebMercatorQuad/{z}/{y}/{x}?f=mvt`] },
      elsewhere: { type: 'vector', tiles: ['https://tiles.example.org/{z}/{x}/{y}.pbf'] },
      plain: { type: 'raster', tiles: ['http://api.pdok.nl/raster/{z}/{x}/{y}.png'] },
    },
    layers: [
      { id: 'water', type: 'fill', source: 'brt', 'source-layer': 'water' },
      { id: 'roads', type: 'line', source: 'direct', 'source-layer': 'wegen' },
      { id: 'foreign', type: 'fill', source: 'elsewhere', 'source-layer': 'x' },
      { id: 'insecure', type: 'raster', source: 'plain' },
      { id: 'names', type: 'symbol', source: 'brt', 'source-layer': 'labels', layout: { 'text-field': ['get', 'naam'] } },
    ],
  };
}

/** Every URL a maplibre style makes the browser fetch (sprite .json/.png share the sprite URL's origin). */
function requestedByStyle(style: Partial<StyleSpecification>): string[] {
  const urls: string[] = [];
  if (style.glyphs) urls.push(style.glyphs);
  if (typeof style.sprite === 'string') urls.push(style.sprite);
  else for (const s of style.sprite ?? []) urls.push(s.url);
  for (const src of Object.values(style.sources ?? {})) {
    const s = src as { url?: string; tiles?: string[]; data?: unknown };
    if (s.url) urls.push(s.url);
    urls.push(...(s.tiles ?? []));
    if (typeof s.data === 'string') urls.push(s.data);
  }
  return urls;
}

/** Runs the real loader on the PDOK-shaped style with a fake network; returns what it fetched and what it kept. */
async function runLoader(tileJsonTiles: string[]) {
  const fetched: string[] = [];
  const fake = (async (input: RequestInfo | URL) => {
    const url = String(input);
    fetched.push(url);
    const body = url === PDOK_STYLE_URL ? pdokShapedStyle() : { tilejson: '3.0.0', tiles: tileJsonTiles, maxzoom: 14 };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const base = await loadPdokBase(4000, fake);
  return { fetched, base };
}

describe('Content-Security-Policy of the build', () => {
  const policy = builtPolicy();
  const d = directives(policy);

  it('is the policy the config declares', () => {
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline script or style, no eval, no wildcard and no bare scheme for code', () => {
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic'/);
    expect(policy).not.toMatch(/'nonce-|'sha(256|384|512)-/);
    for (const [name, sources] of d) {
      expect(sources, name).not.toContain('*');
      // A bare scheme (https:, data: for scripts) or a wildcard host would let any site in.
      for (const s of sources) expect(s, `${name} ${s}`).not.toMatch(/^(https?:|wss?:|\*.*)$|\/\/\*/);
      if (name !== 'img-src') expect(sources, name).not.toContain('data:');
    }
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    // Workers (maplibre's, the distance worker) from the site or a blob it made, never from another origin.
    for (const name of ['worker-src', 'child-src']) expect(d.get(name)).toEqual(["'self'", 'blob:']);
  });

  it('allows every external origin the app can request, in connect-src (fetch) and img-src (sprites), and no other', async () => {
    // 1. Written in the source: every URL is either requestable (then on an allowed basemap origin) or listed as not.
    const written = urlsInSource().filter((u) => !NOT_REQUESTED.has(u.url));
    for (const { file, url } of written) expect(allowedUrl(url), `${file}: ${url}`).toBe(true);
    // 2. Named by the basemap style at run time: the loader keeps only allowed origins, also behind a TileJSON.
    const { fetched, base } = await runLoader([
      'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/tiles/WebMercatorQuad/{z}/{y}/{x}?f=mvt',
      'https://cdn.example.net/{z}/{x}/{y}.pbf',
    ]);
    expect(base).not.toBeNull();
    const requestable = [...fetched, ...requestedByStyle(base as Partial<StyleSpecification>)];
    expect(requestable.length).toBeGreaterThan(4);
    const derived = new Set([...written.map((u) => u.url), ...requestable].map((u) => new URL(u).origin));
    for (const origin of derived) {
      expect(allows(d.get('connect-src'), origin), `connect-src ${origin}`).toBe(true);
      expect(allows(d.get('img-src'), origin), `img-src ${origin}`).toBe(true);
    }
    // 3. Nothing more: every origin in the policy is one the app can actually request.
    const inPolicy = new Set(policy.match(/https?:\/\/[^\s;]+/g) ?? []);
    expect([...inPolicy].sort()).toEqual([...derived].sort());
    expect([...derived]).toEqual([...BASEMAP_ORIGINS]);
  });

  it('drops the parts of a basemap style that point elsewhere, and the layers that use them', async () => {
    const { base } = await runLoader(['https://cdn.example.net/{z}/{x}/{y}.pbf']);
    expect(Object.keys(base?.sources ?? {}).sort()).toEqual(['direct']);
    expect(base?.layers.map((l) => l.id)).toEqual(['pdok-roads']);
    for (const url of requestedByStyle(base as Partial<StyleSpecification>)) expect(allowedUrl(url), url).toBe(true);
    // Glyphs and sprite on PDOK stay; a label layer then still has its glyphs.
    const ok = await runLoader(['https://api.pdok.nl/t/{z}/{x}/{y}.pbf']);
    expect(ok.base?.glyphs).toMatch(/^https:\/\/api\.pdok\.nl\//);
    expect(ok.base?.layers.map((l) => l.id)).toEqual(['pdok-water', 'pdok-roads', 'pdok-names']);
    expect((ok.base?.sources.brt as { tiles?: string[] } | undefined)?.tiles).toEqual(['https://api.pdok.nl/t/{z}/{x}/{y}.pbf']);
    expect(allowedUrl('https://api.pdok.nl.evil.example/x')).toBe(false);
    expect(allowedUrl('https://service.pdok.nl/x')).toBe(false);
    expect(allowedUrl('http://api.pdok.nl/x')).toBe(false);
  });

  it('leaves no inline script or style in the page for the policy to refuse', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle="|\son[a-z]+="/);
  });
});
