// The card's content, built with createElement/textContent only (page words are data, never markup), in the
// browser's language. overlay.ts owns where the card sits and when it opens; this file owns what it says.
import type { Finding, Jurisdiction } from '../engine/types';
import { formatIsoDate } from '../rules/sources';
import { cardInfo, markerLabel, type Words } from './explain';

// t() of src/shared/i18n.ts, read from the extension's i18n object directly: that module imports the
// polyfill, which throws outside an extension, and Node tests load overlay.ts (and so this file). Firefox and
// Chrome both expose `chrome.i18n` to content scripts, with a synchronous getMessage.
type I18n = { getMessage(key: string, subs?: string[]): string; getUILanguage(): string };
const i18n = (): I18n | undefined => (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;
function t(key: string, subs?: string | string[]): string {
  let m = '';
  try {
    m = i18n()?.getMessage(key, subs === undefined ? undefined : Array.isArray(subs) ? subs : [subs]) ?? '';
  } catch {
    // Malformed arguments: fall through to the key, loudly.
  }
  if (!m) console.warn(`ExoCheck: no message for "${key}"`);
  return m || key;
}
const uiLanguage = (): string => {
  try {
    return i18n()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
};

export const WORDS: Words = {
  msg: (key, subs) => t(key, subs),
  formatDate: (iso) => formatIsoDate(iso, uiLanguage()),
};

/** Labels of our UI outside the card (the marker list, the dialog, the live region). */
export const LABELS = {
  list: () => t('card_list'),
  dialog: () => t('card_dialog'),
  close: () => t('card_close'),
  live: (n: number) => (n === 1 ? t('card_live_one') : t('card_live_many', String(n))),
  marker: (i: number, n: number, f: Finding) => markerLabel(i, n, f, WORDS.msg),
};

export const CARD_CSS = `
.basis { margin: -2px 0 6px; font-size: 12px; color: #555; }
.reviewed { margin: 8px 0 0; font-size: 11.5px; color: #555; }
.src .v { color: #555; }
@media (prefers-color-scheme: dark) { .basis, .reviewed, .src .v { color: #bdc1c6; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The card's children for finding `f` on a page judged by `jurisdiction`'s law; `onClose` closes it. */
export function buildCard(doc: Document, f: Finding, jurisdiction: Jurisdiction, onClose: () => void): Node[] {
  const info = cardInfo(f, jurisdiction, WORDS);
  const head = el(doc, 'div', `head ${info.severity}`);
  head.append(el(doc, 'span', 'sev', info.severityText), el(doc, 'span', 'brand', 'ExoCheck'));
  const close = el(doc, 'button', 'x', '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', LABELS.close());
  close.addEventListener('click', onClose);
  head.append(close);

  const parts: Node[] = [head, el(doc, 'p', 'msg', info.message), el(doc, 'p', 'why', [info.matched, info.why].filter(Boolean).join(' '))];
  for (const line of info.law) {
    parts.push(el(doc, 'p', 'status', line.text));
    for (const b of line.basis) parts.push(el(doc, 'p', 'basis', b));
  }
  parts.push(el(doc, 'p', 'h', info.lawHeading), el(doc, 'p', 'legal', info.legal));
  if (info.ask.length) {
    parts.push(el(doc, 'p', 'h', info.askHeading));
    const ul = el(doc, 'ul', 'ask');
    for (const q of info.ask) ul.append(el(doc, 'li', '', q));
    parts.push(ul);
  }
  if (info.sources.length) {
    parts.push(el(doc, 'p', 'h', info.sourcesHeading));
    const ul = el(doc, 'ul', 'src');
    for (const s of info.sources) {
      const li = el(doc, 'li');
      li.dataset.source = s.id;
      // Source titles and publishers are given in English, as in the popup.
      const a = el(doc, 'a', '', s.title);
      a.lang = 'en';
      // Only http(s) links: a source URL is data and must never become script.
      if (/^https?:\/\//i.test(s.url)) {
        a.href = s.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      const pub = el(doc, 'span', '', s.publisher);
      pub.lang = 'en';
      const when = s.date ? el(doc, 'time', 'd', s.dateText) : el(doc, 'span', 'd undated', s.dateText);
      if (s.date) when.setAttribute('datetime', s.date);
      li.append(a, doc.createTextNode(' \u2014 '), pub, doc.createTextNode(', '), when);
      if (s.verificationText) li.append(doc.createTextNode(' '), el(doc, 'span', 'v', `(${s.verificationText})`));
      ul.append(li);
    }
    parts.push(ul);
  }
  parts.push(el(doc, 'p', 'reviewed', info.reviewed));
  return parts;
}

/** The language the card speaks, for its lang attribute. */
export const cardLanguage = (): string => uiLanguage();
