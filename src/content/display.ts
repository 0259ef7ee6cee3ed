// What the reader sees of a scan: the highlights, and our overlay host when there is something to mark.
// Takes the items by value on every draw; owns the host's life on a page that may fight it.
import type { Jurisdiction } from '../engine/types';
import { Highlighter } from './highlights';
import type { Item } from './items';
import { HOST_TAG, Overlay } from './overlay';

/**
 * Times we put our host back after the page removed it. A page that keeps removing it (a framework
 * re-rendering <html>, or one that hunts unknown elements) wins after this: highlights, badge and popup
 * still work, only the in-page markers go, and we do not fight it in a loop.
 */
export const MAX_REATTACH = 3;

export class Display {
  private readonly highlighter = new Highlighter();
  private overlay: Overlay | null = null;
  private items: readonly Item[] = [];
  private reattached = 0;
  /** The page would not keep our host (or would not let us build it): markers are off for this page. */
  private givenUp = false;

  constructor(private readonly doc: Document) {}

  get host(): Element | null {
    return this.overlay?.host ?? null;
  }

  draw(items: readonly Item[], jurisdiction: Jurisdiction): void {
    this.items = items;
    this.highlight(null);
    if (items.length === 0) {
      // The host appears only when there is something to show, and leaves when there is nothing.
      this.overlay?.destroy();
      this.overlay = null;
      return;
    }
    if (this.overlay && !this.overlay.host.isConnected) this.onHostRemoved();
    if (this.givenUp) return;
    if (!this.overlay) {
      this.overlay = this.build();
      if (!this.overlay) return;
      this.overlay.onFocusChange = (range) => this.highlight(range);
      this.overlay.attach();
    }
    this.overlay.render(items, jurisdiction);
  }

  /** The page's DOM changed: our markers may be under something of the page now. */
  pageChanged(): void {
    this.overlay?.pageChanged();
  }

  announce(n: number): void {
    this.overlay?.announce(n);
  }

  next(): boolean {
    return this.overlay?.next() ?? false;
  }

  reveal(i: number): boolean {
    return this.overlay?.reveal(i) ?? false;
  }

  /** The page took our host out: put it back a few times, then give up quietly (no console noise, no loop). */
  onHostRemoved(): void {
    const o = this.overlay;
    if (!o || o.host.isConnected) return;
    if (this.reattached < MAX_REATTACH) {
      this.reattached++;
      o.attach();
      o.positionNow();
      return;
    }
    this.givenUp = true;
    o.destroy();
    this.overlay = null;
  }

  clear(): void {
    this.highlighter.clear();
    this.overlay?.destroy();
    this.overlay = null;
    this.items = [];
  }

  private highlight(focus: Range | null): void {
    this.highlighter.draw(this.items.map((it) => ({ range: it.range, severity: it.finding.severity })), focus);
  }

  private build(): Overlay | null {
    removeStaleHosts(this.doc);
    try {
      return new Overlay(this.doc);
    } catch {
      // The page defined a custom element under our tag whose constructor takes the shadow root (or
      // throws). A name it cannot know in advance gets a plain element again; if even that fails, the
      // markers are off for this page (highlights, badge and popup still work).
      try {
        return new Overlay(this.doc, `${HOST_TAG}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`);
      } catch {
        this.givenUp = true;
        return null;
      }
    }
  }
}

/**
 * Hosts left by an instance whose extension context died (Firefox cannot run the old instance's cleanup).
 * Only elements that look exactly like ours (on <html>, our tag, our inline style) are touched: a page's
 * own element of that name is page DOM and stays.
 */
function removeStaleHosts(doc: Document): void {
  for (const el of [...doc.documentElement.children]) {
    const ours = el.localName === HOST_TAG || el.localName.startsWith(`${HOST_TAG}-`);
    if (ours && (el as HTMLElement).style?.getPropertyValue('z-index') === '2147483647') el.remove();
  }
}
