// Shared by the hostile-page tests: a fixture server that can send a strict CSP header and records every
// request with its headers, a long-task probe installed in the page's main world, readers that go
// through raw CDP (some fixtures sabotage the main world's built-ins, which Playwright's own evaluate
// helpers would trip over), and the engine's expectation for whatever DOM the page ended up with.
import path from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { FIXTURES, startServer, type TestServer } from './server.mjs';
import { extractBlocks } from '../../../src/dom/extract';
import { scanDocument, type Finding, type Jurisdiction } from '../../../src/engine';

export const HOSTILE = path.join(FIXTURES, 'hostile');
/**
 * A task (or timer lateness) this much beyond the page's own worst without ExoCheck is a frozen tab: the line a
 * user notices. Both browser suites compare each page with itself, never with an absolute time.
 */
export const FREEZE_MARGIN_MS = 250;
export const CSP = "default-src 'none'";

export type HostileServer = TestServer;

/** Serves test/e2e/fixtures/hostile; strict-csp.html gets `Content-Security-Policy: default-src 'none'`. */
export const HOSTILE_SERVER = {
  root: HOSTILE,
  headers: (file: string): Record<string, string> => (path.basename(file) === 'strict-csp.html' ? { 'content-security-policy': CSP } : {}),
};

export function startHostileServer(): Promise<HostileServer> {
  return startServer(HOSTILE_SERVER);
}

/**
 * Installed before any page script (addInitScript, every frame): records long tasks, and every mutation
 * that touches an element of ours or any attribute, with references to the built-ins taken before the page
 * can replace them.
 */
