#!/usr/bin/env node
// `npm test`: everything a change must pass, in order, with one closing line `N passed, N failed[, N skipped]`.
// Steps: typecheck, build (Chrome, Firefox, CLI), web-ext lint of the Firefox build, vitest (unit and
// end-to-end in Chromium/Firefox, each under a deadline), and the eval's figures (printed, not gated).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

const MINUTE = 60_000;

// A step runs in its own process group, so a terminal's Ctrl-C no longer reaches it: pass it on.
let running = null;
const killGroup = (child) => { try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); } };
process.on('SIGINT', () => { if (running) killGroup(running); process.exit(130); });

/** Runs a command in its own process group; past the deadline the whole group (vitest, workers, browsers) is killed. */
function step(name, cmd, args, deadline, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')} (deadline ${deadline / MINUTE} min)`);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', detached: true, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    running = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`\n=== ${name}: deadline of ${deadline / MINUTE} min passed: killing it`);
      killGroup(child);
    }, deadline);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running = null;
      const ok = code === 0 && !timedOut;
      console.log(`=== ${name}: ${ok ? 'ok' : timedOut ? 'KILLED at its deadline' : `FAILED (exit ${code ?? signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      resolve({ ok, timedOut });
    });
  });
}

/** Counts one vitest run from its progress file. */
function tally(project, progress, run) {
  const failedBefore = results.failed;
  const events = existsSync(progress)
    ? readFileSync(progress, 'utf8').split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean)
    : [];
  const ended = new Set();
  let counted = 0;
  for (const e of events) {
    if (e.event !== 'test-end') continue;
    ended.add(`${e.file} > ${e.name}`);
    counted++;
    if (e.state === 'passed') results.passed++;
    else if (e.state === 'failed') { results.failed++; failures.push(`${e.file} > ${e.name}`); }
    else results.skipped++;
  }
  for (const e of events) {
    if (e.event === 'module-end' && e.errors?.length) {
      results.failed++;
      failures.push(`${e.file}: ${e.errors[0].split('\n')[0]}`);
    }
    if (e.event === 'run-end' && e.unhandled?.length) {
      results.failed++;
      failures.push(`${project}: unhandled error: ${e.unhandled[0].split('\n')[0]}`);
    }
  }
  if (run.timedOut) {
    const running = events.filter((e) => e.event === 'test-start' && !ended.has(`${e.file} > ${e.name}`));
    const endedFiles = new Set(events.filter((e) => e.event === 'module-end').map((e) => e.file));
    const files = [...new Set(events.filter((e) => e.event === 'module-start' && !endedFiles.has(e.file)).map((e) => e.file))];
    const what = running.length ? running.map((e) => `${e.file} > ${e.name}`) : files.length ? files.map((f) => `${f} (a test in it)`) : [`${project} (before any test started)`];
    for (const w of what) { results.failed++; failures.push(`${w}: still running at the deadline`); }
  } else if (!run.ok && results.failed === failedBefore) {
    results.failed++;
    failures.push(`vitest ${project} (failed outside a test: see its output)`);
  } else if (!counted && !run.ok) {
    results.failed++;
    failures.push(`vitest ${project} (no test ran)`);
  }
}

function count(name, ok) {
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(name);
  }
}

count('typecheck', (await step('typecheck', 'npx', ['tsc', '-p', '.'], 10 * MINUTE)).ok);
const built = (await step('build', 'npm', ['run', 'build'], 10 * MINUTE)).ok;
count('build', built);
if (built) count('web-ext lint (Firefox build)', (await step('web-ext lint', 'npm', ['run', 'lint:firefox'], 10 * MINUTE)).ok);

// Unit and end-to-end tests run as two vitest runs, one after the other (two cores: a browser test beside
// the heavy unit tests measured its timings on a starved machine), each under a deadline. Vitest's own
// timeouts cannot stop a synchronous loop in a worker, and a JSON report is only written at the end; so
// every result is streamed to a file as it is known (test/tools/progress-reporter.mjs), and a run past its
// deadline is killed with its browsers, counted from that file, and the test it was running is named.
for (const [project, minutes] of [['unit', 25], ['e2e', 40]]) {
  const progress = path.join(root, 'test-results', `${project}-progress.jsonl`);
  mkdirSync(path.dirname(progress), { recursive: true });
  rmSync(progress, { force: true });
  const r = await step(`vitest ${project}`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=./test/tools/progress-reporter.mjs'], minutes * MINUTE, { PROGRESS_FILE: progress });
  tally(project, progress, r);
}

// The eval prints figures and never gates on them (a score on text we tuned to measures fit): the step
// fails only if the eval itself cannot run. Without ../shared it measures our own pages and says the corpus
// part was skipped.
count('eval runs (figures printed, not gated)', (await step('eval', 'npx', ['tsx', 'test/eval/run-eval.ts'], 10 * MINUTE, { EVAL_QUICK: '1' })).ok);

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed ? 1 : 0);
