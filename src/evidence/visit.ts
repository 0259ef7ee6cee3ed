// One log entry per page visit. An infinite feed is captured again at every load that changes it; each new
// capture grows the visit's entry instead of adding a snapshot entry, and a finding is the same finding in
// every capture. Pure: the background's logger and the tests share it.
import { BLOCK_SEPARATOR, type EvidenceFinding, type LogEntry, type Snapshot } from './entry';

/** Page states kept per entry; a tab left open on a feed for a day stops growing the list (first and latest kept). */
export const MAX_SNAPSHOTS = 500;

/** The page a URL shows: the address without its #fragment (a jump within the page is the same page). */
export function pageOf(url: string): string {
  return url.replace(/#.*$/s, '');
}

/**
 * Keys that say "the same finding" across captures and entries: rule, quote and the text around it in its
 * own block, plus the occurrence of that same anchor on the page. The anchor, not the offsets, is the
 * position: a feed that loads posts above shifts every offset, while the words around a claim stay. The
 * context stops at the block's edge, because the next post loaded below would otherwise change it. The
 * occurrence count keeps a post repeated three times as three findings.
 */
export function findingKeys(findings: readonly EvidenceFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const before = f.prefix.slice(f.prefix.lastIndexOf(BLOCK_SEPARATOR) + 1);
    const cut = f.suffix.indexOf(BLOCK_SEPARATOR);
    const after = cut < 0 ? f.suffix : f.suffix.slice(0, cut);
    const anchor = `${f.rule}\u0000${f.quote}\u0000${before}\u0000${after}`;
    const n = seen.get(anchor) ?? 0;
    seen.set(anchor, n + 1);
    return `${anchor}\u0000${n}`;
  });
}

export interface Capture {
  textHash: string;
  /** Evidence over this capture's text (offsets index it). */
  findings: EvidenceFinding[];
  /** ISO time of the capture. */
  at: string;
  title: string;
  truncated?: boolean;
}

function snapshotsOf(e: LogEntry): Snapshot[] {
  return e.snapshots ?? [{ textHash: e.textHash, at: e.capturedAt, findings: e.findings.length }];
}

/** Every page-text state the entry has seen (an unchanged revisit matches any of them). */
export function statesOf(e: LogEntry): string[] {
  return snapshotsOf(e).map((s) => s.textHash);
}

/**
 * The first sighting's strictness stays, but a finding shown later in the visit (the reader turned
 * strictness up) becomes shown, with the strictness it was shown at: "shown at X" or "not shown; reader at X".
 */
function sighting(before: EvidenceFinding, now: EvidenceFinding): Pick<EvidenceFinding, 'strictness' | 'shown'> {
  if (before.shown || !now.shown) return { strictness: before.strictness ?? now.strictness, shown: before.shown ?? now.shown };
  return { strictness: now.strictness, shown: true };
}

function withSighting(f: EvidenceFinding, s: Pick<EvidenceFinding, 'strictness' | 'shown'>): EvidenceFinding {
  const out: EvidenceFinding = { ...f };
  delete out.strictness;
  delete out.shown;
  if (s.strictness !== undefined) out.strictness = s.strictness;
  if (s.shown !== undefined) out.shown = s.shown;
  return out;
}

const sameFinding = (a: EvidenceFinding, b: EvidenceFinding) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The entry after a new capture of the same visit, or null when the capture adds nothing. Findings still on
 * the page take the capture's anchors (its offsets index the latest text); findings the page has dropped
 * stay, marked with the hash of the text their offsets index. Nothing seen in the visit is ever lost.
 */
export function growEntry(e: LogEntry, next: Capture): LogEntry | null {
  const oldKeys = findingKeys(e.findings);
  const byKey = new Map(oldKeys.map((k, i) => [k, e.findings[i]!]));
  const newKeys = findingKeys(next.findings);
  const present = new Set(newKeys);
  const current = next.findings.map((f, i) => {
    const before = byKey.get(newKeys[i]!);
    return before ? withSighting(f, sighting(before, f)) : f;
  });
  const gone = e.findings
    .filter((_, i) => !present.has(oldKeys[i]!))
    .map((f) => (f.textHash ? f : { ...f, textHash: e.textHash }));
  const findings = [...current, ...gone];
  const textChanged = next.textHash !== e.textHash;
  const findingsChanged = findings.length !== e.findings.length || findings.some((f, i) => !sameFinding(f, e.findings[i]!));
  if (!textChanged && !findingsChanged && next.title === e.title && !(next.truncated && !e.truncated)) return null;

  const grown: LogEntry = { ...e, title: next.title, textHash: next.textHash, findings, updatedAt: next.at };
  if (next.truncated) grown.truncated = true;
  if (textChanged) {
    const snaps = [...snapshotsOf(e), { textHash: next.textHash, at: next.at, findings: next.findings.length }];
    // Keep the first state (what the visit opened on) and the latest ones.
    grown.snapshots = snaps.length > MAX_SNAPSHOTS ? [snaps[0]!, ...snaps.slice(snaps.length - MAX_SNAPSHOTS + 1)] : snaps;
  }
  return grown;
}
