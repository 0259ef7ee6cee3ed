// ExoCheck content script: runs at document_idle in every frame, finds claims in the visible text and
// marks them with Custom Highlights plus one overlay host of ours. Nothing in the page is otherwise touched.
import browser, { type Runtime } from 'webextension-polyfill';
import { loadSettings, onSettingsChanged, isSitePaused, bumpMutedCounts } from '../shared/storage';
import { MAX_FINDINGS, parseToContent, type FrameReport, type PageCapture } from '../shared/messages';
import { captureFingerprint, captureOf } from '../evidence/capture';
import type { Settings } from '../shared/settings';
import { Scanner, normalText } from './scanner';
import { Highlighter } from './highlights';
import { Overlay, HOST_TAG, MAX_REATTACH, type Item } from './overlay';
import { Watcher } from './watcher';
import { afterNextFrame, taskClock, yieldToMain } from './scheduler';

/** Fired (with no data) by each new instance so an instance left over from an extension update stops. */
const STARTED_EVENT = 'exocheck-started';

/** The page address without its #fragment: one key per page for the muted counts. */
const pageKey = () => location.href.replace(/#.*$/, '');

function runtimeAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

class ContentScript {
  private settings!: Settings;
  private readonly scanner = new Scanner(document, () => this.overlay?.host ?? null);
  private readonly highlighter = new Highlighter();
  private overlay: Overlay | null = null;
  private items: Item[] = [];
  private watcher: Watcher | null = null;
  private readonly cleanups: (() => void)[] = [];
  private dead = false;
  private lastReport = '';
  private reattached = 0;
  /** The page would not keep our host (or would not let us build it): markers are off for this page. */
  private overlayGivenUp = false;
  /** Longest stretch of our own work over this instance's life (longestTaskMs is per scan). */
  private peakTaskMs = 0;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** This document's visit, for the research log: its captures grow one entry. */
  private readonly visit = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

  constructor() {
    this.scanner.onShadowRoot = (r) => {
      this.shadowRoots.add(r);
      this.watcher?.observe(r);
    };
  }

  async start(): Promise<void> {
    this.settings = await loadSettings();
    if (this.dead) return;
    this.cleanups.push(onSettingsChanged((s) => void this.onSettings(s)));
    const onMessage = (msg: unknown, sender: Runtime.MessageSender) => this.onMessage(msg, sender);
    browser.runtime.onMessage.addListener(onMessage);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));
    if (this.paused()) {
      this.report();
      return;
    }
    await afterNextFrame();
    if (this.dead) return;
    await this.run('full');
  }

  private paused(): boolean {
    return isSitePaused(this.settings, topHostname());
  }

  private async onSettings(s: Settings): Promise<void> {
    if (!this.alive()) return;
    const wasPaused = this.paused();
    this.settings = s;
    if (this.paused()) {
      this.stopWatching();
      this.scanner.reset();
      this.show([]);
      this.report();
      return;
    }
    // Unpausing needs the page read again; other changes only re-run the engine on the text we have.
    await this.run(wasPaused || !this.scanner.hasScanned ? 'full' : 'engine');
  }

  private async run(kind: 'full' | 'engine'): Promise<void> {
    const done = await (kind === 'full' ? this.scanner.fullScan(this.settings) : this.scanner.rescore(this.settings));
    if (!done || this.dead) return;
    await this.afterScan();
    if (!this.watcher) {
      this.watcher = new Watcher(document, () => this.overlay?.host ?? null, {
        alive: () => this.alive(),
        onChanged: (containers, prune) => void this.partial(containers, prune),
        onFull: () => void this.run('full'),
        onHostRemoved: () => this.onHostRemoved(),
      });
      this.watcher.start();
      for (const r of this.shadowRoots) this.watcher.observe(r);
    }
    // The page may have taken the host out before the watcher was there to see it.
    this.onHostRemoved();
  }

  private async partial(containers: Element[], prune: boolean): Promise<void> {
    taskClock.begin();
    // Drop highlights whose text changed under us before the rescan redraws them.
    const before = this.items.length;
    this.items = this.items.filter((it) => normalText(it.range.toString()) === it.quote);
    if (this.items.length !== before) this.show(this.items);
    taskClock.end();
    const done = await this.scanner.partialScan(containers, prune, this.settings);
    if (done && !this.dead) await this.afterScan();
  }

  private async afterScan(): Promise<void> {
    taskClock.begin();
    const res = this.scanner.result;
    this.show(this.scanner.items());
    this.overlay?.announce(this.items.length);
    // Drawing and reporting in separate tasks keeps each one short on pages with many findings.
    await yieldToMain();
    if (this.dead) return;
    // On a dense page the highlights go in over the next frames (Highlighter.RANGES_PER_FRAME); the
    // report does not wait for them: badge and popup count every finding at once.
    this.report(true);
    // Keyed by page, so a rescan (settings change, DOM update) only adds hidden findings not counted yet.
    if (res && Object.keys(res.muted).length > 0) void bumpMutedCounts(res.muted, pageKey()).catch(() => {});
  }

  private show(items: Item[]): void {
    this.items = items;
    this.highlighter.draw(items.map((it) => ({ range: it.range, severity: it.finding.severity })), null);
    if (items.length === 0) {
      // The host appears only when there is something to show, and leaves when there is nothing.
      this.overlay?.destroy();
      this.overlay = null;
      return;
    }
    if (this.overlay && !this.overlay.host.isConnected) this.onHostRemoved();
    if (this.overlayGivenUp) return;
    if (!this.overlay) {
      removeStaleHosts();
      try {
        this.overlay = new Overlay(document);
      } catch {
        // The page defined a custom element under our tag whose constructor takes the shadow root (or
        // throws). A name it cannot know in advance gets a plain element again; if even that fails, the
        // markers are off for this page (highlights, badge and popup still work).
        try {
          this.overlay = new Overlay(document, `${HOST_TAG}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`);
        } catch {
          this.overlayGivenUp = true;
          return;
        }
      }
      this.overlay.onFocusChange = (range) =>
        this.highlighter.draw(this.items.map((it) => ({ range: it.range, severity: it.finding.severity })), range);
      this.overlay.attach();
    }
    this.overlay.render(items, this.scanner.jurisdiction);
  }

  private onHostRemoved(): void {
    const o = this.overlay;
    if (!o || o.host.isConnected || this.dead) return;
    if (this.reattached < MAX_REATTACH) {
      this.reattached++;
      o.attach();
      o.positionNow();
      return;
    }
    // Give up quietly: no console noise, no loop with the page.
    this.overlayGivenUp = true;
    o.destroy();
    this.overlay = null;
  }

  /** Sends this frame's findings to the background; `afterScan` also closes the task clock. */
  private report(afterScan = false): void {
    if (afterScan) taskClock.end();
    if (!this.alive()) return;
    const res = this.scanner.result;
    // A report over the validator's bound would be refused whole: send the first MAX_FINDINGS and say so.
    const items = this.paused() ? [] : this.items.slice(0, MAX_FINDINGS);
    const findings = items.map((it) => summary(it, this.scanner));
    const report: FrameReport = {
      url: location.href,
      findings,
      jurisdiction: this.scanner.jurisdiction,
      jurisdictionReasons: this.scanner.jurisdictionReasons,
      muted: this.paused() ? {} : (res?.muted ?? {}),
      truncated: this.scanner.truncated || this.items.length > MAX_FINDINGS,
    };
    if (afterScan) {
      report.longestTaskMs = taskClock.take();
      this.peakTaskMs = Math.max(this.peakTaskMs, report.longestTaskMs);
    }
    // The peak is part of the key: a new worst stretch is worth a report even when the findings are the same.
    report.peakTaskMs = this.peakTaskMs;
    const capture = this.researchCapture();
    const { longestTaskMs: _, ...stable } = report;
    const key = JSON.stringify(stable) + (capture ? captureFingerprint(capture) : '');
    if (capture) report.capture = capture;
    if (key === this.lastReport) return;
    this.lastReport = key;
    browser.runtime.sendMessage({ type: 'frameReport', report }).catch(() => {
      // The worker may be starting up; the next scan reports again.
    });
  }

  private onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
    if (!this.alive()) return undefined;
    const msg = parseToContent(raw, sender, browser.runtime.id, browser.runtime.getURL(''));
    if (!msg) return undefined;
    switch (msg.type) {
      case 'nextFinding':
        return Promise.resolve({ ok: this.overlay?.next() ?? false });
      case 'revealFinding':
        return Promise.resolve({ ok: this.overlay?.reveal(msg.index) ?? false });
      case 'getPageCapture': {
        if (window !== window.top) return undefined;
        // An off-topic page was never read into blocks (see Scanner.skipped): the capture reads it now.
        return this.scanner.captureBlocks().then((blocks): PageCapture => this.captureWith(blocks));
      }
    }
  }

  /** Research mode: the top frame's text and every finding go with its report (nothing to send when off topic). */
  private researchCapture(): PageCapture | undefined {
    if (!this.settings?.researchMode || window !== window.top || this.paused() || !this.scanner.result || !this.scanner.blocks.length) return undefined;
    return this.captureWith(this.scanner.blocks);
  }

  private captureWith(blocks: readonly { text: string; kind?: 'heading' | 'text' }[]): PageCapture {
    const res = this.scanner.result;
    return captureOf({
      url: location.href,
      title: document.title,
      blocks,
      all: res?.all ?? [],
      shown: res?.findings ?? [],
      jurisdiction: this.scanner.jurisdiction,
      strictness: this.settings.strictness,
      visit: this.visit,
      truncated: this.scanner.truncated,
      onTopic: !!res && !res.offTopic && !this.scanner.skipped,
    });
  }

  private alive(): boolean {
    if (this.dead) return false;
    if (runtimeAlive()) return true;
    this.destroy();
    return false;
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  destroy(): void {
    if (this.dead) return;
    this.dead = true;
    this.scanner.cancel();
    this.stopWatching();
    this.highlighter.clear();
    this.overlay?.destroy();
    this.overlay = null;
    for (const c of this.cleanups.splice(0)) {
      try {
        c();
      } catch {
        // The extension context may already be gone.
      }
    }
  }
}


