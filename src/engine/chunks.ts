// The engine over a long page in pieces, so a caller that must not hold the thread (the content script)
// can pause between them. Pure: the caller decides when to pause by stepping the generator.
//
// What comes out is every finding (`ScanResult.all`), independent of strictness, mutes and jurisdiction:
// those are views (viewOf) and never part of a chunk's cache key, so changing them costs no engine run.
import type { Block, Finding, Language } from './types';

/**
 * Pages up to this size go to the engine in one call (about 10 ms on one core), exactly as the CLI scans
 * them (the corpus pages are 3-11 kB). Longer pages go in chunks of ENGINE_CHUNK_CHARS cut at headings.
 */
export const ENGINE_WHOLE_CHARS = 30_000;
export const ENGINE_CHUNK_CHARS = 8_000;

/** What the engine found on a page, before any view. */
export interface Computed {
  all: Finding[];
  offTopic: boolean;
}

/** Engine results of one scan's chunks by their text (see scanChunks); kept by the caller between scans. */
export type ChunkCache = Map<string, Finding[]>;

/**
 * What the generator asks its driver for, and gets back through next(): the page's languages (from a
 * sample of its text), an engine run on some blocks (every finding, and whether they are off topic), or
 * nothing ('cached': a piece whose result was kept). The driver decides where the engine runs: in the
 * same thread (CLI, tests) or in the background (the content script, which cannot carry the model).
 */
export type ChunkRequest =
  | { need: 'languages'; blocks: readonly Block[] }
  | { need: 'scan'; blocks: readonly Block[]; languages?: readonly Language[] }
  | { need: 'cached' };
export type ChunkAnswer = readonly Language[] | { all: Finding[]; offTopic: boolean } | undefined;

/** Text the engine's language detection reads (it samples the first 20,000 characters). */
const LANGUAGE_SAMPLE_CHARS = 20_000;

const chunkKey = (chunk: readonly Block[]) => chunk.map((b) => (b.kind === 'heading' ? 'h' : 't') + b.text).join('\u0000');

/**
 * Chunks end at a heading where one comes soon after the size limit, so sections (the engine's unit of
 * stance) stay whole. A chunk that never names exosomes gets the page's first block that does as leading
 * context (its own findings are dropped), as the engine would see that mention on the whole page. Each
 * block is tested for the topic once. With a cache, a chunk whose text and lead are unchanged since the
 * last scan is not scanned again: after a feed append only the last chunk and the new ones are.
 */
export function* scanChunks(blocks: readonly Block[], isOnTopic: (b: readonly Block[]) => boolean, cache?: ChunkCache): Generator<ChunkRequest, Computed, ChunkAnswer> {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total <= ENGINE_WHOLE_CHARS) {
    if (!isOnTopic(blocks)) return { all: [], offTopic: true };
    const r = (yield { need: 'scan', blocks }) as { all: Finding[]; offTopic: boolean };
    return { all: r.all, offTopic: r.offTopic };
  }
  const topical: (boolean | undefined)[] = new Array(blocks.length);
  const onTopic = (i: number) => (topical[i] ??= isOnTopic([blocks[i]]));
  let anchor = -1;
  for (let i = 0; i < blocks.length && anchor < 0; i++) if (onTopic(i)) anchor = i;
  if (anchor < 0) return { all: [], offTopic: true };
  // Languages once for the page, as a single engine call would see them (and part of each chunk's key).
  const sample: Block[] = [];
  for (let i = 0, n = 0; i < blocks.length && n < LANGUAGE_SAMPLE_CHARS; i++) {
    sample.push(blocks[i]);
    n += blocks[i].text.length;
  }
  const languages = (yield { need: 'languages', blocks: sample }) as readonly Language[];
  const langKey = languages.join(',');
  const used: ChunkCache = new Map();
  const all: Finding[] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    let size = 0;
    let topicalChunk = false;
    while (end < blocks.length && (size < ENGINE_CHUNK_CHARS || (size < ENGINE_CHUNK_CHARS * 1.5 && blocks[end].kind !== 'heading'))) {
      size += blocks[end].text.length;
      if (!topicalChunk && onTopic(end)) topicalChunk = true;
      end++;
    }
    const chunk = blocks.slice(start, end);
    const lead = topicalChunk ? 0 : 1;
    const key = cache ? `${langKey}\u0001${lead ? chunkKey([blocks[anchor]]) : ''}\u0001${chunkKey(chunk)}` : '';
    let found = cache?.get(key);
    if (found) yield { need: 'cached' };
    else found = ((yield { need: 'scan', blocks: lead ? [blocks[anchor], ...chunk] : chunk, languages }) as { all: Finding[] }).all;
    if (cache) used.set(key, found);
    for (const f of found) if (f.block >= lead) all.push({ ...f, block: f.block - lead + start });
    start = end;
  }
  if (cache) {
    // Only the chunks of this scan stay: the cache never grows beyond one page's worth.
    cache.clear();
    for (const [k, v] of used) cache.set(k, v);
  }
  return { all, offTopic: false };
}

/** The engine a driver runs in its own thread. */
export interface LocalEngine {
  isOnTopic(blocks: readonly Block[]): boolean;
  pageLanguages(blocks: readonly Block[]): Language[];
  scanDocument(blocks: readonly Block[], options: { strictness: 'strict'; languages?: readonly Language[] }): { all: Finding[]; offTopic: boolean };
}

/** scanChunks driven to the end in this thread (the CLI and tests; the content script asks the background). */
export function scanAllChunks(engine: LocalEngine, blocks: readonly Block[], cache?: ChunkCache): { computed: Computed; steps: ChunkRequest['need'][] } {
  const it = scanChunks(blocks, engine.isOnTopic, cache);
  const steps: ChunkRequest['need'][] = [];
  let answer: ChunkAnswer;
  for (;;) {
    const s = it.next(answer);
    if (s.done) return { computed: s.value, steps };
    steps.push(s.value.need);
    answer = s.value.need === 'languages' ? engine.pageLanguages(s.value.blocks)
      : s.value.need === 'scan' ? engine.scanDocument(s.value.blocks, { strictness: 'strict', ...(s.value.languages ? { languages: s.value.languages } : {}) })
      : undefined;
  }
}
