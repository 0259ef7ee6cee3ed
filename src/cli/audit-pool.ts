// Scanning on worker threads. The worker is this same file's bundle started again (dist/cli/exocheck.js
// re-executed with a workerData flag), so the CLI stays one file with no separate worker entry to ship.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LogEntry } from '../evidence/entry';
import { scanPage, type PageInput, type ScanSettings, scanError, scanToText, type ScannedPage } from './audit-scan';

export const WORKER_FLAG = 'exocheckAuditWorker';

type Reply = { seq: number; page: ScannedPage } | { seq: number; error: string };

/** True when this module was started as an audit worker: the CLI entry must then do nothing else. */
export const isAuditWorker = !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;

if (isAuditWorker && parentPort) {
  const port = parentPort;
  const settings = (workerData as { settings: ScanSettings }).settings;
  port.on('message', (page: PageInput) => {
    scanToText(page, settings).then(
      (scanned) => port.postMessage({ seq: page.seq, page: scanned } satisfies Reply),
      (e: unknown) => port.postMessage({ seq: page.seq, error: scanError(e) } satisfies Reply),
    );
  });
}

export interface Scanner {
  /** Resolves to the scanned page, or rejects with an Error whose message is meant for the user. */
  scan(page: PageInput): Promise<ScannedPage>;
  close(): Promise<void>;
}

export function inProcessScanner(settings: ScanSettings): Scanner {
  return {
    scan: (page) => scanToText(page, settings).catch((e: unknown) => Promise.reject(new Error(scanError(e)))),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { ok: (p: ScannedPage) => void; fail: (e: Error) => void }>;
}

/** `script` is the URL of the running bundle; pass import.meta.url of the CLI's module. */
export function workerScanner(settings: ScanSettings, count: number, script: URL): Scanner {
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { [WORKER_FLAG]: true, settings } }), pending: new Map() };
    slot.worker.on('message', (r: Reply) => {
      const p = slot.pending.get(r.seq);
      if (!p) return;
      slot.pending.delete(r.seq);
      if ('page' in r) p.ok(r.page);
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
      return new Promise<ScannedPage>((ok, fail) => {
        slot.pending.set(page.seq, { ok, fail });
        // A copy, not a transfer: the bytes may be a view into a buffer the reader still uses.
        slot.worker.postMessage(page);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
