// The background's research-mode part. A top frame's report carries its capture while research mode is on
// (validated with the report, shared/messages isPageCapture); it is logged here, one visit's captures in
// turn. "Log this page" asks the tab for a capture on demand. What happened to each tab's page is kept in
// storage.session for the popup, and a failure to store in storage.local for the research page, so
// evidence never goes missing silently.
import browser from 'webextension-polyfill';
import { isPageCapture, type PageCapture, type ResearchRequest, type ResearchStatus } from '../shared/messages';
import { loadSettings } from '../shared/storage';
import { LOG_STATUS_KEY, logCapture, type LogResult, type LogStatus } from '../research/log';

const statusKey = (tabId: number) => `research:${tabId}`;

// Captures of one tab are logged one after the other: a feed reports at every load, and each capture
// must grow the entry the previous one left.
const queues = new Map<number, Promise<unknown>>();
function inTurn<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return next;
}

function statusOf(url: string, r: LogResult): ResearchStatus {
  const at = new Date().toISOString();
  if (r.status === 'skipped') return { url, status: 'skipped', reason: r.reason, at };
  return { url, status: r.status, entryId: r.entry.id, findings: r.entry.findings.length, at };
}

async function log(tabId: number, cap: PageCapture, force: boolean): Promise<ResearchStatus> {
  let status: ResearchStatus;
  try {
    status = statusOf(cap.url, await logCapture(cap, { force }));
    const had = await browser.storage.local.get(LOG_STATUS_KEY);
    if (had[LOG_STATUS_KEY]) await browser.storage.local.remove(LOG_STATUS_KEY);
  } catch (e) {
    const failure: LogStatus = { error: e instanceof Error ? e.message : String(e), at: new Date().toISOString(), url: cap.url };
    console.error(`ExoCheck research log: not logged ${cap.url}: ${failure.error}`);
    await browser.storage.local.set({ [LOG_STATUS_KEY]: failure }).catch(() => undefined);
    status = { url: cap.url, status: 'error', reason: failure.error, at: failure.at };
  }
  // A later page in the tab may have reported meanwhile: keep only the status of the page shown now.
  await browser.storage.session.set({ [statusKey(tabId)]: status }).catch(() => undefined);
  return status;
}

/** Called with each top-frame report's capture (absent while research mode is off). */
export function logReportCapture(tabId: number, cap: PageCapture | undefined): void {
  if (!cap) return;
  void inTurn(tabId, async () => {
    // The setting is checked here too: a report sent just before research mode was turned off logs nothing.
    if (!(await loadSettings()).researchMode) return;
    await log(tabId, cap, false);
  }).catch((e: unknown) => console.error('ExoCheck research log:', e));
}

async function logPageNow(tabId: number): Promise<ResearchStatus> {
  let cap: unknown;
  try {
    cap = await browser.tabs.sendMessage(tabId, { type: 'getPageCapture' }, { frameId: 0 });
  } catch {
    cap = undefined;
  }
  if (!isPageCapture(cap)) return { url: '', status: 'error', reason: 'no-page', at: new Date().toISOString() };
  return inTurn(tabId, () => log(tabId, cap, true));
}

/** Answers the popup's research requests. */
export async function answerResearch(req: ResearchRequest): Promise<ResearchStatus | null> {
  if (req.type === 'logPage') return logPageNow(req.tabId);
  const got = await browser.storage.session.get(statusKey(req.tabId));
  return (got[statusKey(req.tabId)] as ResearchStatus | undefined) ?? null;
}

/** A new document in the tab: what research mode did with the old one no longer describes it. */
export function forgetTab(tabId: number): void {
  void browser.storage.session.remove(statusKey(tabId)).catch(() => undefined);
}
