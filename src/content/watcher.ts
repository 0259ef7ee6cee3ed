// Watches the page for new or changed text, for elements whose visibility may have changed (class, style and
// state attributes, <details> and popover toggles), and for SPA navigations. Mutation records are batched:
// changed containers and flipped elements are collected and handed over after a short quiet period (at
// most MAX_WAIT_MS after the first change); a burst of more than HUGE_BATCH text records turns into one
// deferred full rescan instead.
import { blockContainer, isBlockElement, isSkipped } from '../dom/extract';

const QUIET_MS = 150;
const MAX_WAIT_MS = 1000;
const HUGE_BATCH = 1000;
const FULL_DELAY_MS = 400;
const MAX_CONTAINERS = 200;
const POLL_MS = 1000;
/** Attributes that show or hide content: by class, inline style, the hidden attribute, or a widget's state. */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded', 'aria-selected'];
/** Flipped elements handed over at most per batch; beyond, the oldest are dropped (a class storm). */
const MAX_FLIPPED = 500;

export interface WatcherHooks {
  /** False when our extension context is gone (the caller tears down). */
  alive: () => boolean;
  onChanged: (containers: Element[], prune: boolean) => void;
  /** Elements whose visibility attributes changed or that toggled: hidden text under them may be shown now. */
  onFlipped: (elements: Element[]) => void;
  onFull: () => void;
  /** The page took our host out of the document. */
  onHostRemoved?: () => void;
  /** Any change at all, at once (not batched): a dialog or banner may now cover our markers. */
  onActivity?: () => void;
}

const urlKey = (href: string) => href.replace(/#.*$/, '');

export class Watcher {
  private readonly mo: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private containers = new Set<Element>();
  private flipped = new Set<Element>();
  private records = 0;
  private prune = false;
  private full = false;
  private timer = 0;
  private firstAt = 0;
  private href: string;
  private readonly ac = new AbortController();
  private poll = 0;

  constructor(
    private readonly doc: Document,
    private readonly host: () => Element | null,
    private readonly hooks: WatcherHooks,
  ) {
    this.mo = new MutationObserver((records) => this.onRecords(records));
    this.href = urlKey(location.href);
  }

  start(): void {
    this.observe(this.doc);
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('currententrychange', () => this.checkUrl(), { signal: this.ac.signal });
    } else {
      this.poll = setInterval(() => this.checkUrl(), POLL_MS) as unknown as number;
    }
    // Back/forward between history entries of an SPA without the Navigation API.
    window.addEventListener('popstate', () => this.checkUrl(), { signal: this.ac.signal });
    // <details> and popovers (showPopover changes no attribute); toggle does not bubble, capture sees it.
    this.doc.addEventListener('toggle', (e) => this.flip(e.target), { capture: true, signal: this.ac.signal });
  }

  /** Also watch an open shadow root (document observers do not see inside them). */
  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.mo.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  }

  stop(): void {
    this.mo.disconnect();
    this.ac.abort();
    clearTimeout(this.timer);
    clearInterval(this.poll);
  }

  private checkUrl(): void {
    if (!this.hooks.alive()) return;
    const now = urlKey(location.href);
    if (now === this.href) return;
    this.href = now;
    // Give the app a moment to render the new view; later renders arrive as mutations anyway.
    this.full = true;
    this.flushIn(FULL_DELAY_MS);
  }

  private onRecords(records: MutationRecord[]): void {
    if (!this.hooks.alive()) return;
    const host = this.host();
    const head = this.doc.head;
    let hostRemoved = false;
    for (const r of records) {
      if (this.full) {
        // Still look for our host among the rest: a huge burst may be the page clearing <html>.
        if (host && !hostRemoved && r.removedNodes.length) for (const n of r.removedNodes) if (n === host) hostRemoved = true;
        continue;
      }
      const t = r.target;
      if (host && t === host) continue;
      if (head && (t === head || head.contains(t))) continue;
      if (r.type === 'attributes') {
        this.flip(t);
        continue;
      }
      if (r.type === 'characterData') {
        this.records++;
        this.add(blockContainer(t));
        continue;
      }
      let relevant = false;
      for (const n of r.addedNodes) {
        if (n === host) continue;
        if (n.nodeType === 1) {
          if (isSkipped(n as Element)) continue;
          relevant = true;
          this.add(isBlockElement(n as Element) ? (n as Element) : blockContainer(t));
        } else if (n.nodeType === 3) {
          relevant = true;
          this.add(blockContainer(t));
        }
      }
      for (const n of r.removedNodes) {
        if (n === host) {
          hostRemoved = true;
          continue;
        }
        if (n.nodeType === 1 && isSkipped(n as Element)) continue;
        relevant = true;
        this.prune = true;
        // Removing inline content changes the text of the block around it.
        if (n.nodeType === 3 || (n.nodeType === 1 && !isBlockElement(n as Element))) this.add(blockContainer(t));
      }
      if (relevant) this.records++;
    }
    if (hostRemoved) this.hooks.onHostRemoved?.();
    this.hooks.onActivity?.();
    if (this.records > HUGE_BATCH) this.full = true;
    if (this.full) this.flushIn(FULL_DELAY_MS);
    else if (this.containers.size > 0 || this.prune || this.flipped.size > 0) this.flushIn(QUIET_MS);
  }

  private flip(t: EventTarget | null): void {
    if (!t || (t as Node).nodeType !== 1 || t === this.host()) return;
    if (this.flipped.size >= MAX_FLIPPED) this.flipped.delete(this.flipped.values().next().value!);
    this.flipped.add(t as Element);
    this.hooks.onActivity?.();
    // A toggle comes outside a mutation batch: schedule its own flush.
    if (!this.timer) this.flushIn(QUIET_MS);
  }

  private add(c: Element | null): void {
    if (!c || c === this.doc.documentElement || c === this.doc.body) {
      this.full = true;
      return;
    }
    this.containers.add(c);
    if (this.containers.size > MAX_CONTAINERS) this.full = true;
  }

  private flushIn(ms: number): void {
    const now = performance.now();
    if (!this.timer) this.firstAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(ms, this.firstAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.flush(), wait) as unknown as number;
  }

  private flush(): void {
    this.timer = 0;
    if (!this.hooks.alive()) return;
    const full = this.full;
    const containers = [...this.containers];
    const prune = this.prune;
    const flipped = [...this.flipped];
    this.full = false;
    this.prune = false;
    this.records = 0;
    this.containers = new Set();
    this.flipped = new Set();
    if (full) this.hooks.onFull();
    else if (containers.length > 0 || prune) this.hooks.onChanged(containers, prune);
    if (!full && flipped.length > 0) this.hooks.onFlipped(flipped);
  }
}