export function probeScript(): void {
  const w = window as unknown as Record<string, unknown>;
  const tasks: { start: number; duration: number }[] = [];
  const foreign: string[] = [];
  w.__probe = { tasks, foreign, attrs: 0, hostAdds: 0 };
  const probe = w.__probe as { attrs: number; hostAdds: number };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API (Firefox): the content script's own timing is used instead
  }
  // Event-loop lag: how late a 20 ms timer fires. Works in every browser (Firefox has no Long Tasks API).
  const st = setTimeout;
  const now = performance.now.bind(performance);
  let last = now();
  const lag = { max: 0, maxAfterDcl: 0 };
  (w.__probe as Record<string, unknown>).lag = lag;
  let dclSeen = false;
  document.addEventListener('DOMContentLoaded', () => {
    // The page as its own scripts left it; document_idle content scripts run after this.
    (w.__probe as Record<string, unknown>).dclHtml = document.documentElement.outerHTML;
    st(() => (dclSeen = true), 0);
  });
  const tick = () => {
    const t = now();
    const late = t - last - 20;
    if (late > lag.max) lag.max = late;
    if (dclSeen && late > lag.maxAfterDcl) lag.maxAfterDcl = late;
    last = t;
    st(tick, 20);
  };
  st(tick, 20);
  // The probe's self-check: a busy loop of `ms` in a task of the page's own, through the built-ins taken
  // above (some fixtures replace setTimeout and friends), so a test can prove the Long Tasks witness sees a
  // freeze in this very page, whatever the machine's speed.
  // Returns when it was asked, on the real clock.
  (w.__probe as Record<string, unknown>).freeze = (ms: number) => {
    st(() => {
      const t = now();
      while (now() - t < ms);
    }, 0);
    return now();
  };
  const MO = MutationObserver;
  new MO((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        probe.attrs++;
        foreign.push(`attr ${r.attributeName} on ${(r.target as Element).localName}`);
      }
      for (const n of r.addedNodes) if ((n as Element).localName === 'exocheck-overlay') probe.hostAdds++;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Raw CDP evaluation in the page's main world: no Playwright helper code runs in the page. */
export async function cdpEval<T>(page: Page, expression: string, frame?: Frame): Promise<T> {
  // Same-process child frames have no CDP session of their own; their fixtures sabotage nothing.
  if (frame && frame !== page.mainFrame()) return frame.evaluate(expression) as Promise<T>;
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Highlighted strings by highlight name, read with plain loops (no Array methods the page may have replaced). */
export function cdpHighlights(page: Page, frame?: Frame): Promise<string[]> {
  return cdpEval<string[]>(
    page,
    `(() => { const out = []; for (const n of ['exocheck-high', 'exocheck-medium', 'exocheck-info']) { const h = CSS.highlights.get(n); if (h) for (const r of h) out.push(String(r)); } return out; })()`,
    frame,
  );
}

export interface Probe {
  tasks: { start: number; duration: number }[];
  foreign: string[];
  attrs: number;
  hostAdds: number;
  dcl: number;
  lag: { max: number; maxAfterDcl: number };
}

export function readProbe(page: Page, frame?: Frame): Promise<Probe> {
  return cdpEval<Probe>(
    page,
    `(() => { const p = window.__probe; const nav = performance.getEntriesByType('navigation')[0]; return { tasks: p.tasks, foreign: p.foreign, attrs: p.attrs, hostAdds: p.hostAdds, lag: p.lag, dcl: nav ? nav.domContentLoadedEventEnd : 0 }; })()`,
    frame,
  );
}

/** Longest long task that started after DOMContentLoaded (the page's own parsing is not ours). */
export function longestAfterDcl(p: Probe): number {
  let max = 0;
  for (const t of p.tasks) if (t.start >= p.dcl) max = Math.max(max, t.duration);
  return Math.round(max);
}

/**
 * Runs a `ms` busy loop as a task of the page (the probe's freeze()) and returns the longest long task the
 * probe then records from that moment on: the proof that the Long Tasks witness would have seen us freeze.
 */
export async function probeSeesFreeze(page: Page, ms = 150): Promise<number> {
  const at = await cdpEval<number>(page, `window.__probe.freeze(${ms})`);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const p = await readProbe(page);
    let seen = 0;
    for (const t of p.tasks) if (t.start >= at) seen = Math.max(seen, t.duration);
    if (seen > 0 || Date.now() > deadline) return Math.round(seen);
    await page.waitForTimeout(100);
  }
}

/** Clicks the page's own button n times and returns its counter. */
export async function clickCounter(page: Page, n = 3, frame?: Frame): Promise<number> {
  const target = frame ?? page.mainFrame();
  for (let i = 0; i < n; i++) await target.click('#btn');
  return Number(await target.textContent('#count'));
}

/** What the engine finds in the serialised DOM (the same extraction and engine as the content script). */
export function engineOn(html: string, jurisdiction: Jurisdiction, prepare?: (d: Document) => void): Finding[] {
  const { document } = parseHTML(html);
  if (prepare) prepare(document as unknown as Document);
  const blocks = extractBlocks(document as unknown as Node).map((b) => ({ text: b.text, kind: b.kind }));
  return scanDocument(blocks, { strictness: 'standard', jurisdiction, muted: [] }).findings;
}

export { norm } from './expect.mjs';

/** True when the page equals its DOMContentLoaded state once our host (any name of ours) is cut out. */
export function unchangedSinceDcl(page: Page, frame?: Frame): Promise<boolean> {
  return cdpEval<boolean>(
    page,
    `(() => { const c = document.documentElement.cloneNode(true); for (const el of [...c.children]) if (el.localName.startsWith('exocheck-overlay')) c.removeChild(el); return c.outerHTML === window.__probe.dclHtml; })()`,
    frame,
  );
}

/** A frame's outerHTML with our host (if any) cut out, read over CDP. */
export function pageHtmlWithoutHost(page: Page, frame?: Frame): Promise<string> {
  return cdpEval<string>(
    page,
    `(() => { const c = document.documentElement.cloneNode(true); const hs = c.getElementsByTagName('exocheck-overlay'); while (hs.length) hs[0].parentNode.removeChild(hs[0]); return '<!doctype html>' + c.outerHTML; })()`,
    frame,
  );
}
