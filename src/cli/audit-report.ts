// Per-site summary of an audit: where the claims are, how serious, which families.
import { FAMILIES } from '../engine/types';
import { BOM, csvRow } from '../evidence/csv';
import type { LogEntry } from '../evidence/entry';
import { summarise } from '../evidence/summary';

export { summarise };

export function summaryCsv(entries: readonly LogEntry[]): string {
  const rows = [BOM, csvRow(['site', 'pages', 'pages_with_findings', 'findings', 'high', 'medium', 'info', ...FAMILIES])];
  for (const s of summarise(entries)) {
    rows.push(csvRow([s.site, s.pages, s.pagesWithFindings, s.findings, s.severity.high, s.severity.medium, s.severity.info, ...FAMILIES.map((f) => s.family[f] ?? 0)]));
  }
  return rows.join('');
}
