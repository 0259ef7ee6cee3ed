// One row per finding so a spreadsheet can filter and count them; a page with no findings still gets one
// row (its finding columns empty), so "we checked it and found nothing" is part of the record too. Each row
// also says what the finding means (the rule's message, the legal status where the page is aimed), so the
// file explains itself; those columns are derived, and import-csv.ts reads everything else back.
import { BOM, csvRow } from './csv';
import { storedFindings, type EvidenceFinding, type LogEntry } from './entry';
import { explain } from './explain';

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
  // Added after the first format: new columns go at the end, so a spreadsheet built on the old ones still works.
  'family_title',
  'message',
  'legal_status',
  'legal_note',
  'strictness',
  'shown',
  'finding_text_hash',
  'updated_at',
  'case',
  'note',
  'truncated',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns computed from the rules on export; an import ignores them (the rules may have changed since). */
export const DERIVED_COLUMNS: readonly CsvColumn[] = ['family_title', 'message', 'legal_status', 'legal_note'];

export interface CsvExport {
  text: string;
  pages: number;
  findings: number;
  /** Data rows (excluding the header): findings plus pages without any. */
  rows: number;
}

type Row = Record<CsvColumn, string | number | boolean | undefined>;

function pageCells(e: LogEntry): Partial<Row> {
  return {
    entry_id: e.id,
    captured_at: e.capturedAt,
    url: e.url,
    site: e.site,
    title: e.title,
    jurisdiction: e.jurisdiction,
    extension_version: e.extensionVersion,
    rules_version: e.rulesVersion,
    text_hash: e.textHash,
    updated_at: e.updatedAt,
    case: e.caseTag,
    note: e.note,
    truncated: e.truncated ? 'true' : undefined,
  };
}

function findingCells(e: LogEntry, f: EvidenceFinding, i: number): Partial<Row> {
  const x = explain(f.rule, f.family, e.jurisdiction);
  return {
    finding_index: i + 1,
    rule: f.rule,
    family: f.family,
    context: f.context,
    severity: f.severity,
    quote: f.quote,
    prefix: f.prefix,
    suffix: f.suffix,
    cue: f.cue,
    start: f.start,
    end: f.end,
    fragment_link: f.fragmentLink,
    family_title: x.familyTitle,
    message: x.message,
    legal_status: x.legalStatus,
    legal_note: x.legalNote,
    strictness: f.strictness,
    shown: f.shown === undefined ? undefined : String(f.shown),
    finding_text_hash: f.textHash ?? e.textHash,
  };
}

const line = (cells: Partial<Row>) => csvRow(CSV_COLUMNS.map((c) => cells[c]));

// The file stays a plain rectangle (header row + data rows) so every spreadsheet opens it without
// skipping lines; the counts travel in the return value (shown to the user and put in the file name).
export function toCsv(entries: readonly LogEntry[]): CsvExport {
  const parts: string[] = [BOM, csvRow(CSV_COLUMNS)];
  let rows = 0;
  for (const e of entries) {
    const page = pageCells(e);
    if (e.findings.length === 0) {
      parts.push(line(page));
      rows++;
      continue;
    }
    e.findings.forEach((f, i) => {
      parts.push(line({ ...page, ...findingCells(e, f, i) }));
      rows++;
    });
  }
  return { text: parts.join(''), pages: entries.length, findings: storedFindings(entries), rows };
}
