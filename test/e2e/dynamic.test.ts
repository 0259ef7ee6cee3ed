// Pages that change after load: a feed that appends and edits posts, ads in iframes, an SPA that navigates
// with history.pushState, and settings changed while the page is open. Expected findings are always the
// engine's, run in Node on the page's current DOM as the CLI would read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HOST_TAG, highlightedTexts, readHighlights, tabReport, worker } from './lib/chromium.mjs';
import { openSuite } from './lib/suite';
import { visibleHtml } from './lib/visible';
import { expectedFindings, fixtureHtml, norm } from './lib/expect.mjs';
import { extractBlocks } from '../../src/dom/extract';
import { scanDocument, type Jurisdiction, type ScanOptions } from '../../src/engine';

const lib = { extractBlocks, scanDocument };
const { b, server } = await openSuite();

async function expectedNow(frame: Page | Frame, opts: ScanOptions) {
  return expectedFindings(await visibleHtml(frame), opts, lib);
}

const badgeOf = (n: number) => (n ? String(n) : '');

async function jurisdictionOf(page: Page): Promise<Jurisdiction> {
  const r = await tabReport(b.context, page.url(), (x) => !!x.frames['0']);
  return r.frames['0'].jurisdiction as Jurisdiction;
}

async function setSettings(value: object | null): Promise<void> {
  const sw = await worker(b.context);
  await sw.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), value);
}

describe('feed that appends and edits posts', () => {
  let page: Page;
  let jurisdiction: Jurisdiction;
  const timings: Record<string, number> = {};
  beforeAll(async () => {
    page = await b.context.newPage();
    await page.goto(server.url('/feed.html'));
    jurisdiction = await jurisdictionOf(page);
  });
  afterAll(() => console.log('feed timings (ms, mutation → badge):', JSON.stringify(timings)));

  it('starts clean', async () => {
    expect(await expectedNow(page, { jurisdiction })).toHaveLength(0);
    expect((await tabReport(b.context, page.url())).badge).toBe('');
  });

  it('finds a claim in an appended post', async () => {
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { addPost: (t: string) => void }).addPost('Book our exosome injections into the scalp today!'));
    const want = await expectedNow(page, { jurisdiction });
    expect(want.length).toBeGreaterThan(0);
    await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(want.length));
    timings.append = Date.now() - t0;
    expect(norm(await highlightedTexts(page))).toEqual(norm(want.map((f) => f.text)));
  });

  it('drops the highlight when the post text is edited away', async () => {
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { editPost: (i: number, t: string) => void }).editPost(1, 'Post removed by the moderators.'));
    const want = await expectedNow(page, { jurisdiction });
    expect(want).toHaveLength(0);
    await tabReport(b.context, page.url(), (r) => r.badge === '');
    timings.edit = Date.now() - t0;
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await page.evaluate((t) => document.querySelectorAll(t).length, HOST_TAG)).toBe(0);
  });

  it('handles a burst of over 1,000 mutations with one full rescan', async () => {
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { burst: (n: number, t: string) => void }).burst(1500, ' Book exosome injections now.'));
    const want = await expectedNow(page, { jurisdiction });
    expect(want.length).toBeGreaterThan(0);
    await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(want.length));
    timings.burst = Date.now() - t0;
    expect(norm(await highlightedTexts(page))).toEqual(norm(want.map((f) => f.text)));
  });

  it('never runs a long task while rescanning a large page', async () => {
    // The content script times its own stretches between yields and reports the longest with the
    // findings. The page-level Long Tasks API is not used: on this shared 2-core box rendering a
    // 3,000-post page takes 100-300 ms per frame whoever triggers it, which would hide our part.
    const t0 = Date.now();
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      const frag = document.createDocumentFragment();
      // A busy feed: 3,000 posts, one in 30 advertising exosome injections (100 findings).
      for (let i = 0; i < 3000; i++) {
        const p = document.createElement('p');
        p.textContent = i % 30 === 0 ? `Post ${i}: we offer exosome injections into the scalp.` : `Post ${i}: a long thread about skincare routines and sunscreen.`;
        frag.appendChild(p);
      }
      feed.appendChild(frag);
    });
    const want = await expectedNow(page, { jurisdiction });
    expect(want.length).toBeGreaterThanOrEqual(100);
    const r = await tabReport(b.context, page.url(), (x) => x.badge === badgeOf(want.length), 20_000);
    const longest = (r.frames['0'] as unknown as { longestTaskMs: number }).longestTaskMs;
    console.log(`3,000 posts (+${want.length} findings): badge after ${Date.now() - t0} ms; longest task of ours ${longest} ms`);
    expect(typeof longest).toBe('number');
    // Slices are ~5 ms and engine chunks ~10 ms when the machine is idle. Measured here under load
    // average 8-9 on 2 cores (other test runs), the longest stretch was 27-143 ms (a GC pause or the OS
    // descheduling us lands inside one); the same scan unsliced took 600+ ms, so this still catches it.
    expect(longest).toBeLessThan(150);
  });
});

