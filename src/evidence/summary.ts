// Per-site totals: used by the research page's summary table and chart, and by the audit's summary CSV.
import type { Severity } from '../engine/types';
import type { LogEntry } from './entry';

export interface SiteSummary {
  site: string;
  pages: number;
  pagesWithFindings: number;
  findings: number;
  severity: Record<Severity, number>;
  family: Record<string, number>;
}

export function summarise(entries: readonly LogEntry[]): SiteSummary[] {
  const bySite = new Map<string, SiteSummary>();
  for (const e of entries) {
    const key = e.site || '(no site)';
    let s = bySite.get(key);
    if (!s) {
      s = { site: key, pages: 0, pagesWithFindings: 0, findings: 0, severity: { high: 0, medium: 0, info: 0 }, family: {} };
      bySite.set(key, s);
    }
    s.pages++;
    if (e.findings.length) s.pagesWithFindings++;
    for (const f of e.findings) {
      s.findings++;
      s.severity[f.severity]++;
      s.family[f.family] = (s.family[f.family] ?? 0) + 1;
    }
  }
  return [...bySite.values()].sort((a, b) => b.findings - a.findings || a.site.localeCompare(b.site));
}

