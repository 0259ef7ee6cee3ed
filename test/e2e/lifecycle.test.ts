// Lifecycle: what the page can and cannot do to us, the popup's view of a tab, the worker being stopped
// (state lives in storage.session), navigation clearing the badge, and an extension reload leaving a
// stale content script that must remove everything it drew when a new instance signals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOST_TAG, highlightedTexts, launch, readHighlights, shadowNodes, tabReport, worker, type Launched } from './lib/chromium.mjs';
import { startServer, type TestServer } from './lib/server.mjs';

let b: Launched;
let server: TestServer;
let page: Page;
let tabId: number;
let count: number;

beforeAll(async () => {
  server = await startServer();
  b = await launch();
  page = await b.context.newPage();
  await page.goto(server.url('/clinic.html'));
  const r = await tabReport(b.context, page.url(), (x) => x.badge !== '');
  tabId = r.tabId;
  count = Number(r.badge);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const hosts = (p: Page) => p.evaluate((t) => document.querySelectorAll(t).length, HOST_TAG);

/** Sends a message as our popup would, from an extension page. */
async function fromExtensionPage<T>(msg: object): Promise<T> {
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extId}/src/popup/index.html`);
  const reply = (await ext.evaluate((m) => chrome.runtime.sendMessage(m), msg)) as T;
  await ext.close();
  return reply;
}

interface TabState { url: string; findings: { index: number; frameId: number; text: string; severity: string }[]; counts: { total: number }; jurisdiction: string }

describe('lifecycle', () => {
  it('ignores a start signal forged by the page while its extension is alive', async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('exocheck-started')));
    await page.waitForTimeout(200);
    expect(await hosts(page)).toBe(1);
    expect((await highlightedTexts(page)).length).toBe(count);
  });

  it('gives the popup the tab state, and reveals a finding on request', async () => {
    const state = await fromExtensionPage<TabState>({ type: 'getTabState', tabId });
    expect(state.url).toBe(page.url());
    expect(state.counts.total).toBe(count);
    expect(state.findings.map((f) => f.index)).toEqual([...Array(count).keys()]);
    const last = count - 1;
    expect(await fromExtensionPage({ type: 'revealFinding', tabId, index: last })).toEqual({ ok: true });
    const open = await shadowNodes(page, (n, a) => n === 'button' && a['aria-expanded'] === 'true');
    expect(open).toHaveLength(1);
    expect(open[0].attrs['aria-label']).toMatch(new RegExp(`^ExoCheck warning ${count} of ${count}`));
    expect((await readHighlights(page))['exocheck-focus']).toEqual([state.findings[last].text.replace(/\s+/g, ' ')]);
    // A page cannot ask: it has no extension API, and our listeners check the sender.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('keeps the tab state when the service worker is stopped', async () => {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const state = await fromExtensionPage<TabState>({ type: 'getTabState', tabId });
    expect(state.counts.total).toBe(count);
  });

  it('clears the badge when the tab navigates to a clean page', async () => {
    const other = await b.context.newPage();
    await other.goto(server.url('/clinic.html?tab=2'));
    const r = await tabReport(b.context, other.url(), (x) => x.badge !== '');
    await other.goto(server.url('/clean.html'));
    const after = await tabReport(b.context, other.url(), (x) => !!x.frames['0']);
    expect(after.tabId).toBe(r.tabId);
    expect(after.badge).toBe('');
    await other.close();
  });

  // Last: Chromium under Playwright does not bring an unpacked extension back after runtime.reload(), so
  // this leaves the extension unloaded. It checks the half that matters on a real update: the orphaned
  // instance (its runtime.id is gone) removes its host and highlights, on the new instance's signal or on
  // the next page mutation it sees.
  it('after an extension reload, orphaned instances remove everything they drew', async () => {
    const second = await b.context.newPage();
    await second.goto(server.url('/clinic.html?orphan=2'));
    await tabReport(b.context, second.url(), (x) => x.badge !== '');
    expect(await hosts(second)).toBe(1);
    const sw = await worker(b.context);
    // The worker dies with the reload, so the evaluate may not get its answer back.
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(1000);
    expect(await hosts(page)).toBe(1); // nothing has told the orphan yet
    // What a new instance does on start: an event with no data.
    await page.evaluate(() => window.dispatchEvent(new Event('exocheck-started')));
    await expect.poll(() => hosts(page)).toBe(0);
    expect(await readHighlights(page)).toEqual({});
    // The other orphan notices on the page's next change.
    await second.evaluate(() => document.body.appendChild(document.createElement('p')).append('A new paragraph.'));
    await expect.poll(() => hosts(second)).toBe(0);
    expect(await readHighlights(second)).toEqual({});
  });
});
