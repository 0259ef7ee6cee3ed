// Keeps the page's text blocks and the engine's result for one document. Reading the DOM is sliced so no
// task runs long; rescans after mutations re-read only the changed containers and splice their blocks in.
import { BlockWalker, rangeFor, type ExtractedBlock } from '../dom/extract';
import { scanDocument, isOnTopic, type Finding, type Jurisdiction, type ScanOptions, type ScanResult } from '../engine';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Settings } from '../shared/settings';
import { Slicer, taskClock, yieldToMain } from './scheduler';
import type { Item } from './overlay';

/** Characters read per document; beyond this the report says the scan was partial. */
export const MAX_CHARS = 2_000_000;
/**
 * Pages up to this size go to the engine in one call (about 10 ms on one core), exactly as the CLI
 * scans them (the corpus pages are 3-11 kB). Longer pages go in chunks of ENGINE_CHUNK_CHARS cut at headings, one chunk per
 * task, so no task runs long.
 */
export const ENGINE_WHOLE_CHARS = 30_000;
export const ENGINE_CHUNK_CHARS = 8_000;
let warmed = false;

/** A browser visibility test on top of extract's cheap ones: CSS-hidden elements (classes, not inline). */
function isHidden(el: Element): boolean {
  const cv = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof cv !== 'function') return false;
  if (cv.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  // display: contents has no box of its own, but its children render.
  return getComputedStyle(el).display !== 'contents';
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

function topMost(list: Element[]): Element[] {
  return list.filter((c) => !list.some((d) => d !== c && insideDeep(d, c)));
}

export const normalText = (s: string) => s.replace(/\s+/g, ' ').trim();

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

export class Scanner {
  blocks: ExtractedBlock[] = [];
  result: ScanResult | null = null;
  truncated = false;
  jurisdiction: Jurisdiction = 'uk';
  jurisdictionReasons: string[] = [];
  hasScanned = false;
  /** Open shadow roots met while reading; the watcher observes them. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};
  private gen = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private cachedItems: Item[] = [];
  /** Time spent in the engine on the last scan, ms (for the e2e timing figures). */
  lastEngineMs = 0;

  constructor(
    private readonly doc: Document,
    private readonly host: () => Element | null,
  ) {}

  cancel(): void {
    this.gen++;
  }

  reset(): void {
    this.gen++;
    this.blocks = [];
    this.result = null;
    this.cachedItems = [];
    this.hasScanned = false;
  }

  items(): Item[] {
    return this.cachedItems;
  }

  /** Reads the whole document; supersedes any scan in progress. Resolves false when cancelled. */
  fullScan(settings: Settings): Promise<boolean> {
    const gen = ++this.gen;
    return this.enqueue(async () => {
      if (gen !== this.gen) return false;
      const read = await this.read(this.doc, gen);
      if (!read) return false;
      this.blocks = read.blocks;
      this.truncated = read.truncated;
      this.guess(settings);
      this.hasScanned = true;
      return this.score(settings, gen);
    });
  }

  /** Re-runs the engine on the text already read (settings changed). */
  rescore(settings: Settings): Promise<boolean> {
    const gen = this.gen;
    return this.enqueue(async () => {
      if (gen !== this.gen) return false;
      this.guess(settings);
      return this.score(settings, gen);
    });
  }

  /** Re-reads the given containers and replaces their blocks; `prune` drops blocks whose nodes left. */
  partialScan(containers: Element[], prune: boolean, settings: Settings): Promise<boolean> {
    const gen = this.gen;
    return this.enqueue(async () => {
      if (gen !== this.gen || !this.hasScanned) return false;
      let blocks = prune ? this.blocks.filter((b) => b.pieces.every((p) => p.node.isConnected)) : this.blocks.slice();
      for (const c of topMost(containers.filter((c) => c.isConnected))) {
        const kept: ExtractedBlock[] = [];
        let at = -1;
        for (const b of blocks) {
          const first = b.pieces[0]?.node;
          if (first && insideDeep(c, first)) {
            if (at < 0) at = kept.length;
          } else kept.push(b);
        }
        const read = await this.read(c, gen);
        if (!read) return false;
        if (at < 0) at = insertionIndex(kept, c);
        kept.splice(at, 0, ...read.blocks);
        blocks = kept;
      }
      this.blocks = blocks;
      return this.score(settings, gen);
    });
  }

  private enqueue(task: () => Promise<boolean>): Promise<boolean> {
    // Each queued task is a stretch of our own work from its start to its first yield.
    const timed = async () => {
      taskClock.begin();
      try {
        return await task();
      } finally {
        taskClock.end();
      }
    };
    const p = this.chain.then(timed, timed);
    this.chain = p.catch(() => false);
    return p;
  }

  private async read(root: Node, gen: number): Promise<{ blocks: ExtractedBlock[]; truncated: boolean } | null> {
    const slicer = new Slicer();
    const walker = new BlockWalker(root, {
      isHidden,
      exclude: this.host(),
      maxChars: MAX_CHARS,
      onShadowRoot: (r) => this.onShadowRoot(r),
    });
    while (!walker.run(slicer.expired)) {
      await slicer.next();
      if (gen !== this.gen) return null;
    }
    return walker.result();
  }

  private guess(settings: Settings): void {
    if (settings.jurisdiction !== 'auto') {
      this.jurisdiction = settings.jurisdiction;
      this.jurisdictionReasons = ['chosen in settings'];
      return;
    }
    let text = '';
    for (const b of this.blocks) {
      if (text.length > 200_000) break;
      text += b.text + '\n';
    }
    const g = guessJurisdiction({
      hostname: location.hostname,
      lang: this.doc.documentElement.lang || undefined,
      text,
      locale: navigator.language,
    });
    this.jurisdiction = g.jurisdiction;
    this.jurisdictionReasons = g.reasons;
  }

  private async score(settings: Settings, gen = this.gen): Promise<boolean> {
    const t0 = performance.now();
    const opts: ScanOptions = { strictness: settings.strictness, jurisdiction: this.jurisdiction, muted: settings.mutedRules };
    const total = this.blocks.reduce((n, b) => n + b.text.length, 0);
    if (!warmed && isOnTopic(this.blocks)) {
      // The engine compiles its rules on first use; do that in a task of its own.
      warmed = true;
      scanDocument([{ text: 'exosome injections' }], opts);
      await yieldToMain();
      if (gen !== this.gen) return false;
    }
    if (total <= ENGINE_WHOLE_CHARS) this.result = scanDocument(this.blocks, opts);
    else {
      const r = await scanInChunks(this.blocks, opts, () => gen !== this.gen);
      if (!r) return false;
      this.result = r;
    }
    this.lastEngineMs = performance.now() - t0;
    await yieldToMain();
    if (gen !== this.gen) return false;
    const items: Item[] = [];
    for (const f of this.result.findings) {
      const b = this.blocks[f.block];
      const range = b ? rangeFor(b, f.start, f.end, this.doc) : null;
      if (range && !range.collapsed) items.push({ finding: f, range, quote: normalText(range.toString()) });
    }
    this.cachedItems = items;
    return true;
  }
}

/**
 * The engine over a long page, one chunk per task. Chunks end at a heading where one comes soon after
 * the size limit, so sections (the engine's unit of stance) stay whole. A chunk that never names
 * exosomes gets the page's first block that does as leading context (its own findings are dropped),
 * as the engine would see that mention on the whole page.
 */
export async function scanInChunks(
  blocks: readonly ExtractedBlock[],
  opts: ScanOptions,
  cancelled: () => boolean,
): Promise<ScanResult | null> {
  const anchorBlock = blocks.find((b) => isOnTopic([b]));
  if (!anchorBlock) return { findings: [], all: [], muted: {}, offTopic: true };
  const findings: Finding[] = [];
  const all: Finding[] = [];
  const muted: Record<string, number> = {};
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    let size = 0;
    while (end < blocks.length && (size < ENGINE_CHUNK_CHARS || (size < ENGINE_CHUNK_CHARS * 1.5 && blocks[end].kind !== 'heading'))) {
      size += blocks[end].text.length;
      end++;
    }
    const chunk = blocks.slice(start, end);
    const lead = isOnTopic(chunk) ? 0 : 1;
    const r = scanDocument(lead ? [anchorBlock, ...chunk] : chunk, opts);
    const shift = (f: Finding): Finding | null => (f.block < lead ? null : { ...f, block: f.block - lead + start });
    for (const f of r.findings) { const g = shift(f); if (g) findings.push(g); }
    for (const f of r.all) { const g = shift(f); if (g) all.push(g); }
    for (const [k, v] of Object.entries(r.muted)) muted[k] = (muted[k] ?? 0) + v;
    start = end;
    if (start < blocks.length) {
      await yieldToMain();
      if (cancelled()) return null;
    }
  }
  return { findings, all, muted, offTopic: false };
}
