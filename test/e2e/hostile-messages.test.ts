// Messages and events from a hostile page, in Chromium with the built extension. A page cannot make
// ExoCheck show, hide or log anything: not by window.postMessage (even a MessageEvent forged with our
// origin), not by dispatching events (including the start event a new instance uses to evict a stale
// one), and not by calling extension APIs (it has none). Our own listeners check type and sender: even
// code running in the content script's world (a compromised content script) cannot read another tab's
// state or make the background act for an extension page, and malformed reports are dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, readHighlights, shadowNodes, tabReport, worker, type Launched } from './lib/chromium.mjs';
import { cdpHighlights, startHostileServer, type HostileServer } from './lib/hostile';

let b: Launched;
let server: HostileServer;
let page: Page;
let tabId: number;
let badge: string;
let baseline: string[];
const consoleLines: string[] = [];

beforeAll(async () => {
  server = await startHostileServer();
  b = await launch();
  page = await b.context.newPage();
  // (The fixture server has no favicon; the browser's own 404 line for it is not ours.)
  page.on('console', (m) => !/^Failed to load resource/.test(m.text()) && consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.goto(server.url('plain.html'));
  const r = await tabReport(b.context, page.url(), (x) => x.badge !== '');
  tabId = r.tabId;
  badge = r.badge;
  baseline = (await cdpHighlights(page)).sort();
  expect(baseline.length).toBe(Number(badge));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const openCards = async () => (await shadowNodes(page, (n, a) => n === 'button' && a['aria-expanded'] === 'true')).length;
const hosts = () => page.evaluate(() => document.getElementsByTagName('exocheck-overlay').length);
const storedTab = async () => {
  const sw = await worker(b.context);
  return sw.evaluate((k) => chrome.storage.session.get(k).then((o: Record<string, unknown>) => JSON.stringify(o[k] ?? null)), `tab:${tabId}`);
};

/** Nothing visible or stored changed, and we logged nothing. */
async function expectUntouched(before: string) {
  await page.waitForTimeout(600);
  expect(await openCards()).toBe(0);
  expect((await readHighlights(page))['exocheck-focus']).toBeUndefined();
  expect((await cdpHighlights(page)).sort()).toEqual(baseline);
  expect(await hosts()).toBe(1);
  expect((await tabReport(b.context, page.url())).badge).toBe(badge);
  expect(await storedTab()).toBe(before);
  expect(consoleLines).toEqual([]);
}

/** Evaluates in the content script's isolated world (what a compromised content script could do). */
async function inContentWorld<T>(expression: string): Promise<T> {
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  try {
    await cdp.send('Runtime.enable');
    const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${b.extId}`);
    if (!ctx) throw new Error(`no isolated world of ours among ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData?.type]))}`);
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) return { error: r.exceptionDetails.exception?.description ?? r.exceptionDetails.text } as T;
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('a hostile page and our messages', () => {
  it('has no extension API to call', async () => {
    const api = await page.evaluate((id) => {
      const w = window as unknown as { chrome?: { runtime?: Record<string, unknown> }; browser?: unknown };
      let sendThrows = false;
      try {
        (w.chrome as { runtime: { sendMessage: (id: string, m: unknown) => void } }).runtime.sendMessage(id, { type: 'getTabState', tabId: 1 });
      } catch {
        sendThrows = true;
      }
      return { runtime: typeof w.chrome?.runtime, sendMessage: typeof w.chrome?.runtime?.sendMessage, connect: typeof w.chrome?.runtime?.connect, browser: typeof w.browser, sendThrows };
    }, b.extId);
    // No externally_connectable in the manifest: pages get no runtime messaging to us at all.
    expect(api.sendMessage).toBe('undefined');
    expect(api.connect).toBe('undefined');
    expect(api.browser).toBe('undefined');
    expect(api.sendThrows).toBe(true);
  });

  it('window.postMessage of our message shapes (and a MessageEvent forged with our origin) does nothing', async () => {
    const before = await storedTab();
    await page.evaluate((extId) => {
      const shapes: unknown[] = [
        { type: 'nextFinding' },
        { type: 'revealFinding', index: 0 },
        { type: 'getPageCapture' },
        { type: 'getTabState', tabId: 1 },
        { type: 'revealFinding', tabId: 1, index: 0 },
        { type: 'frameReport', report: { url: location.href, findings: [], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
        'nextFinding',
        JSON.stringify({ type: 'nextFinding' }),
        null,
      ];
      for (const m of shapes) {
        window.postMessage(m, '*');
        window.dispatchEvent(new MessageEvent('message', { data: m, origin: `chrome-extension://${extId}`, source: window }));
        document.dispatchEvent(new MessageEvent('message', { data: m, origin: `chrome-extension://${extId}` }));
      }
      const ch = new MessageChannel();
      window.postMessage({ type: 'nextFinding' }, '*', [ch.port2]);
      ch.port1.postMessage({ type: 'nextFinding' });
    }, b.extId);
    await expectUntouched(before);
  });

  it('dispatched events, including our own start event, neither tear the script down nor change what it shows', async () => {
    const before = await storedTab();
    await page.evaluate(() => {
      for (let i = 0; i < 200; i++) {
        window.dispatchEvent(new Event('exocheck-started'));
        document.dispatchEvent(new Event('exocheck-started', { bubbles: true }));
        window.dispatchEvent(new CustomEvent('exocheck-started', { detail: { runtimeId: null, force: true } }));
      }
      for (const name of ['exocheck-stop', 'exocheck-teardown', 'exocheck-high', 'exocheck-overlay', 'popstate', 'hashchange', 'resize', 'scroll', 'visibilitychange', 'pagehide'])
        window.dispatchEvent(new CustomEvent(name, { detail: { type: 'nextFinding' } }));
      document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    });
    await expectUntouched(before);
    // Still alive and watching: a claim added now is found and reported.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Our exosomes are derived from human umbilical cord stem cells.';
      document.body.append(p);
    });
    const r = await tabReport(b.context, page.url(), (x) => Number(x.badge) > Number(badge));
    expect(Number(r.badge)).toBeGreaterThan(Number(badge));
    await page.evaluate(() => document.body.lastElementChild!.remove());
    await tabReport(b.context, page.url(), (x) => x.badge === badge);
    baseline = (await cdpHighlights(page)).sort();
  });

  it("even the content script's own world cannot read tab state, reveal, or pass a malformed report", async () => {
    const before = await storedTab();
    // Requests only our extension pages may make: refused (no answer), whatever the tab.
    const state = await inContentWorld<unknown>(`chrome.runtime.sendMessage({ type: 'getTabState', tabId: ${tabId} }).then((r) => r ?? 'no answer', (e) => 'error: ' + e.message)`);
    expect(JSON.stringify(state)).not.toContain('counts');
    const reveal = await inContentWorld<unknown>(`chrome.runtime.sendMessage({ type: 'revealFinding', tabId: ${tabId}, index: 0 }).then((r) => r ?? 'no answer', (e) => 'error: ' + e.message)`);
    expect(JSON.stringify(reveal)).not.toContain('"ok":true');
    // Malformed frame reports are dropped: wrong types, a bad severity, script in a field, far too many findings.
    const f = { rule: 'r', family: 'efficacy-claim', context: 'promotional', severity: 'high', text: 't', excerpt: 'e' };
    const bad = [
      { type: 'frameReport', report: { url: 5 } },
      { type: 'frameReport', report: { url: 'x', findings: [{ ...f, severity: 'catastrophic' }], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
      { type: 'frameReport', report: { url: 'x', findings: 'all of them', jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
      { type: 'frameReport', report: { url: 'x', findings: Array(5001).fill(f), jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
      { type: 'frameReport', report: { url: 'x', findings: [{ ...f, text: 'x'.repeat(3000) }], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
      { type: 'frameReport', report: { url: 'x', findings: [], jurisdiction: 'atlantis', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } },
      { type: 'frameReport', report: { url: 'x', findings: [], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: { r: -1 }, truncated: 'no' } },
    ];
    const answers = await inContentWorld<unknown[]>(
      `Promise.all(${JSON.stringify(bad)}.map((m) => chrome.runtime.sendMessage(m).then((r) => r ?? 'no answer', (e) => 'error: ' + e.message)))`,
    );
    for (const a of answers) expect(JSON.stringify(a)).not.toContain('"ok":true');
    expect(await storedTab()).toBe(before);
    expect((await tabReport(b.context, page.url())).badge).toBe(badge);
    // The positive control: a well-formed report from this world is taken (it is the frame's own report).
    const good = await inContentWorld<unknown>(
      `chrome.runtime.sendMessage({ type: 'frameReport', report: ${JSON.stringify({ url: page.url(), findings: [f, f], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false })} })`,
    );
    expect(good).toEqual({ ok: true });
    await tabReport(b.context, page.url(), (x) => x.badge === '2');
    // Put the real report back: the next real change of the page makes the content script report again.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'extra';
      p.textContent = 'Our exosomes are derived from human umbilical cord stem cells.';
      document.body.append(p);
    });
    await tabReport(b.context, page.url(), (x) => Number(x.badge) > Number(badge));
    await page.evaluate(() => document.getElementById('extra')!.remove());
    await tabReport(b.context, page.url(), (x) => x.badge === badge);
  });

  it('an extension page cannot pass as a content script, and malformed popup requests get no answer', async () => {
    const ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extId}/src/popup/index.html`);
    const f = { rule: 'r', family: 'efficacy-claim', context: 'promotional', severity: 'high', text: 't', excerpt: 'e' };
    const replies = await ext.evaluate(
      async ({ tabId, f }) => {
        const ask = (m: unknown) => chrome.runtime.sendMessage(m).then((r: unknown) => r ?? 'no answer', (e: Error) => `error: ${e.message}`);
        return {
          report: await ask({ type: 'frameReport', report: { url: location.href, findings: [f], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false } }),
          negativeTab: await ask({ type: 'getTabState', tabId: -1 }),
          stringTab: await ask({ type: 'getTabState', tabId: String(tabId) }),
          hugeIndex: await ask({ type: 'revealFinding', tabId, index: 1e9 }),
          unknown: await ask({ type: 'deleteEverything' }),
          good: await ask({ type: 'getTabState', tabId }),
        };
      },
      { tabId, f },
    );
    for (const k of ['report', 'negativeTab', 'stringTab', 'hugeIndex', 'unknown'] as const) expect(JSON.stringify(replies[k]), k).not.toMatch(/"ok":true|"counts"/);
    expect((replies.good as { counts: { total: number } }).counts.total).toBe(Number(badge));
    // The extension page's tab got no badge and no stored report.
    const sw = await worker(b.context);
    const stored = await sw.evaluate(() => chrome.storage.session.get(null));
    for (const rec of Object.values(stored) as { frames: Record<string, { url: string }> }[])
      for (const fr of Object.values(rec.frames ?? {})) expect(fr.url.startsWith('chrome-extension://')).toBe(false);
    await ext.close();
    expect(await openCards()).toBe(0);
  });
});
