// Per-site totals: used by the research page's summary table and chart, and by the audit's summary CSV.
// Findings and pages are counted distinct: two visits of one feed, or two versions of one page, hold many
// of the same claims, and a journalist's per-site numbers must not count them twice.
import type { Severity } from '../engine/types';
import type { LogEntry } from './entry';
import { findingKeys, pageOf } from './visit';

export interface SiteSummary {
  site: string;
  /** Distinct pages (addresses without #fragment). */
  pages: number;
  /** Log entries: visits and page versions. */
  captures: number;
  pagesWithFindings: number;
  /** Distinct findings: the same claim at the same place on the same page counts once. */
  findings: number;
  severity: Record<Severity, number>;
  family: Record<string, number>;
}

export const NO_SITE = '(no site)';

export function summarise(entries: readonly LogEntry[]): SiteSummary[] {
  const bySite = new Map<string, { s: SiteSummary; pages: Set<string>; withFindings: Set<string>; seen: Set<string> }>();
  for (const e of entries) {
    const key = e.site || NO_SITE;
    let acc = bySite.get(key);
    if (!acc) {
      acc = {
        s: { site: key, pages: 0, captures: 0, pagesWithFindings: 0, findings: 0, severity: { high: 0, medium: 0, info: 0 }, family: {} },
        pages: new Set(),
        withFindings: new Set(),
        seen: new Set(),
      };
      bySite.set(key, acc);
    }
    const page = pageOf(e.url);
    acc.s.captures++;
    acc.pages.add(page);
    if (e.findings.length) acc.withFindings.add(page);
    findingKeys(e.findings).forEach((k, i) => {
      const id = `${page}\u0000${k}`;
      if (acc.seen.has(id)) return;
      acc.seen.add(id);
      const f = e.findings[i]!;
      acc.s.findings++;
      acc.s.severity[f.severity]++;
      acc.s.family[f.family] = (acc.s.family[f.family] ?? 0) + 1;
    });
  }
  return [...bySite.values()]
    .map(({ s, pages, withFindings }) => ({ ...s, pages: pages.size, pagesWithFindings: withFindings.size }))
    .sort((a, b) => b.findings - a.findings || a.site.localeCompare(b.site));
}

/** Distinct findings over the entries (what the research page's totals say). */
export function distinctFindings(entries: readonly LogEntry[]): number {
  return summarise(entries).reduce((n, s) => n + s.findings, 0);
}
