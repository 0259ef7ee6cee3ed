import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanDocument, scanText } from '../../src/engine';
import { foldText, normalize, toOriginal } from '../../src/engine/normalize';

// Any input returns, every span lies inside its block and equals the text there, and time grows
// linearly with length (checked as a ratio between two sizes measured in the same run).

const words = ['exosome', 'exosomes', 'inject', 'injections', 'not', 'no', 'FDA', 'approved', 'stem', 'cells', 'safe',
  'completely', 'cure', 'hair loss', 'microneedling', 'after', 'illegal', 'some clinics claim', 'whether', '?', '.', ',',
  '\u200B', '\u00AD', 'е', 'ﬁ', '’', '—', '(', ')', '“', 'placenta', 'plant-derived', 'our', 'legal', 'in the UK', '엑소좀', '注射'];
const pageText = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

function assertSpans(blocks: { text: string }[], strictness: 'strict' | 'standard' = 'strict') {
  const { all, findings } = scanDocument(blocks, { strictness });
  for (const f of [...all, ...findings]) {
    const text = blocks[f.block].text;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('engine properties', () => {
  it('returns spans inside the text that equal the text at their offsets, for any input', () => {
    fc.assert(
      fc.property(fc.array(pageText, { minLength: 1, maxLength: 8 }), (texts) => assertSpans(texts.map((text) => ({ text })))),
      { numRuns: 400 },
    );
  });

  it('maps every normalised range back to a range of the original string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        if (!n.text.length) return;
        const x = a % n.text.length;
        const y = x + 1 + (b % (n.text.length - x));
        const [os, oe] = toOriginal(n, x, y);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeLessThanOrEqual(s.length);
        expect(os).toBeLessThan(oe);
      }),
      { numRuns: 500 },
    );
  });

  it('folds every code point for the topic test exactly as normalize does, alone and between letters', () => {
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      for (const s of [ch, `A${ch}b`]) if (foldText(s) !== normalize(s).text) bad.push(cp.toString(16));
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('folds text for the topic test exactly as normalize does, for any input', () => {
    const alphabet = fc.constantFrom('A', 'z', 'É', 'ß', 'İ', 'ς', 'Σ', 'е', 'ﬁ', 'Ａ', '\u200B', '\u00AD', '’', '—', '엑', '注', 'ǅ', 'ẞ', '😀', '\uD800');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''))), (s) => {
        expect(foldText(s)).toBe(normalize(s).text);
      }),
      { numRuns: 2000 },
    );
  });

  const adversarial: Record<string, (n: number) => string> = {
    'one word, no spaces': (n) => 'exosome'.padEnd(n, 'a'),
    'repeated claims without punctuation': (n) => 'our exosome injections are not FDA approved and completely safe '.repeat(Math.ceil(n / 64)).slice(0, n),
    'negations and brackets': (n) => 'exosomes (not (no (never ((( '.repeat(Math.ceil(n / 30)).slice(0, n),
    'invisible characters': (n) => 'exo\u200Bsome in\u00ADjection \u200B\u200B\u200B '.repeat(Math.ceil(n / 24)).slice(0, n),
    'punctuation storm': (n) => 'exosome?!.,;:—'.repeat(Math.ceil(n / 14)).slice(0, n),
  };

  it.each(Object.keys(adversarial))('handles 1 MB of %s in linear time', (name) => {
    const make = adversarial[name];
    // Best of three, so a garbage collection or a busy core does not decide the ratio.
    const time = (n: number) => {
      const text = make(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const r = scanText(text, { strictness: 'strict' });
        best = Math.min(best, performance.now() - t0);
        for (const f of r.all.slice(0, 200)) expect(text.slice(f.start, f.end)).toBe(f.text);
      }
      return best;
    };
    time(64 * 1024); // warm up the compiled rules and caches
    const small = time(256 * 1024);
    const large = time(1024 * 1024);
    // 4x the input must cost about 4x the time; quadratic would be 16x (the bound leaves room for a busy machine).
    expect(large / Math.max(small, 1)).toBeLessThan(12);
  });
});
