// The engine step of the content script: blocks in, every finding out (ScanResult.all), one engine call per
// task. Strictness, mutes and jurisdiction never come here; they are views (viewOf) over what this returns.
import type { ExtractedBlock } from '../dom/extract';
import { isOnTopic, scanDocument } from '../engine';
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

/**
 * The engine's first call builds its sentence segmenter (Intl.Segmenter: 15-90 ms in Chromium here, ICU's
 * sentence rules) and compiles the topic, prefilter, rule and cue patterns on their first execution
 * (another 10-60 ms). Done in one call after the DOM read's last slice, that made a 155 ms stretch of ours
 * on the hostile mutating page. Each step below warms one part in a task of its own; a segmenter built
 * here makes the engine's own cheap (in Chromium the second one in a world costs 0.3 ms, the first 27-37 ms).
 */
const WARM_UP: (() => unknown)[] = [
  () => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('One. Two.')],
  () => isOnTopic([{ text: 'exosome' }]),
  () => scanDocument([{ text: 'Exosome.' }]),
  () => scanDocument([{ text: 'We offer exosome injections.' }]),
  () => scanDocument([{ text: 'Exosome injections are not approved, some clinics claim.' }]),
];

async function warmUp(signal: AbortSignal): Promise<boolean> {
  for (const step of WARM_UP) {
    // Yield first: the DOM read that came before must not share a stretch with the compile.
    await yieldToMain();
    if (signal.aborted) return false;
    step();
  }
  await yieldToMain();
  return !signal.aborted;
}

export class EngineStep {
  /** Engine results of the last scan's chunks, by their text (see scanChunks). */
  private readonly cache: ChunkCache = new Map();
  private warmed = false;

  /** Null when `signal` aborted between tasks. */
  async run(blocks: readonly ExtractedBlock[], signal: AbortSignal): Promise<Computed | null> {
    if (!this.warmed) {
      if (!(await warmUp(signal))) return null;
      this.warmed = true;
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
