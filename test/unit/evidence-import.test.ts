// Import of ExoCheck's own files: the CSV export (the research page's and the audit's) and the JSON export,
// with a clear error for anything else, every readable finding kept and every skipped row named.
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRow, neutraliseFormula, restoreFormula, BOM } from '../../src/evidence/csv';
import type { LogEntry } from '../../src/evidence/entry';
import { CSV_COLUMNS, toCsv } from '../../src/evidence/export-csv';
import { toJson } from '../../src/evidence/export-json';
import { ImportError, parseImport } from '../../src/evidence/import';
import { generateEntries } from './research-gen';

let log: LogEntry[];
beforeAll(async () => {
  log = await generateEntries(30, 3);
  // What the extension adds to entries: visits, notes, cases, and each finding's sighting.
  log[0] = { ...log[0], note: 'Called the clinic on 3 Nov;\nno reply. "=cmd" stays text.', caseTag: 'Hair clinics', updatedAt: '2026-11-01T10:00:00Z', truncated: true };
  log[0].findings = log[0].findings.map((f, i) => ({ ...f, strictness: 'relaxed', shown: i !== 1, ...(i === 2 ? { textHash: 'a'.repeat(64) } : {}) }));
  log[1] = { ...log[1], caseTag: '=SUM(A1)', findings: [] };
  log[2] = { ...log[2], title: "'=already quoted", note: "'+x" };
});

const col = (n: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(n);

describe('the formula guard reads back exactly', () => {
  it.each(['=1+1', "'=1+1", "''=1", '+cmd', "'plain", 'plain', '\t=x', '  @SUM(1)', '＝1'])('%j', (v) => {
    expect(restoreFormula(neutraliseFormula(v))).toBe(v);
  });
});

describe('CSV import', () => {
  it('reads back its own export: every entry, finding, note, case and sighting', () => {
    const r = parseImport(toCsv(log).text);
    expect(r.format).toBe('csv');
    expect(r.errors).toEqual([]);
    expect(r.skippedRows).toBe(0);
    expect(r.total).toBe(30);
    // CSV holds everything but the visit's page states and id (the JSON export has those).
    const strip = (e: LogEntry) => {
      const { snapshots: _s, visit: _v, ...rest } = e;
      return rest;
    };
    expect(r.entries).toStrictEqual(log.map(strip));
  });

  it('keeps every readable row of a damaged file and names each skipped row with its number and reason', () => {
    const lines = toCsv(log.slice(3, 6)).text.split('\r\n');
    // Rows as a spreadsheet counts them: the header is row 1.
    const cells = (row: number) => lines[row - 1]!.split(',');
    const bad = [...lines];
    const r3 = cells(3);
    r3[col('severity')] = 'catastrophic';
    bad[2] = r3.join(',');
    bad[4] = lines[4]!.split(',').slice(0, 5).join(',');
    const r6 = cells(6);
    r6[col('start')] = 'ten';
    bad[5] = r6.join(',');
    const r = parseImport(bad.join('\r\n'));
    expect(r.errors).toEqual([
      'row 3: severity: expected one of high|medium|info, got "catastrophic"',
      'row 5: has 5 cells, the header has 32',
      'row 6: start: expected a non-negative integer, got "ten"',
    ]);
    expect(r.skippedRows).toBe(3);
    expect(r.entries).toHaveLength(3);
    expect(r.entries.reduce((n, e) => n + e.findings.length, 0)).toBe(9 - 3);
  });

  it('keeps what it read before a quote that never closes', () => {
    const text = toCsv(log.slice(0, 4)).text;
    const cut = text.lastIndexOf('\r\n', text.length - 3);
    const r = parseImport(`${text.slice(0, cut)}\r\n"${log[0].id},never closed`);
    expect(r.errors.at(-1)).toMatch(/^row \d+: unterminated quoted field; the rest of the file could not be read$/);
    expect(r.entries.length).toBe(4);
  });

  it('does not place a row whose page columns disagree with its entry', () => {
    const lines = toCsv([log[4]]).text.split('\r\n');
    const c = lines[2]!.split(',');
    c[col('url')] = 'https://elsewhere.example/';
    lines[2] = c.join(',');
    const r = parseImport(lines.join('\r\n'));
    expect(r.errors).toEqual([`row 3: entry ${log[4].id}: url differs from row 2, so the row cannot be placed`]);
    expect(r.entries[0].findings).toHaveLength(2);
  });

  it('reads an export of the first format (21 columns)', () => {
    const old = CSV_COLUMNS.slice(0, 21);
    const e = log[5];
    const rows = [BOM, csvRow(old), ...e.findings.map((f, i) => csvRow([e.id, e.capturedAt, e.url, e.site, e.title, e.jurisdiction, e.extensionVersion, e.rulesVersion, e.textHash, i + 1, f.rule, f.family, f.context, f.severity, f.quote, f.prefix, f.suffix, f.cue, f.start, f.end, f.fragmentLink]))];
    const r = parseImport(rows.join(''));
    expect(r.errors).toEqual([]);
    expect(r.entries).toStrictEqual([e]);
  });

  it.each([
    ['the audit summary', `${BOM}site,pages,pages_with_findings,findings,high\r\nx.example,1,1,2,2\r\n`, 'summary-csv'],
    ['a CSV of something else', 'entry_id,name\r\n1,x\r\n', 'not-csv-export'],
    ['plain text', 'Dear editor, here are my notes.', 'not-ours'],
    ['an empty file', '\uFEFF', 'empty'],
    ['broken JSON', '{"format": ', 'not-json'],
  ])('refuses %s whole, with a reason', (_what, text, problem) => {
    let err: unknown;
    try {
      parseImport(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).problem).toBe(problem);
    expect((err as Error).message.length).toBeGreaterThan(10);
  });

  it('still reads JSON exports, the first version included', () => {
    const v2 = parseImport(toJson(log, 'x'));
    expect(v2.format).toBe('json');
    expect(v2.entries).toStrictEqual(log);
    const v1 = JSON.parse(toJson(log.slice(10, 12), 'x'));
    v1.version = 1;
    expect(parseImport(JSON.stringify(v1)).entries).toStrictEqual(log.slice(10, 12));
  });
});
