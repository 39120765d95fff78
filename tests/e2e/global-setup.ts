// Serve the browser-test build (dist-e2e/: the production build plus a test hook, `npm run build:e2e`) on localhost.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

// Another port (E2E_PORT=4183) lets two checkouts run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

export default async function setup() {
  if (!existsSync('dist-e2e/index.html')) throw new Error('dist-e2e/ ontbreekt: draai eerst `npm run build:e2e`');
  const server = await preview({
    mode: 'e2e',
    preview: { port: E2E_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
