// Per-site summary of an audit: where the claims are, how serious, which families. Pages without a site
// (saved files that name no address) are summed per folder, or per file when given by name.
import { FAMILIES } from '../engine/types';
import { BOM, csvRow } from '../evidence/csv';
import type { LogEntry } from '../evidence/entry';
import { summarise } from '../evidence/summary';
import type { SiteSummary } from '../evidence/summary';

export class SummaryTable {
  private readonly rows = new Map<string, SiteSummary>();

  add(page: SiteSummary): void {
    const s = this.rows.get(page.site);
    if (!s) {
      this.rows.set(page.site, structuredClone(page));
      return;
    }
    s.pages += page.pages;
    s.pagesWithFindings += page.pagesWithFindings;
    s.findings += page.findings;
    for (const k of ['high', 'medium', 'info'] as const) s.severity[k] += page.severity[k];
    for (const [f, n] of Object.entries(page.family)) s.family[f] = (s.family[f] ?? 0) + n;
  }

  sorted(): SiteSummary[] {
    return [...this.rows.values()].sort((a, b) => b.findings - a.findings || a.site.localeCompare(b.site));
  }

  csv(): string {
    const out = [BOM, csvRow(['site', 'pages', 'pages_with_findings', 'findings', 'high', 'medium', 'info', ...FAMILIES])];
    for (const s of this.sorted()) {
      out.push(csvRow([s.site, s.pages, s.pagesWithFindings, s.findings, s.severity.high, s.severity.medium, s.severity.info, ...FAMILIES.map((f) => s.family[f] ?? 0)]));
    }
    return out.join('');
  }
}
