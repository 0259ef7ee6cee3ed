// Visible text by block, with a map from block offsets back to DOM positions.
// Works on a live browser DOM and on a linkedom document in Node (the CLI scans saved pages with it), so it
// uses only Node/Element basics: nodeType, firstChild/nextSibling, getAttribute, localName, shadowRoot.
// The walk is iterative with an explicit stack: real pages nest thousands of levels deep.

export interface Piece {
  /** A Text node, or the Element whose alt/title/aria-label gave the text. */
  node: Text | Element;
  /** Offset of this piece in the block's text. */
  blockStart: number;
  /** Offset in node.data (0 for attribute pieces). */
  nodeStart: number;
  length: number;
  /** Set for attribute texts. */
  attr?: 'alt' | 'title' | 'aria-label';
}

export interface ExtractedBlock {
  text: string;
  kind: 'heading' | 'text';
  pieces: Piece[];
}

export interface ExtractOptions {
  /** Extra visibility test (the browser passes one using checkVisibility). Called once per element. */
  isHidden?: (el: Element) => boolean;
  /** Stop collecting after this many characters (whole blocks). Default 2,000,000. */
  maxChars?: number;
  /** Our own host element: never read. */
  exclude?: Element | null;
  /** Told about each open shadow root walked into (the content script observes them for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Told about each element skipped because it is hidden (hidden attribute, aria-hidden, inline display or
   * visibility, or `isHidden`), topmost only: the content script reads it when the page shows it.
   */
  onHidden?: (el: Element) => void;
}

export interface Extraction {
  blocks: ExtractedBlock[];
  /** True when maxChars cut the page short. */
  truncated: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** Elements whose content is never page prose (or is not rendered as such). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'head', 'title', 'meta', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio',
  'math',
]);

/** Elements that start and end a block of text (CSS display block/list-item/table-cell by default). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'button', 'search', 'marquee',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Whitespace that CSS collapses (not NBSP). */
const WS = /[ \t\n\f\r]+/g;

const nameOf = (el: Element) => (el.localName || el.nodeName || '').toLowerCase();

