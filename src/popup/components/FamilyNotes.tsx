import type { Family } from '../../engine/types';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n';
import { familyInfo } from '../rules-info';
import { familyTitle } from './Findings';

/** One short explanation per family on this page: the rules model's text in English, else ours. */
export function FamilyNotes({ families }: { families: readonly Family[] }) {
  if (families.length === 0) return null;
  const english = uiLanguage().toLowerCase().startsWith('en');
  return (
    <section aria-labelledby="fam-h">
      <h2 id="fam-h">{t('families_heading')}</h2>
      {families.map((f) => {
        const info = english ? familyInfo(f) : undefined;
        return (
          <details class="fam" key={f}>
            <summary>{familyTitle(f)}</summary>
            <p>{info?.explanation ?? t(`family_${f.replace(/-/g, '_')}_why` as MessageKey)}</p>
          </details>
        );
      })}
    </section>
  );
}
