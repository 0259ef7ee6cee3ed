// One Custom Highlight per severity (styled by highlights.css). The registry is per document and shared
// with the page's world, so we only ever touch our own names.
import type { Severity } from '../engine/types';

export const HIGHLIGHT_NAMES: Record<Severity | 'focus', string> = {
  high: 'exocheck-high',
  medium: 'exocheck-medium',
  info: 'exocheck-info',
  focus: 'exocheck-focus',
};

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && !!(CSS as { highlights?: unknown }).highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

export class Highlighter {
  private readonly sets = new Map<string, Highlight>();
  readonly enabled = highlightsSupported();

  /** Replaces every range we draw. `focus` is the finding the card is open for, if any. */
  draw(items: readonly { range: Range; severity: Severity }[], focus: Range | null): void {
    if (!this.enabled) return;
    const by: Record<string, Range[]> = { high: [], medium: [], info: [], focus: focus ? [focus] : [] };
    for (const it of items) by[it.severity].push(it.range);
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const [key, name] of Object.entries(HIGHLIGHT_NAMES)) {
      const ranges = by[key];
      let h = this.sets.get(name);
      if (ranges.length === 0) {
        if (h) CSS.highlights.delete(name);
        this.sets.delete(name);
        continue;
      }
      if (!h || CSS.highlights.get(name) !== h) {
        h = new Ctor();
        // Focus paints above severity colours; high above medium above info where ranges overlap.
        h.priority = key === 'focus' ? 4 : key === 'high' ? 3 : key === 'medium' ? 2 : 1;
        this.sets.set(name, h);
        CSS.highlights.set(name, h);
      }
      h.clear();
      for (const r of ranges) h.add(r);
    }
  }

  clear(): void {
    if (!this.enabled) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      // Only delete what is ours (a newer instance may already have replaced it).
      if (this.sets.has(name) && CSS.highlights.get(name) === this.sets.get(name)) CSS.highlights.delete(name);
    }
    this.sets.clear();
  }
}
