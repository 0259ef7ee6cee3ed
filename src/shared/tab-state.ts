// A tab's findings as the background stores them in storage.session (one record per tab, one report per
// frame), and the tab-wide view the popup and the badge draw. Pure, so the background computes it when
// asked and the popup computes the same thing from a storage change without asking.
import { countFindings, type FrameReport, type TabFinding, type TabState } from './messages';

export interface TabRecord {
  /** frameId → that frame's latest report. */
  frames: Record<string, FrameReport>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

/** The stored value, or an empty record when it is missing or not ours. */
export function asTabRecord(v: unknown): TabRecord {
  const rec = v as TabRecord | undefined;
  return rec && typeof rec === 'object' && rec.frames && typeof rec.frames === 'object' ? rec : { frames: {} };
}

/** Frames in a stable order: the top frame first, then by frame id. */
export function frameIds(rec: TabRecord): number[] {
  return Object.keys(rec.frames)
    .map(Number)
    .sort((a, b) => a - b);
}

export function tabState(rec: TabRecord): TabState {
  const findings: TabFinding[] = [];
  const ids = frameIds(rec);
  for (const fid of ids) for (const f of rec.frames[fid].findings) findings.push({ ...f, frameId: fid, index: findings.length });
  const top = rec.frames[0] ?? rec.frames[ids[0] ?? -1];
  return {
    url: top?.url ?? '',
    findings,
    counts: countFindings(findings),
    jurisdiction: top?.jurisdiction ?? null,
    guess: top?.guess ?? null,
    offTopic: ids.length > 0 && ids.every((fid) => rec.frames[fid].offTopic === true),
    muted: top?.muted ?? {},
    truncated: Object.values(rec.frames).some((f) => f.truncated),
  };
}

/** The web page's hostname, or '' for browser pages, files and anything unparsable. */
export function hostnameOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
