// The evidence record a journalist keeps for one captured page: what was on it (a hash of its text), when,
// under which rules, and every finding as a Hypothesis-style quote anchor (exact + 32 characters either
// side), so a quote can be re-found later even if offsets shift. Pure: runs in Node, workers and pages.
import type { Block, Context, Family, Finding, Jurisdiction, Severity, Strictness } from '../engine/types';

export const CONTEXT_LEN = 32;

export interface EvidenceFinding {
  /** The exact text the rule matched. */
  quote: string;
  /** Up to 32 characters of page text immediately before the quote. */
  prefix: string;
  /** Up to 32 characters of page text immediately after the quote. */
  suffix: string;
  rule: string;
  family: Family;
  context: Context;
  severity: Severity;
  /** The words that decided the context, when a cue did. */
  cue?: string;
  /** UTF-16 offsets of the quote in the page text (blocks joined by "\n"). */
  start: number;
  end: number;
  /** A link that scrolls to and highlights the quote (URL text fragment). */
  fragmentLink: string;
  /**
   * The reader's strictness when the finding was first shown (or first seen, if it never was). Research
   * mode logs every finding, shown or not; absent in entries from before it did (and in audits).
   */
  strictness?: Strictness;
  /** Whether the reader was shown it during the visit (visible at their strictness and not muted). */
  shown?: boolean;
  /**
   * SHA-256 of the page text that start/end index, when that is not the entry's textHash: the finding was
   * seen earlier in the visit and the page has since dropped it (a feed that unloads old posts).
   */
  textHash?: string;
}

/** One state of the page text seen during a visit: an infinite feed has one per load that changed it. */
export interface Snapshot {
  textHash: string;
  /** ISO 8601 (UTC) time it was seen. */
  at: string;
  /** Findings on the page in that state. */
  findings: number;
}

export interface LogEntry {
  /** Derived from url + textHash, so the same capture always gets the same id (merges are idempotent). */
  id: string;
  url: string;
  /** Hostname of url, lower case ("" when the url has none). */
  site: string;
  title: string;
  /** ISO 8601 (UTC) time of capture. */
  capturedAt: string;
  jurisdiction: Jurisdiction;
  extensionVersion: string;
  rulesVersion: string;
  /**
   * SHA-256 (hex) of the page text (blocks joined by "\n") in its latest state seen: with it, a copy of
   * that text can be checked against the entry later, and two captures can be told apart or matched.
   */
  textHash: string;
  findings: EvidenceFinding[];
  /** ISO time of the last change in this visit (the page grew); absent when the page never changed. */
  updatedAt?: string;
  /** Every page state seen in this visit, oldest first; the last one is textHash. Absent for one-state entries. */
  snapshots?: Snapshot[];
  /** Random id of the page visit (one loaded document) the entry records; the extension sets it. */
  visit?: string;
  /** The page had more findings than a capture carries (MAX_CAPTURE_FINDINGS): the log says so. */
  truncated?: boolean;
  /** The journalist's note. */
  note?: string;
  /** The case (story, investigation) the journalist filed this entry under. */
  caseTag?: string;
}

/** What evidenceFromBlocks needs of a finding: the engine's Finding, or a capture's finding. */
export type FindingAt = Pick<Finding, 'rule' | 'family' | 'context' | 'severity' | 'block' | 'start' | 'end' | 'cue'> & { shown?: boolean };

export interface PageInfo {
  url: string;
  title: string;
  jurisdiction: Jurisdiction;
  extensionVersion: string;
  rulesVersion: string;
  /** Defaults to now. */
  capturedAt?: Date | string;
  /** The reader's strictness, recorded on each finding when given. */
  strictness?: Strictness;
  visit?: string;
  truncated?: boolean;
}

export const BLOCK_SEPARATOR = '\n';

export function pageText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export async function entryId(url: string, textHash: string): Promise<string> {
  return (await sha256Hex(`${url}\u0000${textHash}`)).slice(0, 32);
}

/** The key under which two entries are "the same capture": an unchanged revisit of a page. */
export function captureKey(e: Pick<LogEntry, 'url' | 'textHash'>): string {
  return `${e.url}\u0000${e.textHash}`;
}

// Text-fragment spec (WICG scroll-to-text): '-', ',' and '&' are syntax inside the directive, so they
// must be percent-encoded in the terms; encodeURIComponent already handles ',' and '&' but leaves '-'.
export function encodeFragmentTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

const WORDISH = /[\p{L}\p{N}_]/u;