describe('ads in iframes', () => {
  it('scans srcdoc and same-server frames; the badge sums all frames', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/iframes.html'));
    const j = await jurisdictionOf(page);
    const srcdoc = await page.$eval('#srcdoc', (f) => (f as HTMLIFrameElement).srcdoc);
    const counts = {
      top: expectedFindings(fixtureHtml('iframes.html'), { jurisdiction: j }, lib).length,
      srcdoc: expectedFindings(srcdoc, { jurisdiction: j }, lib).length,
      ad: expectedFindings(fixtureHtml('ad.html'), { jurisdiction: j }, lib).length,
    };
    expect(counts.srcdoc).toBeGreaterThan(0);
    expect(counts.ad).toBeGreaterThan(0);
    const total = counts.top + counts.srcdoc + counts.ad;
    const report = await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(total));
    expect(Object.keys(report.frames).length).toBe(1 + (counts.srcdoc ? 1 : 0) + (counts.ad ? 1 : 0));
    const frameHighlights = await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map(async (f) => (await readHighlights(f as unknown as Page))));
    const n = frameHighlights.map((h) => Object.entries(h).filter(([k]) => k !== 'exocheck-focus').reduce((a, [, v]) => a + v.length, 0));
    expect(n.sort()).toEqual([counts.srcdoc, counts.ad].sort());
    await page.close();
  });
});

describe('single-page app navigation', () => {
  it('rescans after pushState and follows the new view', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/spa/one'));
    const j = await jurisdictionOf(page);
    expect((await tabReport(b.context, page.url())).badge).toBe('');
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { go: (p: string) => void }).go('/spa/two'));
    const want = await expectedNow(page, { jurisdiction: j });
    expect(want.length).toBeGreaterThan(0);
    const r = await tabReport(b.context, server.url('/spa/two'), (x) => x.badge === badgeOf(want.length));
    console.log('SPA navigation → badge (ms):', Date.now() - t0);
    expect(r.frames['0'].url).toBe(server.url('/spa/two'));
    expect(norm(await highlightedTexts(page))).toEqual(norm(want.map((f) => f.text)));
    // A URL change with no DOM change at all is still noticed (Navigation API, else polling).
    await page.evaluate(() => history.pushState({}, '', '/spa/two?tab=reviews'));
    const same = await tabReport(b.context, server.url('/spa/two?tab=reviews'), (x) => x.badge === badgeOf(want.length));
    expect(same.frames['0'].findings).toHaveLength(want.length);
    await page.evaluate(() => (window as unknown as { go: (p: string) => void }).go('/spa/one'));
    await tabReport(b.context, server.url('/spa/one'), (x) => x.badge === '');
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('settings changed while the page is open', () => {
  let page: Page;
  let j: Jurisdiction;
  beforeAll(async () => {
    page = await b.context.newPage();
    await page.goto(server.url('/clinic.html'));
    j = await jurisdictionOf(page);
  });
  afterAll(() => setSettings(null));

  for (const strictness of ['strict', 'relaxed', 'standard'] as const) {
    it(`strictness ${strictness} applies live`, async () => {
      await setSettings({ strictness });
      const want = await expectedNow(page, { strictness, jurisdiction: j });
      await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(want.length));
      await expect.poll(async () => norm(await highlightedTexts(page))).toEqual(norm(want.map((f) => f.text)));
    });
  }

  // The stub engine ignores mutes; the real one drops them. Skip, saying so, only in the former case.
  const engineMutes = (() => {
    const blocks = [{ text: 'We offer exosome injections into the scalp.' }];
    const all = scanDocument(blocks, {}).findings;
    return all.length > 0 && scanDocument(blocks, { muted: [all[0].rule] }).findings.length < all.length;
  })();
  it.skipIf(!engineMutes)('a muted rule disappears live and is counted (skipped: engine ignores mutes)', async () => {
    const all = await expectedNow(page, { jurisdiction: j });
    const rule = all[0].rule;
    await setSettings({ mutedRules: [rule] });
    const want = await expectedNow(page, { jurisdiction: j, muted: [rule] });
    expect(want.length).toBeLessThan(all.length);
    const r = await tabReport(b.context, page.url(), (x) => x.badge === badgeOf(want.length));
    expect(r.frames['0'].muted[rule]).toBe(all.length - want.length);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(want.length);
  });

  it('pausing the site removes everything; unpausing brings it back', async () => {
    await setSettings({ pausedSites: ['127.0.0.1'] });
    // A paused site has its own grey "off" badge (issue 11: it must not look like a clean site).
    await tabReport(b.context, page.url(), (r) => r.badge === 'off');
    await expect.poll(() => page.evaluate((t) => document.querySelectorAll(t).length, HOST_TAG)).toBe(0);
    expect(await readHighlights(page)).toEqual({});
    await setSettings(null);
    const want = await expectedNow(page, { jurisdiction: j });
    await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(want.length));
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(want.length);
  });
});
