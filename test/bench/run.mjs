// `npm run bench`: ExoCheck against its floor and against real peers, all on this machine in this run.
// Builds what it needs, prints a table and one line per target (met / MISSED with the figure), and writes
// bench/results.json (gitignored) and bench/last-run.md. Never part of the test gate: absolute times
// depend on the machine; the ratios are what the targets speak of.
//
// Environment: BENCH_ROUNDS (engine rounds, default 3), BENCH_RUNS (page loads per figure, default 3),
// BENCH_MB (engine corpus size in MB, default 5), BENCH_ONLY=engine|audit|browser|feed, BENCH_AUDIT_PAGES
// (pages in the audit's archive, default 1000), EXOCHECK_BENCH_EXT (an
// already built extension directory to measure instead of dist/chrome, e.g. a patched scratch build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, OUT, buildEngine, ensureExtension } from './build.mjs';
import { browserBench, median } from './browser-bench.mjs';
import { table, targets } from './report.mjs';
import { auditBench } from './audit-bench.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = Number(process.env.BENCH_MB ?? 5);
const ONLY = process.env.BENCH_ONLY ?? '';
const started = Date.now();
const log = (s) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

fs.mkdirSync(OUT, { recursive: true });
log('building the engine bundle (bench/.build/engine.mjs)');
const enginePath = await buildEngine();
const engine = await import(enginePath);
const examples = engine.EXAMPLES; // the English pack's match examples: the dense pages' material

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavgAtStart: os.loadavg(), node: process.version, chromium: chromiumVersion() },
  config: { rounds: ROUNDS, runs: RUNS, engineMB: MB },
  git: gitState(),
};

if (ONLY === '' || ONLY === 'engine') {
  log(`engine: ${MB} MB dense and free, ${ROUNDS} rounds (free: ${ROUNDS * 3}), child process with --expose-gc`);
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(ROOT, 'test/bench/engine-bench.mjs'), enginePath, String(MB * 1_000_000), String(ROUNDS)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  results.engine = JSON.parse(out.toString());
  for (const [k, v] of Object.entries(results.engine))
    log(`  ${k}: engine ${v.engineMBps.toFixed(2)} MB/s, floor ${v.floorMBps.toFixed(0)} MB/s, naive ${v.naiveMBps.toFixed(2)} MB/s, ${v.findings} findings`);
}

if (ONLY === '' || ONLY === 'audit') {
  log('audit: bundled CLI over a generated WARC, --jobs 1 vs --jobs 2 (bench/.build/cli)');
  results.audit = await auditBench({ root: ROOT, out: OUT, pages: Number(process.env.BENCH_AUDIT_PAGES ?? 1000), rounds: ROUNDS, log });
}

if (ONLY !== 'engine' && ONLY !== 'audit') {
  log('extension: dist/chrome (rebuilt if older than src), copied to bench/.build/chrome');
  const extDir = process.env.EXOCHECK_BENCH_EXT ? path.resolve(process.env.EXOCHECK_BENCH_EXT) : ensureExtension();
  const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
  const cs = manifest.content_scripts[0];
  const js = Buffer.concat(cs.js.map((f) => fs.readFileSync(path.join(extDir, f))));
  const css = Buffer.concat((cs.css ?? []).map((f) => fs.readFileSync(path.join(extDir, f))));
  results.size = {
    files: [...cs.js, ...(cs.css ?? [])],
    jsRaw: js.length, jsGzip: zlib.gzipSync(js, { level: 9 }).length,
    cssRaw: css.length, cssGzip: zlib.gzipSync(css, { level: 9 }).length,
  };
  log(`  content script ${results.size.files.join(', ')}: ${(results.size.jsRaw / 1024).toFixed(1)} KB raw, ${(results.size.jsGzip / 1024).toFixed(1)} KB gzip`);
  results.browser = await browserBench({
    extDir, engine, examples, runs: RUNS, markPath: path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), log, feedOnly: ONLY === 'feed',
  });
}

results.machine.loadavgAtEnd = os.loadavg();
results.seconds = (Date.now() - started) / 1000;
const rows = table(results);
const lines = targets(results);
console.log('\n' + rows.join('\n') + '\n');
for (const l of lines) console.log(l.text);
results.targets = lines.map(({ name, met, figure, target }) => ({ name, met, figure, target }));

const benchDir = path.join(ROOT, 'bench');
fs.writeFileSync(path.join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(
  path.join(benchDir, 'last-run.md'),
  [
    '# Last bench run',
    '',
    `\`npm run bench\` on ${results.date} at commit ${results.git?.head ?? '?'}${results.git?.srcDirty ? ' (with uncommitted changes in src)' : ''}: ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, ${results.machine.chromium}.`,
    `Load average at start ${results.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(' / ')}, at end ${results.machine.loadavgAtEnd.map((x) => x.toFixed(1)).join(' / ')}; took ${results.seconds.toFixed(0)} s.`,
    'Absolute times depend on the machine (and on its neighbours); the ratios are measured side by side in one run.',
    '',
    '```',
    ...rows,
    '```',
    '',
    ...lines.map((l) => `- ${l.text}`),
    '',
  ].join('\n'),
);
log(`wrote bench/results.json and bench/last-run.md (${results.seconds.toFixed(0)} s)`);

function gitState() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'manifest.json'], { cwd: ROOT }).toString().trim();
    return { head, srcDirty: dirty.length > 0 };
  } catch {
    return null;
  }
}

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'chromium (version unknown)';
  }
}
export { median };
