// Reads the page's visible text into blocks, in slices so no task runs long. Everything here takes what it
// reads from and returns what it read: the caller owns the blocks and hands them back for a partial reread.
import { BlockWalker, type ExtractedBlock } from '../dom/extract';
import { Slicer } from './scheduler';
import { TopicPrePass } from './topic-prepass';

/** Characters read per document; beyond this the report says the scan was partial. */
export const MAX_CHARS = 2_000_000;
/**
 * The topic look reads text natively and may see much more than the full read's cap: a claim-free page of
 * any ordinary size is then known to be off topic, instead of being read in full (to the cap) because the
 * look stopped undecided.
 */
const LOOK_MAX_CHARS = 32_000_000;

/** Lets a scan stop between slices when a newer one superseded it or the content script ended. */
export interface Scope {
  readonly signal: AbortSignal;
  /** Our host element, never read. */
  readonly host: Element | null;
}

export interface Read {
  blocks: ExtractedBlock[];
  truncated: boolean;
  /** Open shadow roots met (the watcher observes them). */
  shadowRoots: ShadowRoot[];
  /** Elements skipped because they are hidden, topmost only: read again when the page shows one. */
  hidden: Element[];
}

/** A browser visibility test on top of extract's cheap ones: CSS-hidden elements (classes, not inline). */
export function isHidden(el: Element): boolean {
  const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof cv !== 'function') return false;
  if (cv.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  // display: contents has no box of its own, but its children render.
  return getComputedStyle(el).display !== 'contents';
}

/** The cheap topic test over `root`'s text (see TopicPrePass), in one short task; null when superseded. */
export async function prePass(root: Element | null, scope: Scope): Promise<TopicPrePass | null> {
  const pre = new TopicPrePass(root, LOOK_MAX_CHARS, scope.host);
  pre.run();
  return scope.signal.aborted ? null : pre;
}

/** The blocks under `root`; null when superseded. */
export async function read(root: Node, scope: Scope): Promise<Read | null> {
  const slicer = new Slicer();
  const shadowRoots: ShadowRoot[] = [];
  const hidden: Element[] = [];
  const walker = new BlockWalker(root, {
    isHidden,
    exclude: scope.host,
    maxChars: MAX_CHARS,
    onShadowRoot: (r) => shadowRoots.push(r),
    onHidden: (el) => hidden.push(el),
  });
  while (!walker.run(slicer.expired)) {
    await slicer.next();
    if (scope.signal.aborted) return null;
  }
  return { ...walker.result(), shadowRoots, hidden };
}

function insideDeep(container: Element, node: Node): boolean {
  if (container.contains(node)) return true;
  let n: Node | null = node.getRootNode();
  // Only nodes in a shadow tree need the walk across hosts.
  while (n && n.nodeType === 11 && (n as ShadowRoot).host) {
    const host: Element = (n as ShadowRoot).host;
    if (container === host || container.contains(host)) return true;
    n = host.getRootNode();
  }
  return false;
}

const topMost = (list: Element[]) => list.filter((c) => !list.some((d) => d !== c && insideDeep(d, c)));

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Where a new container's blocks go: before the first kept block that follows it. */
function insertionIndex(blocks: ExtractedBlock[], c: Element): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = blocks[mid].pieces[0]?.node;
    if (n && c.compareDocumentPosition(n) & FOLLOWING) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `blocks` with the blocks of each container read again (in place, or where the container now stands);
 * `prune` also drops blocks whose nodes left the document. Returns new arrays; null when superseded.
 */
export async function reread(
  blocks: readonly ExtractedBlock[],
  containers: readonly Element[],
  prune: boolean,
  scope: Scope,
): Promise<Read | null> {
  let out = prune ? blocks.filter((b) => b.pieces.every((p) => p.node.isConnected)) : blocks.slice();
  const shadowRoots: ShadowRoot[] = [];
  const hidden: Element[] = [];
  for (const c of topMost(containers.filter((c) => c.isConnected))) {
    const kept: ExtractedBlock[] = [];
    let at = -1;
    for (const b of out) {
      const first = b.pieces[0]?.node;
      if (first && insideDeep(c, first)) {
        if (at < 0) at = kept.length;
      } else kept.push(b);
    }
    const r = await read(c, scope);
    if (!r) return null;
    if (at < 0) at = insertionIndex(kept, c);
    kept.splice(at, 0, ...r.blocks);
    out = kept;
    shadowRoots.push(...r.shadowRoots);
    hidden.push(...r.hidden);
  }
  return { blocks: out, truncated: false, shadowRoots, hidden };
}
