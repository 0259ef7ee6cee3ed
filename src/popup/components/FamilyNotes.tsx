import type { Family } from '../../engine/types';
import { FAMILY_INFO } from '../../rules/families';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n';
import { familyTitle } from '../../shared/ui/rule-label';

/** One short explanation per family on this page: the rules model's text in English, else ours. */
export function FamilyNotes({ families }: { families: readonly Family[] }) {
  if (families.length === 0) return null;
  const english = uiLanguage().toLowerCase().startsWith('en');
  return (
    <section aria-labelledby="fam-h">
      <h2 id="fam-h">{t('families_heading')}</h2>
      {families.map((f) => (
        <details class="fam" key={f}>
          <summary>{familyTitle(f)}</summary>
          <p>{(english && FAMILY_INFO[f]?.explanation) || t(`family_${f.replace(/-/g, '_')}_why` as MessageKey)}</p>
        </details>
      ))}
    </section>
  );
}
