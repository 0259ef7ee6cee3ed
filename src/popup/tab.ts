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

/** The background's view of the tab, or null when no content script has reported there. */
export async function fetchTabState(tabId: number): Promise<TabState | null> {
  try {
    const res = (await send({ type: 'getTabState', tabId })) as TabState | null | undefined;
    if (!res || typeof res !== 'object' || !Array.isArray(res.findings)) return null;
    // The background answers an empty record for tabs it has never heard from (browser pages, the
    // web store, tabs opened before install): that is "cannot read", not "nothing found".
    return res.url === '' && res.findings.length === 0 ? null : res;
  } catch {
    return null;
  }
}

export async function revealFinding(tabId: number, index: number): Promise<void> {
  await send({ type: 'revealFinding', tabId, index });
}

export function hostnameOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
