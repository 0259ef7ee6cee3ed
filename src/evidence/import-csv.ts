// Reading the CSV export back (the research page's and the audit's: `exocheck audit --format csv`). Rows
// are grouped into entries by entry_id; every finding row that can be read comes in, and each row that
// cannot is named with its row number (as a spreadsheet counts rows) and why. Derived columns (the rule's
// message, the legal status) are ignored: they are recomputed from the rules on every export.
import { readCsv, restoreFormula } from './csv';
import type { EvidenceFinding, LogEntry } from './entry';
import { CSV_COLUMNS, type CsvColumn } from './export-csv';
import { ImportError, type ParsedImport } from './import-json';
import { validateEntry, validateFinding } from './validate';

/** The first format's columns: any export of ours has them. The rest are optional. */
const REQUIRED = CSV_COLUMNS.slice(0, CSV_COLUMNS.indexOf('fragment_link') + 1);
const PAGE_COLUMNS: readonly CsvColumn[] = ['captured_at', 'url', 'site', 'title', 'jurisdiction', 'extension_version', 'rules_version', 'text_hash', 'updated_at', 'case', 'note', 'truncated'];

type Row = Partial<Record<CsvColumn, string>>;

const INT = /^\d{1,15}$/;

export function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /^"?entry_id"?,/.test(first) || /^"?site"?,"?pages"?,/.test(first);
}

function findingOf(r: Row, textHash: string): { finding: EvidenceFinding; errors: string[] } {
  const errors: string[] = [];
  const int = (c: 'start' | 'end') => {
    if (!INT.test(r[c] ?? '')) errors.push(`${c}: expected a non-negative integer, got "${r[c] ?? ''}"`);
    return Number(r[c]);
  };
  const finding: EvidenceFinding = {
    quote: r.quote ?? '',
    prefix: r.prefix ?? '',
    suffix: r.suffix ?? '',
    rule: r.rule ?? '',
    family: (r.family ?? '') as EvidenceFinding['family'],
    context: (r.context ?? '') as EvidenceFinding['context'],
    severity: (r.severity ?? '') as EvidenceFinding['severity'],
    start: int('start'),
    end: int('end'),
    fragmentLink: r.fragment_link ?? '',
  };
  if (r.cue) finding.cue = r.cue;
  if (r.strictness) finding.strictness = r.strictness as EvidenceFinding['strictness'];
  if (r.shown === 'true' || r.shown === 'false') finding.shown = r.shown === 'true';
  else if (r.shown) errors.push(`shown: expected true or false, got "${r.shown}"`);
  if (r.finding_text_hash && r.finding_text_hash !== textHash) finding.textHash = r.finding_text_hash;
  if (!errors.length) errors.push(...validateFinding(finding, 'finding').map((e) => e.replace(/^finding\./, '')));
  return { finding, errors };
}

function entryOfRow(id: string, r: Row): LogEntry {
  const e: LogEntry = {
    id,
    url: r.url ?? '',
    site: r.site ?? '',
    title: r.title ?? '',
    capturedAt: r.captured_at ?? '',
    jurisdiction: (r.jurisdiction ?? '') as LogEntry['jurisdiction'],
    extensionVersion: r.extension_version ?? '',
    rulesVersion: r.rules_version ?? '',
    textHash: r.text_hash ?? '',
    findings: [],
  };
  if (r.updated_at) e.updatedAt = r.updated_at;
  if (r.case) e.caseTag = r.case;
  if (r.note) e.note = r.note;
  if (r.truncated === 'true') e.truncated = true;
  return e;
}

interface Group {
  id: string;
  firstRow: number;
  page: Row;
  findings: EvidenceFinding[];
}

export function parseCsvExport(text: string): ParsedImport {
  const read = readCsv(text, { skipEmpty: true });
  if (read.records.length === 0) throw new ImportError(read.error ? `Not a CSV file: ${read.error.message} at row ${read.error.row}` : 'The file is empty', 'empty');
  const header = read.records[0]!.map((h) => h.trim().toLowerCase());
  if (!header.includes('entry_id') && header.includes('pages_with_findings'))
    throw new ImportError("This is the audit's per-site summary: it holds counts, not findings. Import the audit's report file instead.", 'summary-csv');
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportError(`Not an ExoCheck CSV export: missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, 'not-csv-export');
  const at = new Map(header.map((h, i) => [h, i]));

  const errors: string[] = [];
  const groups = new Map<string, Group>();
  let skippedRows = 0;
  read.records.slice(1).forEach((cells, i) => {
    const row = i + 2; // the header is row 1
    const skip = (why: string) => {
      errors.push(`row ${row}: ${why}`);
      skippedRows++;
    };
    if (cells.length !== header.length) return skip(`has ${cells.length} cells, the header has ${header.length}`);
    const r: Row = {};
    for (const c of CSV_COLUMNS) {
      const k = at.get(c);
      if (k !== undefined) r[c] = restoreFormula(cells[k]!);
    }
    const id = r.entry_id ?? '';
    if (!id) return skip('entry_id is empty');
    let g = groups.get(id);
    if (!g) {
      g = { id, firstRow: row, page: r, findings: [] };
      groups.set(id, g);
    } else {
      const differs = PAGE_COLUMNS.filter((c) => (r[c] ?? '') !== (g!.page[c] ?? ''));
      if (differs.length) return skip(`entry ${id}: ${differs.join(', ')} differ${differs.length > 1 ? '' : 's'} from row ${g.firstRow}, so the row cannot be placed`);
    }
    if (!r.finding_index) return; // the row of a page without findings
    const { finding, errors: bad } = findingOf(r, r.text_hash ?? '');
    if (bad.length) return skip(bad.join('; '));
    g.findings.push(finding);
  });
  if (read.error) {
    errors.push(`row ${read.error.row}: ${read.error.message}; the rest of the file could not be read`);
    skippedRows++;
  }

  const entries: LogEntry[] = [];
  for (const g of groups.values()) {
    const checked = validateEntry({ ...entryOfRow(g.id, g.page), findings: g.findings }, `entry ${g.id} (row ${g.firstRow})`);
    if (checked.ok) entries.push(checked.value);
    else errors.push(...checked.errors);
  }
  return { entries, errors, total: groups.size, format: 'csv', skippedRows };
}
