// The marker beside each finding, inside our shadow root: a labelled button in a list (keyboard and
// screen-reader users move through the list), placed from the range's client rects. Rendering diffs the
// markers against the last draw, and placement reads all rects before writing any position.
import type { Jurisdiction } from '../engine/types';
import { LABELS } from './card';
import { coveredAt, modalOpen } from './cover';
import type { Item } from './items';
import { MARKER_PX, markerPoint } from './placement';

/** Markers drawn at most; findings beyond still get highlights, the badge count and the popup list. */
export const MAX_MARKERS = 1000;

export class Markers {
  readonly list: HTMLElement;
  private buttons: HTMLButtonElement[] = [];
  private items: readonly Item[] = [];
  private jurisdiction: Jurisdiction | null = null;
  private rafPending = false;
  private scope: Element | null | undefined;
  /** Whether the pending frame places markers by scope (all, or those in a scrolled element). */
  private scoped = false;
  /** New markers' ranges waiting for the next frame to be placed. */
  private fresh = new Set<Range>();
  /** Whether a finding's text runs right to left (its marker goes on the left), read once per range. */
  private readonly rtl = new WeakMap<Range, boolean>();
  /** Each marker's last placed top-left in host coordinates (null: its range has no box). */
  private points: ([number, number] | null | undefined)[] = [];
  /** Markers a page element covers (see cover.ts), and whether the page shows a modal dialog. */
  private covered: boolean[] = [];
  modal = false;
  private coverPending = false;

  /** `placed` runs after each placement (the open card follows its marker). */
  constructor(
    private readonly doc: Document,
    private readonly host: HTMLElement,
    signal: AbortSignal,
    private readonly placed: () => void,
  ) {
    this.list = doc.createElement('div');
    this.list.className = 'list';
    this.list.setAttribute('role', 'list');
    this.list.setAttribute('aria-label', LABELS.list());
    const view = doc.defaultView!;
    // Markers sit in document coordinates, so scrolling the page moves them for free; only scrolling
    // inside an element, resizing, or the page's layout shifting needs them placed again.
    view.addEventListener(
      'scroll',
      (e) => {
        const t = e.target;
        if (t && t !== doc && t !== doc.documentElement && t !== doc.body && (t as Node).nodeType === 1) this.schedule(t as Element);
        // Sticky and fixed page elements move over the markers as the page scrolls.
        else this.scheduleCover();
      },
      { capture: true, passive: true, signal },
    );
    view.addEventListener('resize', () => this.schedule(), { passive: true, signal });
    if (typeof ResizeObserver === 'function') {
      const ro = new ResizeObserver(() => this.schedule());
      ro.observe(doc.documentElement);
      if (doc.body) ro.observe(doc.body);
      signal.addEventListener('abort', () => ro.disconnect());
    }
  }

  get length(): number {
    return this.buttons.length;
  }

  button(i: number): HTMLButtonElement | undefined {
    return this.buttons[i];
  }

  /** The index of the marker an event came from, or -1. */
  indexOf(target: EventTarget | null): number {
    const b = (target as Element | null)?.closest?.('button.m');
    return b ? this.buttons.indexOf(b as HTMLButtonElement) : -1;
  }

  /**
   * Shows markers for exactly these items (in document order). A marker whose item kept its range (see
   * itemsFor) is kept with its position; only new markers are built and placed, so a feed append costs
   * one marker, not all of them.
   */
  render(items: readonly Item[], jurisdiction: Jurisdiction): void {
    const byRange = new Map<Range, HTMLButtonElement>();
    if (jurisdiction === this.jurisdiction) this.buttons.forEach((m, i) => byRange.set(this.items[i].range, m));
    this.items = items;
    this.jurisdiction = jurisdiction;
    const shown = items.length > MAX_MARKERS ? items.slice(0, MAX_MARKERS) : items;
    const fresh: number[] = [];
    const old = this.buttons;
    const oldPoints = new Map(old.map((m, i) => [m, [this.points[i], this.covered[i]] as const]));
    this.buttons = shown.map((it, i) => {
      const label = LABELS.marker(i, items.length, it.finding);
      const kept = byRange.get(it.range);
      if (kept && kept.classList.contains(it.finding.severity)) {
        byRange.delete(it.range);
        if (kept.getAttribute('aria-label') !== label) kept.setAttribute('aria-label', label);
        return kept;
      }
      const b = this.doc.createElement('button');
      b.className = `m ${it.finding.severity}`;
      // The button is the 24 px target; the dot inside is what shows.
      const dot = this.doc.createElement('span');
      dot.className = 'dot';
      dot.textContent = '!';
      b.append(dot);
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.setAttribute('aria-controls', 'card');
      b.setAttribute('aria-expanded', 'false');
      b.style.display = 'none';
      const li = this.doc.createElement('div');
      li.className = 'li';
      li.setAttribute('role', 'listitem');
      li.append(b);
      fresh.push(i);
      return b;
    });
    this.points = this.buttons.map((m) => oldPoints.get(m)?.[0]);
    this.covered = this.buttons.map((m) => oldPoints.get(m)?.[1] ?? false);
    // The common case (a feed append) keeps the old markers as a prefix in the same order: only append.
    let prefix = 0;
    while (prefix < old.length && prefix < this.buttons.length && old[prefix] === this.buttons[prefix]) prefix++;
    const frag = this.doc.createDocumentFragment();
    if (prefix === old.length) {
      for (let i = prefix; i < this.buttons.length; i++) frag.append(this.buttons[i].parentElement!);
      if (frag.childNodes.length) this.list.append(frag);
    } else {
      for (const m of this.buttons) frag.append(m.parentElement!);
      this.list.replaceChildren(frag);
    }
    // Placed in the next frame, where the layout the rects need is computed anyway (reading it now
    // would force a layout of the whole page inside our task). Hidden until then.
    if (fresh.length === this.buttons.length) this.schedule();
    else if (fresh.length) this.schedule(undefined, new Set(fresh.map((i) => items[i].range)));
  }

