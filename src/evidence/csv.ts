// RFC 4180 cells and rows, plus the OWASP CSV-injection guard. Page text is attacker-controlled: a quote
// such as "=HYPERLINK(...)" must open in a spreadsheet as text, never run as a formula. Reading goes through
// csv-parse (its browser build: no Node stream, no network, runs in the extension and in Node alike).
import { CsvError, parse } from 'csv-parse/browser/esm/sync';

// Leading whitespace does not stop every spreadsheet from evaluating a formula, and LibreOffice also
// accepts the full-width forms, so both are guarded.
const FORMULA = '[\\s\\u00a0\\u3000]*[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]|[\\t\\r\\n]';
// A value that already starts with the guard's quote before a formula gets one more, so that reading the
// file back (restoreFormula) removes exactly the quote the guard added: export and import are inverses.
const GUARDED = new RegExp(`^'*(?:${FORMULA})`);

export function neutraliseFormula(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormula, for reading our own CSV back. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvCell(value: string | number | boolean | undefined | null): string {
  const s = neutraliseFormula(value === undefined || value === null ? '' : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly (string | number | boolean | undefined | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export const BOM = '\uFEFF';

export interface CsvRead {
  /** Every record read, header included, as raw cells. Row n of a spreadsheet is records[n - 1]. */
  records: string[][];
  /** Set when the file stops being readable part-way; every row before `row` was read. */
  error?: { row: number; message: string };
}

/**
 * Reads every record it can. Rows with a different number of cells still come back (the caller says what
 * is wrong with them); a fault that makes the rest unreadable (a quote never closed) stops there, and the
 * rows before it are kept. Rows are counted as a spreadsheet shows them (a cell with a line break is one row).
 */
export function readCsv(text: string, opts: { skipEmpty?: boolean } = {}): CsvRead {
  const records: string[][] = [];
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n'],
      skip_empty_lines: opts.skipEmpty ?? false,
      on_record: (cells: string[]) => {
        records.push(cells);
        return null;
      },
    });
  } catch (e) {
    const code = (e as CsvError).code;
    return { records, error: { row: records.length + 1, message: code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated quoted field' : 'unexpected character' } };
  }
  return { records };
}

/** A strict reader (tests and the audit's own checks): every record's raw cells, or a SyntaxError. */
export function parseCsv(text: string): string[][] {
  const r = readCsv(text);
  if (r.error) throw new SyntaxError(`CSV: ${r.error.message} at row ${r.error.row}`);
  return r.records;
}
