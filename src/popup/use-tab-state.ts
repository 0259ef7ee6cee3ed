import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/messages';
import { asTabRecord, tabKey, tabState } from '../shared/tab-state';
import { fetchTabState, usable } from './tab';

/**
 * The tab's state, kept live without polling: asked once, then followed through the background's own
 * writes to storage.session (storage.onChanged reaches extension pages). A rescan after a settings change,
 * a feed append or a pause all arrive this way. undefined until the first answer.
 */
export function useTabState(tabId: number | null | undefined): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState(null);
      return;
    }
    let live = true;
    // A change that lands before the first answer wins over it.
    let changed = false;
    const key = tabKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (!live || area !== 'session' || !(key in changes)) return;
      changed = true;
      const v = changes[key]!.newValue;
      setState(v === undefined ? null : usable(tabState(asTabRecord(v))));
    };
    browser.storage.onChanged.addListener(onChanged);
    fetchTabState(tabId).then((s) => live && !changed && setState(s));
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}
