// The engine step of the content script: blocks in, every finding out (ScanResult.all), one engine call per
// task. Strictness, mutes and jurisdiction never come here; they are views (viewOf) over what this returns.
import type { ExtractedBlock } from '../dom/extract';
import { scanDocument } from '../engine';
import { scanChunks, type ChunkCache, type Computed } from '../engine/chunks';
import { SLICE_MS, yieldToMain } from './scheduler';

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
  private warmed = false;

  /** Null when `signal` aborted between tasks. */
  async run(blocks: readonly ExtractedBlock[], signal: AbortSignal): Promise<Computed | null> {
    if (!this.warmed) {
      // The engine compiles its rules on first use; do that in a task of its own.
      this.warmed = true;
      scanDocument([{ text: 'exosome injections' }]);
      await yieldToMain();
      if (signal.aborted) return null;
    }
    const steps = scanChunks(blocks, this.cache);
    let slice = performance.now();
    for (;;) {
      const s = steps.next();
      if (s.done) return s.value;
      if (s.value === 'ran') stats.engineRuns++;
      // One engine call per task; cached chunks are cheap, so they share a task up to the slice length.
      if (s.value === 'ran' || performance.now() - slice >= SLICE_MS) {
        await yieldToMain();
        if (signal.aborted) return null;
        slice = performance.now();
      }
    }
  }

  clear(): void {
    this.cache.clear();
  }
}
