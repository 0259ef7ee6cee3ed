// The content script's state for one document, and the only place it changes. The reader, the engine step,
// the view and the display each get what they need by value and hand back a result; a scan replaces
// `page` and `computed` whole, and every draw is a view of them under the current settings.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ExtractedBlock } from '../dom/extract';
import { viewOf, type View } from '../engine/view';
import type { Finding } from '../engine/types';
import type { Computed } from '../engine/chunks';
import { bumpMutedCounts, isSitePaused, loadSettings, onSettingsChanged } from '../shared/storage';
import { parseToContent, type PageCapture } from '../shared/messages';
import { captureOf } from '../evidence/capture';
import type { Settings } from '../shared/settings';
import { EngineStep } from './compute';
import { Display } from './display';
import { applied, guessFromPage, type Applied, type JurisdictionGuess } from './guess';
import { intact, itemsFor, type Item, type ItemIndex } from './items';
import type { Lifetime } from './lifetime';
import { prePass, read, reread, type Read, type Scope } from './reader';
import { Reporter } from './report';
import { HiddenText } from './reveal';
import { pageKey, topHostname } from './site';
import { afterNextFrame, taskClock, yieldToMain } from './scheduler';
import { Watcher } from './watcher';

/** The page as last read. Replaced whole by each scan, never edited. */
interface Page {
  blocks: ExtractedBlock[];
  truncated: boolean;
  /** The pre-pass found the page off topic, so its blocks were not read: its text, for the guess. */
  skipped: string | null;
  guess: JurisdictionGuess;
}

const OFF_TOPIC: Computed = { all: [], offTopic: true };
const NO_VIEW: View = { findings: [], muted: {} };

export class Session {
  /** This document's visit, for the research log: its captures grow one entry. */
  private readonly visit = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  private settings!: Settings;
  private page: Page | null = null;
  private computed: Computed = OFF_TOPIC;
  private view: View = NO_VIEW;
  private items: Item[] = [];
  private index: ItemIndex = new WeakMap();
  /** The running scan's stop switch: a full scan (or the end) supersedes whatever was queued before. */
  private scan = new AbortController();
  private chain: Promise<unknown> = Promise.resolve();
  private watcher: Watcher | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Elements the reader skipped as hidden, read when the page shows them. */
  private readonly hidden = new HiddenText((els) => void this.reveal(els));
  private readonly engine = new EngineStep();
  private readonly reporter = new Reporter();
  private readonly display: Display;

  constructor(private readonly life: Lifetime, private readonly doc: Document) {
    this.display = new Display(doc);
    life.onEnd(() => {
      this.scan.abort();
      this.stopWatching();
      this.hidden.clear();
      this.display.clear();
    });
  }

  async start(): Promise<void> {
    this.settings = await loadSettings();
    if (this.life.ended) return;
    const off = onSettingsChanged((s) => this.onSettings(s));
    this.life.onEnd(off);
    const onMessage = (msg: unknown, sender: Runtime.MessageSender) => this.onMessage(msg, sender);
    browser.runtime.onMessage.addListener(onMessage);
    this.life.onEnd(() => browser.runtime.onMessage.removeListener(onMessage));
    if (this.paused()) return this.report();
    await afterNextFrame();
    if (!this.life.ended) await this.fullScan();
  }

  private paused(): boolean {
    return isSitePaused(this.settings, topHostname());
  }

  private onSettings(s: Settings): void {
    if (!this.life.alive()) return;
    const wasPaused = this.paused();
    this.settings = s;
    if (this.paused()) {
      this.scan.abort();
      this.stopWatching();
      this.page = null;
      this.computed = OFF_TOPIC;
      this.hidden.clear();
      void this.present();
      return;
    }
    // Unpausing needs the page read; strictness, mutes and jurisdiction are a new view of what was found.
    if (wasPaused) void this.fullScan();
    else if (this.page) {
      taskClock.begin();
      void this.present();
    }
  }

