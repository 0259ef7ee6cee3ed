// RFC 4180 cells and rows, plus the OWASP CSV-injection guard. Page text is attacker-controlled: a quote
// such as "=HYPERLINK(...)" must open in a spreadsheet as text, never run as a formula.

// Leading whitespace does not stop every spreadsheet from evaluating a formula, and LibreOffice also
// accepts the full-width forms, so both are guarded.
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | undefined | null): string {
  const s = neutraliseFormula(value === undefined || value === null ? '' : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly (string | number | undefined | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export const BOM = '\uFEFF';

/** A strict RFC 4180 reader (used by tests and the audit's own checks). Returns rows of raw cells. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < src.length) {
    let cell = '';
    if (src[i] === '"') {
      i++;
      for (;;) {
        if (i >= src.length) throw new SyntaxError('CSV: unterminated quoted field');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += src[i++];
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') cell += src[i++];
    }
    row.push(cell);
    if (src[i] === ',') {
      i++;
      continue;
    }
    if (src[i] === '\r' && src[i + 1] === '\n') i += 2;
    else if (i < src.length) throw new SyntaxError(`CSV: unexpected character at ${i}`);
    rows.push(row);
    row = [];
  }
  return rows;
}
