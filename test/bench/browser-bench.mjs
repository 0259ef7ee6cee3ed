// The content script in Debian Chromium on generated pages, beside two peers measured on the same pages
// in a browser without the extension: a bare TreeWalker pass collecting the text (the floor) and mark.js
// marking the same terms. Also long tasks, main-thread time, heap, and the cost of a post appended to a
// feed of 1,000 and of 50,000 nodes.
//
// How completion is observed (the content script has no bench hook, and we add none to src):
// - start: the content script's boot dispatches `exocheck-started` on window; a main-world listener
//   installed before navigation timestamps it;
// - drawn (pages with findings): the overlay host is appended to <html> in the same task that fills
//   CSS.highlights; a main-world MutationObserver on <html> (childList only, attached at
//   DOMContentLoaded) timestamps that task and reads the highlight sizes; "painted" is a task posted from
//   the next animation frame callback, so it runs once that frame's style, layout and paint are done;
// - reported (every page, including claim-free ones where nothing is drawn): the content script's
//   `frameReport` message, timestamped by a listener we add to the extension's service worker (it is sent
//   after the draw, once per scan);
// - done = the later of painted and reported: the content script's first full pass is over.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { bigPage, feedPage, feedPost, NODE_COUNT_SCRIPT } from './pages.mjs';
import { makeGenerators } from './text-gen.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const HIGHLIGHTS = ['exocheck-high', 'exocheck-medium', 'exocheck-info'];
const HOST_TAG = 'exocheck-overlay';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Installed in the main world of every page before any page script.
const INIT = `(() => {
  const b = window.__bench = { lt: [], boot: null, hostAt: null, drawnAt: null, paintedAt: null, counts: null };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lt.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  window.addEventListener('exocheck-started', () => { if (b.boot === null) b.boot = performance.now(); });
  const sizes = () => ${JSON.stringify(HIGHLIGHTS)}.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0);
  b.sizes = sizes;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((recs) => {
      if (b.hostAt !== null) return;
      for (const r of recs) for (const n of r.addedNodes) {
        if (n.localName !== '${HOST_TAG}') continue;
        b.hostAt = performance.now();
        b.counts = sizes();
        // rAF runs before the frame's style/layout/paint; a task posted from it runs after that frame.
        requestAnimationFrame(() => {
          b.drawnAt = performance.now();
          setTimeout(() => { b.paintedAt = performance.now(); }, 0);
        });
        return;
      }
    }).observe(document.documentElement, { childList: true });
  });
})();`;

function serve(routes) {
  const server = http.createServer((req, res) => {
    const body = routes.get(new URL(req.url, 'http://x').pathname);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })),
  );
}

async function withExtension(extDir, fn) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'exocheck-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...ARGS],
  });
  try {
    await context.addInitScript(INIT);
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
    return await fn(context);
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function withoutExtension(fn) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    await context.addInitScript(INIT);
    return await fn(context);
  } finally {
    await browser.close().catch(() => {});
  }
}

/** The service worker, with our frameReport listener (re-installed if the worker was restarted). */
async function reportWorker(context) {
  const [cur] = context.serviceWorkers();
  const sw = cur ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  await sw.evaluate(() => {
    if (self.__benchReports) return;
    self.__benchReports = [];
    chrome.runtime.onMessage.addListener((m) => {
      if (m && m.type === 'frameReport')
        self.__benchReports.push({ t: Date.now(), url: m.report.url, n: m.report.findings.length, truncated: !!m.report.truncated });
    });
  });
  return sw;
}

async function waitReport(context, url, after = 0, timeout = 180_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const sw = await reportWorker(context);
    const r = await sw.evaluate(([u, a]) => self.__benchReports.filter((x) => x.url === u && x.t >= a), [url, after]);
    if (r.length) return r[r.length - 1];
    await sleep(50);
  }
  throw new Error(`no frameReport for ${url} within ${timeout} ms`);
}

async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (k) => m.find((x) => x.name === k)?.value ?? 0;
  return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000, layout: get('LayoutDuration') * 1000, style: get('RecalcStyleDuration') * 1000 };
}

/** Main-thread time the extension added to one load: with minus without, per CDP metric. */
export function cpuDelta(exo, plain) {
  return { task: exo.taskMs - plain.taskMs, layout: exo.layoutMs - plain.layoutMs, style: exo.styleMs - plain.styleMs };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');
  return h;
}

