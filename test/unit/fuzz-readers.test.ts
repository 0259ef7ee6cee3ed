// Fuzzing the readers around the engine (fast-check): the CLI's HTML reading (decodeHtml → fromHtml →
// extract) on generated markup and raw bytes, the research JSON import and the CSV reader on generated
// text. Each must return or fail with a clear Error that names the problem; none may crash otherwise or
// hang (every case is timed, and whole inputs of hostile shape are bounded in time).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHtml } from '../../src/cli/read-page';
import { decodeHtml } from '../../src/cli/audit-scan';
import { ImportError, parseExport } from '../../src/evidence/import-json';
import { parseCsv } from '../../src/evidence/csv';

const TAGS = ['div', 'p', 'span', 'b', 'i', 'table', 'tr', 'td', 'ul', 'li', 'h1', 'h2', 'script', 'style', 'template', 'iframe', 'svg', 'math', 'select', 'option', 'textarea', 'noscript', 'a', 'img', 'br', 'slot', 'x-widget'];
const ATTRS = ['alt', 'title', 'aria-label', 'hidden', 'style', 'class', 'contenteditable', 'aria-hidden', 'lang', 'dir', 'onclick'];

/** A random piece of markup: well formed, unclosed, stray closers, comments, entities, CDATA, junk. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.string({ maxLength: 40 })).map(([t, a, v]) => `<${t} ${a}="${v.replace(/"/g, '&quot;')}">`),
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.string({ maxLength: 20 })).map(([t, a, v]) => `<${t} ${a}=${v}`),
  fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '&amp;', '&#0;', '&#xD800;', '&#99999999;', '&nbsp', '<', '>', '"', "'", '\u0000', '\uFEFF', '\u202E', '\u200B', '\r\n'),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom('We offer exosome injections for hair loss.', 'Exosome treatment is FDA approved and completely safe.'),
);
const html = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

function timed<T>(fn: () => T, ms: number, what: string): T {
  const t0 = performance.now();
  const out = fn();
  const took = performance.now() - t0;
  if (took > ms) throw new Error(`${what} took ${Math.round(took)} ms (bound ${ms} ms)`);
  return out;
}

function expectBlocks(page: { blocks: { text: string }[] }) {
  expect(Array.isArray(page.blocks)).toBe(true);
  for (const b of page.blocks) {
    expect(typeof b.text).toBe('string');
    expect(b.text.length).toBeGreaterThan(0);
    // Blocks carry no collapsible (CSS) whitespace at either end; other spaces (NBSP, U+FEFF) are text.
    expect(b.text).not.toMatch(/^[ \t\n\f\r]|[ \t\n\f\r]$/);
  }
}

describe('HTML reading (exocheck CLI path)', () => {
  it('generated markup (unclosed, stray, attributes, entities, control characters) always yields blocks', () => {
    fc.assert(
      fc.property(html, (h) => {
        expectBlocks(timed(() => fromHtml(h), 2000, 'fromHtml'));
      }),
      { numRuns: 1500 },
    );
  });

  it('arbitrary bytes (invalid UTF-8, NUL, BOMs, odd charsets) decode and read without throwing', () => {
    const prefix = fc.constantFrom(
      [],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [...new TextEncoder().encode('<meta charset="shift_jis">')],
      [...new TextEncoder().encode('<meta charset="no-such-charset">')],
      [...new TextEncoder().encode('<meta charset="utf-16">')],
    );
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, 'text/html; charset=windows-1252', 'text/html; charset=bogus'), (p, body, ct) => {
        const bytes = new Uint8Array([...p, ...body]);
        const text = timed(() => decodeHtml(bytes, ct), 500, 'decodeHtml');
        expect(typeof text).toBe('string');
        expectBlocks(timed(() => fromHtml(text), 2000, 'fromHtml'));
      }),
      { numRuns: 1500 },
    );
  });

  it('nesting 20,000 deep, unclosed, still yields the claim at the bottom (bounded time)', () => {
    const deep = '<div><span>'.repeat(10_000) + 'We offer exosome injections for hair loss.';
    const page = timed(() => fromHtml(deep), 10_000, 'deep nesting');
    expect(page.blocks.map((b) => b.text).join(' ')).toContain('exosome injections for hair loss');
  });

  it('a 5 MB attribute and a 5 MB text node are read in bounded time', () => {
    const big = 'exosome '.repeat(650_000);
    const page = timed(() => fromHtml(`<p>Intro.</p><img alt="${big}"><p>${big}</p><div title="x`), 15_000, 'huge attribute');
    expect(page.blocks.length).toBeGreaterThanOrEqual(2);
    expect(page.blocks.some((b) => b.text.length > 5_000_000)).toBe(true);
  });

  it('a fragment without <html> is read in full, not only its first element', () => {
    const page = fromHtml('<p>Intro.</p><p>We offer exosome injections.</p><div>Third.</div>');
    expect(page.blocks.map((b) => b.text)).toEqual(['Intro.', 'We offer exosome injections.', 'Third.']);
    const withDoctype = fromHtml('<!doctype html><p>One.</p><p>Two.</p>');
    expect(withDoctype.blocks.map((b) => b.text)).toEqual(['One.', 'Two.']);
  });

  it('NUL bytes and lone surrogates in text survive as text, not as a crash', () => {
    const page = fromHtml('<p>exo\u0000some inj\uD800ections</p><p>\u0000</p>');
    expectBlocks(page);
    expect(page.blocks[0].text).toMatch(/^exo.some inj.ections$/);
  });
});

describe('research JSON import', () => {
  const assertClear = (e: unknown) => {
    expect(e).toBeInstanceOf(ImportError);
    // The message names the problem: the file, a field, or the version.
    expect((e as Error).message).toMatch(/^(Not a JSON file|Not an ExoCheck research export|version|entries|This export is format version)/);
  };

  it('arbitrary JSON values and text either import or fail with a clear ImportError', () => {
    const doc = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.record({ format: fc.constantFrom('exocheck-research-log', 'other', 1), version: fc.oneof(fc.integer(), fc.double(), fc.string()), entries: fc.oneof(fc.array(fc.anything(), { maxLength: 10 }), fc.anything()) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(doc, (text) => {
        try {
          const r = timed(() => parseExport(text), 1000, 'parseExport');
          expect(r.total).toBeGreaterThanOrEqual(r.entries.length);
          for (const err of r.errors) expect(err).toMatch(/^entries\[\d+\]/);
        } catch (e) {
          if ((e as Error).message.includes('took')) throw e;
          assertClear(e);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('hostile shapes: 100,000-deep nesting, __proto__ keys, 100,000 junk entries', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    try {
      parseExport(deep);
      throw new Error('should not import');
    } catch (e) {
      assertClear(e);
    }
    const proto = parseExport('{"format":"exocheck-research-log","version":1,"entries":[{"__proto__":{"polluted":1}}],"__proto__":{"polluted":1}}');
    expect(proto.entries).toEqual([]);
    expect(proto.errors[0]).toMatch(/^entries\[0\]\.id: expected a non-empty string/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const many = JSON.stringify({ format: 'exocheck-research-log', version: 1, entries: Array.from({ length: 100_000 }, (_, i) => ({ id: i })) });
    const r = timed(() => parseExport(many), 10_000, '100,000 junk entries');
    expect(r.total).toBe(100_000);
    expect(r.entries).toEqual([]);
    expect(r.errors.length).toBeGreaterThanOrEqual(100_000);
  });
});

describe('CSV reader', () => {
  it('arbitrary text parses or fails with a SyntaxError that says where', () => {
    const csvish = fc.array(fc.oneof(fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', '=1+1', '\uFEFF'), fc.string({ maxLength: 10, unit: 'binary' })), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(csvish, (text) => {
        try {
          const rows = timed(() => parseCsv(text), 500, 'parseCsv');
          for (const row of rows) for (const cell of row) expect(typeof cell).toBe('string');
        } catch (e) {
          if ((e as Error).message.includes('took')) throw e;
          expect(e).toBeInstanceOf(SyntaxError);
          expect((e as Error).message).toMatch(/^CSV: (unterminated quoted field|unexpected character) at row \d+$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a 5 MB unterminated quote fails fast and clearly', () => {
    const text = `"${'x'.repeat(5_000_000)}`;
    expect(() => timed(() => parseCsv(text), 3000, 'parseCsv 5 MB')).toThrow(/CSV: unterminated quoted field/);
  });
});
