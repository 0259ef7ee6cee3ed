// A locale's messages.json read in Node with chrome.i18n.getMessage's substitution rules, so tests can say
// what the extension will show without a browser (and catch a missing key loudly instead of blank text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lookup, Words } from '../../../src/content/explain';
import { formatIsoDate } from '../../../src/rules/sources';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const cache = new Map<string, Messages>();
export function loadMessages(loc: string): Messages {
  let m = cache.get(loc);
  if (!m) cache.set(loc, (m = JSON.parse(readFileSync(join('public/_locales', loc, 'messages.json'), 'utf8')) as Messages));
  return m;
}

export function lookup(loc = 'en'): Lookup {
  const m = loadMessages(loc);
  return (key, subs = []) => {
    const e = m[key];
    if (!e) throw new Error(`no message "${key}" in ${loc}`);
    const ph = Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return e.message
      .replace(/\$\$/g, '\u0000')
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => ph[name.toLowerCase()] ?? '')
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '')
      .replace(/\u0000/g, '$');
  };
}

/** The words the card uses, in `loc`, with dates formatted as the extension formats them. */
export function words(loc = 'en', lang = loc): Words {
  return { msg: lookup(loc), formatDate: (iso) => formatIso(iso, lang) };
}

/** The card's date format (src/rules/sources.ts), as the extension applies it. */
export const formatIso = formatIsoDate;