const longest = (lt) => lt.reduce((m, [, d]) => Math.max(m, d), 0);
const tbt = (lt) => lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);

/** One load of `url` with the extension; times from boot to drawn/reported, long tasks, CPU, heap. */
async function exoRun(context, url, { heap = false, profile = false } = {}) {
  const sw = await reportWorker(context);
  const before = await sw.evaluate(() => Date.now());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Runtime.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  let peakHeap = 0;
  let sampling = heap;
  const sampler = (async () => {
    while (sampling) {
      try {
        peakHeap = Math.max(peakHeap, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      } catch {}
      await sleep(100);
    }
  })();
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  const rep = await waitReport(context, url, before);
  await sleep(1000); // long tasks after the draw (highlight painting) land in the window too
  const jsMs = profile ? extensionJsMs((await cdp.send('Profiler.stop')).profile) : null;
  sampling = false;
  await sampler;
  const b = await page.evaluate(() => ({
    boot: window.__bench.boot, hostAt: window.__bench.hostAt, drawnAt: window.__bench.drawnAt, paintedAt: window.__bench.paintedAt, counts: window.__bench.counts,
    finalCounts: window.__bench.sizes(), lt: window.__bench.lt, origin: performance.timeOrigin,
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  }));
  const m = await metrics(cdp);
  const h = heap ? await heapAfterGc(cdp) : null;
  await page.close();
  const reportAt = rep.t - b.origin;
  const end = Math.max(b.paintedAt ?? 0, reportAt);
  // Long tasks after the document was parsed (the same window as the run without the extension), and
  // among them those that start once the highlights are set: those are the extension's beyond doubt
  // (painting its highlights, placing its markers, its report). Tasks between boot and the draw can also
  // be the page's own first layout or paint, which the content script's start may push past
  // DOMContentLoaded; the run without the extension shows what the page does alone.
  const ext = b.lt.filter(([s, d]) => s + d > (b.dcl ?? 0));
  const afterDraw = b.hostAt !== null ? b.lt.filter(([s]) => s >= b.hostAt) : [];
  return {
    bootMs: b.boot, dclMs: b.dcl,
    drawnMs: b.drawnAt !== null && b.boot !== null ? b.drawnAt - b.boot : null,
    paintedMs: b.paintedAt !== null && b.boot !== null ? b.paintedAt - b.boot : null,
    reportMs: b.boot !== null ? reportAt - b.boot : null,
    doneMs: b.boot !== null ? end - b.boot : null,
    findingsReported: rep.n, truncated: rep.truncated, highlightsAtDraw: b.counts, highlightsFinal: b.finalCounts,
    longtasks: ext, longestTask: longest(ext), tbt: tbt(ext), longestAfterDraw: longest(afterDraw), tbtAfterDraw: tbt(afterDraw),
    allLongtasks: b.lt,
    taskMs: m.task, scriptMs: m.script, layoutMs: m.layout, styleMs: m.style,
    heapUsed: h?.usedSize ?? null, heapPeak: heap ? peakHeap : null, jsMs,
  };
}

/** Sampled time with a chrome-extension:// frame on the stack: the content script's own JavaScript. */
function extensionJsMs(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const n = byId.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  p.samples.forEach((id, i) => {
    if (isOurs(id)) us += p.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/** One load of `url` without the extension: the same long-task window, CPU and heap, for comparison. */
async function plainRun(context, url, { heap = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await sleep(1500);
  const b = await page.evaluate(() => ({ lt: window.__bench.lt, dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0 }));
  const nodes = await page.evaluate(NODE_COUNT_SCRIPT);
  const m = await metrics(cdp);
  const h = heap ? await heapAfterGc(cdp) : null;
  // The floor: a bare TreeWalker pass collecting the text, best settled value of several passes.
  const tw = await page.evaluate(() => {
    const out = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const parts = [];
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);
      const text = parts.join('');
      out.push({ ms: performance.now() - t, chars: text.length });
    }
    return out;
  });
  await page.close();
  const after = b.lt.filter(([s, d]) => s + d > b.dcl);
  return {
    nodes, taskMs: m.task, scriptMs: m.script, layoutMs: m.layout, styleMs: m.style, heapUsed: h?.usedSize ?? null,
    longtasksAfterDcl: after, longestAfterDcl: longest(after), tbtAfterDcl: tbt(after),
    treeWalkerMs: median(tw.map((x) => x.ms)), treeWalkerChars: tw[0].chars,
  };
}

/** mark.js marking the terms on a fresh load of `url`; time from the call to the frame after `done`. */
async function markRun(context, url, markPath, source) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await sleep(300);
  await page.addScriptTag({ path: markPath });
  const r = await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const re = new RegExp(src, 'gi');
        const t = performance.now();
        // eslint-disable-next-line no-undef
        new Mark(document.body).markRegExp(re, {
          done: (n) => {
            const marked = performance.now() - t;
            requestAnimationFrame(() => resolve({ markedMs: marked, drawnMs: performance.now() - t, marks: n }));
          },
        });
      }),
    source,
  );
  await page.close();
  return r;
}

