// Per-site summary of an audit: where the claims are, how serious, which families.
import { FAMILIES, type Severity } from '../engine/types';
import { BOM, csvRow } from '../research/csv';
import type { LogEntry } from '../research/entry';

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
    const key = e.site || '(local file)';
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

export function summaryCsv(entries: readonly LogEntry[]): string {
  const rows = [BOM, csvRow(['site', 'pages', 'pages_with_findings', 'findings', 'high', 'medium', 'info', ...FAMILIES])];
  for (const s of summarise(entries)) {
    rows.push(csvRow([s.site, s.pages, s.pagesWithFindings, s.findings, s.severity.high, s.severity.medium, s.severity.info, ...FAMILIES.map((f) => s.family[f] ?? 0)]));
  }
  return rows.join('');
}
