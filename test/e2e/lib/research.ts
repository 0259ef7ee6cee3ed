// Helpers for the research-mode e2e tests: read the log straight from IndexedDB in an extension page,
// turn research mode on, and wait for what the background logs.
import type { BrowserContext, Page } from 'playwright-core';
import type { LogEntry } from '../../../src/evidence/entry';

// Only used inside sw.evaluate callbacks, which run in the extension's service worker.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every record in the log's object store, read straight from IndexedDB in an extension page. */
export function rawRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'exocheck-research')) return [];
    return new Promise<unknown[]>((ok, fail) => {
      const r = indexedDB.open('exocheck-research');
      r.onerror = () => fail(r.error);
      r.onsuccess = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('entries')) {
          db.close();
          return ok([]);
        }
        const q = db.transaction('entries').objectStore('entries').getAll();
        q.onsuccess = () => {
          db.close();
          ok(q.result);
        };
        q.onerror = () => fail(q.error);
      };
    });
  });
}

/** Polls the log until `until` holds for its entries; returns them. */
export async function entriesWhen(page: Page, until: (e: LogEntry[]) => boolean, what: string, timeout = 15_000): Promise<LogEntry[]> {
  const t0 = Date.now();
  let got: LogEntry[] = [];
  while (Date.now() - t0 < timeout) {
    got = (await rawRecords(page)) as LogEntry[];
    if (until(got)) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`research log never had ${what}; it has ${JSON.stringify(got.map((e) => ({ url: e.url, findings: e.findings.length, states: e.snapshots?.length })))}`);
}

/** Research mode on (and any other settings), as the options page would store them. */
export async function setSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const [sw] = context.serviceWorkers();
  const w = sw ?? (await context.waitForEvent('serviceworker'));
  await w.evaluate(async (s) => {
    const had = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...had, ...s } });
  }, settings);
}

export const researchUrl = (extId: string) => `chrome-extension://${extId}/src/research/index.html`;
