// The background's research-mode hook: after a tab's top frame reports, ask it for its capture (text
// blocks + findings, see shared/messages getPageCapture) and log it. A failure to store is kept in
// storage.local so the research page can tell the user, instead of evidence silently going missing.
import browser from 'webextension-polyfill';
import type { PageCapture } from '../shared/messages';
import { loadSettings } from '../shared/storage';
import { LOG_STATUS_KEY, logPageFindings, type LogResult, type LogStatus } from '../research/log';

function isCapture(v: unknown): v is PageCapture {
  const c = v as PageCapture | null;
  return (
    !!c &&
    typeof c.url === 'string' &&
    typeof c.title === 'string' &&
    Array.isArray(c.blocks) &&
    c.blocks.every((b) => b && typeof b.text === 'string') &&
    Array.isArray(c.findings) &&
    typeof c.jurisdiction === 'string'
  );
}

export function logTabIfResearching(tabId: number): Promise<LogResult | null> {
  return logTab(tabId).catch((e: unknown) => {
    console.error('ExoCheck research log:', e);
    return null;
  });
}

async function logTab(tabId: number): Promise<LogResult | null> {
  const settings = await loadSettings();
  if (!settings.researchMode) return null;
  let cap: unknown;
  try {
    cap = await browser.tabs.sendMessage(tabId, { type: 'getPageCapture' }, { frameId: 0 });
  } catch {
    return null; // the tab navigated or closed; its next report tries again
  }
  if (!isCapture(cap)) return null;
  try {
    const result = await logPageFindings(cap);
    const had = await browser.storage.local.get(LOG_STATUS_KEY);
    if (had[LOG_STATUS_KEY]) await browser.storage.local.remove(LOG_STATUS_KEY);
    return result;
  } catch (e) {
    const status: LogStatus = { error: e instanceof Error ? e.message : String(e), at: new Date().toISOString(), url: cap.url };
    console.error(`ExoCheck research log: not logged ${cap.url}: ${status.error}`);
    await browser.storage.local.set({ [LOG_STATUS_KEY]: status }).catch(() => undefined);
    return null;
  }
}
