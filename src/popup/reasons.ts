import { t } from '../shared/i18n';

// The content script reports the jurisdiction guess's reasons as English phrases (describeEvidence in
// src/engine/jurisdiction.ts). Map each known phrase back to a message so non-English users see it in
// their language; anything unrecognised is shown as it came.
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^domain ends in (.+)$/, (m) => t('reason_domain', m[1]!)],
  [/^prices in (.+)$/, (m) => t('reason_currency', m[1]!)],
  [/^phone numbers from an EU country$/, () => t('reason_phone_eu')],
  [/^phone numbers starting (.+)$/, (m) => t('reason_phone', m[1]!)],
  [/^a UK postcode$/, () => t('reason_postcode_uk')],
  [/^a Canadian postal code$/, () => t('reason_postcode_ca')],
  [/^an Australian postcode$/, () => t('reason_postcode_au')],
  [/^a US ZIP code$/, () => t('reason_postcode_us')],
  [/^page language is (.+)$/, (m) => t('reason_lang', m[1]!)],
  [/^your browser language is (.+)$/, (m) => t('reason_locale', m[1]!)],
  [/^no clear signal on the page$/, () => t('reason_default')],
];

export function translateReason(reason: string): string {
  for (const [re, f] of PATTERNS) {
    const m = reason.match(re);
    if (m) return f(m);
  }
  return reason;
}

/** A guess that rests on the browser locale or on nothing is worth flagging as weak. */
export const isWeakGuess = (reasons: readonly string[]) =>
  reasons.length === 0 || reasons.some((r) => /^(your browser language|no clear signal)/.test(r));
