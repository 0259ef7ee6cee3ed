// The jurisdiction guess's evidence in the reader's language. The engine gives kinds and values
// (src/engine/jurisdiction.ts); each UI words them itself, so no English phrase crosses the wire.
import type { ReportedEvidence } from '../messages';
import { t } from '../i18n';

const POSTCODE = { uk: 'reason_postcode_uk', ca: 'reason_postcode_ca', au: 'reason_postcode_au', us: 'reason_postcode_us' } as const;

export function evidenceText(e: ReportedEvidence): string {
  switch (e.kind) {
    case 'domain':
      return t('reason_domain', e.value);
    case 'currency':
      return t('reason_currency', e.value);
    case 'phone':
      return e.value === '+EU' ? t('reason_phone_eu') : t('reason_phone', e.value);
    case 'postcode':
      return e.value in POSTCODE ? t(POSTCODE[e.value as keyof typeof POSTCODE]) : t('reason_postcode_other');
    case 'lang':
      return t('reason_lang', e.value);
    case 'locale':
      return t('reason_locale', e.value);
    case 'default':
      return t('reason_default');
  }
}

/** "domain ends in .co.uk, prices in £"; the default reason when there is no evidence at all. */
export const evidenceList = (evidence: readonly ReportedEvidence[]) => evidence.map(evidenceText).join(', ') || t('reason_default');
