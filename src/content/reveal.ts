// Text the page hides at load (FAQ answers, tab panels, <details>, "read more") is read when the page shows
// it. The reader records each hidden element it skipped (topmost only). The watcher reports elements whose
// class, style or state attributes changed and <details>/popover toggles; an IntersectionObserver reports
// hidden elements that came into view, which also catches CSS-only toggles (a checkbox's :checked state
// changes no attribute). Only recorded elements under a change are tested, so a class flip anywhere else
// costs a walk up a few ancestors and no rescan.
import { blockContainer, isHiddenByAttribute } from '../dom/extract';
import { isHidden } from './reader';
import { Slicer } from './scheduler';

/** Hidden elements followed at most (a page can hide thousands of menu items); the rest stay unread. */
const MAX_TRACKED = 5000;

/** Whether `el` sits at or under one of `scopes`, across shadow roots. */
function under(el: Element, scopes: ReadonlySet<Node>): boolean {
  for (let n: Node | null = el; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) if (scopes.has(n)) return true;
  return false;
}

export class HiddenText {
  private readonly hidden = new Set<Element>();
  private readonly io: IntersectionObserver | null;

  /** `seen`: hidden elements that came into view (they may have been shown by CSS alone). */
  constructor(seen: (els: Element[]) => void) {
    this.io =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              const shown = entries.filter((e) => e.isIntersecting).map((e) => e.target);
              if (shown.length) seen(shown);
            },
            // A viewport's worth around it: text shown just below the fold is read before it is reached.
            { rootMargin: '100% 0px' },
          )
        : null;
  }

  add(els: readonly Element[]): void {
    for (const el of els) {
      if (this.hidden.size >= MAX_TRACKED) return;
      if (this.hidden.has(el)) continue;
      this.hidden.add(el);
      this.io?.observe(el);
    }
  }

  /**
   * The block containers to read again: those of recorded elements at or under a changed element (or its
   * parent, for sibling selectors such as `[aria-expanded=true] + .answer`) that are shown now. Sliced;
   * null when `signal` aborted meanwhile.
   */
  async shown(changed: readonly Element[], signal: AbortSignal): Promise<Element[] | null> {
    const scopes = new Set<Node>();
    for (const c of changed) scopes.add(c.parentNode ?? c);
    const out = new Set<Element>();
    const slicer = new Slicer();
    let n = 0;
    for (const h of [...this.hidden]) {
      if ((++n & 63) === 0 && slicer.expired()) {
        await slicer.next();
        if (signal.aborted) return null;
      }
      if (!h.isConnected) {
        this.forget(h);
        continue;
      }
      if (!under(h, scopes) || isHiddenByAttribute(h) || isHidden(h)) continue;
      this.forget(h);
      const c = blockContainer(h);
      if (c) out.add(c);
    }
    return [...out];
  }

  clear(): void {
    this.io?.disconnect();
    this.hidden.clear();
  }

  private forget(h: Element): void {
    this.hidden.delete(h);
    this.io?.unobserve(h);
  }
}
