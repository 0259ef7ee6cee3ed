// Scanning on worker threads. The worker is this same file's bundle started again (dist/cli/exocheck.js
// re-executed with a workerData flag), so the CLI stays one file with no separate worker entry to ship.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LogEntry } from '../evidence/entry';
import { scanPage, type PageInput, type ScanSettings } from './audit-scan';

export const WORKER_FLAG = 'exocheckAuditWorker';

type Reply = { seq: number; entry: LogEntry } | { seq: number; error: string };

/** True when this module was started as an audit worker: the CLI entry must then do nothing else. */
export const isAuditWorker = !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;

if (isAuditWorker && parentPort) {
  const port = parentPort;
  const settings = (workerData as { settings: ScanSettings }).settings;
  port.on('message', (page: PageInput) => {
    scanPage(page, settings).then(
      (entry) => port.postMessage({ seq: page.seq, entry } satisfies Reply),
      (e: unknown) => port.postMessage({ seq: page.seq, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}

export interface Scanner {
  /** Resolves to the entry, or rejects with the page's error. */
  scan(page: PageInput): Promise<LogEntry>;
  /** Resolves when fewer than the pool's high-water mark of pages are in flight. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function inProcessScanner(settings: ScanSettings): Scanner {
  return { scan: (page) => scanPage(page, settings), ready: async () => {}, close: async () => {} };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { ok: (e: LogEntry) => void; fail: (e: Error) => void }>;
}

/** `script` is the URL of the running bundle; pass import.meta.url of the CLI's module. */
export function workerScanner(settings: ScanSettings, count: number, script: URL): Scanner {
  const perWorker = 4;
  const slots: Slot[] = [];
  let waiting: (() => void)[] = [];
  let inFlight = 0;
  const release = () => {
    inFlight--;
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { [WORKER_FLAG]: true, settings } }), pending: new Map() };
    slot.worker.on('message', (r: Reply) => {
      const p = slot.pending.get(r.seq);
      if (!p) return;
      slot.pending.delete(r.seq);
      if ('entry' in r) p.ok(r.entry);
      else p.fail(new Error(r.error));
    });
    // A crashed worker fails only its own pages; a fresh one takes its place.
    slot.worker.on('error', (e) => {
      for (const p of slot.pending.values()) p.fail(new Error(`scanner thread crashed: ${e.message}`));
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = spawn();
    });
    return slot;
  };
  for (let i = 0; i < count; i++) slots.push(spawn());
  return {
    scan(page) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      inFlight++;
      return new Promise<LogEntry>((ok, fail) => {
        slot.pending.set(page.seq, { ok, fail });
        // Transfer would detach the caller's buffer; a copy is cheap next to parsing the page.
        slot.worker.postMessage(page);
      }).finally(release);
    },
    ready() {
      return inFlight < count * perWorker ? Promise.resolve() : new Promise<void>((ok) => waiting.push(ok)).then(() => this.ready());
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
