// One row per finding so a spreadsheet can filter and count them; a page with no findings still gets one
// row (its finding columns empty), so "we checked it and found nothing" is part of the record too.
import { BOM, csvRow } from './csv';
import { countFindings, type LogEntry } from './entry';

export const CSV_COLUMNS = [
  'entry_id',
  'captured_at',
  'url',
  'site',
  'title',
  'jurisdiction',
  'extension_version',
  'rules_version',
  'text_hash',
  'finding_index',
  'rule',
  'family',
  'context',
  'severity',
  'quote',
  'prefix',
  'suffix',
  'cue',
  'start',
  'end',
  'fragment_link',
] as const;

export interface CsvExport {
  text: string;
  pages: number;
  findings: number;
  /** Data rows (excluding the header): findings plus pages without any. */
  rows: number;
}

// The file stays a plain rectangle (header row + data rows) so every spreadsheet opens it without
// skipping lines; the counts travel in the return value (shown to the user and put in the file name).
export function toCsv(entries: readonly LogEntry[]): CsvExport {
  const parts: string[] = [BOM, csvRow(CSV_COLUMNS)];
  let rows = 0;
  for (const e of entries) {
    const page = [e.id, e.capturedAt, e.url, e.site, e.title, e.jurisdiction, e.extensionVersion, e.rulesVersion, e.textHash];
    if (e.findings.length === 0) {
      parts.push(csvRow([...page, '', '', '', '', '', '', '', '', '', '', '', '']));
      rows++;
      continue;
    }
    e.findings.forEach((f, i) => {
      parts.push(
        csvRow([...page, i + 1, f.rule, f.family, f.context, f.severity, f.quote, f.prefix, f.suffix, f.cue, f.start, f.end, f.fragmentLink]),
      );
      rows++;
    });
  }
  return { text: parts.join(''), pages: entries.length, findings: countFindings(entries), rows };
}
