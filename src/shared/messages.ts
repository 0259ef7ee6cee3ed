// Every runtime message ExoCheck sends, as one typed union, with a validator for each direction.
// Listeners call `parse*` first: anything malformed, or from a sender that is not this extension, is
// dropped. Pages can never reach these listeners (we never read window messages for data), and a
// content script can only report about its own tab and frame (the background takes both from `sender`).
import type { Block, Context, Family, Finding, Jurisdiction, Severity, Strictness } from '../engine/types';
import { FAMILIES, CONTEXTS, JURISDICTIONS, SEVERITIES, STRICTNESS } from '../engine/types';
import type { Evidence, EvidenceKind } from '../engine/jurisdiction';

/** A finding as the popup and badge need it; the page text itself stays in the tab. */
export interface FindingSummary {
  rule: string;
  family: Family;
  context: Context;
  severity: Severity;
  /** The matched words. */
  text: string;
  cue?: string;
  /** Up to ~160 characters of the block around the match, for the popup list. */
  excerpt: string;
}

/** Every evidence kind the engine gives (src/engine/jurisdiction.ts); the check below keeps the two in step. */
export const EVIDENCE_KINDS = ['domain', 'currency', 'phone', 'postcode', 'lang', 'locale', 'default'] as const satisfies readonly EvidenceKind[];
type MissingKind = Exclude<EvidenceKind, (typeof EVIDENCE_KINDS)[number]>;
const _allKinds: MissingKind extends never ? true : MissingKind = true;
void _allKinds;

/** One piece of evidence as data: each UI words it in its own language (no English phrases on the wire). */
export type ReportedEvidence = Pick<Evidence, 'kind' | 'value'>;

/**
 * The page's own jurisdiction guess, as data. It is computed even when the user chose a jurisdiction in
 * settings (`chosenInSettings`), so the popup can still offer "Automatic (UK)" and say why.
 */
export interface ReportedGuess {
  jurisdiction: Jurisdiction;
  /** Strongest first (the engine's order). */
  evidence: ReportedEvidence[];
  /** The engine's own flag: false when the browser locale or a default decided, or the page said little. */
  confident: boolean;
  /** The jurisdiction the findings were judged by (`FrameReport.jurisdiction`) is the user's own choice. */
  chosenInSettings: boolean;
}

/** One frame's report, replacing whatever that frame reported before. */
export interface FrameReport {
  url: string;
  findings: FindingSummary[];
  /** The jurisdiction the findings were judged by: the user's choice, else `guess.jurisdiction`. */
  jurisdiction: Jurisdiction;
  guess: ReportedGuess;
  /** The page never mentions exosomes (the engine's `offTopic`); false while unknown (paused). */
  offTopic: boolean;
  /** Per muted rule id, how many findings the mute hid. */
  muted: Record<string, number>;
  /** True when the page was longer than the scan budget. */
  truncated: boolean;
  /** Longest stretch of our own work without yielding during the last scan, ms (never a long task). */
  longestTaskMs?: number;
  /** Longest such stretch over the frame's whole life so far, ms (tests read it after many rescans). */
  peakTaskMs?: number;
  /** Research mode only, top frame only: the page's text and every finding, for the research log. */
  capture?: PageCapture;
}

export type Counts = Record<Severity, number> & { total: number };

/** A finding in the tab-wide list: `index` is what `revealFinding` takes. */
export interface TabFinding extends FindingSummary {
  index: number;
  frameId: number;
}

/** Reply to getTabState. `url`, jurisdiction fields and `muted` come from the top frame when it reported. */
export interface TabState {
  url: string;
  findings: TabFinding[];
  counts: Counts;
  jurisdiction: Jurisdiction | null;
  guess: ReportedGuess | null;
  /** Every frame that reported says its page never mentions exosomes. */
  offTopic: boolean;
  muted: Record<string, number>;
  truncated: boolean;
}

/**
 * A finding as the research log records it: every one the engine found (block index and offsets into the
 * capture's blocks), marked `shown` when it was visible at the reader's strictness and not muted.
 */
export type CapturedFinding = Pick<Finding, 'rule' | 'family' | 'context' | 'severity' | 'block' | 'start' | 'end' | 'cue'> & { shown: boolean };

/**
 * The top frame's text and findings for the research log: sent with the frame's report while research
 * mode is on, and the reply to getPageCapture ("Log this page").
 */
