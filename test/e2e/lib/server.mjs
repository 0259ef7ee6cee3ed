// A tiny static server for e2e fixtures on 127.0.0.1 and a random port. It records every request so
// tests can prove the extension fetched nothing, and accepts extra routes (e.g. corpus pages).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * @param {{ routes?: Record<string, () => string> }} [opts] extra path → HTML body
 * @returns {Promise<{ origin: string, url: (p: string) => string, requests: string[], close: () => Promise<void> }>}
 */
export async function startServer(opts = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(u.pathname);
    const extra = opts.routes?.[u.pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(extra());
      return;
    }
    // SPA fixture: every /spa/* path serves the app shell.
    const rel = u.pathname.startsWith('/spa/') ? '/spa.html' : u.pathname === '/' ? '/index.html' : u.pathname;
    const file = path.resolve(FIXTURES, '.' + decodeURIComponent(rel));
    if (!file.startsWith(FIXTURES + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + p,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}
