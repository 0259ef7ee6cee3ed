// The one fixture server of the e2e tests: a static server on 127.0.0.1 and a random port (any hostname that
// resolves there works, e.g. localhost), recording every request with its headers so tests can prove the
// extension fetched nothing. Fixture pages may share parts: `<!--#include NAME-->` is replaced by
// fixtures/parts/NAME.html when served (and when read with fixtureText).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** An HTML fixture's text with its shared parts put in (parts may include parts). */
export function expandParts(html, depth = 0) {
  if (depth > 4) throw new Error('fixture parts nest too deep');
  return html.replace(/<!--#include ([\w-]+)-->\n?/g, (_, name) => expandParts(fs.readFileSync(path.join(FIXTURES, 'parts', `${name}.html`), 'utf8'), depth + 1));
}

/** A fixture file as served: `rel` is relative to the fixtures folder (or absolute inside it). */
export function fixtureText(rel) {
  const file = path.isAbsolute(rel) ? rel : path.join(FIXTURES, rel);
  const text = fs.readFileSync(file, 'utf8');
  return file.endsWith('.html') ? expandParts(text) : text;
}

/**
 * The file behind a URL path inside `root`, as { body, type }, or null. SPA fixture: every /spa/* path is
 * the app shell; / is index.html.
 */
export function fixtureFile(pathname, root = FIXTURES) {
  const rel = pathname.startsWith('/spa/') ? '/spa.html' : pathname === '/' ? '/index.html' : pathname;
  let file;
  try {
    file = path.resolve(root, '.' + decodeURIComponent(rel));
  } catch {
    return null;
  }
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return null;
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  return { file, type, body: type.startsWith('text/html') ? expandParts(fs.readFileSync(file, 'utf8')) : fs.readFileSync(file) };
}

/**
 * @param {{ root?: string, routes?: Record<string, () => string>, headers?: (file: string) => Record<string, string> }} [opts]
 *   root: folder served (default fixtures/); routes: extra path → HTML body; headers: extra response headers per file
 */
export async function startServer(opts = {}) {
  const root = opts.root ?? FIXTURES;
  const requests = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: u.pathname + u.search, headers: req.headers });
    const extra = opts.routes?.[u.pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(extra());
      return;
    }
    // No favicon, and no console error for its 404 (tests that check the console would depend on test order).
    if (u.pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const f = fixtureFile(u.pathname, root);
    if (!f) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store', ...(opts.headers?.(f.file) ?? {}) });
    res.end(f.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p, host = '127.0.0.1') => `http://${host}:${port}/${p.replace(/^\//, '')}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}