// A text directive's prefix must start, and its suffix must end, on a word boundary, and each term must lie
// inside one block; a prefix cut mid-word ("ctors offer") would make the whole link fail to match.
// So the link uses a trimmed, in-block copy of the context; the stored prefix/suffix stay exact.
function linkPrefix(before: string): string {
  let s = before.slice(-CONTEXT_LEN);
  if (s.length < before.length && WORDISH.test(before[before.length - s.length - 1]) && WORDISH.test(s[0] ?? '')) {
    const cut = s.search(/[^\p{L}\p{N}_]/u);
    s = cut < 0 ? '' : s.slice(cut);
  }
  return s.replace(/\s+/g, ' ').trim();
}

function linkSuffix(after: string): string {
  let s = after.slice(0, CONTEXT_LEN);
  if (s.length < after.length && WORDISH.test(after[s.length]) && WORDISH.test(s[s.length - 1] ?? '')) {
    const m = /[^\p{L}\p{N}_][\p{L}\p{N}_]*$/u.exec(s);
    s = m ? s.slice(0, m.index) : '';
  }
  return s.replace(/\s+/g, ' ').trim();
}

export function fragmentLink(url: string, quote: string, blockBefore: string, blockAfter: string): string {
  const base = url.replace(/:~:.*$/s, '');
  const hashAt = base.indexOf('#');
  const withHash = hashAt < 0 ? `${base}#` : base;
  const q = quote.replace(/\s+/g, ' ').trim();
  if (!q) return base;
  const pre = linkPrefix(blockBefore);
  const suf = linkSuffix(blockAfter);
  const parts = [pre ? `${encodeFragmentTerm(pre)}-` : '', encodeFragmentTerm(q), suf ? `-${encodeFragmentTerm(suf)}` : '']
    .filter(Boolean)
    .join(',');
  return `${withHash}:~:text=${parts}`;
}

/** Turns engine findings (block-relative offsets) into quote anchors over the whole page text. */
export function evidenceFromBlocks(url: string, blocks: readonly Block[], findings: readonly FindingAt[], strictness?: Strictness): EvidenceFinding[] {
  const text = pageText(blocks);
  const blockStart: number[] = [];
  let at = 0;
  for (const b of blocks) {
    blockStart.push(at);
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  const out: EvidenceFinding[] = [];
  for (const f of findings) {
    const block = blocks[f.block];
    if (!block || f.start < 0 || f.end > block.text.length || f.start > f.end) {
      throw new RangeError(`finding ${f.rule} points outside block ${f.block} (${f.start}..${f.end})`);
    }
    const start = blockStart[f.block] + f.start;
    const end = blockStart[f.block] + f.end;
    const quote = text.slice(start, end);
    const ev: EvidenceFinding = {
      quote,
      prefix: text.slice(Math.max(0, start - CONTEXT_LEN), start),
      suffix: text.slice(end, end + CONTEXT_LEN),
      rule: f.rule,
      family: f.family,
      context: f.context,
      severity: f.severity,
      start,
      end,
      fragmentLink: fragmentLink(url, quote, block.text.slice(0, f.start), block.text.slice(f.end)),
    };
    if (f.cue !== undefined) ev.cue = f.cue;
    if (strictness !== undefined) ev.strictness = strictness;
    if (f.shown !== undefined) ev.shown = f.shown;
    out.push(ev);
  }
  return out;
}

function isoTime(t: Date | string | undefined): string {
  const d = t === undefined ? new Date() : new Date(t);
  if (Number.isNaN(d.getTime())) throw new RangeError(`capturedAt is not a valid time: ${String(t)}`);
  return d.toISOString();
}

export async function buildEntry(page: PageInfo, blocks: readonly Block[], findings: readonly FindingAt[]): Promise<LogEntry> {
  const textHash = await sha256Hex(pageText(blocks));
  const entry: LogEntry = {
    id: await entryId(page.url, textHash),
    url: page.url,
    site: siteOf(page.url),
    title: page.title,
    capturedAt: isoTime(page.capturedAt),
    jurisdiction: page.jurisdiction,
    extensionVersion: page.extensionVersion,
    rulesVersion: page.rulesVersion,
    textHash,
    findings: evidenceFromBlocks(page.url, blocks, findings, page.strictness),
  };
  if (page.visit !== undefined) entry.visit = page.visit;
  if (page.truncated) entry.truncated = true;
  return entry;
}

/**
 * Adds `entry` unless the same capture (url + textHash) is already there. Returns the list to keep and
 * whether it grew: an unchanged revisit is not a new piece of evidence, a changed page is.
 */
export function addUnique(entries: readonly LogEntry[], entry: LogEntry): { entries: LogEntry[]; added: boolean } {
  const key = captureKey(entry);
  if (entries.some((e) => captureKey(e) === key)) return { entries: [...entries], added: false };
  return { entries: [...entries, entry], added: true };
}

/** Findings stored across entries (a revisited page counts in each entry; summary.ts counts distinct ones). */
export function storedFindings(entries: readonly LogEntry[]): number {
  return entries.reduce((n, e) => n + e.findings.length, 0);
}
