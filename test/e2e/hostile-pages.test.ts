// Hostile pages in real Chromium with the built extension. For each page: the tab does not freeze (the
// page's long tasks with ExoCheck, and our own longest stretch of work as the content script reports it,
// against the same page with ExoCheck paused, opened right after in the same browser for as long), the page
// still works (its own button handler counts clicks; no attribute of the page is touched and at most one
// element, ours, is added), and the claims found are exactly what the engine finds in Node on the DOM the
// page ended up with.
//
// No absolute time bound: each page is compared with itself without us, with FREEZE_MARGIN_MS = 250 ms of
// margin, the line past which a user sees a frozen tab (speed is bench/'s business, not a gate here). On this
// shared 2-core machine under a load average of 5 our worst stretch was 16-62 ms and the long-task excess
// 0-3 ms; one CI run saw a 155.6 ms stretch (descheduled). A 500 ms busy loop in the content script fails
// both witnesses on every page (518-565 ms), and each page proves its Long Tasks probe sees a 150 ms task of
// its own (probeSeesFreeze), so a page cannot pass because the probe saw nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, shadowTexts, tabReport, worker, type Launched } from './lib/chromium.mjs';
import {
  FREEZE_MARGIN_MS, cdpEval, cdpHighlights, clickCounter, engineOn, longestAfterDcl, norm, pageHtmlWithoutHost, probeScript, probeSeesFreeze,
  readProbe, startHostileServer, unchangedSinceDcl, type HostileServer,
} from './lib/hostile';
import { MAX_REATTACH } from '../../src/content/display';
import { NetWatch, freePort } from './lib/netwatch';
import type { Jurisdiction } from '../../src/engine';

let b: Launched;
let server: HostileServer;
let net: NetWatch;
/** Paths the tests navigated to (the only requests the server may see, besides each page's own frames). */
const navigated = new Set<string>();
/** Per page, for the summary line: our peak; longest task with us / paused; timer lateness with us / paused. */
const figures: Record<string, number[]> = {};

beforeAll(async () => {
  server = await startHostileServer();
  const port = await freePort();
  b = await launch({ args: [`--remote-debugging-port=${port}`] });
  // A second witness besides Playwright: raw CDP Network on every target, the service worker included.
  net = await NetWatch.connect(port);
  // The baseline runs each page on http://localhost:PORT, where ExoCheck is paused (it loads, reads its
  // settings and stops), so the page's own cost is measured in the same browser under the same load.
  const sw = await worker(b.context);
  await sw.evaluate(() => chrome.storage.local.set({ settings: { pausedSites: ['localhost'] } }));
});
afterAll(async () => {
  console.log(
    'hostile pages, ms (our peak stretch / page longest task after DCL with ExoCheck / same page, ExoCheck paused / page timer lateness after DCL with / paused / the probe\'s self-check freeze seen as):\n' +
      Object.entries(figures).map(([k, v]) => `  ${k}: ${v.join(' / ')}`).join('\n'),
  );
  net?.close();
  await b?.close();
  await server?.close();
});

interface Report {
  findings: { text: string }[];
  jurisdiction: Jurisdiction;
  peakTaskMs?: number;
}

async function open(file: string, host = '127.0.0.1'): Promise<Page> {
  const page = await b.context.newPage();
  await page.addInitScript(probeScript);
  navigated.add('/' + file);
  await page.goto(server.url(file, host));
  return page;
}

/**
 * Waits until the highlights equal what the engine finds in the page's current DOM and the badge agrees;
 * returns the top frame's report and the expectation.
 */
