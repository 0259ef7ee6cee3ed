// Keeps the page's text blocks and the engine's result for one document. Reading the DOM is sliced so no
// task runs long; rescans after mutations re-read only the changed containers and splice their blocks in.
import { BlockWalker, rangeFor, type ExtractedBlock } from '../dom/extract';
import { scanDocument, isOnTopic, pageLanguages, type Finding, type Jurisdiction, type Language, type ScanOptions, type ScanResult } from '../engine';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Settings } from '../shared/settings';
import type { ReportedGuess } from '../shared/messages';
import { Slicer, SLICE_MS, taskClock, yieldToMain } from './scheduler';
import { TopicPrePass } from './topic-prepass';
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
  /** The page's own guess as data, also when the user chose a jurisdiction (the popup offers it back). */
  guessed: ReportedGuess = { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false };
  hasScanned = false;
  /**
   * The last full scan found the page off topic from the cheap pre-pass and did not extract blocks; its
   * text (for the jurisdiction guess) is kept, and the next change to the page reads it whole again.
   */
  skipped = false;
  private skippedText = '';
  /** Open shadow roots met while reading; the watcher observes them. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};
  private gen = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private cachedItems: Item[] = [];
  /** Items of the last scan by the block object they sit in: blocks not re-read keep their ranges. */
  private itemsByBlock = new WeakMap<ExtractedBlock, Item[]>();
  /** Engine results of the last scan's chunks, keyed by their text and options (see scanInChunks). */
  private readonly chunkCache: ChunkCache = new Map();
  private langKey = '';
  private langs: readonly Language[] = [];
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
    this.itemsByBlock = new WeakMap();
    this.chunkCache.clear();
    this.hasScanned = false;
    this.skipped = false;
    this.skippedText = '';
  }

  items(): Item[] {
    return this.cachedItems;
  }

  /** Reads the whole document; supersedes any scan in progress. Resolves false when cancelled. */
  fullScan(settings: Settings): Promise<boolean> {
    const gen = ++this.gen;
    return this.enqueue(() => this.readAll(settings, gen));
  }

  private async readAll(settings: Settings, gen: number, prePass = true): Promise<boolean> {
    if (gen !== this.gen) return false;
    const pre = prePass ? await this.prePass(gen) : null;
    if (prePass && !pre) return false;
    // A page that never names the topic has no findings whatever its blocks; skip reading them, unless
    // it is so long the full read would stop at its cap (the report says so).
    if (pre && !pre.onTopic && !pre.over) {
      this.blocks = [];
      this.truncated = false;
      this.skipped = true;
      this.skippedText = pre.text;
      this.guess(settings);
      this.hasScanned = true;
      return this.score(settings, gen);
    }
    const read = await this.read(this.doc, gen);
    if (!read) return false;
    this.blocks = read.blocks;
    this.truncated = read.truncated;
    this.skipped = false;
    this.skippedText = '';
    this.guess(settings);
    this.hasScanned = true;
    return this.score(settings, gen);
  }

  private async prePass(gen: number, root: Element | null = this.doc.documentElement): Promise<TopicPrePass | null> {
    const pre = new TopicPrePass(root, MAX_CHARS);
    if (!root) return pre;
    const slicer = new Slicer();
    while (!pre.run(slicer.expired)) {
      await slicer.next();
      if (gen !== this.gen) return null;
    }
    return pre;
  }

  /** The page's blocks for a capture: read now if the last scan skipped them (off-topic page). */
  async captureBlocks(): Promise<ExtractedBlock[]> {
    if (!this.skipped) return this.blocks;
    const read = await this.read(this.doc, this.gen);
    return read?.blocks ?? this.blocks;
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
      // Blocks were never read: the change may bring the topic to text read nowhere else.
      if (this.skipped) {
        // Only the changed containers can have brought the topic to a page that had none.
        for (const c of containers) {
          if (!c.isConnected) continue;
          const pre = await this.prePass(gen, c);
          if (!pre) return false;
          if (pre.onTopic || pre.over) return this.readAll(settings, gen, false);
        }
        return this.score(settings, gen);
      }
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
    let text = this.skipped ? this.skippedText : '';
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
    const chosen = settings.jurisdiction !== 'auto';
    this.jurisdiction = settings.jurisdiction !== 'auto' ? settings.jurisdiction : g.jurisdiction;
    this.guessed = {
      jurisdiction: g.jurisdiction,
      evidence: g.evidence.map(({ kind, value }) => ({ kind, value })),
      confident: g.confident,
      chosenInSettings: chosen,
    };
  }

  /** The page's languages (pageLanguages), computed again only when the text they come from changed. */
  private languages(): readonly Language[] {
    // The same prefix of the page that pageLanguages reads: a feed append rarely touches it.
    const parts: string[] = [];
    let n = 0;
    for (const b of this.blocks) {
      parts.push(b.text);
      if ((n += b.text.length) > 20_000) break;
    }
    const key = parts.join('\u0000');
    if (key !== this.langKey) {
      this.langKey = key;
      this.langs = pageLanguages(this.blocks);
    }
    return this.langs;
  }

  private async score(settings: Settings, gen = this.gen): Promise<boolean> {
    const t0 = performance.now();
    const opts: ScanOptions = { strictness: settings.strictness, jurisdiction: this.jurisdiction, muted: settings.mutedRules };
    const total = this.blocks.reduce((n, b) => n + b.text.length, 0);
    if (total > ENGINE_WHOLE_CHARS) opts.languages = this.languages();
    if (!warmed && isOnTopic(this.blocks)) {
      // The engine compiles its rules on first use; do that in a task of its own.
      warmed = true;
      scanDocument([{ text: 'exosome injections' }], opts);
      await yieldToMain();
      if (gen !== this.gen) return false;
    }
    if (total <= ENGINE_WHOLE_CHARS) this.result = scanDocument(this.blocks, opts);
    else {
      const r = await scanInChunks(this.blocks, opts, () => gen !== this.gen, this.chunkCache);
      if (!r) return false;
      this.result = r;
    }
    this.lastEngineMs = performance.now() - t0;
    await yieldToMain();
    if (gen !== this.gen) return false;
    // A finding in a block that was not re-read (same object, same nodes) keeps its range and marker, so a
    // feed append redraws only what it added.
    const items: Item[] = [];
    const byBlock = new WeakMap<ExtractedBlock, Item[]>();
    for (const f of this.result.findings) {
      const b = this.blocks[f.block];
      if (!b) continue;
      const old = this.itemsByBlock.get(b)?.find((it) => same(it.finding, f));
      let item: Item | null = null;
      if (old && !old.range.collapsed && normalText(old.range.toString()) === old.quote) item = { finding: f, range: old.range, quote: old.quote };
      else {
        const range = rangeFor(b, f.start, f.end, this.doc);
        if (range && !range.collapsed) item = { finding: f, range, quote: normalText(range.toString()) };
      }
      if (!item) continue;
      items.push(item);
      const list = byBlock.get(b);
      if (list) list.push(item);
      else byBlock.set(b, [item]);
    }
    this.itemsByBlock = byBlock;
    this.cachedItems = items;
    return true;
  }
}

