import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguagePack, ModelWeights, RulesModel } from '../engine/model';
import { assembleModel } from '../rules/assemble';

// The rules model read from src/rules with plain file reads, for Node tools that run without the bundler
// (`npm run train`, `npm run eval`). The extension and the CLI get the same files through src/rules/model.ts.

const RULES = path.resolve(import.meta.dirname ?? '.', '..', 'rules');

export function readPacks(dir = path.join(RULES, 'lang')): LanguagePack[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LanguagePack);
}

export function loadModel(weights: ModelWeights | null | 'bundled' = 'bundled'): RulesModel {
  const cues = JSON.parse(readFileSync(path.join(RULES, 'cues.json'), 'utf8'));
  const w = weights === 'bundled' ? (JSON.parse(readFileSync(path.join(RULES, 'weights.json'), 'utf8')) as ModelWeights) : weights;
  return assembleModel(readPacks(), cues, w);
}
