// The engine step of the content script: blocks in, every finding out (ScanResult.all). The engine and its
// rules model live in the background (the model is too large to load on every page): this step sends the
// page text there in pieces, one request in flight at a time, and yields the page's thread between them.
// Strictness, mutes and jurisdiction never come here; they are views (viewOf) over what this returns.
import type { ExtractedBlock } from '../dom/extract';
import { scanChunks, type ChunkAnswer, type ChunkCache, type Computed } from '../engine/chunks';
import { isOnTopic } from '../rules/anchors';
import { languagesRemote, scanRemote } from './engine-client';
import { SLICE_MS, taskClock, yieldToMain } from './scheduler';

/**
 * Counts engine runs for the e2e tests (a view change must not add any). It lives on the content script's
 * own global, which is the isolated world: the page cannot read it; tests read it over CDP.
 */
interface Stats {
  engineRuns: number;
}
const stats: Stats = ((globalThis as { __exocheckStats?: Stats }).__exocheckStats ??= { engineRuns: 0 });

export class EngineStep {
  /** Engine results of the last scan's chunks, by their text (see scanChunks). */
  private readonly cache: ChunkCache = new Map();

  /** Null when `signal` aborted while a piece was away. */
  async run(blocks: readonly ExtractedBlock[], signal: AbortSignal): Promise<Computed | null> {
    const steps = scanChunks(blocks, isOnTopic, this.cache);
    let answer: ChunkAnswer;
    let slice = performance.now();
    for (;;) {
      const s = steps.next(answer);
      if (s.done) return s.value;
      const req = s.value;
      if (req.need === 'cached') {
        answer = undefined;
        // Cached pieces are cheap: they share a task up to the slice length.
        if (performance.now() - slice < SLICE_MS) continue;
        await yieldToMain();
      } else {
        // Waiting for the background is not work of ours on the page's thread: the stretch ends here.
        taskClock.end();
        if (req.need === 'languages') answer = await languagesRemote(req.blocks);
        else {
          stats.engineRuns++;
          answer = await scanRemote(req.blocks, req.languages);
        }
        taskClock.begin();
      }
      if (signal.aborted) return null;
      slice = performance.now();
    }
  }

  clear(): void {
    this.cache.clear();
  }
}