  /**
   * Places markers on the next frame; `within` limits the work to findings inside a scrolled element,
   * `fresh` to new markers (the others have not moved unless a resize or scroll says so).
   */
  schedule(within?: Element, fresh?: Set<Range>): void {
    if (fresh) for (const r of fresh) this.fresh.add(r);
    else {
      // Two different scrolled elements in one frame, or any page-wide change, place everything.
      this.scope = this.scoped ? (this.scope === within ? within : null) : (within ?? null);
      this.scoped = true;
    }
    if (this.rafPending) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      const { scoped, scope, fresh: only } = this;
      this.scoped = false;
      this.scope = undefined;
      this.fresh = new Set();
      if (scoped && !scope) this.placeNow();
      else this.placeNow(scope ?? undefined, only);
    });
  }

  private isRtl(range: Range): boolean {
    let rtl = this.rtl.get(range);
    if (rtl === undefined) {
      const n = range.endContainer;
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      this.rtl.set(range, (rtl = !!el && getComputedStyle(el).direction === 'rtl'));
    }
    return rtl;
  }

  /** Places all markers now, or those inside `within` and/or those whose range is in `only`. */
  placeNow(within?: Element, only?: ReadonlySet<Range>): void {
    if (!this.host.isConnected) return;
    // All reads first, then all writes: interleaving them would force one layout per marker.
    const origin = this.host.getBoundingClientRect();
    const n = this.buttons.length;
    const at: ([number, number] | null | undefined)[] = new Array(n);
    const limited = !!within || !!only;
    for (let i = 0; i < n; i++) {
      const range = this.items[i].range;
      if (limited && !(within?.contains(range.startContainer) || only?.has(range))) continue;
      at[i] = markerPoint(range.getClientRects(), origin, this.isRtl(range));
    }
    for (let i = 0; i < n; i++) {
      const p = at[i];
      if (p === undefined) continue;
      this.points[i] = p;
      if (p) this.buttons[i].style.transform = `translate(${Math.round(p[0])}px, ${Math.round(p[1])}px)`;
      this.show(i);
    }
    this.coverNow();
  }

  private show(i: number): void {
    const display = this.points[i] && !this.covered[i] && !this.modal ? '' : 'none';
    const m = this.buttons[i];
    if (m.style.display !== display) m.style.display = display;
  }

  /** Checks, on the next frame, which markers in view the page covers (it may have opened a dialog). */
  scheduleCover(): void {
    if (this.coverPending || this.buttons.length === 0) return;
    this.coverPending = true;
    requestAnimationFrame(() => {
      this.coverPending = false;
      this.coverNow();
    });
  }

  /**
   * Hides the markers in view whose spot, or whose words, a page element covers, and all of them while a
   * modal dialog is open. Markers out of view are judged when they scroll in (scroll schedules this).
   */
  private coverNow(): void {
    if (!this.host.isConnected) return;
    const view = this.doc.defaultView!;
    const modal = modalOpen(this.doc);
    const origin = this.host.getBoundingClientRect();
    const next = this.covered.slice();
    if (!modal) {
      for (let i = 0; i < this.buttons.length; i++) {
        const p = this.points[i];
        if (!p) continue;
        const x = p[0] + origin.left + MARKER_PX / 2;
        const y = p[1] + origin.top + MARKER_PX / 2;
        if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) {
          next[i] = false;
          continue;
        }
        const range = this.items[i].range;
        const n = range.endContainer;
        const text = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!text) continue;
        const rects = range.getClientRects();
        const last = rects[rects.length - 1];
        // The marker's own spot, and the end of its words (a banner may cover the words, not the spot).
        next[i] =
          coveredAt(this.doc, this.host, text, x, y) ||
          (!!last && last.bottom > 0 && last.top < view.innerHeight && coveredAt(this.doc, this.host, text, Math.max(0, last.right - 2), last.top + last.height / 2));
      }
    }
    this.modal = modal;
    this.covered = next;
    for (let i = 0; i < this.buttons.length; i++) this.show(i);
    this.placed();
  }
}
