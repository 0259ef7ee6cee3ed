// Privacy, statically: the built extension (dist/chrome and dist/firefox, every .js and .html) contains no
// code that could send a request or run strings as code. Matches are on call shapes, not words: the rules
// data holds source URLs (shown as links for the user to click) and webextension-polyfill's API table has a
// property named `eval` (devtools.inspectedWindow.eval metadata), neither of which makes a request or runs
// code. Skips, saying so, when dist is not built.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DISTS = ['chrome', 'firefox'].map((n) => ({ name: n, dir: path.join(ROOT, 'dist', n) }));

/** Each forbidden shape, with a sample it must catch (so a broken pattern fails here, not silently). */
const FORBIDDEN: { what: string; re: RegExp; sample: string }[] = [
  { what: 'fetch call', re: /\bfetch\s*\(/g, sample: 'await fetch(url)' },
  { what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g, sample: 'new XMLHttpRequest()' },
  { what: 'WebSocket', re: /\bWebSocket\b/g, sample: 'new WebSocket("wss://x")' },
  { what: 'sendBeacon', re: /\bsendBeacon\b/g, sample: 'navigator.sendBeacon(u, d)' },
  { what: 'EventSource', re: /\bEventSource\b/g, sample: 'new EventSource(u)' },
  { what: 'importScripts', re: /\bimportScripts\s*\(/g, sample: 'importScripts("https://cdn.example/x.js")' },
  { what: 'dynamic import of a URL', re: /\bimport\s*\(\s*[`'"](?:https?:)?\/\//g, sample: 'import("https://cdn.example/m.js")' },
  { what: 'remote <script src>', re: /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//gi, sample: '<script src="https://cdn.example/a.js">' },
  { what: 'eval call', re: /(?<![.\w$])eval\s*\(/g, sample: 'eval("1+1")' },
  { what: 'new Function', re: /\bnew\s+Function\s*\(/g, sample: 'new Function("return 1")' },
  { what: 'Function constructor call', re: /(?<![.\w$])Function\s*\(\s*[`'"]/g, sample: 'Function("return this")()' },
  { what: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g, sample: 'setTimeout("alert(1)", 0)' },
  { what: 'WebTransport or RTCPeerConnection', re: /\b(?:WebTransport|RTCPeerConnection)\b/g, sample: 'new RTCPeerConnection()' },
];

// vite.config.ts turns off Vite's modulepreload polyfill (it carried a fetch() call), so no exception is needed.

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(m?js|html)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('forbidden shapes are recognised', () => {
  it.each(FORBIDDEN)('$what', ({ re, sample }) => {
    re.lastIndex = 0;
    expect(re.test(sample)).toBe(true);
  });
});

for (const { name, dir } of DISTS) {
  const built = fs.existsSync(path.join(dir, 'manifest.json'));
  if (!built) console.warn(`dist-privacy: skipped ${name}, ${dir} is not built (run \`npm run build\`)`);
  describe.skipIf(!built)(`dist/${name}`, () => {
    const all = built ? files(dir) : [];

    it('has JS and HTML to check', () => {
      expect(all.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3);
      expect(all.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
    });

    it('contains no request-making or code-from-string call', () => {
      const hits: string[] = [];
      for (const f of all) {
        const text = fs.readFileSync(f, 'utf8');
        for (const { what, re } of FORBIDDEN) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text))
            hits.push(`${path.relative(dir, f)}: ${what}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
        }
      }
      expect(hits).toEqual([]);
    });

    it('preloads only its own files, and the content script has no fetch at all', () => {
      for (const f of all.filter((x) => x.endsWith('.html'))) {
        const html = fs.readFileSync(f, 'utf8');
        for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) expect(m[1], f).toMatch(/^\/assets\/[\w.-]+\.js$/);
        for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) expect(m[1], f).toMatch(/^\/[\w./-]+\.js$/);
      }
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      for (const cs of manifest.content_scripts) for (const js of cs.js) expect(fs.readFileSync(path.join(dir, js), 'utf8')).not.toMatch(/\bfetch\b|XMLHttpRequest|sendBeacon/);
    });

    it('asks for no network-related permission and opens no door to pages or other extensions', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.permissions ?? []).toEqual(['storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      // No loosened extension CSP (the MV3 default forbids remote code and eval).
      expect(manifest.content_security_policy).toBeUndefined();
    });
  });
}
