// Our only element in the page: one host on <html> with a CLOSED shadow root. It holds the markers (see
// markers.ts), the card for the open finding, and a polite live region. Built with createElement/textContent
// only. Items and the jurisdiction come in by value on each render.
import type { Jurisdiction } from '../engine/types';
import { buildCard, cardLanguage, CARD_CSS, LABELS } from './card';
import { itemAtClick, itemAtSelection } from './hit-test';
import type { Item } from './items';
import { Markers } from './markers';
import { OVERLAY_CSS } from './overlay-style';
import { cardPlace } from './placement';

export const HOST_TAG = 'exocheck-overlay';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function lastBox(range: Range): DOMRect | null {
  const rects = range.getClientRects();
  return rects.length ? rects[rects.length - 1] : null;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly markers: Markers;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private items: readonly Item[] = [];
  private jurisdiction: Jurisdiction = 'uk';
  private open = -1;
  private pinned = false;
  private closeTimer = 0;
  private announced = false;
  private awayCheck = false;
  private readonly ac = new AbortController();
  /** Called when the card opens or closes, so the focus highlight follows it. */
  onFocusChange: (range: Range | null) => void = () => {};

  /** `tag` is HOST_TAG unless the page has taken that name (see Display). */
  constructor(private readonly doc: Document, tag = HOST_TAG) {
    const host = doc.createElement(tag);
    // Inline !important beats page rules such as `* { display: none }` aimed at unknown elements.
    const hs = host.style;
    for (const [k, v] of [
      ['all', 'initial'], ['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['z-index', '2147483647'], ['display', 'block'], ['pointer-events', 'none'],
    ])
      hs.setProperty(k, v, 'important');
    this.host = host;
    this.root = host.attachShadow({ mode: 'closed' });
    const signal = this.ac.signal;
    const style = el(doc, 'style');
    style.textContent = OVERLAY_CSS + CARD_CSS;
    this.live = el(doc, 'div', 'sr');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.markers = new Markers(doc, host, signal, () => {
      // A modal dialog of the page hides the markers; the card goes with them.
      if (this.markers.modal && this.open >= 0) this.close();
      else this.positionCard();
    });
    this.card = el(doc, 'div', 'card');
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', LABELS.dialog());
    this.card.lang = cardLanguage();
    this.card.id = 'card';
    this.card.hidden = true;
    this.root.append(style, this.live, this.markers.list, this.card);

    // One set of listeners for all markers (pages can have thousands of findings).
    const list = this.markers.list;
    const indexOf = (e: Event) => this.markers.indexOf(e.target);
    list.addEventListener('mouseover', (e) => { const i = indexOf(e); if (i >= 0 && i !== this.open) this.show(i, false); }, { signal });
    list.addEventListener('mouseout', (e) => { if (indexOf(e) >= 0) this.closeSoon(); }, { signal });
    list.addEventListener('focusin', (e) => { const i = indexOf(e); if (i >= 0 && i !== this.open) this.show(i, false); }, { signal });
    list.addEventListener('click', (e) => {
      const i = indexOf(e);
      if (i < 0) return;
      if (this.open === i && this.pinned) this.close();
      else this.show(i, true);
    }, { signal });
    this.card.addEventListener('mouseenter', () => this.cancelClose(), { signal });
    this.card.addEventListener('mouseleave', () => this.closeSoon(), { signal });
    // Keys typed in our UI must not reach page shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress'] as const)
      this.root.addEventListener(type, (e) => e.stopPropagation(), { signal });
    this.root.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent), { signal });
    this.listenToPage(signal);
  }

  /**
   * The card also answers the page around it: a click on highlighted words opens that finding's card, a
   * press anywhere outside ours closes it, so does Escape wherever the focus is (without taking the key
   * from the page), and so does scrolling its words out of view. All passive: the page's own handlers run
   * as before. Events from inside our closed root reach the page retargeted to the host.
   */
  private listenToPage(signal: AbortSignal): void {
    const view = this.doc.defaultView!;
    view.addEventListener('pointerdown', (e) => { if (this.open >= 0 && e.target !== this.host) this.close(); }, { capture: true, passive: true, signal });
    view.addEventListener('click', (e) => {
      if (e.target === this.host) return;
      const i = itemAtClick(this.doc, this.items, e);
      if (i >= 0) this.show(i, true);
    }, { passive: true, signal });
    view.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.open >= 0) this.close(); }, { passive: true, signal });
    view.addEventListener('scroll', () => {
      if (this.open < 0 || this.awayCheck) return;
      this.awayCheck = true;
      requestAnimationFrame(() => {
        this.awayCheck = false;
        const it = this.items[this.open];
        if (!it) return;
        const r = it.range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > view.innerHeight || r.right < 0 || r.left > view.innerWidth) this.close();
      });
    }, { capture: true, passive: true, signal });
  }

  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  destroy(): void {
    this.ac.abort();
    clearTimeout(this.closeTimer);
    this.host.remove();
  }

  /** Shows markers for exactly these items (in document order), keeping the open card when its finding stays. */
  render(items: readonly Item[], jurisdiction: Jurisdiction): void {
    const openFinding = this.open >= 0 ? this.items[this.open]?.finding : undefined;
    // Indices move across a rescan: the open marker is found again below by its finding.
    this.markers.button(this.open)?.setAttribute('aria-expanded', 'false');
    this.open = -1;
    this.items = items;
    this.jurisdiction = jurisdiction;
    this.markers.render(items, jurisdiction);
    const still = openFinding ? items.findIndex((it) => it.finding.rule === openFinding.rule && it.finding.text === openFinding.text) : -1;
    if (still >= 0) this.show(still, this.pinned);
    else this.close();
  }

  /** The page changed (it may have opened a dialog or a banner over our markers). */
  pageChanged(): void {
    this.markers.scheduleCover();
  }

  /** Places every marker now (after the page moved under us, e.g. our host was put back). */
  positionNow(): void {
    this.markers.placeNow();
  }

  /** Announces the count once per page load, for screen readers. */
  announce(n: number): void {
    if (this.announced || n === 0) return;
    this.announced = true;
    // A live region only speaks changes made after it is in the tree.
    setTimeout(() => {
      this.live.textContent = LABELS.live(n);
    }, 300);
  }

  /** Scrolls to finding i, focuses its marker and opens its card. */
  reveal(i: number): boolean {
    const it = this.items[i];
    if (!it) return false;
    const target = it.range.startContainer.nodeType === 1 ? (it.range.startContainer as Element) : it.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.markers.placeNow();
    this.markers.button(i)?.focus({ preventScroll: true });
    this.show(i, true);
    return true;
  }

  /** The finding at the page's text selection (a keyboard user's caret) if its card is not open, else the next. */
  next(): boolean {
    if (this.items.length === 0) return false;
    const at = itemAtSelection(this.doc, this.items);
    if (at >= 0 && at !== this.open) return this.reveal(at);
    return this.reveal((this.open + 1) % Math.max(1, this.markers.length));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open >= 0) {
      const m = this.markers.button(this.open);
      this.close();
      m?.focus({ preventScroll: true });
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && this.open >= 0 && this.markers.length > 0) {
      e.preventDefault();
      const n = this.markers.length;
      this.reveal((this.open + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    }
  }

  private show(i: number, pin: boolean): void {
    const it = this.items[i];
    if (!it) return;
    this.cancelClose();
    if (this.open !== i) this.markers.button(this.open)?.setAttribute('aria-expanded', 'false');
    this.open = i;
    this.pinned = this.pinned || pin;
    this.markers.button(i)?.setAttribute('aria-expanded', 'true');
    this.fillCard(it);
    this.card.hidden = false;
    this.positionCard();
    this.onFocusChange(it.range);
  }

  private close(): void {
    this.cancelClose();
    this.markers.button(this.open)?.setAttribute('aria-expanded', 'false');
    this.open = -1;
    this.pinned = false;
    this.card.hidden = true;
    this.onFocusChange(null);
  }

  private closeSoon(): void {
    if (this.pinned) return;
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(), 350) as unknown as number;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  private fillCard(it: Item): void {
    const close = () => {
      const m = this.markers.button(this.open);
      this.close();
      m?.focus({ preventScroll: true });
    };
    this.card.replaceChildren(...buildCard(this.doc, it.finding, this.jurisdiction, close));
  }

  /** Beside the open finding's marker, or its words when it has none (past MAX_MARKERS, or hidden). */
  private positionCard(): void {
    const it = this.items[this.open];
    if (!it || this.card.hidden) return;
    const m = this.markers.button(this.open);
    const mr = m?.getBoundingClientRect();
    const at = mr && (mr.width || mr.height) ? mr : lastBox(it.range);
    if (!at) return;
    const origin = this.host.getBoundingClientRect();
    const view = this.doc.defaultView!;
    const p = cardPlace(at, { width: view.innerWidth, height: view.innerHeight }, this.card.scrollHeight);
    this.card.style.maxHeight = `${Math.round(p.maxHeight)}px`;
    this.card.style.width = `${p.width}px`;
    this.card.style.transform = `translate(${Math.round(p.left - origin.left)}px, ${Math.round(p.top - origin.top)}px)`;
  }
}
