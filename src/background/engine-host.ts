import { pageLanguages, scanDocument } from '../engine';
import type { EngineRequest, EngineScanReply } from '../shared/engine-messages';

// The engine runs here, over the bundled rules model, built on the first request after the worker starts
// (packs are compiled when a page in their language first needs them).

export function answerEngine(req: EngineRequest): EngineScanReply | string[] {
  if (req.type === 'engineLanguages') return pageLanguages(req.blocks);
  // Every finding (strict): strictness, mutes and jurisdiction are views the content script applies.
  const r = scanDocument(req.blocks, { strictness: 'strict', ...(req.languages ? { languages: req.languages } : {}) });
  return { all: r.all, offTopic: r.offTopic };
}
