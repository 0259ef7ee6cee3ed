import type { Family, Language } from '../engine/types';
import type { RuleSpec } from './schema';

type Spec = Omit<RuleSpec, 'family' | 'languages' | 'topic'> & Partial<Pick<RuleSpec, 'languages' | 'topic'>>;

/** Fills the family and defaults (English, page topic) so rule files list only what differs. */
export function defineRules(family: Family, specs: Spec[], languages: Language[] = ['en']): RuleSpec[] {
  return specs.map((s) => ({ languages, topic: 'page', ...s, family }));
}