export interface PageCapture {
  url: string;
  title: string;
  blocks: Block[];
  /** Every finding (ScanResult.all): all contexts and severities, each marked shown or not. */
  findings: CapturedFinding[];
  jurisdiction: Jurisdiction;
  /** The reader's strictness when the capture was taken. */
  strictness: Strictness;
  /** One id per loaded document: captures of one visit grow one log entry. */
  visit: string;
  /** The page held more text or findings than a capture carries; the first ones are there. */
  truncated: boolean;
  /** The scan's topic test: the page mentions exosomes (a page without findings is logged only then). */
  onTopic: boolean;
}

// content script -> background
export type ContentToBackground = { type: 'frameReport'; report: FrameReport };

// popup/options -> background
export type PopupToBackground =
  | { type: 'getTabState'; tabId: number }
  /** Scroll the tab to a finding of getTabState's list and open its card. */
  | { type: 'revealFinding'; tabId: number; index: number };

// background or popup -> content script (the background sends these to one frame)
export type ToContent =
  /** `index` is the frame-local index (the background translates the tab-wide one). */
  | { type: 'revealFinding'; index: number }
  | { type: 'nextFinding' }
  | { type: 'getPageCapture' };

export type Message = ContentToBackground | PopupToBackground | ToContent | ResearchRequest;

// ---- validation ----

/** The most findings one frame reports; a page with more reports this many and says it was truncated. */
export const MAX_FINDINGS = 5000;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6;
/** Chromium tab ids are not small (e.g. 333136137): any non-negative safe integer. */
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isDuration = (v: unknown) => v === undefined || (typeof v === 'number' && v >= 0 && v < 1e7);
const oneOf = <T>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

function isFindingSummary(v: unknown): v is FindingSummary {
  return (
    isObj(v) &&
    isStr(v.rule, 200) &&
    oneOf(FAMILIES, v.family) &&
    oneOf(CONTEXTS, v.context) &&
    oneOf(SEVERITIES, v.severity) &&
    isStr(v.text, 2000) &&
    (v.cue === undefined || isStr(v.cue, 500)) &&
    isStr(v.excerpt, 1000)
  );
}

const isEvidence = (v: unknown): v is ReportedEvidence => isObj(v) && oneOf(EVIDENCE_KINDS, v.kind) && isStr(v.value, 100);

function isGuess(v: unknown): v is ReportedGuess {
  return (
    isObj(v) &&
    oneOf(JURISDICTIONS, v.jurisdiction) &&
    Array.isArray(v.evidence) &&
    v.evidence.length <= 20 &&
    v.evidence.every(isEvidence) &&
    typeof v.confident === 'boolean' &&
    typeof v.chosenInSettings === 'boolean'
  );
}

function isFrameReport(v: unknown): v is FrameReport {
  return (
    isObj(v) &&
    isStr(v.url, 8192) &&
    Array.isArray(v.findings) &&
    v.findings.length <= MAX_FINDINGS &&
    v.findings.every(isFindingSummary) &&
    oneOf(JURISDICTIONS, v.jurisdiction) &&
    isGuess(v.guess) &&
    typeof v.offTopic === 'boolean' &&
    isObj(v.muted) &&
    Object.values(v.muted).every(isIndex) &&
    typeof v.truncated === 'boolean' &&
    isDuration(v.longestTaskMs) &&
    isDuration(v.peakTaskMs) &&
    (v.capture === undefined || isPageCapture(v.capture))
  );
}

// ---- research capture ----

/** Bounds of one capture: the content script reads at most 2,000,000 characters of a page (content/scanner.ts). */
export const MAX_CAPTURE_CHARS = 2_100_000;
export const MAX_CAPTURE_BLOCKS = 200_000;
export const MAX_CAPTURE_FINDINGS = 20_000;
const VISIT_ID = /^[\w-]{1,64}$/;

function isBlock(v: unknown): v is Block {
  return isObj(v) && typeof v.text === 'string' && (v.kind === undefined || v.kind === 'heading' || v.kind === 'text');
}

function isCapturedFinding(v: unknown, blocks: readonly Block[]): v is CapturedFinding {
  if (!isObj(v)) return false;
  const block = blocks[v.block as number];
  return (
    isStr(v.rule, 200) &&
    oneOf(FAMILIES, v.family) &&
    oneOf(CONTEXTS, v.context) &&
    oneOf(SEVERITIES, v.severity) &&
    Number.isSafeInteger(v.block) &&
    block !== undefined &&
    Number.isSafeInteger(v.start) &&
    Number.isSafeInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.start as number) <= (v.end as number) &&
    (v.end as number) <= block.text.length &&
    (v.cue === undefined || isStr(v.cue, 500)) &&
    typeof v.shown === 'boolean'
  );
}

