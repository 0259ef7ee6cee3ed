// What the background calls with a research capture: one entry per page visit, grown as the page loads
// more, never one per load. A new visit (navigation, reload) is a new entry, unless the page is in a state
// already logged for that address (an unchanged revisit is not new evidence).
import type { PageCapture } from '../shared/messages';
import { buildEntry, pageText, sha256Hex, evidenceFromBlocks, type LogEntry } from '../evidence/entry';
import { EXTENSION_VERSION, RULES_VERSION } from '../evidence/versions';
import { growEntry, pageOf, statesOf } from '../evidence/visit';
import { addEntries, entriesBy, openResearchDb, putEntry, type ResearchDb } from './db';

export type LogResult =
  | { status: 'added'; entry: LogEntry }
  /** The visit's entry took in what the page loaded since. */
  | { status: 'grown'; entry: LogEntry }
  | { status: 'unchanged'; entry: LogEntry }
  /** Pages that are not web pages, or that say nothing about exosomes at all, are not research. */
  | { status: 'skipped'; reason: 'not-web' | 'off-topic' };

const LOGGABLE = /^https?:\/\//i;

export interface LogOptions {
  /** "Log this page": log it even when it has no findings and does not mention exosomes. */
  force?: boolean;
  /** Defaults to now. */
  now?: Date;
}

/**
 * Builds, grows or leaves the entry. Throws ResearchLogFullError (message: "Research log is full: export and
 * delete old entries") or ResearchLogError when it cannot be stored; nothing is stored in that case.
 */
export async function logCapture(cap: PageCapture, opts: LogOptions = {}, db?: ResearchDb): Promise<LogResult> {
  if (!LOGGABLE.test(cap.url)) return { status: 'skipped', reason: 'not-web' };
  // A page with findings is always logged; one without only if it is about exosomes (or on request), so
  // "checked, nothing found" is on record without logging the whole of someone's browsing.
  if (!opts.force && cap.findings.length === 0 && !cap.onTopic) return { status: 'skipped', reason: 'off-topic' };
  const store = db ?? (await openResearchDb());
  const at = (opts.now ?? new Date()).toISOString();
  const textHash = await sha256Hex(pageText(cap.blocks));

  const page = pageOf(cap.url);
  const visitEntry = (await entriesBy(store, 'visit', cap.visit)).find((e) => pageOf(e.url) === page);
  if (visitEntry) {
    const findings = evidenceFromBlocks(cap.url, cap.blocks, cap.findings, cap.strictness);
    const grown = growEntry(visitEntry, { textHash, findings, at, title: cap.title, truncated: cap.truncated });
    if (!grown) return { status: 'unchanged', entry: visitEntry };
    const entry = await putEntry(store, grown);
    announceChange();
    return { status: 'grown', entry };
  }

  const logged = (await entriesBy(store, 'url', cap.url)).find((e) => statesOf(e).includes(textHash));
  if (logged) return { status: 'unchanged', entry: logged };
  const entry = await buildEntry(
    {
      url: cap.url,
      title: cap.title,
      jurisdiction: cap.jurisdiction,
      extensionVersion: EXTENSION_VERSION,
      rulesVersion: RULES_VERSION,
      capturedAt: at,
      strictness: cap.strictness,
      visit: cap.visit,
      truncated: cap.truncated,
    },
    cap.blocks,
    cap.findings,
  );
  const { added } = await addEntries(store, [entry]);
  if (!added.length) {
    // Another capture of this state was stored meanwhile (two reports raced): that entry is the record.
    const other = (await entriesBy(store, 'url', cap.url)).find((e) => statesOf(e).includes(textHash));
    return { status: 'unchanged', entry: other ?? entry };
  }
  announceChange();
  return { status: 'added', entry: added[0]! };
}

/** Open research pages listen on this channel and reload the log when something was added. */
export const CHANGE_CHANNEL = 'exocheck-research';

export function announceChange(): void {
  if (typeof BroadcastChannel !== 'function') return;
  const ch = new BroadcastChannel(CHANGE_CHANNEL);
  ch.postMessage('changed');
  ch.close();
}

/** Set when the last background write failed, so the research page can show why; cleared on success. */
export const LOG_STATUS_KEY = 'researchLogStatus';
export interface LogStatus {
  error: string;
  at: string;
  url: string;
}