  /** Reads the whole document and runs the engine on it; supersedes any scan in progress. */
  private fullScan(): Promise<void> {
    this.scan.abort();
    this.scan = new AbortController();
    return this.enqueue(async (scope) => {
      const pre = await prePass(this.doc.documentElement, scope);
      if (!pre) return;
      // A page that never names the topic has no findings whatever its blocks; skip reading them, unless
      // it is so long the full read would stop at its cap (the report says so).
      if (!pre.onTopic && !pre.over) return this.commit(null, OFF_TOPIC, { skipped: pre.text });
      await this.readAll(scope);
    });
  }

  private async readAll(scope: Scope): Promise<void> {
    const r = await read(this.doc, scope);
    if (!r) return;
    const computed = await this.engine.run(r.blocks, scope.signal);
    if (computed) this.commit(r, computed);
  }

  /** Re-reads the given containers and replaces their blocks; `prune` drops blocks whose nodes left. */
  private partial(containers: Element[], prune: boolean): Promise<void> {
    // Drop highlights whose text changed under us before the rescan redraws them.
    taskClock.begin();
    const kept = this.items.filter(intact);
    if (kept.length !== this.items.length) this.display.draw((this.items = kept), this.applied().jurisdiction);
    taskClock.end();
    return this.enqueue(async (scope) => {
      const page = this.page;
      if (!page) return;
      if (page.skipped !== null) {
        // Only the changed containers can have brought the topic to a page that had none.
        for (const c of containers) {
          if (!c.isConnected) continue;
          const pre = await prePass(c, scope);
          if (!pre) return;
          if (pre.onTopic || pre.over) return this.readAll(scope);
        }
        return;
      }
      await this.rescan(page, containers, prune, scope);
    });
  }

  /** Reads the containers of hidden text that changed elements have shown, if any. */
  private reveal(changed: Element[]): Promise<void> {
    return this.enqueue(async (scope) => {
      const page = this.page;
      // An off-topic page's hidden text was in the pre-pass already (it reads all text).
      if (!page || page.skipped !== null) return;
      const containers = await this.hidden.shown(changed, scope.signal);
      if (containers?.length) await this.rescan(page, containers, false, scope);
    });
  }

  private async rescan(page: Page, containers: Element[], prune: boolean, scope: Scope): Promise<void> {
    const r = await reread(page.blocks, containers, prune, scope);
    if (!r) return;
    const computed = await this.engine.run(r.blocks, scope.signal);
    if (computed) this.commit({ ...r, truncated: page.truncated }, computed, { partOf: page });
  }

  /** Runs scan tasks one after another, each timed as our own work, all stopped by the current switch. */
  private enqueue(task: (scope: Scope) => Promise<void>): Promise<void> {
    const signal = this.scan.signal;
    const timed = async () => {
      if (signal.aborted) return;
      taskClock.begin();
      try {
        await task({ signal, host: this.display.host });
      } finally {
        taskClock.end();
      }
    };
    const p = this.chain.then(timed, timed);
    this.chain = p.catch(() => {});
    return p;
  }

  /**
   * Takes a scan's result as the new state and draws it. `skipped`: the pre-pass text of a page whose blocks
   * were not read. `partOf`: the page a partial reread started from (its guess is kept; its hidden
   * elements stay followed).
   */
  private commit(r: Read | null, computed: Computed, from: { skipped?: string; partOf?: Page } = {}): void {
    const blocks = r?.blocks ?? [];
    const skipped = from.skipped ?? null;
    if (!from.partOf) this.hidden.clear();
    this.hidden.add(r?.hidden ?? []);
    this.page = { blocks, truncated: r?.truncated ?? false, skipped, guess: from.partOf?.guess ?? guessFromPage(this.doc, blocks, skipped) };
    this.computed = computed;
    for (const root of r?.shadowRoots ?? []) this.shadowRoots.add(root);
    this.watch();
    void this.present(true);
  }

