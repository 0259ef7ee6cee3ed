// Launcher for the popup/options e2e tests: the shared launcher (chromium.mjs) in a persistent profile (so
// a test can close and relaunch it), fixture pages served by request interception under realistic
// hostnames (the jurisdiction guess reads the domain), and no real network: any other http(s) request is
// aborted and recorded.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_DIST, launch as launchChromium, type Launched as Browser } from './chromium.mjs';
import { FIXTURES, fixtureFile } from './server.mjs';

// Only used inside sw.evaluate callbacks, which run in the extension's service worker.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DIST = resolve(process.env.EXOCHECK_DIST ?? CHROME_DIST);
export { FIXTURES };
export const AXE = resolve('node_modules/axe-core/axe.min.js');

export interface Launched {
  context: BrowserContext;
  sw: Worker;
  extId: string;
  userDataDir: string;
  /** http(s) URLs that were requested but not served from fixtures (should stay empty). */
  blocked: string[];
  browser: Browser;
}

export async function launch(
  userDataDir = mkdtempSync(join(tmpdir(), 'exo-popup-')),
  opts: { lang?: string; classicScrollbars?: boolean } = {},
): Promise<Launched> {
  const browser = await launchChromium({ extDir: DIST, userDataDir, lang: opts.lang, classicScrollbars: opts.classicScrollbars, viewport: { width: 1000, height: 800 } });
  const { context } = browser;
  const blocked: string[] = [];
  // Fixture files under any hostname: https://glowclinic.co.uk/popup-clinic.html → fixtures/popup-clinic.html.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      const f = url.pathname.endsWith('/') && url.pathname !== '/' ? null : fixtureFile(url.pathname);
      if (f) return route.fulfill({ status: 200, contentType: f.type, body: f.body });
      blocked.push(url.href);
      return route.abort();
    },
  );
  return { context, sw: browser.sw, extId: browser.extId, userDataDir, blocked, browser };
}

export function close(l: Launched, { keepProfile = false } = {}): Promise<void> {
  return l.browser.close({ keepProfile });
}

/** The service worker, fetched again (it may have been stopped and restarted since launch). */
export async function worker(l: Launched): Promise<Worker> {
  const [sw] = l.context.serviceWorkers();
  return sw ?? (await l.context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

interface SessionTab {
  frames: Record<string, { url: string; findings: unknown[] }>;
}

/** Waits until the content script in a tab showing `url` has reported, and returns that tab's id. */
export async function tabIdFor(l: Launched, url: string, timeout = 15_000): Promise<number> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const sw = await worker(l);
    const all = (await sw.evaluate(() => chrome.storage.session.get(null))) as Record<string, SessionTab>;
    for (const [key, rec] of Object.entries(all))
      if (key.startsWith('tab:') && Object.values(rec.frames ?? {}).some((f) => f.url === url)) return Number(key.slice(4));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No content-script report for ${url} within ${timeout} ms`);
}

export async function badgeText(l: Launched, tabId: number): Promise<string> {
  const sw = await worker(l);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Total ranges in ExoCheck's severity highlights, read from the page's world (the registry is shared). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    ['exocheck-high', 'exocheck-medium', 'exocheck-info'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

export async function openPopup(l: Launched, tabId: number, opts: { width?: number } = {}): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: opts.width ?? 420, height: 800 });
  await page.goto(`chrome-extension://${l.extId}/src/popup/index.html?tab=${tabId}`);
  return page;
}

export async function openOptions(l: Launched): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extId}/src/options/index.html`);
  return page;
}

/** Runs axe-core in the page (evaluate, not a script tag: extension pages' CSP blocks inline scripts). */
export async function axe(page: Page, include?: string): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, include ?? null);
}

/** axe violations in the light and in the dark colour scheme (the page is left in light). */
export async function axeBothThemes(page: Page, include?: string): Promise<Record<'light' | 'dark', Awaited<ReturnType<typeof axe>>>> {
  const out = { light: [], dark: [] } as Record<'light' | 'dark', Awaited<ReturnType<typeof axe>>>;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    out[colorScheme] = await axe(page, include);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}

/** Presses Tab until focus cycles, returning a description of each focused element. */
export async function tabOrder(page: Page, max = 200): Promise<string[]> {
  const seen: string[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as unknown as { __tabSeen: WeakSet<Element> }).__tabSeen = new WeakSet();
  });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // Stop when focus comes back to the same element (labels can repeat: two findings in one sentence).
    const [d, again] = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return ['', false] as const;
      const visited = (window as unknown as { __tabSeen: WeakSet<Element> }).__tabSeen;
      const wasSeen = visited.has(el);
      visited.add(el);
      const name = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '';
      return [`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}|${name.trim().slice(0, 60)}`, wasSeen] as const;
    });
    if (again) break;
    if (d) seen.push(d);
  }
  return seen;
}
