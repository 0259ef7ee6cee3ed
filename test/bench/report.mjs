// Turns bench results into the printed table and one line per target (met / MISSED, with the figure).
import { median } from './browser-bench.mjs';
import { auditTable, auditTargets } from './audit-bench.mjs';

const f = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
const pad = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
const PAGES = ['1mb-dense', '1mb-free', '5mb-dense', '5mb-free'];

/** Per-append main-thread time with the extension, less the same append without it. */
export function appendCost(feed) {
  if (!feed?.exo || !feed?.plain) return null;
  const exo = median(feed.exo.appends.map((a) => a.taskMs));
  const plain = median(feed.plain.appends.map((a) => a.taskMs));
  return { exo, plain, extension: exo - plain, latency: median(feed.exo.appends.map((a) => a.latencyMs)), nodes: feed.exo.nodes };
}

export function table(r) {
  const out = [];
  if (r.engine) {
    const w = [10, 9, 11, 10, 11, 10, 10, 12, 9];
    out.push('ENGINE (scanDocument, median of rounds; floor = indexOf("exosome") loop; naive = one RegExp per rule, giu)');
    out.push(pad(['text', 'MB', 'engine MB/s', 'floor MB/s', 'naive MB/s', 'engine ms', 'floor ms', 'engine/floor', 'naive/eng'], w));
    for (const [k, v] of Object.entries(r.engine))
      out.push(pad([k, f(v.bytes / 1e6, 2), f(v.engineMBps, 2), f(v.floorMBps, 0), f(v.naiveMBps, 2), f(v.engineMs, 0), f(v.floorMs, 2), f(v.engineMs / v.floorMs, 1) + 'x', f(v.naiveMs / v.engineMs, 2) + 'x'], w));
    out.push('');
  }
  out.push(...auditTable(r));
  if (r.size) {
    out.push(`CONTENT SCRIPT ${r.size.files.join(' + ')}: JS ${f(r.size.jsRaw / 1024)} KB raw, ${f(r.size.jsGzip / 1024)} KB gzip; CSS ${f(r.size.cssRaw / 1024, 2)} KB raw`);
    out.push('');
  }
  const b = r.browser;
  if (b) {
    const w = [10, 6, 5, 9, 8, 7, 8, 8, 8, 7, 8, 8, 8, 9, 7, 7];
    out.push(`PAGES in Chromium (median of ${r.config.runs} loads each; ExoCheck = content-script boot → done, defined below)`);
    out.push(pad(['page', 'nodes', 'MB', 'ExoCheck', 'TreeWlk', 'Exo/TW', 'mark.js', 'mark/Exo', 'highlts', 'LT all', 'TBT all', 'LT draw', 'TBT drw', 'noext LT', 'JS ms', 'JS/TW'], w));
    out.push(pad(['', '', '', 'ms', 'ms', '', 'ms', '', '', 'ms', 'ms', 'ms', 'ms', 'ms', 'ms', ''], w));
    for (const k of PAGES) {
      const p = b.pages[k];
      if (!p?.exo) continue;
      out.push(pad([
        k, p.plain.nodes, f(p.textChars / 1e6, 2), f(p.exo.doneMs, 0), f(p.plain.treeWalkerMs, 1), f(p.exo.doneMs / p.plain.treeWalkerMs, 1) + 'x',
        f(p.mark.drawnMs, 0), f(p.mark.drawnMs / p.exo.doneMs, 2) + 'x', (p.exo.highlights ?? 0) + (p.exo.truncated ? '*' : ''),
        f(p.exo.longestTask, 0), f(p.exo.tbt, 0), p.exo.highlights ? f(p.exo.longestAfterDraw, 0) : '-', p.exo.highlights ? f(p.exo.tbtAfterDraw, 0) : '-',
        f(p.plain.longestAfterDcl, 0), f(p.exo.jsMs, 0), f(p.exo.jsMs / p.plain.treeWalkerMs, 0) + 'x',
      ], w));
    }
    out.push('  * the content script stopped reading at its 2,000,000-character cap (report.truncated), so only that part is annotated');
    out.push('  LT/TBT all: longest long task and total blocking time (sum of duration - 50 ms) among tasks ending after DOMContentLoaded, with the extension;');
    out.push('  LT/TBT draw: the same for tasks starting once the highlights were set (certainly the extension: painting highlights, markers, report);');
    out.push('  noext LT: longest task ending after DOMContentLoaded on the same page without the extension (the page\'s own first layout/paint)');
    out.push('  ExoCheck ms = boot → max(first frame painted after the highlights were set, frameReport received); wall time, so it includes waiting between slices');
    out.push("  JS ms: the content script's own JavaScript (sampled time with its frames on the stack, one extra load under the CDP profiler; excludes GC and rendering it causes); JS/TW: that over the TreeWalker pass");
    out.push('  mark.js runs synchronously: its whole time is one task on the main thread');
    for (const k of ['5mb-dense', '5mb-free']) {
      const p = b.pages[k];
      if (p?.exo?.heapUsed && p.plain.heapUsed)
        out.push(`  heap ${k}: after GC ${f((p.exo.heapUsed - p.plain.heapUsed) / 1048576)} MB more than without the extension; peak during the scan ${f((p.exo.heapPeak - p.plain.heapUsed) / 1048576)} MB more`);
    }
    out.push('');
    out.push('FEED APPENDS (median of 8 posts appended one by one, each with one claim)');
    const fw = [6, 7, 14, 16, 16, 14];
    out.push(pad(['feed', 'nodes', 'append→drawn', 'main thread ext', 'main thread none', 'extension ms'], fw));
    for (const k of ['1k', '50k']) {
      const c = appendCost(b.feed[k]);
      if (c) out.push(pad([k, c.nodes, f(c.latency, 0) + ' ms', f(c.exo, 1) + ' ms', f(c.plain, 1) + ' ms', f(c.extension, 1)], fw));
    }
    out.push('  append→drawn includes the watcher\'s 150 ms quiet period; "extension ms" = main-thread TaskDuration per append with the extension minus without');
  }
  return out;
}

