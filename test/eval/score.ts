// Held-out predictions scored by the shared scorer (../shared/tools/score.mjs): gold and predictions written
// as JSONL under .eval/, the scorer's JSON report read back. Shared by run-eval.ts and explore.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED, type Page } from '../../src/train/corpus';
import type { Prediction } from '../../src/train/cv';

export const EVAL_DIR = path.resolve(import.meta.dirname, '..', '..', '.eval');
export const SCORER = path.join(SHARED, 'tools', 'score.mjs');

export interface Score { n: number; warnings: { precision: number; recall: number; f1: number }; detection: { f1: number }; contextAccuracy: number; falseAlarmRate: number; perFamily: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }> }

export function score(name: string, ps: Page[], preds: Map<string, Prediction>): Score {
  mkdirSync(EVAL_DIR, { recursive: true });
  const gold = ps.flatMap((p) => p.lines.map((l) => JSON.stringify({ id: l.id, text: l.text, findings: l.findings })));
  const pred = ps.flatMap((p) => p.lines.map((l) => JSON.stringify(preds.get(l.id) ?? { id: l.id, findings: [] })));
  const g = path.join(EVAL_DIR, `${name}.gold.jsonl`);
  const q = path.join(EVAL_DIR, `${name}.pred.jsonl`);
  writeFileSync(g, gold.join('\n') + '\n');
  writeFileSync(q, pred.join('\n') + '\n');
  const r = spawnSync(process.execPath, [SCORER, '--gold', g, '--pred', q, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return { ...JSON.parse(r.stdout), n: gold.length };
}
