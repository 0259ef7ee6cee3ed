// A 50,000-node feed: an appended post is found and counted while every earlier highlight stays the very
// same Range (kept, not rebuilt), and its marker is the only one added. An edit in the middle of the page
// drops just that finding. The content script caches engine results per chunk and draws only differences.
// A dense page (thousands of findings) is counted in full at once and gets its highlights over several
// frames until all are drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HIGHLIGHTS, highlightedTexts, launch, shadowNodes, tabReport, type Launched } from './lib/chromium.mjs';
import { startServer, type TestServer } from './lib/server.mjs';

const POSTS = 5000;
const CLAIM_EVERY = 50;

function feedHtml(): string {
  let body = '<main id="feed">';
  for (let i = 0; i < POSTS; i++) {
    const claim = i % CLAIM_EVERY === 0;
    body +=
      `<article id="p${i}"><header><b>user${i}</b> <time>${i} min</time></header>` +
      `<p>${claim ? `Post ${i}: we offer exosome injections into the scalp for hair loss.` : `Post ${i}: a thread about sunscreen, <i>skincare</i> routines and the weather.`}</p>` +
      `<footer><span>like</span> <span>reply</span> <span>share</span></footer></article>`;
  }
  return `<!doctype html><html lang="en"><head><title>Big feed</title></head><body>${body}</main></body></html>`;
}

const DENSE_CLAIMS = 1200; // one finding each (the injection): over the badge's 999

function denseHtml(): string {
  let body = '';
  for (let i = 0; i < DENSE_CLAIMS; i++) body += `<p>Clinic ${i}: we offer exosome injections into the scalp for hair loss.</p>`;
  return `<!doctype html><html lang="en"><head><title>Dense</title></head><body>${body}</body></html>`;
}

const HUGE_CLAIMS = 6000; // one finding each: over the 5,000 one report may carry

function hugeHtml(): string {
  let body = '';
  for (let i = 0; i < HUGE_CLAIMS; i++) body += `<p>Clinic ${i}: we offer exosome injections into the scalp for hair loss.</p>`;
  return `<!doctype html><html lang="en"><head><title>Huge</title></head><body>${body}</body></html>`;
}

let b: Launched;
let server: TestServer;
let page: Page;
let url: string;

