#!/usr/bin/env node
// npm run eval: the exocheck CLI over ../shared/corpus/dev.jsonl at strict, scored by ../shared/tools/score.mjs.
// Targets (issue 2): warnings F1 >= 0.90, context accuracy >= 0.90, false alarms <= 5%. Exit 1 if missed.
// On a fresh clone without ../shared it says so and exits 0: the corpus is not ours to ship.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(root, '..', 'shared');
const gold = path.join(shared, 'corpus', 'dev.jsonl');
const scorer = path.join(shared, 'tools', 'score.mjs');
if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval skipped: ${gold} or ${scorer} is not present (the shared corpus sits beside the repo, not in it)`);
  process.exit(0);
}
const cli = path.join(root, 'dist', 'cli', 'exocheck.js');
if (!existsSync(cli)) execFileSync('npx', ['vite', 'build', '--mode', 'cli'], { cwd: root, stdio: 'inherit' });

const outDir = path.join(root, '.eval');
mkdirSync(outDir, { recursive: true });
const pred = path.join(outDir, 'dev-pred.jsonl');
const run = spawnSync(process.execPath, [cli, '--jsonl', gold, '--strictness', 'strict'], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
writeFileSync(pred, run.stdout);
const scored = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (scored.status !== 0) {
  console.error(scored.stderr);
  process.exit(1);
}
const r = JSON.parse(scored.stdout);
execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { stdio: 'inherit' });
const checks = [
  ['warnings F1', r.warnings.f1, (x) => x >= 0.9, '>= 0.90'],
  ['context accuracy', r.contextAccuracy, (x) => x >= 0.9, '>= 0.90'],
  ['false alarms', r.falseAlarmRate, (x) => x <= 0.05, '<= 0.05'],
];
let ok = true;
console.log('\ntargets:');
for (const [name, value, pass, target] of checks) {
  const good = pass(value);
  ok &&= good;
  console.log(`  ${good ? 'met   ' : 'MISSED'} ${name} ${value.toFixed(3)} (target ${target})`);
}
process.exit(ok ? 0 : 1);
