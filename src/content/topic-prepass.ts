// A cheap first look at a page: does it ever name exosomes (the engine's isOnTopic) anywhere in its text?
// Most pages do not, and for them the full block extraction (a visibility test per element, piece objects
// for every text node) is wasted. This walk reads node data only; it errs towards "on topic" (hidden text
// and markup-split words count), so only pages the full read would also find off-topic are skipped.
import { isBlockElement, isSkipped } from '../dom/extract';
import { isOnTopic } from '../rules/anchors';

const ELEMENT = 1;
const TEXT = 3;
/** Text tested at a time; the tail of each test is kept so a word across two slices is still seen. */
const TEST_CHARS = 16_000;
const OVERLAP = 200;
/** Text kept for the jurisdiction guess, as guess.ts reads from the blocks. */
const SAMPLE_CHARS = 200_000;

export class TopicPrePass {
  /** True once the page may be on topic (or has a part this walk cannot judge, such as a shadow root). */
  onTopic = false;
  /** Characters of text seen. */
  chars = 0;
  private sample: string[] = [];
  private sampleLen = 0;
  private parts: string[] = [];
  private partsLen = 0;
  private tail = '';
  private node: Node | null;
  private done = false;

  /** `limit`: past this many characters the walk stops undecided (onTopic stays false, `over` is set). */
  constructor(
    private readonly root: Element | null,
    private readonly limit = Infinity,
  ) {
    this.node = root;
  }

  /** The text ran past `limit`: the caller reads the page in full anyway. */
  get over(): boolean {
    return this.chars > this.limit;
  }

  /** Page text, separated at block elements, for the jurisdiction guess when the page is skipped. */
  get text(): string {
    return this.sample.join('');
  }

  /** Walks until `expired()` or the end; true when finished (or when the page turned out on topic). */
  run(expired: () => boolean): boolean {
    let n = this.node;
    let count = 0;
    while (n && !this.onTopic && !this.over) {
      let descend = false;
      if (n.nodeType === TEXT) this.push((n as Text).data);
      else if (n.nodeType === ELEMENT) {
        const el = n as Element;
        // Shadow content is read by the full walk only; attributes it reads may carry the topic word.
        if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) this.onTopic = true;
        else if (!isSkipped(el)) {
          descend = true;
          for (const a of ['alt', 'title', 'aria-label']) {
            const v = el.getAttribute(a);
            if (v) this.push(`\n${v}\n`);
          }
          if (isBlockElement(el)) this.push('\n');
        }
      }
      n = descend && n.firstChild ? n.firstChild : this.after(n);
      if ((++count & 255) === 0 && expired()) break;
    }
    this.node = n;
    if (!n && !this.onTopic) this.test();
    this.done = !n || this.onTopic || this.over;
    return this.done;
  }

  /** The next node in document order after n's subtree, within the root (block ends separate text). */
  private after(n: Node): Node | null {
    let c: Node | null = n;
    while (c && c !== this.root) {
      if (c.nodeType === ELEMENT && isBlockElement(c as Element)) this.push('\n');
      if (c.nextSibling) return c.nextSibling;
      c = c.parentNode;
    }
    return null;
  }

  private push(s: string): void {
    if (!s) return;
    this.chars += s.length;
    if (this.sampleLen <= SAMPLE_CHARS) {
      this.sample.push(s);
      this.sampleLen += s.length;
    }
    this.parts.push(s);
    if ((this.partsLen += s.length) >= TEST_CHARS) this.test();
  }

  private test(): void {
    const text = (this.tail + this.parts.join('')).replace(/[ \t\n\f\r]+/g, ' ');
    this.parts = [];
    this.partsLen = 0;
    this.tail = text.slice(-OVERLAP);
    if (isOnTopic([{ text }])) this.onTopic = true;
  }
}
