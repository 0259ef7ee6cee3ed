import { describe, expect, it } from 'vitest';
import { TermError, termSource } from '../../src/engine/terms';

// The term syntax refuses what would match everywhere: a term that can match nothing is found at every
// position of every page.

describe('term syntax', () => {
  it.each([
    ['a lone optional word', 'không?', true],
    ['only optional items', 'chưa? (a|b)?', true],
    ['a raw pattern that matches nothing', '/x*/', true],
    ['an optional word before a required one', 'stem? cells', false],
    ['a raw pattern with a literal question mark', '/khong\\s*\\?/', false],
  ])('%s', (_, term, rejected) => {
    for (const spaced of [true, false]) {
      const compile = () => termSource(term, { spaced });
      if (rejected) expect(compile).toThrow(/empty string/);
      else expect(() => new RegExp(compile(), 'u')).not.toThrow();
    }
  });

  it('says why in a TermError', () => {
    expect(() => termSource('không?', { spaced: true })).toThrow(TermError);
  });
});
