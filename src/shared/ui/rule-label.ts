// A muted rule as a reader can recognise it: no internal ids on screen or in screen-reader text. English
// readers get the rule's own message (it tells two rules of one family apart); others get the family's
// translated title, since rule messages are English only.
import { FAMILIES, type Family } from '../../engine/types';
import { getRule } from '../../rules/index';
import { t, uiLanguage, type MessageKey } from '../i18n';

export const familyTitle = (f: Family) => t(`family_${f.replace(/-/g, '_')}` as MessageKey);

/** A rule id's family, from the id's first segment ("injectable.inject" → injectable). */
export function familyOfRule(id: string): Family | undefined {
  const head = id.split('.')[0] as Family;
  return (FAMILIES as readonly string[]).includes(head) ? head : undefined;
}

export function ruleLabel(id: string, lang = uiLanguage()): string {
  const rule = getRule(id);
  const family = rule?.family ?? familyOfRule(id);
  if (!family) return t('popup_rule_unknown');
  if (rule && lang.toLowerCase().startsWith('en')) return rule.message.replace(/[.\s]+$/, '');
  return familyTitle(family);
}