export type ChunkCache = Map<string, ScanResult>;

/** Same finding at the same place in the same block (its block index may have moved). */
function same(a: Finding, b: Finding): boolean {
  return a.start === b.start && a.end === b.end && a.rule === b.rule && a.severity === b.severity && a.text === b.text && a.context === b.context;
}

const chunkKey = (chunk: readonly ExtractedBlock[]) => chunk.map((b) => (b.kind === 'heading' ? 'h' : 't') + b.text).join('\u0000');

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
  cache?: ChunkCache,
): Promise<ScanResult | null> {
  const anchorBlock = blocks.find((b) => isOnTopic([b]));
  if (!anchorBlock) return { findings: [], all: [], muted: {}, offTopic: true };
  // Languages once for the page, as a single engine call would see them (and part of each chunk's key).
  const chunkOpts: ScanOptions = { ...opts, languages: opts.languages ?? pageLanguages(blocks) };
  const optKey = JSON.stringify(chunkOpts);
  const used: ChunkCache = new Map();
  const findings: Finding[] = [];
  const all: Finding[] = [];
  const muted: Record<string, number> = {};
  let start = 0;
  let slice = performance.now();
  while (start < blocks.length) {
    let end = start;
    let size = 0;
    while (end < blocks.length && (size < ENGINE_CHUNK_CHARS || (size < ENGINE_CHUNK_CHARS * 1.5 && blocks[end].kind !== 'heading'))) {
      size += blocks[end].text.length;
      end++;
    }
    const chunk = blocks.slice(start, end);
    const lead = isOnTopic(chunk) ? 0 : 1;
    // A chunk whose text, lead and options are unchanged since the last scan has the same result: after
    // a feed append only the last chunk (and the new ones) go to the engine again.
    const key = cache ? `${optKey}\u0001${lead ? chunkKey([anchorBlock]) : ''}\u0001${chunkKey(chunk)}` : '';
    let r = cache?.get(key);
    const hit = !!r;
    if (!r) r = scanDocument(lead ? [anchorBlock, ...chunk] : chunk, chunkOpts);
    if (cache) used.set(key, r);
    const shift = (f: Finding): Finding | null => (f.block < lead ? null : { ...f, block: f.block - lead + start });
    for (const f of r.findings) { const g = shift(f); if (g) findings.push(g); }
    for (const f of r.all) { const g = shift(f); if (g) all.push(g); }
    for (const [k, v] of Object.entries(r.muted)) muted[k] = (muted[k] ?? 0) + v;
    start = end;
    // One engine call per task; cached chunks are cheap, so they share a task up to the slice length.
    if (start < blocks.length && (!hit || performance.now() - slice >= SLICE_MS)) {
      await yieldToMain();
      if (cancelled()) return null;
      slice = performance.now();
    }
  }
  if (cache) {
    // Only the chunks of this scan stay: the cache never grows beyond one page's worth.
    cache.clear();
    for (const [k, v] of used) cache.set(k, v);
  }
  return { findings, all, muted, offTopic: false };
}
