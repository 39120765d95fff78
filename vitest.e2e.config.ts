import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: Debian Chromium driven by playwright-core against the production build (vite preview).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