function summary(it: Item, scanner: Scanner): FrameReport['findings'][number] {
  const f = it.finding;
  const block = scanner.result ? scanner.blocks[f.block] : undefined;
  const text = block?.text ?? f.text;
  const from = Math.max(0, f.start - 70);
  const to = Math.min(text.length, f.end + 70);
  const excerpt = (from > 0 ? '\u2026' : '') + text.slice(from, to) + (to < text.length ? '\u2026' : '');
  return {
    rule: f.rule, family: f.family, context: f.context, severity: f.severity, text: f.text.slice(0, 2000),
    ...(f.cue ? { cue: f.cue.slice(0, 500) } : {}),
    excerpt: excerpt.slice(0, 1000),
  };
}

/** The site the user is on: the top frame's hostname, where a frame can know it. */
function topHostname(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.hostname;
  } catch {
    const origins = location.ancestorOrigins;
    if (origins && origins.length) {
      try {
        return new URL(origins[origins.length - 1]).hostname;
      } catch {
        // fall through
      }
    }
  }
  return location.hostname;
}

/**
 * Hosts left by an instance whose extension context died (Firefox cannot run the old instance's cleanup).
 * Only elements that look exactly like ours (on <html>, our tag, our inline style) are touched: a page's
 * own element of that name is page DOM and stays.
 */
function removeStaleHosts(): void {
  for (const el of [...document.documentElement.children]) {
    const ours = el.localName === HOST_TAG || el.localName.startsWith(`${HOST_TAG}-`);
    if (ours && (el as HTMLElement).style?.getPropertyValue('z-index') === '2147483647') el.remove();
  }
}

function boot(): void {
  // Tell any older instance (from before an extension update) to stop; it checks its own context first.
  window.dispatchEvent(new Event(STARTED_EVENT));
  const cs = new ContentScript();
  const onStarted = () => {
    // A page can fire this event too, so it only ends an instance whose extension context is gone.
    if (!runtimeAlive()) {
      cs.destroy();
      window.removeEventListener(STARTED_EVENT, onStarted);
    }
  };
  window.addEventListener(STARTED_EVENT, onStarted);
  cs.start().catch((e) => {
    if (runtimeAlive()) console.warn('ExoCheck: content script failed', e);
    cs.destroy();
  });
}

boot();
