// Minimal static server for the benchmark: URL prefixes mapped to folders, no compression, port chosen by the OS.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  // maplibre's worker is an ES module with this extension; a wrong type makes Chromium refuse it.
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // Vector tiles (the tiled national layout).
  '.pbf': 'application/x-protobuf',
};

/** URL prefix (starting and ending with '/') → folder; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface Served {
  origin: string;
  /** The file on disk a URL path is answered from, or null (404). */
  fileFor(pathname: string): string | null;
  close(): Promise<void>;
}

/**
 * `gzip`: answer with gzip -9 when the browser accepts it, as a web server with static compression does (the phone
 * budget counts bytes on the wire). Off by default: the desktop figures compare the same uncompressed files.
 */
export async function serve(mounts: Mounts, options: { gzip?: boolean } = {}): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const fileFor = (pathname: string): string | null => {
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return null;
    const dir = mounts[prefix] as string;
    const rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep)) return null;
    const st = statSync(file, { throwIfNoEntry: false });
    if (st?.isDirectory()) return fileFor(`${pathname.replace(/\/?$/, '/')}index.html`);
    return st?.isFile() ? file : null;
  };
  const server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        gzipped.set(file, body);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    fileFor,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
