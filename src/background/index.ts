// Background: keeps each tab's findings (per frame) in storage.session, because the worker is stopped when
// idle and in-memory maps would vanish; draws the action badge; answers the popup; relays the
// keyboard command and "reveal" requests to the right frame. It never makes a network request.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import {
  countFindings,
  parseFromContent,
  parseFromPopup,
  parseResearchRequest,
  type FrameReport,
  type TabFinding,
  type TabState,
} from '../shared/messages';
import type { Severity } from '../engine/types';
import { answerResearch, forgetTab, logReportCapture } from './research-log';

export const BADGE_COLORS: Record<Severity, string> = { high: '#b3261e', medium: '#b26a00', info: '#4a5d7e' };

interface TabRecord {
  /** frameId → that frame's latest report. */
  frames: Record<string, FrameReport>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

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
  const got = await browser.storage.session.get(keyOf(tabId));
  const rec = got[keyOf(tabId)] as TabRecord | undefined;
  return rec && typeof rec === 'object' && rec.frames ? rec : { frames: {} };
}

async function writeTab(tabId: number, rec: TabRecord): Promise<void> {
  if (Object.keys(rec.frames).length === 0) await browser.storage.session.remove(keyOf(tabId));
  else await browser.storage.session.set({ [keyOf(tabId)]: rec });
}

/** Frames in a stable order: the top frame first, then by frame id. */
function frameIds(rec: TabRecord): number[] {
  return Object.keys(rec.frames)
    .map(Number)
    .sort((a, b) => a - b);
}

export function tabState(rec: TabRecord): TabState {
  const findings: TabFinding[] = [];
  for (const fid of frameIds(rec))
    for (const f of rec.frames[fid].findings) findings.push({ ...f, frameId: fid, index: findings.length });
  const top = rec.frames[0] ?? rec.frames[frameIds(rec)[0] ?? -1];
  return {
    url: top?.url ?? '',
    findings,
    counts: countFindings(findings),
    jurisdiction: top?.jurisdiction ?? null,
    jurisdictionReasons: top?.jurisdictionReasons ?? [],
    muted: top?.muted ?? {},
    truncated: Object.values(rec.frames).some((f) => f.truncated),
  };
}

async function drawBadge(tabId: number, state: TabState): Promise<void> {
  const { counts } = state;
  const text = counts.total > 0 ? (counts.total > 999 ? '999+' : String(counts.total)) : '';
  const sev: Severity = counts.high ? 'high' : counts.medium ? 'medium' : 'info';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[sev] });
      const a = browser.action as typeof browser.action & { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
      if (typeof a.setBadgeTextColor === 'function') await a.setBadgeTextColor({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile.
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
    await writeTab(tabId, rec);
    await drawBadge(tabId, tabState(rec));
  });
}

function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    await browser.storage.session.remove(keyOf(tabId));
    await drawBadge(tabId, tabState({ frames: {} }));
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
  void browser.storage.session.remove(keyOf(tabId));
  forgetTab(tabId);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command === 'next-finding') void nextFinding(tab);
});
