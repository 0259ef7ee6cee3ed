// One Custom Highlight per severity (styled by highlights.css). The registry is per document and shared
// with the page's world, so we only ever touch our own names.
import type { Severity } from '../engine/types';

export const HIGHLIGHT_NAMES: Record<Severity | 'focus', string> = {
  high: 'exocheck-high',
  medium: 'exocheck-medium',
  info: 'exocheck-info',
  focus: 'exocheck-focus',
};

/**
 * Ranges added to the registry per frame. Chromium prepares paint for every new range in the frame after
 * it is added; thousands at once (a dense page) make one long task, so beyond this they go in over the
 * following frames. Removals are immediate.
 */
export const RANGES_PER_FRAME = 1000;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && !!(CSS as { highlights?: unknown }).highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

export class Highlighter {
  private readonly sets = new Map<string, Highlight>();
  /** What each of our Highlights holds, kept on our side: Firefox's Xray wrappers do not iterate them. */
  private readonly held = new Map<string, Set<Range>>();
  /** Ranges wanted but not yet added, by highlight name (see RANGES_PER_FRAME). */
  private queue: [string, Range][] = [];
  private wanted = new Map<string, Set<Range>>();
  /** Nonzero while a flush is scheduled (a token, so a stale callback does nothing). */
  private frame = 0;
  private seq = 0;
  /** Ranges added since the last frame. */
  private spent = 0;
  readonly enabled = highlightsSupported();

  /**
   * Sets the ranges we draw to exactly these. Only the difference is applied to the registered Highlight
   * objects (they are setlike), so a rescan that finds one more claim adds one range, not thousands.
   * `focus` is the finding the card is open for, if any.
   */
  draw(items: readonly { range: Range; severity: Severity }[], focus: Range | null): void {
    if (!this.enabled) return;
    const by: Record<string, Set<Range>> = { high: new Set(), medium: new Set(), info: new Set(), focus: new Set(focus ? [focus] : []) };
    for (const it of items) by[it.severity].add(it.range);
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const [key, name] of Object.entries(HIGHLIGHT_NAMES)) {
      const ranges = by[key];
      let h = this.sets.get(name);
      if (ranges.size === 0) {
        if (h) CSS.highlights.delete(name);
        this.sets.delete(name);
        this.held.delete(name);
        continue;
      }
      let held = this.held.get(name);
      if (!h || !held || CSS.highlights.get(name) !== h) {
        h = new Ctor();
        // Focus paints above severity colours; high above medium above info where ranges overlap.
        h.priority = key === 'focus' ? 4 : key === 'high' ? 3 : key === 'medium' ? 2 : 1;
        this.sets.set(name, h);
        this.held.set(name, (held = new Set()));
        CSS.highlights.set(name, h);
      } else if (h.size !== held.size) {
        // The registry is shared with the page, which may have emptied or added to ours: start over.
        h.clear();
        held.clear();
      }
      for (const r of held) {
        if (ranges.has(r)) continue;
        h.delete(r);
        held.delete(r);
      }
    }
    this.wanted = new Map(Object.entries(HIGHLIGHT_NAMES).map(([key, name]) => [name, by[key]]));
    // Everything wanted and not yet in, the focus first, then in document order (the top of the page first).
    const queue: [string, Range][] = [];
    const want = (name: string, r: Range) => {
      if (!this.held.get(name)?.has(r)) queue.push([name, r]);
    };
    if (focus) want(HIGHLIGHT_NAMES.focus, focus);
    for (const it of items) want(HIGHLIGHT_NAMES[it.severity], it.range);
    this.queue = queue;
    this.flush();
  }

  private flush(): void {
    // The budget is per frame, shared by every draw in it (a render redraws once more for the focus).
    let i = 0;
    for (; i < this.queue.length && this.spent < RANGES_PER_FRAME; i++) {
      const [name, r] = this.queue[i];
      const h = this.sets.get(name);
      const held = this.held.get(name);
      // Superseded by a later draw, or the highlight was dropped meanwhile.
      if (!h || !held || held.has(r) || !this.wanted.get(name)?.has(r)) continue;
      h.add(r);
      held.add(r);
      this.spent++;
    }
    this.queue = i >= this.queue.length ? [] : this.queue.slice(i);
    if (this.spent === 0 || this.frame) return;
    // Next frame. A background tab renders no frames, so there a timer stands in (and, late, for a tab
    // hidden while we wait); a slow frame in a visible tab must not get a second batch from the timer.
    const token = (this.frame = ++this.seq);
    const go = () => {
      if (this.frame !== token) return;
      this.frame = 0;
      this.spent = 0;
      if (this.queue.length) this.flush();
    };
    requestAnimationFrame(go);
    setTimeout(go, document.visibilityState === 'hidden' ? 0 : 1000);
  }

  clear(): void {
    if (!this.enabled) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      // Only delete what is ours (a newer instance may already have replaced it).
      if (this.sets.has(name) && CSS.highlights.get(name) === this.sets.get(name)) CSS.highlights.delete(name);
    }
    this.sets.clear();
    this.held.clear();
    this.queue = [];
    this.frame = 0;
  }
}
