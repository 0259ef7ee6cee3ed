import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvRow, parseCsv } from '../../src/evidence/csv';
import type { LogEntry } from '../../src/evidence/entry';
import { toCsv } from '../../src/evidence/export-csv';
import { toJson } from '../../src/evidence/export-json';
import { ImportError, parseExport } from '../../src/evidence/import-json';
import { generateEntries } from './research-gen';

let sample: LogEntry[];
beforeAll(async () => {
  sample = await generateEntries(5, 2);
});

const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

describe('CSV writer (fuzzed)', () => {
  it('any row of any strings parses back to the same cells, and no cell can start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 }), (cells) => {
        const parsed = parseCsv(csvRow(cells));
        expect(parsed).toHaveLength(1);
        expect(parsed[0]).toEqual(cells.map((c) => (FORMULA.test(c) ? `'${c}` : c)));
        for (const c of parsed[0]) expect(FORMULA.test(c)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a whole export with arbitrary titles and quotes keeps its shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, quote) => {
        const e: LogEntry = { ...sample[0], title, findings: sample[0].findings.map((f) => ({ ...f, quote })) };
        const { text, rows } = toCsv([e, sample[1]]);
        const parsed = parseCsv(text);
        expect(parsed.length - 1).toBe(rows);
        expect(new Set(parsed.map((r) => r.length)).size).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('csvCell leaves harmless text alone', () => {
    expect(csvCell('exosome injections')).toBe('exosome injections');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('JSON import (fuzzed)', () => {
  it('arbitrary input either parses or fails with an ImportError, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'exocheck-research-log', version: 1, entries: [v] }))), (text) => {
        try {
          const r = parseExport(text);
          for (const err of r.errors) expect(err).toMatch(/^entries\[\d+\]/);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          expect((e as Error).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('corrupting one field of one entry skips exactly that entry and names the field', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.length - 1 }),
        fc.constantFrom('id', 'url', 'capturedAt', 'jurisdiction', 'textHash', 'findings', 'findings.0.quote', 'findings.1.severity', 'findings.0.start'),
        fc.oneof(fc.constant(null), fc.integer({ min: -5, max: -1 }), fc.boolean(), fc.constant({}), fc.constant('')),
        (index, field, bad) => {
          const data = JSON.parse(toJson(sample, 'x'));
          const keys = field.split('.');
          let target = data.entries[index];
          for (const k of keys.slice(0, -1)) target = target[k];
          target[keys.at(-1)!] = bad;
          const r = parseExport(JSON.stringify(data));
          if (r.errors.length === 0) {
            throw new Error(`accepted ${field}=${JSON.stringify(bad)}`);
          }
          const wantPath = `entries[${index}].${keys.map((k) => (/^\d+$/.test(k) ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[')}`;
          expect(r.errors[0].startsWith(`${wantPath}:`)).toBe(true);
          expect(r.entries).toHaveLength(sample.length - 1);
          expect(r.entries.map((e) => e.id)).toEqual(sample.filter((_, i) => i !== index).map((e) => e.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});