async function settle(page: Page, file: string, timeout = 30_000) {
  const url = page.url();
  const first = await tabReport(b.context, url, (r) => !!r.frames['0'], timeout);
  const jurisdiction = first.frames['0'].jurisdiction as Jurisdiction;
  const t0 = Date.now();
  let last = '';
  for (;;) {
    const expected = engineOn(await pageHtmlWithoutHost(page), jurisdiction);
    const seen = await cdpHighlights(page);
    const want = expected.length ? String(expected.length) : '';
    const rep = await tabReport(b.context, url, () => true, timeout);
    if (JSON.stringify(norm(seen)) === JSON.stringify(norm(expected.map((f) => f.text))) && rep.badge === want)
      return { report: rep.frames['0'] as unknown as Report, expected, seen, tabId: rep.tabId };
    last = `${file}: highlights ${JSON.stringify(norm(seen))} vs engine ${JSON.stringify(norm(expected.map((f) => f.text)))}, badge ${rep.badge}`;
    if (Date.now() - t0 > timeout) throw new Error(`did not settle: ${last}`);
    await page.waitForTimeout(250);
  }
}

/** The page's longest task and timer lateness after DOMContentLoaded when ExoCheck is paused there, over `ms`. */
async function baseline(file: string, ms: number): Promise<{ longest: number; lag: number }> {
  const page = await open(file, 'localhost');
  await page.waitForTimeout(ms);
  const p = await readProbe(page);
  await page.close();
  return { longest: longestAfterDcl(p), lag: Math.round(p.lag.maxAfterDcl) };
}

/**
 * The checks every hostile page gets. `file` is opened again where ExoCheck is paused, for as long as the
 * page has been open (`since`), for the page's own cost in the same browser under the same load.
 */
async function checkPage(name: string, page: Page, file: string, since: number, opts: { clicks?: boolean; changesItself?: boolean } = {}) {
  const probe = await readProbe(page);
  // Nothing of the page changed but for our one host (pages that change themselves are checked otherwise).
  if (!opts.changesItself) expect(await unchangedSinceDcl(page)).toBe(true);
  // The page keeps working: its own handler still runs on click.
  if (opts.clicks !== false) {
    const before = Number(await page.textContent('#count'));
    expect(await clickCounter(page, 3)).toBe(before + 3);
  }
  // We wrote no attribute on the page and added at most our one host.
  expect(probe.foreign).toEqual([]);
  expect(probe.attrs).toBe(0);
  // Our host went into the page once (a page that removes it gets it back at most MAX_REATTACH times).
  expect(probe.hostAdds).toBeLessThanOrEqual(opts.changesItself && name === 'removes host' ? 1 + MAX_REATTACH : 1);
  expect(await cdpEval<number>(page, `(() => { let n = 0; for (const el of document.getElementsByTagName('*')) if (el.localName.startsWith('exocheck-overlay')) n++; return n; })()`)).toBeLessThanOrEqual(1);
  const rep = (await tabReport(b.context, page.url(), () => true)).frames['0'] as unknown as Report;
  const peak = rep.peakTaskMs ?? -1;
  const longest = longestAfterDcl(probe);
  const lag = Math.round(probe.lag.maxAfterDcl);
  const base = await baseline(file, Date.now() - since);
  // The witness can fail: a freeze run as a task of this page is seen as a long task of about its length.
  const selfCheck = await probeSeesFreeze(page, 150);
  figures[name] = [peak, longest, base.longest, lag, base.lag, selfCheck];
  expect.soft(selfCheck, 'the Long Tasks probe sees a 150 ms task of this page').toBeGreaterThanOrEqual(140);
  expect.soft(peak).toBeGreaterThanOrEqual(0);
  // Long Tasks API: the page's worst task with us may exceed its worst without us by less than a freeze.
  expect.soft(longest - base.longest, `longest task ${longest} ms with ExoCheck vs ${base.longest} ms paused`).toBeLessThan(FREEZE_MARGIN_MS);
  // Timer lateness is logged, not asserted, in Chromium: it also counts the rendering our highlights cause
  // (up to 184 ms over the paused page in a normal run here, 84-380 ms absolute on the 200,000-node page
  // between runs), too close to a 500 ms freeze's 474-598 ms for a margin; the two witnesses here are sharper.
  // (The Firefox suite, without a Long Tasks API, asserts it.)
  // Our own clock (the longest stretch between two yields; the only witness that names us): against the
  // paused page's worst task, the same margin.
  expect.soft(peak - base.longest, `our longest stretch ${peak} ms vs the page's own worst task ${base.longest} ms`).toBeLessThan(FREEZE_MARGIN_MS);
}