export function isBlockElement(el: Element): boolean {
  return BLOCK.has(nameOf(el)) || !!(el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
}

/** Elements whose content is never page prose: scripts, form fields, embeds, editable text. */
function notProse(el: Element): boolean {
  if (SKIP.has(nameOf(el))) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Cheap, DOM-agnostic signals that an element is hidden now (the page may show it later). */
export function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Cheap, DOM-agnostic signals that an element and everything under it is not shown or not prose. */
export function isSkipped(el: Element): boolean {
  return notProse(el) || isHiddenByAttribute(el);
}

interface Frame {
  /** Next sibling-chain node to visit, for ordinary children. */
  next: Node | null;
  /** Or an explicit list (slot-assigned nodes). */
  list?: Node[];
  i?: number;
  /** The element owning this frame is a block: its end closes the current block. */
  block: boolean;
  heading: boolean;
}

class Builder {
  blocks: ExtractedBlock[] = [];
  attrBlocks: ExtractedBlock[] = [];
  text = '';
  pieces: Piece[] = [];
  kind: 'heading' | 'text' = 'text';
  /** Whether the last character emitted in this block is collapsible whitespace. */
  lastSpace = true;
  chars = 0;

  constructor(readonly max: number) {}

  addText(node: Text, headingDepth: number): void {
    const data = node.data;
    if (!data) return;
    if (this.text.length === 0) this.kind = headingDepth > 0 ? 'heading' : 'text';
    WS.lastIndex = 0;
    let pos = 0;
    for (let m = WS.exec(data); ; m = WS.exec(data)) {
      const wsStart = m ? m.index : data.length;
      if (wsStart > pos) {
        this.push(node, pos, data.slice(pos, wsStart));
        this.lastSpace = false;
      }
      if (!m) break;
      if (!this.lastSpace) {
        this.push(node, m.index, ' ');
        this.lastSpace = true;
      }
      pos = m.index + m[0].length;
    }
  }

  private push(node: Text, nodeStart: number, s: string): void {
    const last = this.pieces[this.pieces.length - 1];
    // Adjacent runs of one node stay one piece while the block text equals the node text.
    if (last && last.node === node && last.nodeStart + last.length === nodeStart) last.length += s.length;
    else this.pieces.push({ node, blockStart: this.text.length, nodeStart, length: s.length });
    this.text += s;
  }

  addAttr(el: Element, attr: 'alt' | 'title' | 'aria-label', raw: string): void {
    const text = raw.replace(WS, ' ').trim();
    if (!text) return;
    this.attrBlocks.push({ text, kind: 'text', pieces: [{ node: el, blockStart: 0, nodeStart: 0, length: text.length, attr }] });
  }

  flush(): void {
    if (this.lastSpace && this.text.endsWith(' ')) {
      const last = this.pieces[this.pieces.length - 1];
      last.length -= 1;
      if (last.length === 0) this.pieces.pop();
      this.text = this.text.slice(0, -1);
    }
    if (this.text.length > 0) {
      this.blocks.push({ text: this.text, kind: this.kind, pieces: this.pieces });
      this.chars += this.text.length;
    }
    this.text = '';
    this.pieces = [];
    this.kind = 'text';
    this.lastSpace = true;
  }

  get full(): boolean {
    return this.chars + this.text.length >= this.max;
  }
}

/**
 * A resumable walk: `run(shouldYield)` returns false when it paused (so the browser can cut the work into
 * slices between frames) and true when done. Nodes removed while paused just end their branch early.
 */
export class BlockWalker {
  private readonly b: Builder;
  private readonly stack: Frame[];
  private readonly exclude: Element | null;
  private readonly isHidden?: (el: Element) => boolean;
  private readonly onShadowRoot?: (root: ShadowRoot) => void;
  private readonly onHidden?: (el: Element) => void;
  private headingDepth = 0;
  private truncated = false;
  private done = false;

  constructor(root: Node, opts: ExtractOptions = {}) {
    this.b = new Builder(opts.maxChars ?? 2_000_000);
    this.exclude = opts.exclude ?? null;
    this.isHidden = opts.isHidden;
    this.onShadowRoot = opts.onShadowRoot;
    this.onHidden = opts.onHidden;
    const start: Node | null = root.nodeType === DOCUMENT ? (root as Document).documentElement : root;
    // An element root is walked itself (its own attributes and block boundary); a fragment or shadow root
    // through its children.
    this.stack =
      start && start.nodeType === FRAGMENT
        ? [{ next: start.firstChild, block: false, heading: false }]
        : [{ next: null, list: start ? [start] : [], i: 0, block: false, heading: false }];
  }

  /** Walks until done (true) or until `shouldYield()` says stop, checked every 128 nodes (false). */
  run(shouldYield?: () => boolean): boolean {
    if (this.done) return true;
    const { b, stack } = this;
    let n = 0;
    while (stack.length > 0) {
      if (shouldYield && ++n % 128 === 0 && shouldYield()) return false;
      const frame = stack[stack.length - 1];
      let node: Node | null;
      if (frame.list) node = frame.i! < frame.list.length ? frame.list[frame.i!++] : null;
      else {
        node = frame.next;
        if (node) frame.next = node.nextSibling;
      }
      if (!node) {
        stack.pop();
        if (frame.block) b.flush();
        if (frame.heading) this.headingDepth--;
        continue;
      }

      if (node.nodeType === TEXT) {
        b.addText(node as Text, this.headingDepth);
        if (b.full) {
          this.truncated = true;
          break;
        }
        continue;
      }
      if (node.nodeType !== ELEMENT) continue;
      const el = node as Element;
      if (el === this.exclude || notProse(el)) continue;
      if (isHiddenByAttribute(el) || (this.isHidden && this.isHidden(el))) {
        this.onHidden?.(el);
        continue;
      }
      const name = nameOf(el);

      const alt = name === 'img' || name === 'area' ? el.getAttribute('alt') : null;
      if (alt) b.addAttr(el, 'alt', alt);
      const title = el.getAttribute('title');
      if (title) b.addAttr(el, 'title', title);
      const label = el.getAttribute('aria-label');
      if (label) b.addAttr(el, 'aria-label', label);

      if (name === 'br') {
        b.flush();
        continue;
      }
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
      const block = isBlockElement(el);
      const heading = HEADING.has(name);
      if (block) b.flush();
      if (heading) this.headingDepth++;

      if (name === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
        const assigned = (el as HTMLSlotElement).assignedNodes();
        if (assigned.length > 0) {
          stack.push({ next: null, list: assigned, i: 0, block, heading });
          continue;
        }
      }
      // The shadow tree is what renders; light children show only through its slots (handled above).
      if (shadow && this.onShadowRoot) this.onShadowRoot(shadow);
      stack.push({ next: shadow ? shadow.firstChild : el.firstChild, block, heading });
    }
    b.flush();
    this.done = true;
    return true;
  }

  result(): Extraction {
    // An alt/title/aria-label that repeats visible text would double-count the same claim.
    const seen = new Set(this.b.blocks.map((x) => x.text));
    const attrs = this.b.attrBlocks.filter((x) => {
      if (seen.has(x.text)) return false;
      seen.add(x.text);
      return true;
    });
    return { blocks: [...this.b.blocks, ...attrs], truncated: this.truncated };
  }
}

/** Visible text of `root` as blocks, in document order; attribute texts follow as their own blocks. */
export function extract(root: Node, opts: ExtractOptions = {}): Extraction {
  const w = new BlockWalker(root, opts);
  w.run();
  return w.result();
}

export function extractBlocks(root: Node, opts?: ExtractOptions): ExtractedBlock[] {
  return extract(root, opts).blocks;
}

/** The nearest ancestor (crossing shadow boundaries) that bounds the blocks containing `node`. */
export function blockContainer(node: Node): Element | null {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === ELEMENT && isBlockElement(n as Element)) return n as Element;
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return null;
}

export { locate, rangeFor, type Position } from './ranges';
