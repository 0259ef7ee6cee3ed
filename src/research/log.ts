// What the background calls when research mode is on: the top frame's capture becomes a log entry.
import type { Block, Finding, Jurisdiction } from '../engine/types';
import { addEntries, openResearchDb, type ResearchDb } from './db';
import { buildEntry, type LogEntry } from '../evidence/entry';
import { EXTENSION_VERSION, RULES_VERSION } from '../evidence/versions';

export interface LogInput {
  url: string;
  title: string;
  blocks: Block[];
  findings: Finding[];
  jurisdiction: Jurisdiction;
  /** Defaults to now. */
  capturedAt?: Date | string;
}

export type LogResult =
  | { status: 'added'; entry: LogEntry }
  | { status: 'unchanged'; entry: LogEntry }
  /** Pages that are not web pages, or that say nothing about exosomes at all, are not research. */
  | { status: 'skipped'; reason: string };

const LOGGABLE = /^https?:\/\//i;
const TOPIC = /\bexosom|extracellular vesicle|エクソソーム|엑소좀|外泌体|exosoma|exossom/i;

/**
 * Builds and stores the entry. Throws ResearchLogFullError (message: "Research log is full: export and
 * delete old entries") or ResearchLogError when it cannot be stored; nothing is stored in that case.
 */
export async function logPageFindings(input: LogInput, db?: ResearchDb): Promise<LogResult> {
  if (!LOGGABLE.test(input.url)) return { status: 'skipped', reason: 'not an http(s) page' };
  // A page with findings is always logged; one without is logged only if it is about exosomes, so
  // "checked, nothing found" is on record without logging the whole of someone's browsing.
  if (input.findings.length === 0 && !input.blocks.some((b) => TOPIC.test(b.text))) return { status: 'skipped', reason: 'page does not mention exosomes' };
  const entry = await buildEntry(
    { url: input.url, title: input.title, jurisdiction: input.jurisdiction, extensionVersion: EXTENSION_VERSION, rulesVersion: RULES_VERSION, capturedAt: input.capturedAt },
    input.blocks,
    input.findings,
  );
  const { added } = await addEntries(db ?? (await openResearchDb()), [entry]);
  if (!added.length) return { status: 'unchanged', entry };
  announceChange();
  return { status: 'added', entry };
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
