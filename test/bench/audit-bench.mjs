// Audit throughput: the bundled CLI (`exocheck audit ARCHIVE --format jsonl --jobs N`) over one generated
// WARC of clinic-like pages, with 1 and with 2 worker threads, rounds interleaved (1, 2, 1, 2, ...) so a
// noisy neighbour hurts both alike; each figure is the median of its rounds. Times are the child process's
// wall time (so they include its start, the same for both). The load average is recorded at every run,
// because on a shared machine the 2-job figure can only be as good as the idle second core.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { median } from './browser-bench.mjs';
import { clinicPage, recordId, warcRecord, writeArchive } from './warc-gen.mjs';

const f = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

export async function buildCli(root, out) {
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'cli',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  });
  return path.join(out, 'exocheck.js');
}

export async function auditBench({ root, out, pages = 1000, kb = 16, rounds = 3, log }) {
  const cli = await buildCli(root, path.join(out, 'cli'));
  const warc = path.join(out, 'audit.warc');
  const records = function* () {
    for (let i = 0; i < pages; i++) yield warcRecord({ url: `https://clinic${i % 50}.example/p/${i}`, id: recordId(1, i), body: clinicPage(i, { kb }) });
  };
  const bytes = await writeArchive(warc, records());
  // CPU time of the whole process (all threads), printed at exit: unlike wall time it hardly depends on
  // the neighbours, so it shows what running in parallel costs even when the second core is not free.
  const probe = path.join(out, 'cpu-probe.mjs');
  fs.writeFileSync(probe, "import { isMainThread } from 'node:worker_threads';\nif (isMainThread) process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
  log(`  archive: ${pages} pages of ~${kb} KB, ${f(bytes / 1e6)} MB; ${rounds} rounds of --jobs 1 and --jobs 2`);
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    for (const jobs of [1, 2]) {
      const loadBefore = os.loadavg()[0];
      const t = performance.now();
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, cli, 'audit', warc, '--format', 'jsonl', '--out', '/dev/null', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
      const stderr = child.stderr.toString();
      const secs = (performance.now() - t) / 1000;
      const scanned = Number(/(\d+) pages scanned/.exec(stderr)?.[1]);
      if (scanned !== pages) throw new Error(`audit scanned ${scanned} of ${pages} pages: ${stderr}`);
      const cpuSecs = Number(/^cpu (\d+)$/m.exec(stderr)?.[1]) / 1e6;
      const run = { jobs, secs, pagesPerSec: pages / secs, cpuSecs, loadBefore, loadAfter: os.loadavg()[0] };
      runs.push(run);
      log(`  --jobs ${jobs}: ${f(secs, 2)} s, ${f(run.pagesPerSec, 0)} pages/s, CPU ${f(cpuSecs, 2)} s (load ${f(loadBefore, 2)} → ${f(run.loadAfter, 2)})`);
    }
  }
  fs.rmSync(warc, { force: true });
  const med = (jobs, k) => median(runs.filter((x) => x.jobs === jobs).map((x) => x[k]));
  return {
    pages, archiveBytes: bytes, cores: os.availableParallelism(), runs,
    jobs1: med(1, 'pagesPerSec'), jobs2: med(2, 'pagesPerSec'), ratio: med(2, 'pagesPerSec') / med(1, 'pagesPerSec'),
    cpu1: med(1, 'cpuSecs'), cpu2: med(2, 'cpuSecs'), load: median(runs.map((x) => x.loadBefore)),
  };
}

export function auditTable(r) {
  const a = r.audit;
  if (!a) return [];
  return [
    `AUDIT (bundled CLI, ${a.pages} pages in a ${f(a.archiveBytes / 1e6)} MB WARC, --format jsonl, median of ${a.runs.length / 2} interleaved rounds; wall time incl. process start)`,
    `  --jobs 1: ${f(a.jobs1, 0)} pages/s   --jobs 2: ${f(a.jobs2, 0)} pages/s   ratio ${f(a.ratio, 2)}x   on ${a.cores} cores`,
    `  CPU time, all threads: --jobs 1 ${f(a.cpu1, 2)} s, --jobs 2 ${f(a.cpu2, 2)} s (${f(a.cpu2 / a.cpu1, 2)}x: the cost of the second worker, start included)`,
    `  load average (1 min) at the runs: ${a.runs.map((x) => f(x.loadBefore, 2)).join(', ')} (median ${f(a.load, 2)}); the ratio needs an idle second core`,
    '',
  ];
}

export function auditTargets(r) {
  const a = r.audit;
  if (!a) return [];
  const met = a.ratio >= 1.7;
  const figure = `${f(a.ratio, 2)}x (${f(a.jobs2, 0)} vs ${f(a.jobs1, 0)} pages/s; load ${f(a.load, 2)} on ${a.cores} cores)`;
  return [{ name: 'audit pages/s, 2 jobs vs 1', met, figure, target: '>= 1.7x on an idle machine', text: `${met ? 'met   ' : 'MISSED'} audit pages/s, 2 jobs vs 1: ${figure} (target >= 1.7x on an idle machine)` }];
}
