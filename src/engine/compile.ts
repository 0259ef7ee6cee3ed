import type { Rule } from '../rules/schema';

// Rules are data; this turns each into one RegExp (its patterns as alternatives) plus its guards, once
// per process. A pattern that fails to compile is a defect in the rules model and throws with the rule id.

export interface CompiledRule {
  rule: Rule;
  re: RegExp;
  anti: RegExp | null;
  requires: RegExp | null;
}

const compileOne = (id: string, what: string, source: string, flags: string): RegExp => {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`rule ${id}: ${what} does not compile: ${(e as Error).message}`);
  }
};

export function compileRule(rule: Rule): CompiledRule {
  const alts = rule.patterns.map((p, i) => {
    compileOne(rule.id, `pattern ${i + 1}`, p, 'u');
    // Only the first alternative may keep a named `span` group (a name may occur once per RegExp).
    return i === 0 ? `(?:${p})` : `(?:${p.replace(/\(\?<span>/g, '(?:')})`;
  });
  return {
    rule,
    re: compileOne(rule.id, 'patterns', alts.join('|'), 'gdu'),
    anti: rule.antipatterns?.length ? compileOne(rule.id, 'antipatterns', rule.antipatterns.join('|'), 'u') : null,
    requires: rule.requires ? compileOne(rule.id, 'requires', rule.requires, 'u') : null,
  };
}
