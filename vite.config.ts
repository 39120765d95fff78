import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `--mode e2e` builds the browser-test variant into dist-e2e/: the same app plus a test hook (the map instances,
// for asking maplibre what it rendered) and a harness page for map children. The production build has neither.
export default defineConfig(({ mode }) => {
  const e2e = mode === 'e2e';
  return {
    plugins: [react()],
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
