// The research page's filters, as a pure function so they are unit-tested and exports match the screen.
import type { Family, Severity } from '../engine/types';
import type { LogEntry } from '../evidence/entry';

export interface Filter {
  site: string; // '' = any
  family: Family | '';
  severity: Severity | '';
  /** Inclusive YYYY-MM-DD bounds on the capture date (UTC); '' = open. */
  from: string;
  to: string;
  /** Case-insensitive text searched in titles, URLs and quotes with their context (prefix, suffix). */
  query: string;
}

export const EMPTY_FILTER: Filter = { site: '', family: '', severity: '', from: '', to: '', query: '' };

/**
 * Entries that pass the filter. Family and severity narrow the findings shown (and exported); an entry
 * is kept only if some finding survives. The search selects entries whose title, URL or a quote (in its
 * 32-character context, so a phrase running across the quote's edge is found) matches.
 */
export function applyFilter(entries: readonly LogEntry[], f: Filter): LogEntry[] {
  const q = f.query.trim().toLowerCase();
  const byFinding = f.family !== '' || f.severity !== '';
  const out: LogEntry[] = [];
  for (const e of entries) {
    if (f.site && e.site !== f.site) continue;
    const day = e.capturedAt.slice(0, 10);
    if (f.from && day < f.from) continue;
    if (f.to && day > f.to) continue;
    if (q && !(e.title.toLowerCase().includes(q) || e.url.toLowerCase().includes(q) || e.findings.some((x) => `${x.prefix}${x.quote}${x.suffix}`.toLowerCase().includes(q)))) continue;
    if (!byFinding) {
      out.push(e);
      continue;
    }
    const findings = e.findings.filter((x) => (!f.family || x.family === f.family) && (!f.severity || x.severity === f.severity));
    if (findings.length) out.push(findings.length === e.findings.length ? e : { ...e, findings });
  }
  return out;
}

export function exportFileName(kind: 'csv' | 'json' | 'html', pages: number, findings: number, now = new Date()): string {
  return `exocheck-research-${now.toISOString().slice(0, 10)}-${pages}pages-${findings}findings.${kind}`;
}
