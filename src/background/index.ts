// Background: keeps each tab's findings (per frame) in storage.session, because the worker is stopped when
// idle and in-memory maps would vanish; draws the action badge; answers the popup; relays the
// keyboard command and "reveal" requests to the right frame. It never makes a network request.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { parseFromContent, parseFromPopup, parseResearchRequest, type FrameReport, type TabState } from '../shared/messages';
import { asTabRecord, frameIds, hostnameOf, tabKey, tabState, type TabRecord } from '../shared/tab-state';
import { isSitePaused, loadSettings, onSettingsChanged } from '../shared/storage';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { answerResearch, forgetTab, logReportCapture } from './research-log';
import { badgeFor, type Badge } from './badge';
import { answerEngine } from './engine-host';
import { parseEngineRequest } from '../shared/engine-messages';

// Reports from several frames of one tab can arrive together; each tab's read-modify-write runs in turn.
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(job, job);
  const tail = next.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return next;
}

async function readTab(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return asTabRecord(got[tabKey(tabId)]);
}

// The popup listens to these writes (storage.onChanged), so every change of a tab's findings reaches an
// open popup without it asking again.
async function writeTab(tabId: number, rec: TabRecord): Promise<void> {
  if (Object.keys(rec.frames).length === 0) await browser.storage.session.remove(tabKey(tabId));
  else await browser.storage.session.set({ [tabKey(tabId)]: rec });
}

async function badgeOf(state: TabState | null, settings?: Settings): Promise<Badge> {
  const host = state ? hostnameOf(state.url) : '';
  const paused = host !== '' && isSitePaused(settings ?? (await loadSettings()), host);
  return badgeFor(state, paused, t);
}

async function drawBadge(tabId: number, state: TabState | null, settings?: Settings): Promise<void> {
  await applyBadge(tabId, await badgeOf(state, settings));
}

async function applyBadge(tabId: number, badge: Badge): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setTitle({ tabId, title: badge.title });
    if (badge.text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      const a = browser.action as typeof browser.action & { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
      if (typeof a.setBadgeTextColor === 'function') await a.setBadgeTextColor({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** Every tab we hold findings for: after a settings change (pause, unpause) their badges are redrawn. */
async function redrawAll(settings: Settings): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = Number(key.slice(4));
    if (!key.startsWith('tab:') || !Number.isSafeInteger(tabId)) continue;
    void serial(tabId, async () => drawBadge(tabId, tabState(await readTab(tabId)), settings));
  }
}

function onReport(tabId: number, frameId: number, full: FrameReport): Promise<void> {
  // The research capture (page text) goes to the log only, never into storage.session.
  const { capture, ...report } = full;
  if (frameId === 0) logReportCapture(tabId, capture);
  return serial(tabId, async () => {
    const rec = await readTab(tabId);
    if (report.findings.length === 0 && frameId !== 0) delete rec.frames[frameId];
    else rec.frames[frameId] = report;
    // The badge is worked out (a settings read) before the write and set right after it, so the stored
    // findings and the badge that goes with them change as close together as two APIs allow.
    const badge = await badgeOf(tabState(rec));
    await writeTab(tabId, rec);
    await applyBadge(tabId, badge);
  });
}

function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    await browser.storage.session.remove(tabKey(tabId));
    await drawBadge(tabId, null);
  });
}

async function reveal(tabId: number, index: number): Promise<{ ok: boolean }> {
  const state = tabState(await readTab(tabId));
  const f = state.findings[index];
  if (!f) return { ok: false };
  const local = state.findings.filter((x) => x.frameId === f.frameId).indexOf(f);
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'revealFinding', index: local }, { frameId: f.frameId })) as { ok: boolean };
  } catch {
    return { ok: false };
  }
}

async function nextFinding(tab?: Tabs.Tab): Promise<void> {
  let tabId = tab?.id;
  if (tabId === undefined) tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const rec = await readTab(tabId);
  const frames = frameIds(rec).filter((fid) => rec.frames[fid].findings.length > 0);
  // Walk the top frame's findings first; frames are visited in order only when the top frame has none.
  for (const frameId of frames) {
    try {
      const r = (await browser.tabs.sendMessage(tabId, { type: 'nextFinding' }, { frameId })) as { ok?: boolean } | undefined;
      if (r?.ok) return;
    } catch {
      // That frame has gone; try the next.
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const id = browser.runtime.id;
  const origin = browser.runtime.getURL('');
  const engine = parseEngineRequest(raw, sender, id, origin);
  if (engine) return Promise.resolve(answerEngine(engine));
  const fromContent = parseFromContent(raw, sender, id, origin);
  if (fromContent) return onReport(sender.tab!.id!, sender.frameId ?? 0, fromContent.report).then(() => ({ ok: true }));
  const research = parseResearchRequest(raw, sender, id, origin);
  if (research) return answerResearch(research);
  const fromPopup = parseFromPopup(raw, sender, id, origin);
  if (!fromPopup) return undefined; // not ours to answer (another listener may be)
  if (fromPopup.type === 'getTabState') return readTab(fromPopup.tabId).then(tabState);
  return reveal(fromPopup.tabId, fromPopup.index);
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // A new document is loading: the old findings no longer describe the page.
  if (changeInfo.status === 'loading') {
    void clearTab(tabId);
    forgetTab(tabId);
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(tabKey(tabId));
  forgetTab(tabId);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command === 'next-finding') void nextFinding(tab);
});

onSettingsChanged((s) => void redrawAll(s));