export function targets(r) {
  const lines = [];
  const add = (name, met, figure, target) =>
    lines.push({ name, met, figure, target, text: `${met === null ? 'n/a   ' : met ? 'met   ' : 'MISSED'} ${name}: ${figure} (target ${target})` });
  if (r.engine) {
    const { dense, free } = r.engine;
    add('engine, exosome-free text vs bare indexOf pass', free.engineMs / free.floorMs <= 1.5, `${f(free.engineMs / free.floorMs, 1)}x (${f(free.engineMBps, 1)} vs ${f(free.floorMBps, 0)} MB/s)`, '<= 1.5x');
    add('engine, exosome-dense text vs bare indexOf pass', dense.engineMs / dense.floorMs <= 4, `${f(dense.engineMs / dense.floorMs, 0)}x (${f(dense.engineMBps, 2)} vs ${f(dense.floorMBps, 0)} MB/s)`, '<= 4x');
    add('engine vs naive one-RegExp-per-rule, dense', dense.naiveMs / dense.engineMs >= 10, `${f(dense.naiveMs / dense.engineMs, 2)}x faster`, '>= 10x faster');
    add('engine on dense text, this machine', dense.engineMBps >= 20, `${f(dense.engineMBps, 2)} MB/s`, '>= 20 MB/s');
    add('engine vs naive one-RegExp-per-rule, free', free.naiveMs / free.engineMs >= 5, `${f(free.naiveMs / free.engineMs, 0)}x faster`, '>= 5x faster');
    if (free.anchorMs) add('engine on claim-free text vs one compiled anchor regex', free.engineMs <= 2 * free.anchorMs, `${f(free.engineMs / free.anchorMs, 2)}x its time (${f(free.engineMs, 0)} vs ${f(free.anchorMs, 0)} ms)`, '<= 2x');
  }
  if (r.browser) {
    for (const k of PAGES) {
      const p = r.browser.pages[k];
      if (!p?.exo) continue;
      const ratio = p.exo.doneMs / p.plain.treeWalkerMs;
      add(`page ${k}: annotation vs TreeWalker pass`, ratio <= 2, `${f(ratio, 1)}x (${f(p.exo.doneMs, 0)} vs ${f(p.plain.treeWalkerMs, 1)} ms)`, '<= 2x');
      const m = p.mark.drawnMs / p.exo.doneMs;
      add(`page ${k}: mark.js vs ExoCheck`, m >= 3, `mark.js ${f(m, 2)}x ExoCheck's time (${f(p.mark.drawnMs, 0)} vs ${f(p.exo.doneMs, 0)} ms)`, '>= 3x');
    }
    const worst = PAGES.map((k) => r.browser.pages[k]?.exo).filter(Boolean);
    const longest = Math.max(...worst.map((e) => e.longestAfterDraw));
    const tbtMax = Math.max(...worst.map((e) => e.tbtAfterDraw));
    const plainMax = Math.max(...PAGES.map((k) => r.browser.pages[k]?.plain?.longestAfterDcl ?? 0));
    const anyMax = Math.max(...worst.map((e) => e.longestTask));
    if (worst.length)
      add(
        'longest main-thread task caused by the extension (all pages)',
        longest <= 50 && anyMax <= Math.max(50, plainMax),
        `${f(longest, 0)} ms after the draw (blocking time up to ${f(tbtMax, 0)} ms); ${f(anyMax, 0)} ms longest after DOMContentLoaded with it vs ${f(plainMax, 0)} ms without`,
        'no task over 50 ms',
      );
    const a = appendCost(r.browser.feed['1k']);
    const z = appendCost(r.browser.feed['50k']);
    if (a && z) {
      const ratio = z.extension / a.extension;
      add('append cost at 50k nodes vs 1k (extension main-thread ms per post)', ratio <= 1.5, `${f(ratio, 1)}x (${f(z.extension, 1)} vs ${f(a.extension, 1)} ms; latency ${f(z.latency, 0)} vs ${f(a.latency, 0)} ms)`, '<= 1.5x');
    }
  }
  lines.push(...auditTargets(r));
  if (r.size) add('content script size, gzip', r.size.jsGzip <= 60 * 1024, `${f(r.size.jsGzip / 1024)} KB (raw ${f(r.size.jsRaw / 1024)} KB)`, '<= 60 KB');
  return lines;
}