beforeAll(async () => {
  server = await startServer({ routes: { '/feed-50k.html': feedHtml, '/dense.html': denseHtml, '/huge.html': hugeHtml } });
  b = await launch();
  page = await b.context.newPage();
  url = server.url('/feed-50k.html');
  await page.goto(url);
}, 60_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** Keeps the page-world wrappers of our current ranges so a later check can test their identity. */
const keepRanges = (p: Page) =>
  p.evaluate((names) => {
    (window as unknown as { __kept: AbstractRange[] }).__kept = names.flatMap((n) => [...(CSS.highlights.get(n) ?? [])]);
    return (window as unknown as { __kept: AbstractRange[] }).__kept.length;
  }, HIGHLIGHTS);

/** How many of the kept ranges are still registered in one of our highlights. */
const stillRegistered = (p: Page) =>
  p.evaluate(
    (names) =>
      (window as unknown as { __kept: AbstractRange[] }).__kept.filter((r) => names.some((n) => CSS.highlights.get(n)?.has(r))).length,
    HIGHLIGHTS,
  );

const markers = async (p: Page) => (await shadowNodes(p, (name: string, a: Record<string, string>) => name === 'button' && /\bm\b/.test(a.class ?? ''))).length;

describe('50,000-node feed', () => {
  let n = 0;
  it('finds every claim on load', async () => {
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(nodes).toBeGreaterThan(45_000);
    const r = await tabReport(b.context, url, (x) => (x.frames['0']?.findings.length ?? 0) >= POSTS / CLAIM_EVERY, 60_000);
    // The badge shows up to 999.
    n = r.frames['0'].findings.length;
    expect(r.badge).toBe(String(n));
    expect((await highlightedTexts(page)).filter((t: string) => /injections into the scalp/.test(t))).toHaveLength(POSTS / CLAIM_EVERY);
  }, 90_000);

  it('an appended post updates the badge and keeps every earlier highlight and marker', async () => {
    const kept = await keepRanges(page);
    expect(kept).toBe(n);
    expect(await markers(page)).toBe(n);
    await page.evaluate(() => {
      const a = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = 'New post: we offer exosome injections into the scalp today.';
      a.append(p);
      document.getElementById('feed')!.append(a);
    });
    const r = await tabReport(b.context, url, (x) => x.badge === String(n + 1), 30_000);
    expect(r.frames['0'].findings).toHaveLength(n + 1);
    // The same Range objects: the earlier findings were neither rebuilt nor re-registered.
    expect(await stillRegistered(page)).toBe(n);
    const texts = await highlightedTexts(page);
    expect(texts).toHaveLength(n + 1);
    // The new range lies in the appended post.
    const inNewPost = await page.evaluate(
      (names) => names.some((n) => [...(CSS.highlights.get(n) ?? [])].some((r) => document.querySelector('#feed > article:last-child')!.contains(r.startContainer))),
      HIGHLIGHTS,
    );
    expect(inNewPost).toBe(true);
    await expect.poll(() => markers(page), { timeout: 10_000 }).toBe(n + 1);
    n += 1;
  }, 60_000);

  it('an edit in the middle drops only the findings of that post', async () => {
    const post = (POSTS / 2) | 0;
    const before = await tabReport(b.context, url);
    const k = before.frames['0'].findings.filter((f: { excerpt: string }) => f.excerpt.includes(`Post ${post}:`)).length;
    expect(k).toBeGreaterThan(0);
    await keepRanges(page);
    await page.evaluate((i) => {
      document.querySelector(`#p${i} p`)!.textContent = 'Post removed by the moderators.';
    }, post);
    const r = await tabReport(b.context, url, (x) => x.badge === String(n - k), 30_000);
    expect(r.frames['0'].findings).toHaveLength(n - k);
    expect(await stillRegistered(page)).toBe(n - k);
    expect(await highlightedTexts(page)).toHaveLength(n - k);
    await expect.poll(() => markers(page), { timeout: 10_000 }).toBe(n - k);
  }, 60_000);
});

describe('dense page (more findings than one frame takes)', () => {
  it('counts every finding in the report and adds the highlights over several frames until all are drawn', async () => {
    const p = await b.context.newPage();
    // Samples our ranges in the registry every frame from the page's world.
    await p.addInitScript((names: string[]) => {
      const w = window as unknown as { __sizes: number[] };
      w.__sizes = [];
      const tick = () => {
        w.__sizes.push(names.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, HIGHLIGHTS);
    const u = server.url('/dense.html');
    await p.goto(u);
    const r = await tabReport(b.context, u, (x) => (x.frames['0']?.findings.length ?? 0) >= DENSE_CLAIMS, 60_000).catch(async (e) => {
      console.log('dense page debug:', await p.evaluate(() => ({ title: document.title, n: document.querySelectorAll('p').length, host: !!document.documentElement.lastElementChild?.localName.startsWith('exocheck') })));
      throw e;
    });
    const n = r.frames['0'].findings.length;
    expect(n).toBeGreaterThan(1000);
    expect(r.badge).toBe('999+');
    // The report counts every finding at once; the highlights follow within a few frames.
    await expect.poll(async () => (await highlightedTexts(p)).length, { timeout: 20_000 }).toBe(n);
    const sizes = await p.evaluate(() => (window as unknown as { __sizes: number[] }).__sizes);
    const steps = sizes.map((x, i) => x - (sizes[i - 1] ?? 0)).filter((d) => d > 0);
    // Not all at once: several frames each added part of them.
    expect(steps.length).toBeGreaterThan(1);
    expect(Math.max(...steps)).toBeLessThan(n);
    await p.close();
  }, 90_000);
});

describe('a page with more findings than one report may carry', () => {
  it('still reports (the first 5,000 findings, marked truncated) and badges the page', async () => {
    const p = await b.context.newPage();
    const u = server.url('/huge.html');
    await p.goto(u);
    const r = await tabReport(b.context, u, (x) => (x.frames['0']?.findings.length ?? 0) > 0, 90_000);
    const top = r.frames['0'];
    expect(top.findings.length).toBe(5000);
    expect(top.truncated).toBe(true);
    expect(r.badge).toBe('999+');
    await p.close();
  }, 120_000);
});
