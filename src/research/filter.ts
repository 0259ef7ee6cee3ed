// The research page's filters, as a pure function so they are unit-tested and exports match the screen.
import type { Family, Severity } from '../engine/types';
import type { LogEntry } from '../evidence/entry';

/** The case filter's value for entries filed under no case. */
export const NO_CASE = '\u0000none';

export interface Filter {
  site: string; // '' = any
  family: Family | '';
  severity: Severity | '';
  /** '' = any; NO_CASE = entries without a case; else entries filed under that case. */
  caseTag: string;
  /** Only findings the reader was shown (research mode logs every finding, shown or not). */
  shownOnly: boolean;
  /** Inclusive YYYY-MM-DD bounds on the capture date (UTC); '' = open. */
  from: string;
  to: string;
  /** Case-insensitive text searched in titles, URLs, notes and quotes with their context (prefix, suffix). */
  query: string;
}

export const EMPTY_FILTER: Filter = { site: '', family: '', severity: '', caseTag: '', shownOnly: false, from: '', to: '', query: '' };

/**
 * Entries that pass the filter. Family, severity and "shown only" narrow the findings shown (and exported);
 * an entry is kept only if some finding survives. The search selects entries whose title, URL, note or a
 * quote (in its 32-character context, so a phrase running across the quote's edge is found) matches.
 */
export function applyFilter(entries: readonly LogEntry[], f: Filter): LogEntry[] {
  const q = f.query.trim().toLowerCase();
  const byFinding = f.family !== '' || f.severity !== '' || f.shownOnly;
  const out: LogEntry[] = [];
  for (const e of entries) {
    if (f.site && e.site !== f.site) continue;
    if (f.caseTag === NO_CASE ? e.caseTag !== undefined : f.caseTag && e.caseTag !== f.caseTag) continue;
    const day = e.capturedAt.slice(0, 10);
    if (f.from && day < f.from) continue;
    if (f.to && day > f.to) continue;
    const hit = (s: string | undefined) => !!s && s.toLowerCase().includes(q);
    if (q && !(hit(e.title) || hit(e.url) || hit(e.note) || e.findings.some((x) => hit(`${x.prefix}${x.quote}${x.suffix}`)))) continue;
    if (!byFinding) {
      out.push(e);
      continue;
    }
    // Entries from before research mode logged unshown findings have no `shown`: all of theirs were shown.
    const findings = e.findings.filter((x) => (!f.family || x.family === f.family) && (!f.severity || x.severity === f.severity) && (!f.shownOnly || x.shown !== false));
    if (findings.length) out.push(findings.length === e.findings.length ? e : { ...e, findings });
  }
  return out;
}

/** The cases in use, for the case filter and the case field's suggestions. */
export function casesOf(entries: readonly LogEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => (e.caseTag ? [e.caseTag] : [])))].sort((a, b) => a.localeCompare(b));
}

export function exportFileName(kind: 'csv' | 'json' | 'html', pages: number, findings: number, now = new Date()): string {
  return `exocheck-research-${now.toISOString().slice(0, 10)}-${pages}pages-${findings}findings.${kind}`;
}
