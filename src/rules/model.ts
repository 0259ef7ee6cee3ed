/// <reference types="vite/client" />
import type { CueKind, CueSpec, LanguagePack, ModelWeights, RulesModel } from '../engine/model';
import { assembleModel } from './assemble';
import cues from './cues.json';
import weights from './weights.json';

// The rules model as the bundler sees it (extension and CLI builds, vitest): every language pack in
// src/rules/lang is picked up by the glob, so a new language is a new JSON file and no code change.
// Node tools that run without the bundler read the same files with src/train/load-model.ts.

const packs = import.meta.glob<LanguagePack>('./lang/*.json', { eager: true, import: 'default' });

export const BUNDLED_MODEL: RulesModel = assembleModel(
  Object.keys(packs).sort().map((k) => packs[k]!),
  cues as Record<CueKind, CueSpec>,
  weights as ModelWeights,
);
