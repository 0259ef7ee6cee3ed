import type { Block, Finding } from '../engine/types';

// The content script reads the page; the background judges its text (the rules model is too large to load
// on every page) and answers with every finding. Page text travels inside the browser only, between our
// own content script and our own background, and is checked like any message from a page-side context.

/** Limits per request: a chunk of a page (the content script sends long pages in pieces). */
export const MAX_BLOCKS = 5_000;
export const MAX_CHARS = 2_000_000;

export interface EngineScanRequest {
  type: 'engineScan';
  blocks: Block[];
  /** The page's languages, computed once for a page sent in pieces. */
  languages?: string[];
}
export interface EngineLanguagesRequest {
  type: 'engineLanguages';
  blocks: Block[];
}
export type EngineRequest = EngineScanRequest | EngineLanguagesRequest;

export interface EngineScanReply {
  all: Finding[];
  offTopic: boolean;
}

interface SenderLike { id?: string; url?: string; tab?: { id?: number } }

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function blocksOf(x: unknown): Block[] | null {
  if (!Array.isArray(x) || x.length > MAX_BLOCKS) return null;
  let chars = 0;
  const out: Block[] = [];
  for (const b of x) {
    if (!isObj(b) || typeof b.text !== 'string') return null;
    if (b.kind !== undefined && b.kind !== 'heading' && b.kind !== 'text') return null;
    if ((chars += b.text.length) > MAX_CHARS) return null;
    out.push(b.kind ? { text: b.text, kind: b.kind } : { text: b.text });
  }
  return out;
}

/** For the background: an engine request from our content script in a tab, or null. */
export function parseEngineRequest(raw: unknown, sender: SenderLike, runtimeId: string, extensionOrigin: string): EngineRequest | null {
  if (sender.id !== runtimeId || typeof sender.tab?.id !== 'number') return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return null;
  if (!isObj(raw)) return null;
  const blocks = blocksOf(raw.blocks);
  if (!blocks) return null;
  if (raw.type === 'engineLanguages') return { type: 'engineLanguages', blocks };
  if (raw.type !== 'engineScan') return null;
  if (raw.languages === undefined) return { type: 'engineScan', blocks };
  if (!Array.isArray(raw.languages) || raw.languages.length > 32 || !raw.languages.every((l) => typeof l === 'string' && l.length <= 12)) return null;
  return { type: 'engineScan', blocks, languages: raw.languages as string[] };
}
