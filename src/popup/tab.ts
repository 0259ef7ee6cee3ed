import browser from 'webextension-polyfill';
import type { PopupToBackground, TabState } from '../shared/messages';

/** The tab to describe: `?tab=ID` (tests, and the popup opened as a tab), else the active tab. */
export async function resolveTabId(search = location.search): Promise<number | null> {
  const q = new URLSearchParams(search).get('tab');
  if (q !== null && /^\d+$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

const send = (msg: PopupToBackground) => browser.runtime.sendMessage(msg);

/**
 * A state the popup can describe, or null: the background answers an empty record for tabs it has never
 * heard from (browser pages, the web store, tabs opened before install), and that is "cannot read", not
 * "nothing found".
 */
export function usable(res: TabState | null | undefined): TabState | null {
  if (!res || typeof res !== 'object' || !Array.isArray(res.findings)) return null;
  return res.url === '' && res.findings.length === 0 ? null : res;
}

/** The background's view of the tab, asked once when the popup opens. */
export async function fetchTabState(tabId: number): Promise<TabState | null> {
  try {
    return usable((await send({ type: 'getTabState', tabId })) as TabState | null | undefined);
  } catch {
    return null;
  }
}

export async function revealFinding(tabId: number, index: number): Promise<void> {
  await send({ type: 'revealFinding', tabId, index });
}
