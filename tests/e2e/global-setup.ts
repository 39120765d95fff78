// Serve the production build (dist/) on localhost for the browser tests; `npm test` builds it first.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

export const E2E_PORT = 4173;

export default async function setup() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt: draai eerst `npm run build`');
  const server = await preview({ preview: { port: E2E_PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
