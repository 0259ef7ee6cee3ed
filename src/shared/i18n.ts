import browser from 'webextension-polyfill';
import type en from '../../public/_locales/en/messages.json';

// Every string the popup and options page show goes through t(), so a missing translation shows
// the English text (the browser falls back to default_locale) and a missing key is loud, not blank.

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, list);
  } catch {
    // getMessage throws only for malformed arguments; fall through to the key.
  }
  if (!msg) {
    console.warn(`ExoCheck: no message for "${key}"`);
    return key;
  }
  return msg;
}

/** The UI language ("en", "es", "ko"), for lang attributes and number/date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for the UI language. */
export function formatDate(iso: string, lang = uiLanguage()): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) opts.month = 'short';
  if (d) opts.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(lang, opts).format(date);
  } catch {
    return iso;
  }
}
