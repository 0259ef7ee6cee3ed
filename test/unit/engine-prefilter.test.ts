import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanDocument } from '../../src/engine';
import { RULES } from '../../src/rules';

// The keyword prefilter is only an optimisation: with it, the engine must find exactly what it finds when
// every rule runs on every sentence. Checked on every rule example and on generated text built from the
// rules' own vocabulary (so most sentences trip several rules).

const strip = (t: string) => t.replace(/\[\[|\]\]/g, '');
const same = (texts: string[]) => {
  const blocks = texts.map((text) => ({ text }));
  const fast = scanDocument(blocks, { strictness: 'strict' }).all;
  const slow = scanDocument(blocks, { strictness: 'strict', exhaustive: true }).all;
  expect(fast).toEqual(slow);
};

describe('keyword prefilter', () => {
  it('changes nothing on the rule examples', () => {
    for (const r of RULES) {
      for (const e of r.examples.match) same([...(e.page ?? []), strip(e.text)]);
      for (const n of r.examples.nearMiss) same(['Exosome treatments explained.', n]);
    }
  });

  it('changes nothing on generated sentences', () => {
    const vocab = [...new Set(RULES.flatMap((r) => r.examples.match.map((e) => strip(e.text)).join(' ').split(/\s+/)))];
    const sentence = fc.array(fc.constantFrom(...vocab), { minLength: 3, maxLength: 25 }).map((w) => `${w.join(' ')}.`);
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (page) => same(['Exosome clinic.', ...page])), { numRuns: 300 });
  });
});