/** A capture that fits its bounds, with every finding inside the text it came with. */
export function isPageCapture(v: unknown): v is PageCapture {
  if (
    !isObj(v) ||
    !isStr(v.url, 8192) ||
    !isStr(v.title, 2000) ||
    !oneOf(JURISDICTIONS, v.jurisdiction) ||
    !oneOf(STRICTNESS, v.strictness) ||
    !(typeof v.visit === 'string' && VISIT_ID.test(v.visit)) ||
    typeof v.truncated !== 'boolean' ||
    typeof v.onTopic !== 'boolean' ||
    !Array.isArray(v.blocks) ||
    v.blocks.length > MAX_CAPTURE_BLOCKS ||
    !Array.isArray(v.findings) ||
    v.findings.length > MAX_CAPTURE_FINDINGS
  )
    return false;
  let chars = 0;
  for (const b of v.blocks) {
    if (!isBlock(b)) return false;
    chars += b.text.length;
    if (chars > MAX_CAPTURE_CHARS) return false;
  }
  const blocks = v.blocks as Block[];
  return v.findings.every((f) => isCapturedFinding(f, blocks));
}

/** The sender shape we rely on (webextension-polyfill's Runtime.MessageSender, reduced). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** True for our own extension pages (popup, options), opened as a popup or as a tab. */
export function fromExtensionPage(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** For the background: a content script's report, only from a tab of ours. */
export function parseFromContent(raw: unknown, sender: SenderLike, runtimeId: string, extensionOrigin: string): ContentToBackground | null {
  if (sender.id !== runtimeId || typeof sender.tab?.id !== 'number') return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return null;
  if (!isObj(raw) || raw.type !== 'frameReport' || !isFrameReport(raw.report)) return null;
  return { type: 'frameReport', report: raw.report };
}

/** For the background: a request from our popup or options page. */
export function parseFromPopup(raw: unknown, sender: SenderLike, runtimeId: string, extensionOrigin: string): PopupToBackground | null {
  if (!fromExtensionPage(sender, runtimeId, extensionOrigin) || !isObj(raw)) return null;
  if (raw.type === 'getTabState' && isTabId(raw.tabId)) return { type: 'getTabState', tabId: raw.tabId };
  if (raw.type === 'revealFinding' && isTabId(raw.tabId) && isIndex(raw.index))
    return { type: 'revealFinding', tabId: raw.tabId, index: raw.index };
  return null;
}

/** For the content script: only the background (no tab) or our extension pages may ask. */
export function parseToContent(raw: unknown, sender: SenderLike, runtimeId: string, extensionOrigin: string): ToContent | null {
  if (sender.id !== runtimeId) return null;
  const fromBackground = sender.tab === undefined;
  if (!fromBackground && !fromExtensionPage(sender, runtimeId, extensionOrigin)) return null;
  if (!isObj(raw)) return null;
  if (raw.type === 'revealFinding' && isIndex(raw.index)) return { type: 'revealFinding', index: raw.index };
  if (raw.type === 'nextFinding') return { type: 'nextFinding' };
  if (raw.type === 'getPageCapture') return { type: 'getPageCapture' };
  return null;
}

// ---- research mode: popup -> background ----

/** What research mode did with the page in a tab (the popup's "this page is logged" line). */
export interface ResearchStatus {
  url: string;
  /** added/grown: logged now; unchanged: already in the log; skipped: not research (reason says why). */
  status: 'added' | 'grown' | 'unchanged' | 'skipped' | 'error';
  /** The entry that holds this page, when there is one. */
  entryId?: string;
  /** Findings in that entry. */
  findings?: number;
  reason?: string;
  /** ISO time. */
  at: string;
}

export type ResearchRequest =
  /** Log the tab's page now, with or without findings ("Log this page"); replies with the ResearchStatus. */
  | { type: 'logPage'; tabId: number }
  /** Replies with the tab's ResearchStatus, or null when research mode has not seen its page. */
  | { type: 'getResearchStatus'; tabId: number };

/** For the background: a research-mode request from our popup or options page. */
export function parseResearchRequest(raw: unknown, sender: SenderLike, runtimeId: string, extensionOrigin: string): ResearchRequest | null {
  if (!fromExtensionPage(sender, runtimeId, extensionOrigin) || !isObj(raw) || !isTabId(raw.tabId)) return null;
  if (raw.type === 'logPage') return { type: 'logPage', tabId: raw.tabId };
  if (raw.type === 'getResearchStatus') return { type: 'getResearchStatus', tabId: raw.tabId };
  return null;
}

export function countFindings(findings: readonly { severity: Severity }[]): Counts {
  const c: Counts = { high: 0, medium: 0, info: 0, total: findings.length };
  for (const f of findings) c[f.severity]++;
  return c;
}
