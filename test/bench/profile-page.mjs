// Where the content script spends its time: builds an unminified Chrome extension into
// bench/.build/chrome-nomin, loads one bench page (or a feed and appends posts) under the CDP sampling
// profiler, and prints the hottest functions (self and inclusive time) plus the long tasks.
//
//   node test/bench/profile-page.mjs [1mb-dense|1mb-free|5mb-dense|5mb-free|feed-50k|feed-1k]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ROOT, OUT, buildEngine } from './build.mjs';
import { bigPage, feedPage, feedPost } from './pages.mjs';
import { makeGenerators } from './text-gen.mjs';

const which = process.argv[2] ?? '1mb-dense';
const top = Number(process.argv[3] ?? 25);
// EXOCHECK_BENCH_EXT: profile an extension built elsewhere (e.g. a patched scratch copy) instead.
const extDir = process.env.EXOCHECK_BENCH_EXT ? path.resolve(process.env.EXOCHECK_BENCH_EXT) : path.join(OUT, 'chrome-nomin');
if (!process.env.EXOCHECK_BENCH_EXT) execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--minify', 'false', '--outDir', extDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
const engine = await import(await buildEngine());
const examples = engine.EXAMPLES;

let html;
const feed = which.startsWith('feed-');
if (feed) html = feedPage({ posts: which === 'feed-1k' ? 100 : 5000, examples });
else {
  const [mb, kind] = which.split('-');
  html = bigPage({ chars: parseInt(mb, 10) * 1_000_000, nodes: 50_000, dense: kind === 'dense', examples }).html;
}
const body = Buffer.from(html);
const server = http.createServer((q, s) => s.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/${which}.html`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'exocheck-prof-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
await context.addInitScript(`window.__lt=[];new PerformanceObserver(l=>{for(const e of l.getEntries())__lt.push([Math.round(e.startTime),Math.round(e.duration)])}).observe({type:'longtask',buffered:true});`);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (!feed) await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
const sizes = () => page.evaluate(() => ['exocheck-high', 'exocheck-medium', 'exocheck-info'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
// Settled: highlight count unchanged for 1.5 s (claim-free pages: just wait).
let last = -1;
for (let stable = 0; stable < 3; ) {
  await new Promise((r) => setTimeout(r, 500));
  const n = await sizes();
  stable = n === last ? stable + 1 : 0;
  last = n;
}
if (feed) {
  await cdp.send('Profiler.start');
  const gen = makeGenerators(5, []);
  for (let i = 0; i < 4; i++) {
    const before = await sizes();
    const h = feedPost({ ...gen, claimSentence: () => `We inject exosomes into the scalp to treat hair loss, post ${i}.` }, 1e5 + i, true);
    await page.evaluate((x) => { const t = document.createElement('template'); t.innerHTML = x; document.getElementById('feed').append(t.content); }, h);
    while ((await sizes()) <= before) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 400));
  }
}
const { profile: p } = await cdp.send('Profiler.stop');
console.log(`${which}: ${last} highlights; long tasks [start, duration]:`, JSON.stringify(await page.evaluate(() => window.__lt)));
await context.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

// Self and inclusive time per function (content-script frames are named after the unminified source).
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
p.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? path.basename(n.callFrame.url) + ':' + (n.callFrame.lineNumber + 1) : ''}`;
const self = new Map();
const incl = new Map();
for (const n of p.nodes) {
  const t = dt.get(n.id) ?? 0;
  if (!t) continue;
  self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const print = (title, m) => {
  console.log(`--- ${title} (ms)`);
  for (const [k, v] of [...m].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(v.toFixed(1).padStart(9), k.slice(0, 160));
};
print('self', self);
print('inclusive', incl);

// The longest busy stretches (samples between idle ones), which is what a long task is, and what filled them.
const idle = (id) => /^\((idle|program)\)$/.test(byId.get(id).callFrame.functionName) && !byId.get(id).callFrame.url;
const stretches = [];
let cur = null;
p.samples.forEach((id, i) => {
  const d = (p.timeDeltas[i + 1] ?? 0) / 1000;
  if (idle(id)) {
    if (cur) stretches.push(cur);
    cur = null;
    return;
  }
  cur ??= { ms: 0, incl: new Map() };
  cur.ms += d;
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const k = key(byId.get(n));
    if (seen.has(k)) continue;
    seen.add(k);
    cur.incl.set(k, (cur.incl.get(k) ?? 0) + d);
  }
});
if (cur) stretches.push(cur);
for (const st of stretches.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
  console.log(`--- busy stretch of ${st.ms.toFixed(0)} ms, inclusive (ms)`);
  for (const [k, v] of [...st.incl].filter(([k]) => !/^\(root\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(v.toFixed(1).padStart(9), k.slice(0, 140));
}
