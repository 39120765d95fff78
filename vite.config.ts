import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import basemap from './src/map/basemap.json' with { type: 'json' };

// The same origin src/map/basemap.ts allows (BASEMAP_ORIGINS); tests/unit/csp.test.ts checks they agree.
const PDOK = new URL(basemap.styleUrl).origin;

/**
 * The Content-Security-Policy of the built site: scripts, styles and workers only from the site itself, data from the
 * site and PDOK (the optional background map; its origins come from src/map/basemap.ts, which refuses any other
 * origin a style might name). No inline script or style, no eval (tests/unit/csp.test.ts checks all of this). The web server should send the
 * same policy as a header (README, "Beveiliging"), where frame-ancestors can be added; the build puts it in a <meta>
 * so the files are safe on any host. Not in the dev server, whose hot reload needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${PDOK}`,
  "font-src 'self'",
  `connect-src 'self' ${PDOK}`,
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        // The app page only: the test build's harness page is not published.
        ctx.filename.endsWith('index.html')
          ? html.replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
            )
          : html,
    },
  };
}

const COLORBREWER = 'virtual:colorbrewer/';

/**
 * `import RdBu from 'virtual:colorbrewer/RdBu'`: one ColorBrewer scheme, read from the colorbrewer package at build
 * time. The package exports all 35 schemes as one object that no bundler can shake, and the first map needs five.
 */
function colorbrewerSchemes(): Plugin {
  return {
    name: 'colorbrewer-schemes',
    resolveId: (id) => (id.startsWith(COLORBREWER) ? `\0${id}` : null),
    async load(id) {
      if (!id.startsWith(`\0${COLORBREWER}`)) return null;
      const name = id.slice(COLORBREWER.length + 1);
      // The package's main file is UMD inside a "type": "module" package, which Node cannot load; the ES build is
      // the same data.
      const schemes: Record<string, unknown> = (await import('colorbrewer/index.es.js')).default;
      const scheme = schemes[name];
      if (!scheme || typeof scheme !== 'object') this.error(`colorbrewer has no scheme '${name}'`);
      return `export default ${JSON.stringify(scheme)};`;
    },
  };
}

// `--mode e2e` builds the browser-test variant into dist-e2e/: the same app plus a test hook (the map instances,
// for asking maplibre what it rendered) and a harness page for map children. The production build has neither.
export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  return {
    plugins: [react(), contentSecurityPolicy(), colorbrewerSchemes()],
    base: './',
    define: { __TEST_HOOK__: JSON.stringify(e2e) },
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: e2e ? 'dist-e2e' : 'dist',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        input: e2e
          ? { main: resolve(import.meta.dirname, 'index.html'), harness: resolve(import.meta.dirname, 'harness.html') }
          : resolve(import.meta.dirname, 'index.html'),
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
