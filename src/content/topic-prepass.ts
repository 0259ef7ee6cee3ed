// A cheap first look at a page: does it ever name exosomes anywhere in its text? Most pages do not, and for
// them the full block extraction (a visibility test per element, piece objects for every text node) is
// wasted. This look is native reads in one short task, no JS walk over text nodes: `textContent` of the
// root's children (scripts and styles left out), alt/title/aria-label from one query, and a check for open
// shadow roots (their text is the full read's). Joined text has lost the breaks between blocks, so only the
// anchors' literal prefilter is asked (it needs no word boundary): it errs towards "on topic" (hidden text
// and markup-split words count), so only pages the full read would also find off topic are skipped.
import { mayBeOnTopic } from '../rules/anchors';

const ELEMENT = 1;
const TEXT = 3;
/** Elements whose text is never prose; the full read skips them too. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head']);
/** Text kept for the jurisdiction guess, as guess.ts reads from the blocks. */
const SAMPLE_CHARS = 200_000;

export class TopicPrePass {
  /** True once the page may be on topic (or has a part this look cannot judge, such as a shadow root). */
  onTopic = false;
  /** Characters of text seen. */
  chars = 0;
  private sample = '';
  private done = false;

  /** `limit`: past this many characters the look stops undecided (onTopic stays false, `over` is set). */
  constructor(
    private readonly root: Element | null,
    private readonly limit = Infinity,
    private readonly exclude: Element | null = null,
  ) {}

  /** The text ran past `limit`: the caller reads the page in full anyway. */
  get over(): boolean {
    return this.chars > this.limit;
  }

  /** Page text, separated at the root's children, for the jurisdiction guess when the page is skipped. */
  get text(): string {
    return this.sample;
  }

  /** Runs to the end in one go (native reads; `expired` is for callers that slice, and is not needed). */
  run(_expired?: () => boolean): boolean {
    if (this.done || !this.root) return (this.done = true);
    this.done = true;
    const parts: string[] = [];
    if (!this.collect(this.root, parts)) return true;
    const text = parts.join('');
    this.sample = text.slice(0, SAMPLE_CHARS);
    const attrs: string[] = [];
    for (const el of this.root.querySelectorAll('[alt],[title],[aria-label]')) {
      for (const a of ['alt', 'title', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v) attrs.push(v);
      }
    }
    if (mayBeOnTopic(text) || mayBeOnTopic(attrs.join('\n')) || this.hasShadowRoot()) this.onTopic = true;
    return true;
  }

  /**
   * Text of the root: its own text nodes, and `textContent` of each child element but scripts and styles,
   * two levels down from <html> (so <body>'s scripts are left out too). False once past the limit.
   */
  private collect(el: Element, parts: string[], depth = el.localName === 'html' ? 1 : 0): boolean {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      let t: string | null = null;
      if (c.nodeType === TEXT) t = (c as Text).data;
      else if (c.nodeType === ELEMENT) {
        const e = c as Element;
        if (e === this.exclude || NOT_TEXT.has(e.localName)) continue;
        if (depth > 0) {
          if (!this.collect(e, parts, depth - 1)) return false;
          continue;
        }
        t = e.textContent;
      }
      if (!t) continue;
      parts.push(t, '\n');
      if ((this.chars += t.length) > this.limit) return false;
    }
    return true;
  }

  private hasShadowRoot(): boolean {
    for (const el of this.root!.querySelectorAll('*')) {
      if (el !== this.exclude && (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) return true;
    }
    return false;
  }
}