describe('hostile pages in Chromium', () => {
  it('a page mutating about 1,000 times a second for 10 s', async () => {
    const t0 = Date.now();
    const page = await open('mutate.html');
    await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { timeout: 20_000, polling: 500 });
    const mutations = await cdpEval<number>(page, 'window.__mutations');
    expect(mutations).toBeGreaterThan(5_000); // timers are clamped and the box is shared; ~8,000-10,000 typical
    const s = await settle(page, 'mutate.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    await checkPage('mutate 10 s', page, 'mutate.html', t0, { changesItself: true });
    await page.close();
  }, 60_000);

  it('a page with 200,000 nodes', async () => {
    const t0 = Date.now();
    const page = await open('huge.html');
    expect(await cdpEval<number>(page, 'window.__nodes')).toBeGreaterThan(100_000); // elements; plus as many text nodes
    // The page times its own build. Where that took over a long task's 50 ms (on a fast machine it may
    // not), the probe saw the task that held it, before DOMContentLoaded.
    const build = await cdpEval<number>(page, 'window.__buildMs');
    const early = await readProbe(page);
    const seenEarly = Math.max(0, ...early.tasks.filter((t) => t.start < early.dcl).map((t) => t.duration));
    console.log(`200,000 nodes: the page's build took ${build.toFixed(1)} ms; longest task before DOMContentLoaded ${seenEarly} ms`);
    if (build >= 60) expect(seenEarly).toBeGreaterThanOrEqual(Math.floor(build) - 2);
    const s = await settle(page, 'huge.html');
    // The page must give the engine work; how many of its claims the learned judgement keeps is its call.
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    await checkPage('200,000 nodes', page, 'huge.html', t0);
    await page.close();
  }, 60_000);

  it('nesting 5,000 deep', async () => {
    const t0 = Date.now();
    const page = await open('deep.html');
    expect(await cdpEval<number>(page, 'window.__depth')).toBeGreaterThan(5_000);
    const s = await settle(page, 'deep.html');
    // The claim at the bottom and the one split across two levels in the middle are both found.
    expect(s.seen.some((t) => /injections|hair loss|guaranteed/i.test(t))).toBe(true);
    expect(s.seen.some((t) => /umbilical|stem cell/i.test(t))).toBe(true);
    await checkPage('5,000 deep', page, 'deep.html', t0);
    await page.close();
  }, 60_000);

  it('open, nested open and closed shadow roots', async () => {
    const t0 = Date.now();
    const page = await open('shadow-roots.html');
    const first = await tabReport(b.context, page.url(), (r) => !!r.frames['0'] && r.badge !== '');
    // The engine over the texts a content script can reach: light DOM, open roots (also nested), slotted
    // text. A closed root is sealed by the platform, so its claim is not expected.
    const jurisdiction = first.frames['0'].jurisdiction as Jurisdiction;
    const reachable = engineOn(
      `<!doctype html><html lang="en-GB"><body><h1>Exosome offers</h1><p>Inside open: We offer exosome injections into the scalp for thinning hair.</p>
       <div>Slotted: exosome injections for hair loss, guaranteed results.</div>
       <p>Nested open: Exosome IV drip for whole-body rejuvenation cures arthritis.</p>
       <p>Light text: Exosome treatment is FDA approved and completely safe, with no side effects.</p><p>Clicked 0 times</p></body></html>`,
      jurisdiction,
    );
    await expect.poll(async () => norm(await cdpHighlights(page)), { timeout: 10_000 }).toEqual(norm(reachable.map((f) => f.text)));
    const where = await cdpEval<string[]>(
      page,
      `(() => { const out = []; for (const n of ['exocheck-high','exocheck-medium','exocheck-info']) { const h = CSS.highlights.get(n); if (h) for (const r of h) { const root = r.startContainer.getRootNode(); out.push(root.host ? root.host.localName : 'document'); } } return out.sort(); })()`,
    );
    expect(where).toContain('open-card');
    expect(where).toContain('inner-card');
    expect(where).toContain('document');
    expect(where).not.toContain('closed-card');
    await checkPage('shadow roots', page, 'shadow-roots.html', t0);
    await page.close();
  });

  it(`a page that keeps removing our host: re-attached at most ${MAX_REATTACH} times, then left alone quietly`, async () => {
    const t0 = Date.now();
    const page = await open('remove-host.html');
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const s = await settle(page, 'remove-host.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => cdpEval<number>(page, 'window.__removed'), { timeout: 5_000 }).toBe(1 + MAX_REATTACH);
    // Nothing more happens: no loop with the page, no host, no noise; highlights and badge stay.
    await page.waitForTimeout(1500);
    expect(await unchangedSinceDcl(page)).toBe(true);
    // A mutation after we gave up must not bring the host back either.
    await page.click('#btn');
    await page.waitForTimeout(800);
    expect(await cdpEval<number>(page, 'window.__removed')).toBe(1 + MAX_REATTACH);
    expect(await cdpEval<number>(page, `document.getElementsByTagName('exocheck-overlay').length`)).toBe(0);
    expect(norm(await cdpHighlights(page))).toEqual(norm(s.expected.map((f) => f.text)));
    expect(errors).toEqual([]);
    await checkPage('removes host', page, 'remove-host.html', t0, { changesItself: true });
    await page.close();
  });

  it("a page that overrides DOM built-ins in its own world does not affect the content script's isolated world", async () => {
    const t0 = Date.now();
    const page = await open('prototypes.html');
    const s = await settle(page, 'prototypes.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    // Not one of the page's sabotaged built-ins was called by us (the page itself calls none after load).
    expect(await cdpEval<string[]>(page, 'window.__traps.slice(0)')).toEqual([]);
    // Our host was built with the real attachShadow: closed, with our UI inside.
    expect(await cdpEval<boolean>(page, `document.getElementsByTagName('exocheck-overlay')[0].shadowRoot === null`)).toBe(true);
    const ui = await shadowTexts(page);
    expect(ui?.mode).toBe('closed');
    expect(await unchangedSinceDcl(page)).toBe(true);
    // The watcher uses the real MutationObserver: a claim the page adds later is found. (Page code has
    // no appendChild left, so it uses an IDL property.)
    await cdpEval(page, `document.getElementById('count').textContent = 'Ask about exosome injections for hair loss'`);
    await expect.poll(async () => (await cdpHighlights(page)).some((t) => /injections|hair loss/i.test(t)), { timeout: 5_000 }).toBe(true);
    await checkPage('overridden built-ins', page, 'prototypes.html', t0, { clicks: false, changesItself: true });
    // The page's own button still counts (its handler uses only IDL properties).
    await page.click('#btn');
    expect(await cdpEval<string>(page, `document.getElementById('count').textContent`)).toBe('1');
    expect(await cdpEval<string[]>(page, 'window.__traps.slice(0)')).toEqual([]);
    await page.close();
  });

  it('a page that registers a custom element under our tag name cannot take over our host', async () => {
    const t0 = Date.now();
    const page = await open('custom-element.html');
    const s = await settle(page, 'custom-element.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    // The page's class did run on our first host (custom element upgrades cross worlds), so we built our
    // host under a name the page could not know, with a closed root and our markers inside.
    const host = await cdpEval<{ names: string[]; open: boolean; constructed: number }>(
      page,
      `(() => { const names = []; let open = false; for (const el of document.documentElement.children) if (el.localName.startsWith('exocheck-overlay')) { names.push(el.localName); open = open || !!el.shadowRoot; } return { names, open, constructed: window.__constructed }; })()`,
    );
    expect(host.constructed).toBe(1);
    expect(host.names).toHaveLength(1);
    expect(host.names[0]).toMatch(/^exocheck-overlay-[0-9a-z]+$/);
    expect(host.open).toBe(false);
    await expect.poll(() => visibleMarkers(page)).toBe(s.expected.length);
    await checkPage('custom element', page, 'custom-element.html', t0);
    await page.close();
  });

  it("a strict-CSP page (default-src 'none'): highlights drawn with the manifest CSS, UI styled", async () => {
    const t0 = Date.now();
    const page = await open('strict-csp.html');
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe("default-src 'none'");
    const s = await settle(page, 'strict-csp.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    // The highlight style comes from the manifest CSS, which the page's CSP cannot block (a <style> of ours could be).
    const tinted = await cdpEval<boolean>(page, `(() => { const s = getComputedStyle(document.getElementById('claim1'), '::highlight(exocheck-high)'); return s.textDecorationLine.includes('underline') || s.backgroundColor !== 'rgba(0, 0, 0, 0)'; })()`);
    expect(tinted).toBe(true);
    // Control: a highlight name nobody styles computes to nothing, so the check above can fail.
    expect(await cdpEval<boolean>(page, `(() => { const s = getComputedStyle(document.getElementById('claim1'), '::highlight(nobody-styles-this)'); return s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.textDecorationLine.includes('underline'); })()`)).toBe(false);
    // The shadow UI's stylesheet applied too: markers are positioned absolutely.
    const markerPos = await markerPosition(page);
    expect(markerPos).toBe('absolute');
    await checkPage('strict CSP', page, 'strict-csp.html', t0, { clicks: false });
    await page.close();
  });

  it('nested iframes five deep: each frame scanned, the badge sums them', async () => {
    const t0 = Date.now();
    const page = await open('nest.html?d=5');
    await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(6);
    const deepest = page.frames().find((f) => f.url().endsWith('d=0'))!;
    await deepest.waitForSelector('#btn');
    const first = await tabReport(b.context, page.url(), (r) => Object.keys(r.frames).length === 6, 20_000);
    const jurisdiction = first.frames['0'].jurisdiction as Jurisdiction;
    let total = 0;
    for (const f of page.frames()) {
      const expected = engineOn(await pageHtmlWithoutHost(page, f), jurisdiction);
      total += expected.length;
      await expect.poll(async () => norm(await cdpHighlights(page, f)), { timeout: 10_000 }).toEqual(norm(expected.map((x) => x.text)));
    }
    expect(total).toBeGreaterThanOrEqual(6);
    await tabReport(b.context, page.url(), (r) => r.badge === String(total), 10_000);
    expect(await clickCounter(page, 3, deepest)).toBe(3);
    await checkPage('iframes 5 deep', page, 'nest.html?d=5', t0, { clicks: false });
    await page.close();
  });

  it('right-to-left page (Arabic, Hebrew) with English claims', async () => {
    const t0 = Date.now();
    const page = await open('rtl.html');
    const s = await settle(page, 'rtl.html');
    expect(s.expected.length).toBeGreaterThanOrEqual(3);
    // Markers are placed on screen (not hidden) for RTL lines too.
    await expect.poll(() => visibleMarkers(page)).toBe(s.expected.length);
    await checkPage('rtl', page, 'rtl.html', t0);
    await page.close();
  });

  it('claims hidden with zero-width characters, soft hyphens, homoglyphs and split tags', async () => {
    const t0 = Date.now();
    const page = await open('obfuscated.html');
    const s = await settle(page, 'obfuscated.html');
    // Which disguises the engine sees through is the engine's business (reported, not asserted here);
    // the content script must map whatever it finds back onto the right characters of the page.
    const byBlock = await cdpEval<string[]>(
      page,
      `(() => { const out = []; for (const n of ['exocheck-high','exocheck-medium','exocheck-info']) { const h = CSS.highlights.get(n); if (h) for (const r of h) out.push(r.startContainer.parentElement.closest('p').id); } return out.sort(); })()`,
    );
    console.log(`obfuscated claims found (paragraph ids): ${JSON.stringify([...new Set(byBlock)])} of c0..c6`);
    expect(byBlock).toContain('c0');
    expect(byBlock).toContain('c5'); // split tags
    await checkPage('obfuscated', page, 'obfuscated.html', t0);
    await page.close();
  });

  // Last: covers every page above.
  it('privacy: the extension sent no request at all; the test server saw only the pages themselves', async () => {
    const sw = await worker(b.context);
    const ours = `chrome-extension://${b.extId}/`;
    const allowed = (u: string) => u.startsWith(server.url('')) || u.startsWith(`http://localhost:${server.port}/`) || /^(data|about|blob):/.test(u);
    // Witness 1, raw CDP on every target: the worker loaded nothing but its own package files; pages and
    // frames contacted only the test server.
    expect(net.targets.size).toBeGreaterThan(navigated.size);
    expect([...net.targets.values()].some((t) => t.type === 'service_worker' && t.url.startsWith(ours))).toBe(true);
    expect(net.seen.filter((r) => r.targetType === 'service_worker' && !r.url.startsWith(ours))).toEqual([]);
    // (Chromium's own WebUI targets, e.g. the omnibox popup, load chrome:// files; they are the browser, not us.)
    const browserUi = (r: { targetUrl: string }) => r.targetUrl.startsWith('chrome://');
    expect(net.seen.filter((r) => r.targetType !== 'service_worker' && !browserUi(r) && !allowed(r.url))).toEqual([]);
    // Witness 2, Playwright's request events (pages, frames and, in Chromium, service workers).
    expect(b.requests.filter((u) => !allowed(u) && !u.startsWith(ours))).toEqual([]);
    // Witness 3, the worker's own resource timing.
    const swLoads = await sw.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(swLoads.filter((u) => !u.startsWith(ours))).toEqual([]);
    // Witness 4, the server: every request was a navigation of a document or frame we opened (or the
    // nested frames' own documents, or the favicon), never a fetch, XHR, beacon or script load.
    const odd = server.requests.filter((r) => {
      const dest = r.headers['sec-fetch-dest'];
      if (r.path === '/favicon.ico') return dest !== 'image';
      if (dest !== 'document' && dest !== 'iframe') return true;
      return !(navigated.has(r.path) || /^\/nest\.html\?d=[0-4]$/.test(r.path));
    });
    expect(odd.map((r) => `${r.path} (${r.headers['sec-fetch-dest']})`)).toEqual([]);
    expect(server.requests.length).toBeGreaterThanOrEqual(navigated.size);
    // The witnesses can fail: a request the worker makes on purpose is seen by both.
    const before = net.seen.length;
    await sw.evaluate((u) => fetch(u).then((r) => r.status), server.url('/sw-canary'));
    await expect.poll(() => net.seen.slice(before).some((r) => r.targetType === 'service_worker' && r.url.endsWith('/sw-canary'))).toBe(true);
    expect(server.requests.some((r) => r.path === '/sw-canary')).toBe(true);
  });
});

/** The computed position of the first marker inside our closed root (via CDP with pierce). */
async function markerPosition(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const stack = [root];
    let id = 0;
    while (stack.length && !id) {
      const n = stack.pop()!;
      if (n.nodeName === 'BUTTON' && /^m /.test(attr(n, 'class'))) id = n.nodeId;
      stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
    }
    if (!id) return 'none';
    await cdp.send('CSS.enable');
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: id });
    return computedStyle.find((p) => p.name === 'position')?.value ?? 'none';
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function attr(n: { attributes?: string[] }, name: string): string {
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return '';
}

/** Markers currently shown (display not none), read through CDP. */
async function visibleMarkers(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const stack = [root];
    let n = 0;
    while (stack.length) {
      const x = stack.pop()!;
      if (x.nodeName === 'BUTTON' && /^m /.test(attr(x, 'class')) && !/display:\s*none/.test(attr(x, 'style'))) n++;
      stack.push(...(x.children ?? []), ...(x.shadowRoots ?? []));
    }
    return n;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
