// Launches Debian Chromium with the built extension (playwright-core), plus helpers that read what a user
// would see: Custom Highlights (the registry is shared with the main world), the text inside our closed
// shadow root (CDP DOM with pierce), the action badge and the stored per-tab report (service worker).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CHROME_DIST = path.join(ROOT, 'dist', 'chrome');
export const FIREFOX_DIST = path.join(ROOT, 'dist', 'firefox');
export const HOST_TAG = 'exocheck-overlay';
export const HIGHLIGHTS = ['exocheck-high', 'exocheck-medium', 'exocheck-info'];

export function assertBuilt(dir = CHROME_DIST) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
}

/**
 * Launches Chromium with the extension in a persistent profile (a fresh temporary one unless `userDataDir`
 * is given: a test can close and relaunch the same profile). `lang` sets the browser's UI language, which
 * decides the _locales folder chrome.i18n uses. `classicScrollbars`: headless hides scrollbars; a layout test at
 * the popup's size wants them to take their width, as on desktops without overlay scrollbars.
 * @param {{ extDir?: string, viewport?: {width:number,height:number}, colorScheme?: 'light'|'dark', args?: string[], userDataDir?: string, lang?: string, classicScrollbars?: boolean }} [opts]
 */
export async function launch(opts = {}) {
  const extDir = opts.extDir ?? CHROME_DIST;
  assertBuilt(extDir);
  const profile = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'exocheck-e2e-'));
  const lang = opts.lang;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: opts.viewport ?? { width: 1100, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    ...(opts.classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    // On Linux Chromium ignores --lang for its UI and reads the locale environment (LANGUAGE is ignored under C).
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LC_ALL: `${lang}.UTF-8`, LANG: `${lang}.UTF-8` } } : {}),
    args: [
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      ...(lang ? [`--lang=${lang}`] : []),
      ...(opts.args ?? []),
    ],
  });
  /** Every request the browser made, from pages, frames and (in Chromium) the extension worker. */
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(sw.url()).host;
  const close = async ({ keepProfile = false } = {}) => {
    await context.close().catch(() => {});
    if (!keepProfile) fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, sw, extId, requests, userDataDir: profile, close };
}

/** Current worker (it can be restarted). */
export async function worker(context) {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Highlight name → range texts, read from the page's main world. */
export function readHighlights(page) {
  return page.evaluate((names) => {
    const out = {};
    if (typeof CSS === 'undefined' || !CSS.highlights) return out;
    for (const n of names) {
      const h = CSS.highlights.get(n);
      if (h) out[n] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  }, [...HIGHLIGHTS, 'exocheck-focus']);
}

/** All highlighted strings across severities. */
export async function highlightedTexts(page) {
  const h = await readHighlights(page);
  return HIGHLIGHTS.flatMap((n) => h[n] ?? []);
}

/** Texts of our closed shadow root via CDP (pierce), as a list of text node values; null if no host. */
export async function shadowTexts(page, frame) {
  const cdp = await page.context().newCDPSession(frame ?? page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root, (n) => n.nodeName?.toLowerCase() === HOST_TAG);
    if (!host) return null;
    const sr = host.shadowRoots?.[0];
    const texts = [];
    collect(sr, texts);
    return { mode: sr?.shadowRootType, texts, node: host };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function find(n, pred) {
  if (!n) return null;
  const stack = [n];
  while (stack.length) {
    const x = stack.pop();
    if (pred(x)) return x;
    for (const k of [...(x.children ?? []), ...(x.shadowRoots ?? []), ...(x.contentDocument ? [x.contentDocument] : [])]) stack.push(k);
  }
  return null;
}

function collect(n, out, inStyle = false) {
  if (!n) return;
  if (n.nodeType === 3 && !inStyle && n.nodeValue.trim()) out.push(n.nodeValue);
  const style = inStyle || n.nodeName === 'STYLE';
  for (const k of n.children ?? []) collect(k, out, style);
}

/** Attribute list of nodes inside our shadow root matching pred, via CDP. */
export async function shadowNodes(page, pred) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root, (n) => n.nodeName?.toLowerCase() === HOST_TAG);
    const out = [];
    const stack = host?.shadowRoots ? [...host.shadowRoots] : [];
    while (stack.length) {
      const x = stack.shift();
      const attrs = {};
      for (let i = 0; i + 1 < (x.attributes?.length ?? 0); i += 2) attrs[x.attributes[i]] = x.attributes[i + 1];
      if (x.nodeType === 1 && pred(x.nodeName.toLowerCase(), attrs)) out.push({ name: x.nodeName.toLowerCase(), attrs, backendNodeId: x.backendNodeId });
      stack.push(...(x.children ?? []));
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Clicks a node inside our shadow root at the centre of its box (as a user would). */
export async function clickNode(page, backendNodeId) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const q = model.border;
    const x = (q[0] + q[2] + q[4] + q[6]) / 4;
    const y = (q[1] + q[3] + q[5] + q[7]) / 4;
    await page.mouse.click(x, y);
    return { x, y };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The stored report for the tab whose top frame shows `url`, polled until `until` holds. */
export async function tabReport(context, url, until = () => true, timeout = 10_000) {
  const t0 = Date.now();
  let last = null;
  while (Date.now() - t0 < timeout) {
    const sw = await worker(context);
    last = await sw.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, rec] of Object.entries(all)) {
        if (!k.startsWith('tab:')) continue;
        const top = rec.frames?.['0'];
        if (top && top.url === u) {
          const tabId = Number(k.slice(4));
          const badge = await chrome.action.getBadgeText({ tabId });
          const color = await chrome.action.getBadgeBackgroundColor({ tabId });
          return { tabId, badge, color, frames: rec.frames };
        }
      }
      return null;
    }, url);
    if (last && until(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching report for ${url} within ${timeout} ms; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}

/** Records the element count and the serialised page at DOMContentLoaded, before document_idle scripts. */
export async function recordBaseline(page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__exoBaseline = { count: document.querySelectorAll('*').length, html: document.documentElement.outerHTML };
    });
  });
}

/** Compares the page now with its baseline: extra elements and whether anything else changed. */
export function compareWithBaseline(page) {
  return page.evaluate((tag) => {
    const base = window.__exoBaseline;
    const now = document.querySelectorAll('*').length;
    const ours = document.querySelectorAll(tag).length;
    const clone = document.documentElement.cloneNode(true);
    for (const h of clone.querySelectorAll(tag)) h.remove();
    return { before: base.count, after: now, ours, hostParent: document.querySelector(tag)?.parentElement?.localName ?? null, unchanged: clone.outerHTML === base.html };
  }, HOST_TAG);
}

/** Requests to anything but the test server, data:, about: or our own extension. */
export function foreignRequests(requests, origin, extId) {
  return requests.filter((u) => !(u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('about:') || u.startsWith(`chrome-extension://${extId}/`)));
}
