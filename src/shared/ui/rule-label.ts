// A muted rule as a reader can recognise it: no internal ids on screen or in screen-reader text. A rule id
// is "family.group" (the group is the same in every language pack); readers get the family's translated
// title, which is what the card and the popup call it too.
import { FAMILIES, type Family } from '../../engine/types';
import { t, type MessageKey } from '../i18n';

export const familyTitle = (f: Family) => t(`family_${f.replace(/-/g, '_')}` as MessageKey);

/** A rule id's family, from the id's first segment ("injectable.inject" → injectable). */
export function familyOfRule(id: string): Family | undefined {
  const head = id.split('.')[0] as Family;
  return (FAMILIES as readonly string[]).includes(head) ? head : undefined;
}

export function ruleLabel(id: string): string {
  const family = familyOfRule(id);
  return family ? familyTitle(family) : t('popup_rule_unknown');
}