/** The terms mark.js looks for: the anchor lexicon plus every English example's marked span. */
export function markTerms(engine) {
  const spans = engine.EXAMPLE_SPANS;
  const escaped = [...spans].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { source: [engine.ANCHOR_SOURCE, ...escaped].join('|'), count: spans.length };
}

/** Cost of one appended post on a feed page: latency to its highlight, and main-thread time. */
async function feedRun(context, url, withExt, appends) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const sw = withExt ? await reportWorker(context) : null;
  const before = sw ? await sw.evaluate(() => Date.now()) : 0;
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  if (withExt) await waitReport(context, url, before);
  await sleep(1500);
  const nodes = await page.evaluate(NODE_COUNT_SCRIPT);
  const out = [];
  for (const html of appends) {
    const m0 = await metrics(cdp);
    const r = await page.evaluate(
      ([h, ext]) =>
        new Promise((resolve) => {
          const feed = document.getElementById('feed');
          const start = ext ? window.__bench.sizes() : 0;
          const t = performance.now();
          const tpl = document.createElement('template');
          tpl.innerHTML = h;
          feed.append(tpl.content);
          if (!ext) {
            requestAnimationFrame(() => resolve({ ms: performance.now() - t }));
            return;
          }
          const check = () => {
            if (window.__bench.sizes() > start) resolve({ ms: performance.now() - t });
            else if (performance.now() - t > 15_000) resolve({ ms: null });
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      [html, withExt],
    );
    // Idle long enough for the watcher's debounce and the report to finish inside the window.
    await sleep(withExt ? 400 : 600);
    const m1 = await metrics(cdp);
    out.push({ latencyMs: r.ms, taskMs: m1.task - m0.task, scriptMs: m1.script - m0.script });
  }
  await page.close();
  return { nodes, appends: out };
}

/**
 * @param {{ extDir: string, engine: any, examples: string[], runs: number, markPath: string, log: (s: string) => void }} o
 */
export async function browserBench({ extDir, engine, examples, runs, markPath, log, feedOnly = false }) {
  const only = (xs) => (feedOnly ? [] : xs);
  const routes = new Map();
  const pages = [];
  for (const [mb, dense] of [[1, true], [1, false], [5, true], [5, false]]) {
    const p = bigPage({ chars: mb * 1_000_000, nodes: 50_000, dense, examples });
    const name = `${mb}mb-${dense ? 'dense' : 'free'}`;
    routes.set(`/${name}.html`, Buffer.from(p.html));
    pages.push({ name, mb, dense, textChars: p.textChars, htmlBytes: Buffer.byteLength(p.html) });
  }
  const FEED = [['1k', 100], ['50k', 5000]]; // about 10 nodes per post
  for (const [k, posts] of FEED) routes.set(`/feed-${k}.html`, Buffer.from(feedPage({ posts, examples })));
  const gen = makeGenerators(99, []);
  const appendHtml = Array.from({ length: 8 }, (_, i) =>
    feedPost({ ...gen, claimSentence: () => `We inject exosomes into the scalp to treat hair loss, post ${i}.` }, 100_000 + i, true),
  );
  const srv = await serve(routes);
  const { source, count: termCount } = markTerms(engine);
  const results = { pages: {}, feed: {}, markTerms: termCount };
  try {
    log('  browser without the extension: TreeWalker floor, mark.js, baseline long tasks, CPU and heap');
    await withoutExtension(async (context) => {
      for (const p of only(pages)) {
        const url = `${srv.origin}/${p.name}.html`;
        const plains = [];
        for (let i = 0; i < runs; i++) plains.push(await plainRun(context, url, { heap: p.mb === 5 && i === 0 }));
        const plain = {
          ...plains[0],
          taskMs: median(plains.map((x) => x.taskMs)), layoutMs: median(plains.map((x) => x.layoutMs)), styleMs: median(plains.map((x) => x.styleMs)),
          treeWalkerMs: median(plains.map((x) => x.treeWalkerMs)),
          longestAfterDcl: Math.max(...plains.map((x) => x.longestAfterDcl)), tbtAfterDcl: median(plains.map((x) => x.tbtAfterDcl)),
          runs: plains,
        };
        const marks = [];
        for (let i = 0; i < runs; i++) marks.push(await markRun(context, url, markPath, source));
        results.pages[p.name] = { ...p, plain, mark: { drawnMs: median(marks.map((m) => m.drawnMs)), markedMs: median(marks.map((m) => m.markedMs)), marks: marks[0].marks, runs: marks } };
        log(`    ${p.name}: ${plain.nodes} nodes, TreeWalker ${plain.treeWalkerMs.toFixed(1)} ms, mark.js ${results.pages[p.name].mark.drawnMs.toFixed(0)} ms (${marks[0].marks} marks)`);
      }
      for (const [k] of FEED) results.feed[k] = { plain: await feedRun(context, `${srv.origin}/feed-${k}.html`, false, appendHtml) };
    });
    log('  browser with the extension: time to annotations, long tasks, CPU, heap, feed appends');
    await withExtension(extDir, async (context) => {
      // A throwaway load first, so the extension's first-run storage setup is not in the first figure.
      if (!feedOnly) await exoRun(context, `${srv.origin}/1mb-free.html`);
      for (const p of only(pages)) {
        const url = `${srv.origin}/${p.name}.html`;
        const rs = [];
        for (let i = 0; i < runs; i++) rs.push(await exoRun(context, url, { heap: p.mb === 5 && i === 0 }));
        // One more load under the sampling profiler (kept out of the timings above): the script's own JS time.
        const prof = await exoRun(context, url, { profile: true });
        const r = results.pages[p.name];
        r.exo = {
          doneMs: median(rs.map((x) => x.doneMs)), paintedMs: median(rs.map((x) => x.paintedMs)), reportMs: median(rs.map((x) => x.reportMs)),
          longestTask: Math.max(...rs.map((x) => x.longestTask)), tbt: median(rs.map((x) => x.tbt)),
          longestAfterDraw: Math.max(...rs.map((x) => x.longestAfterDraw)), tbtAfterDraw: median(rs.map((x) => x.tbtAfterDraw)),
          taskMs: median(rs.map((x) => x.taskMs)), scriptMs: median(rs.map((x) => x.scriptMs)),
          layoutMs: median(rs.map((x) => x.layoutMs)), styleMs: median(rs.map((x) => x.styleMs)),
          findings: rs[0].findingsReported, truncated: rs[0].truncated, highlights: rs[0].highlightsFinal, highlightsAtDraw: rs[0].highlightsAtDraw,
          heapUsed: rs[0].heapUsed, heapPeak: rs[0].heapPeak, jsMs: prof.jsMs, runs: rs,
        };
        log(`    ${p.name}: done ${r.exo.doneMs?.toFixed(0)} ms after boot (painted ${r.exo.paintedMs?.toFixed(0) ?? '-'}, reported ${r.exo.reportMs?.toFixed(0)}), ${r.exo.highlights} highlights, longest task ${r.exo.longestTask.toFixed(0)} ms, TBT ${r.exo.tbt.toFixed(0)} ms${r.exo.truncated ? ' (truncated)' : ''}`);
      }
      for (const [k] of FEED) {
        results.feed[k].exo = await feedRun(context, `${srv.origin}/feed-${k}.html`, true, appendHtml);
        const f = results.feed[k];
        log(`    feed ${k}: ${f.exo.nodes} nodes, append→drawn ${median(f.exo.appends.map((a) => a.latencyMs))?.toFixed(0)} ms, main thread ${median(f.exo.appends.map((a) => a.taskMs))?.toFixed(1)} ms per post`);
      }
    });
  } finally {
    await srv.close();
  }
  return results;
}
