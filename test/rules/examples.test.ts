import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine';
import { RULES } from '../../src/rules';

// LanguageTool's PatternRuleTest, for our rules: every rule carries examples that must match (exactly one
// finding of that rule, exactly at the marked span, in the stated context) and near-misses that must not.

const MARK = /\[\[(.+?)\]\]/;
// Near-misses are judged on a page about exosomes, so "no match" is not just the off-topic shortcut.
const TOPIC_PAGE = ['Exosome treatments explained.'];

function unmark(text: string): { plain: string; start: number; end: number } {
  const m = MARK.exec(text);
  if (!m) throw new Error(`example has no [[marked]] span: ${text}`);
  const plain = text.replace(MARK, '$1');
  return { plain, start: m.index, end: m.index + m[1].length };
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has examples that must match and near-misses that must not', () => {
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.nearMiss.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.match.map((e) => [e.text, e] as const))('matches: %s', (_t, example) => {
    const { plain, start, end } = unmark(example.text);
    const page = example.page ?? [];
    const { all } = scanDocument([...page, plain].map((text) => ({ text })), { strictness: 'strict' });
    const mine = all.filter((f) => f.block === page.length && f.rule === rule.id);
    expect(mine.map((f) => f.text), 'exactly one finding of this rule').toHaveLength(1);
    expect([mine[0].start, mine[0].end], `span "${mine[0].text}" vs marked "${plain.slice(start, end)}"`).toEqual([start, end]);
    expect(mine[0].context).toBe(example.context ?? 'promotional');
  });

  it.each(rule.examples.nearMiss.map((t) => [t] as const))('does not match: %s', (text) => {
    const { all } = scanDocument([...TOPIC_PAGE, text].map((t) => ({ text: t })), { strictness: 'strict' });
    expect(all.filter((f) => f.block === TOPIC_PAGE.length && f.rule === rule.id).map((f) => f.text)).toEqual([]);
  });
});