  /** The view of what was found under the current settings, drawn and reported. */
  private async present(afterScan = false): Promise<void> {
    const page = this.page;
    const { jurisdiction } = this.applied();
    this.view = page ? viewOf(this.computed.all, { strictness: this.settings.strictness, jurisdiction, muted: this.settings.mutedRules }) : NO_VIEW;
    ({ items: this.items, index: this.index } = itemsFor(this.view.findings, page?.blocks ?? [], this.index, this.doc));
    this.display.draw(this.items, jurisdiction);
    this.display.announce(this.items.length);
    // Drawing and reporting in separate tasks keeps each one short on pages with many findings.
    await yieldToMain();
    if (this.life.ended) return taskClock.end();
    this.report(afterScan);
    const muted = this.view.muted;
    // Keyed by page, so a rescan (settings change, DOM update) only adds hidden findings not counted yet.
    if (Object.keys(muted).length > 0) void bumpMutedCounts(muted, pageKey()).catch(() => {});
  }

  /** The jurisdiction applied now; before any read (or while paused) the user's choice, else the UK. */
  private applied(): Applied {
    return applied(this.settings, this.page?.guess ?? null);
  }

  /** Sends this frame's findings to the background; ends the stretch of work timed since the last begin. */
  private report(afterScan = false): void {
    taskClock.end();
    if (!this.life.alive()) return;
    const paused = this.paused();
    const a = this.applied();
    const capture = paused ? undefined : this.researchCapture();
    const report = this.reporter.build(
      {
        items: paused ? [] : this.items,
        blocks: this.page?.blocks ?? [],
        jurisdiction: a.jurisdiction,
        guess: a.guess,
        offTopic: !paused && !!this.page && this.computed.offTopic,
        muted: paused ? {} : this.view.muted,
        truncated: this.page?.truncated ?? false,
      },
      afterScan ? taskClock.take() : undefined,
      capture,
    );
    if (!report) return;
    browser.runtime.sendMessage({ type: 'frameReport', report }).catch(() => {
      // The worker may be starting up; the next scan reports again.
    });
  }

  private watch(): void {
    if (!this.watcher) {
      this.watcher = new Watcher(this.doc, () => this.display.host, {
        alive: () => this.life.alive(),
        onChanged: (containers, prune) => void this.partial(containers, prune),
        onFlipped: (els) => void this.reveal(els),
        onFull: () => void this.fullScan(),
        onHostRemoved: () => this.display.onHostRemoved(),
        onActivity: () => this.display.pageChanged(),
      });
      this.watcher.start();
    }
    for (const r of this.shadowRoots) this.watcher.observe(r);
    // The page may have taken the host out before the watcher was there to see it.
    this.display.onHostRemoved();
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
    if (!this.life.alive()) return undefined;
    const msg = parseToContent(raw, sender, browser.runtime.id, browser.runtime.getURL(''));
    if (!msg) return undefined;
    switch (msg.type) {
      case 'nextFinding':
        return Promise.resolve({ ok: this.display.next() });
      case 'revealFinding':
        return Promise.resolve({ ok: this.display.reveal(msg.index) });
      case 'getPageCapture':
        return window === window.top ? this.capture() : undefined;
    }
  }

  /** The page's text and findings for the research log ("Log this page"); an off-topic page's blocks are read now. */
  private async capture(): Promise<PageCapture> {
    const page = this.page;
    let blocks = page?.blocks ?? [];
    if (page && page.skipped !== null) blocks = (await read(this.doc, { signal: this.life.signal, host: this.display.host }))?.blocks ?? blocks;
    return this.captureWith(blocks);
  }

  /** Research mode: the top frame's text and every finding go with its report (nothing while off topic). */
  private researchCapture(): PageCapture | undefined {
    if (!this.settings?.researchMode || window !== window.top || !this.page || !this.page.blocks.length) return undefined;
    return this.captureWith(this.page.blocks);
  }

  private captureWith(blocks: readonly { text: string; kind?: 'heading' | 'text' }[]): PageCapture {
    return captureOf({
      url: location.href,
      title: this.doc.title,
      blocks,
      all: this.computed.all,
      shown: this.view.findings,
      jurisdiction: this.applied().jurisdiction,
      strictness: this.settings.strictness,
      visit: this.visit,
      truncated: this.page?.truncated ?? false,
      onTopic: !!this.page && !this.computed.offTopic && this.page.skipped === null,
    });
  }
}
