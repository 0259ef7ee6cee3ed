// Our only element in the page: one host on <html> with a CLOSED shadow root. It holds a marker beside each
// finding (positioned from the range's client rects), the card for the open finding, a labelled list for
// keyboard and screen-reader users, and a polite live region. Built with createElement/textContent only.
import type { Finding, Jurisdiction } from '../engine/types';
import { cardInfo, SEVERITY_LABEL } from './explain';
import { OVERLAY_CSS } from './overlay-style';
import { markerLabel } from './marker-label';

export const HOST_TAG = 'exocheck-overlay';
/** Markers drawn at most; findings beyond still get highlights, the badge count and the popup list. */
export const MAX_MARKERS = 1000;
/**
 * Times we put our host back after the page removed it. A page that keeps removing it (a framework
 * re-rendering <html>, or one that hunts unknown elements) wins after this: highlights, badge and popup
 * still work, only the in-page markers go, and we do not fight it in a loop.
 */
export const MAX_REATTACH = 3;

export interface Item {
  finding: Finding;
  range: Range;
  /** The range's text when drawn (empty for alt/title/aria-label findings, whose range wraps an element). */
  quote: string;
}

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

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly list: HTMLElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private markers: HTMLButtonElement[] = [];
  private items: Item[] = [];
  private jurisdiction: Jurisdiction = 'uk';
  private open = -1;
  private pinned = false;
  private closeTimer = 0;
  private rafPending = false;
  private announced = false;
  private readonly ac = new AbortController();
  /** Called when the card opens or closes, so the focus highlight follows it. */
  onFocusChange: (range: Range | null) => void = () => {};

  /** `tag` is HOST_TAG unless the page has taken that name (see ContentScript.show). */
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
    const style = el(doc, 'style');
    style.textContent = OVERLAY_CSS;
    this.live = el(doc, 'div', 'sr');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.list = el(doc, 'div', 'list');
    this.list.setAttribute('role', 'list');
    this.list.setAttribute('aria-label', 'ExoCheck warnings on this page');
    this.card = el(doc, 'div', 'card');
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'ExoCheck warning');
    this.card.id = 'card';
    this.card.hidden = true;
    this.root.append(style, this.live, this.list, this.card);

    const signal = this.ac.signal;
    const view = doc.defaultView!;
    // Markers sit in document coordinates, so scrolling the page moves them for free; only scrolling
    // inside an element, resizing, or the page's layout shifting needs them placed again.
    view.addEventListener(
      'scroll',
      (e) => {
        const t = e.target;
        if (t && t !== doc && t !== doc.documentElement && t !== doc.body && (t as Node).nodeType === 1) this.schedulePosition(t as Element);
      },
      { capture: true, passive: true, signal },
    );
    view.addEventListener('resize', () => this.schedulePosition(), { passive: true, signal });
    if (typeof ResizeObserver === 'function') {
      const ro = new ResizeObserver(() => this.schedulePosition());
      ro.observe(doc.documentElement);
      if (doc.body) ro.observe(doc.body);
      signal.addEventListener('abort', () => ro.disconnect());
    }
    // One set of listeners for all markers (pages can have thousands of findings).
    const indexOf = (e: Event) => {
      const b = (e.target as Element | null)?.closest?.('button.m');
      return b ? this.markers.indexOf(b as HTMLButtonElement) : -1;
    };
    this.list.addEventListener('mouseover', (e) => { const i = indexOf(e); if (i >= 0 && i !== this.open) this.show(i, false); }, { signal });
    this.list.addEventListener('mouseout', (e) => { if (indexOf(e) >= 0) this.closeSoon(); }, { signal });
    this.list.addEventListener('focusin', (e) => { const i = indexOf(e); if (i >= 0 && i !== this.open) this.show(i, false); }, { signal });
    this.list.addEventListener('click', (e) => {
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
  }

  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  destroy(): void {
    this.ac.abort();
    clearTimeout(this.closeTimer);
    this.host.remove();
  }

  get count(): number {
    return this.items.length;
  }

  /**
   * Shows markers for exactly these items (in document order). A marker whose item kept its range (see
   * Scanner.score) is kept with its position; only new markers are built and placed, so a feed append
   * costs one marker, not all of them.
   */
  render(items: Item[], jurisdiction: Jurisdiction): void {
    const openFinding = this.open >= 0 ? this.items[this.open]?.finding : undefined;
    // Indices move across a rescan: the open marker is found again below by its finding.
    this.markers[this.open]?.setAttribute('aria-expanded', 'false');
    this.open = -1;
    const sameJurisdiction = jurisdiction === this.jurisdiction;
    const byRange = new Map<Range, HTMLButtonElement>();
    if (sameJurisdiction) this.markers.forEach((m, i) => byRange.set(this.items[i].range, m));
    this.items = items;
    this.jurisdiction = jurisdiction;
    const messages = new Map<string, string>();
    const shown = items.length > MAX_MARKERS ? items.slice(0, MAX_MARKERS) : items;
    const fresh: number[] = [];
    const old = this.markers;
    this.markers = shown.map((it, i) => {
      let message = messages.get(it.finding.rule);
      if (message === undefined) messages.set(it.finding.rule, (message = cardInfo(it.finding, jurisdiction).message));
      const label = markerLabel(i, items.length, it.finding.severity, message, it.finding.text);
      const kept = byRange.get(it.range);
      if (kept && kept.classList.contains(it.finding.severity)) {
        byRange.delete(it.range);
        if (kept.getAttribute('aria-label') !== label) kept.setAttribute('aria-label', label);
        return kept;
      }
      const b = el(this.doc, 'button', `m ${it.finding.severity}`, '!');
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.setAttribute('aria-controls', 'card');
      b.setAttribute('aria-expanded', 'false');
      b.style.display = 'none';
      const li = el(this.doc, 'div', 'li');
      li.setAttribute('role', 'listitem');
      li.append(b);
      fresh.push(i);
      return b;
    });
    // The common case (a feed append) keeps the old markers as a prefix in the same order: only append.
    let prefix = 0;
    while (prefix < old.length && prefix < this.markers.length && old[prefix] === this.markers[prefix]) prefix++;
    if (prefix === old.length) {
      if (this.markers.length > prefix) {
        const frag = this.doc.createDocumentFragment();
        for (let i = prefix; i < this.markers.length; i++) frag.append(this.markers[i].parentElement!);
        this.list.append(frag);
      }
    } else {
      const frag = this.doc.createDocumentFragment();
      for (const m of this.markers) frag.append(m.parentElement!);
      this.list.replaceChildren(frag);
    }
    // Keep the same card open across a rescan when its finding survived.
    const still = openFinding ? items.findIndex((it) => it.finding.rule === openFinding.rule && it.finding.text === openFinding.text) : -1;
    if (still >= 0) this.show(still, this.pinned);
    else this.close();
    // Placed in the next frame, where the layout the rects need is computed anyway (reading it now
    // would force a layout of the whole page inside our task). Hidden until then.
    if (fresh.length === this.markers.length) this.schedulePosition();
    else if (fresh.length) this.schedulePosition(undefined, new Set(fresh.map((i) => items[i].range)));
  }

  /** Announces the count once per page load, for screen readers. */
  announce(n: number): void {
    if (this.announced || n === 0) return;
    this.announced = true;
    // A live region only speaks changes made after it is in the tree.
    setTimeout(() => {
      this.live.textContent = `${n} ExoCheck warning${n === 1 ? '' : 's'} on this page`;
    }, 300);
  }

  /** Scrolls to finding i, focuses its marker and opens its card. */
  reveal(i: number): boolean {
    const it = this.items[i];
    if (!it) return false;
    const target = it.range.startContainer.nodeType === 1 ? (it.range.startContainer as Element) : it.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.positionNow();
    this.markers[i]?.focus({ preventScroll: true });
    this.show(i, true);
    return true;
  }

  next(): boolean {
    if (this.items.length === 0) return false;
    return this.reveal((this.open + 1) % Math.max(1, this.markers.length));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open >= 0) {
      const m = this.markers[this.open];
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
    if (this.open !== i) this.markers[this.open]?.setAttribute('aria-expanded', 'false');
    this.open = i;
    this.pinned = this.pinned || pin;
    this.markers[i]?.setAttribute('aria-expanded', 'true');
    this.fillCard(it);
    this.card.hidden = false;
    this.positionCard();
    this.onFocusChange(it.range);
  }

  private close(): void {
    this.cancelClose();
    this.markers[this.open]?.setAttribute('aria-expanded', 'false');
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
    const d = this.doc;
    const info = cardInfo(it.finding, this.jurisdiction);
    const head = el(d, 'div', `head ${info.severity}`);
    head.append(el(d, 'span', 'sev', SEVERITY_LABEL[info.severity]), el(d, 'span', 'brand', 'ExoCheck'));
    const close = el(d, 'button', 'x', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => {
      const m = this.markers[this.open];
      this.close();
      m?.focus({ preventScroll: true });
    });
    head.append(close);
    const parts: Node[] = [head, el(d, 'p', 'msg', info.message), el(d, 'p', 'why', info.why), el(d, 'p', 'status', info.status)];
    if (info.ask.length) {
      parts.push(el(d, 'p', 'h', 'Questions to ask'));
      const ul = el(d, 'ul', 'ask');
      for (const q of info.ask) ul.append(el(d, 'li', '', q));
      parts.push(ul);
    }
    if (info.legal) parts.push(el(d, 'p', 'h', 'What the law and the evidence say'), el(d, 'p', 'legal', info.legal));
    if (info.sources.length) {
      parts.push(el(d, 'p', 'h', 'Sources'));
      const ul = el(d, 'ul', 'src');
      for (const s of info.sources) {
        const li = el(d, 'li');
        const a = el(d, 'a', '', s.title);
        // Only http(s) links: a source URL is data and must never become script.
        if (/^https?:\/\//i.test(s.url)) {
          a.href = s.url;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        }
        li.append(a, d.createTextNode(` \u2014 ${s.publisher}, ${s.date}${s.verification === 'verified' ? '' : ` (${s.verification === 'secondary' ? 'secondary report' : 'not verified'})`}`));
        ul.append(li);
      }
      parts.push(ul);
    }
    this.card.replaceChildren(...parts);
  }

  private scope: Element | null | undefined;
  /** Whether the pending frame places markers by scope (all, or those in a scrolled element). */
  private scoped = false;
  /** New markers' ranges waiting for the next frame to be placed. */
  private fresh = new Set<Range>();

  /**
   * Places markers on the next frame; `within` limits the work to findings inside a scrolled element,
   * `fresh` to new markers (the others have not moved unless a resize or scroll says so).
   */
  private schedulePosition(within?: Element, fresh?: Set<Range>): void {
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
      if (scoped && !scope) this.positionNow();
      else this.positionNow(scope ?? undefined, only);
    });
  }

  /**
   * Places markers like a footnote mark at the end of each finding's last line box (host coordinates):
   * all of them, or those inside `within` and/or those whose range is in `only`.
   */
  positionNow(within?: Element, only?: ReadonlySet<Range>): void {
    if (!this.host.isConnected) return;
    // All reads first, then all writes: interleaving them would force one layout per marker.
    const origin = this.host.getBoundingClientRect();
    const n = this.markers.length;
    const at: ([number, number] | null | undefined)[] = new Array(n);
    const limited = !!within || !!only;
    for (let i = 0; i < n; i++) {
      const range = this.items[i].range;
      if (limited && !(within?.contains(range.startContainer) || only?.has(range))) continue;
      const rects = range.getClientRects();
      const r = rects.length ? rects[rects.length - 1] : null;
      at[i] = r && (r.width > 0 || r.height > 0) ? [r.right - origin.left - 3, r.top - origin.top - 9] : null;
    }
    for (let i = 0; i < n; i++) {
      const p = at[i];
      if (p === undefined) continue;
      const m = this.markers[i];
      if (!p) {
        m.style.display = 'none';
        continue;
      }
      m.style.display = '';
      m.style.transform = `translate(${Math.round(p[0])}px, ${Math.round(p[1])}px)`;
    }
    if (this.open >= 0) this.positionCard();
  }

  private positionCard(): void {
    const m = this.markers[this.open];
    if (!m || this.card.hidden) return;
    const origin = this.host.getBoundingClientRect();
    const mr = m.getBoundingClientRect();
    const view = this.doc.defaultView!;
    const width = Math.min(360, view.innerWidth - 16);
    let left = mr.left - width / 2;
    left = Math.max(8, Math.min(left, view.innerWidth - width - 8));
    // Open below the marker unless there is clearly more room above; never past the viewport.
    const spaceBelow = view.innerHeight - mr.bottom - 14;
    const spaceAbove = mr.top - 14;
    const cardH = Math.min(this.card.scrollHeight || 260, view.innerHeight * 0.8);
    const up = cardH > spaceBelow && spaceAbove > spaceBelow;
    const maxH = Math.max(120, Math.min(view.innerHeight * 0.8, up ? spaceAbove : spaceBelow));
    const h = Math.min(cardH, maxH);
    const top = up ? mr.top - 6 - h : mr.bottom + 6;
    this.card.style.maxHeight = `${Math.round(maxH)}px`;
    this.card.style.width = `${width}px`;
    this.card.style.transform = `translate(${Math.round(left - origin.left)}px, ${Math.round(top - origin.top)}px)`;
  }
}
