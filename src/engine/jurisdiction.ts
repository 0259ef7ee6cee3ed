// Guesses which country's rules a page is written for, from signals any page carries: its domain,
// its declared language, prices, phone numbers and postcodes. Pure (no DOM), so the content script,
// the CLI and the tests share it. The browser locale only breaks ties or fills in when the page says
// nothing, because a UK reader on a US clinic's site should see the clinic's law, not their own.

import { JURISDICTIONS, type Jurisdiction } from './types';

export interface JurisdictionSignals {
  hostname?: string;
  /** The page's <html lang> (BCP 47). */
  lang?: string;
  /** Visible page text; only the first TEXT_LIMIT characters are read. */
  text?: string;
  /** The browser's UI locale (navigator.language / i18n.getUILanguage()). */
  locale?: string;
}

export type EvidenceKind = 'domain' | 'currency' | 'phone' | 'postcode' | 'lang' | 'locale' | 'default';

/** One reason in structured form, so the UI can translate it; `reasons` holds the English phrase. */
export interface Evidence {
  kind: EvidenceKind;
  jurisdiction: Jurisdiction;
  /** The thing seen: ".co.uk", "£", "+44", "uk" (postcode style), "en-GB". */
  value: string;
  weight: number;
}

export interface JurisdictionGuess {
  jurisdiction: Jurisdiction;
  /** Short plain phrases supporting the chosen jurisdiction, strongest first. */
  reasons: string[];
  /** False when the page gave little or conflicting evidence (the browser locale or a default decided). */
  confident: boolean;
  evidence: Evidence[];
  /** Score per jurisdiction, for debugging and tests. */
  scores: Record<Jurisdiction, number>;
}

const TEXT_LIMIT = 200_000;

// Weights: a country-code domain is the strongest single signal; a currency, a phone prefix or a
// postcode format is nearly as strong; signals shared across countries ("$", "+1") are weak.
const W = { domain: 4, lang: 2, langStrong: 3, strong: 3, medium: 2, weak: 1 } as const;

const EU_TLDS = new Set([
  'eu', 'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt',
  'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se',
]);
const TLD_TO_J: Record<string, Jurisdiction> = {
  uk: 'uk', ca: 'ca', au: 'au', kr: 'kr', jp: 'jp', us: 'us', gov: 'us', mil: 'us', edu: 'us',
};
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'or', 'ne', 'go', 'nhs', 'ltd', 'plc', 'me', 'asn', 'id']);

function fromHostname(hostname: string): Evidence | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.')) return null;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const j = TLD_TO_J[tld] ?? (EU_TLDS.has(tld) ? 'eu' : undefined);
  if (!j) return null;
  const sld = labels.length > 2 ? labels[labels.length - 2]! : '';
  const suffix = SECOND_LEVEL.has(sld) ? `.${sld}.${tld}` : `.${tld}`;
  // .edu/.gov are US by convention but weaker than a country code.
  const weight = tld === 'edu' || tld === 'gov' || tld === 'mil' ? W.medium : W.domain;
  return { kind: 'domain', jurisdiction: j, value: suffix, weight };
}

// Regions of the EU for language tags like de-AT, fr-BE, pt-PT.
const EU_REGIONS = new Set([
  'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie', 'it', 'lv', 'lt', 'lu',
  'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se',
]);
const EU_LANGS = new Set([
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'fi', 'el', 'cs', 'hu', 'ro', 'bg', 'hr', 'sk', 'sl',
  'et', 'lv', 'lt', 'mt', 'ga',
]);

/** Maps a BCP 47 tag to a jurisdiction, or null when the tag does not point at one. */
export function jurisdictionFromLanguageTag(tag: string): { jurisdiction: Jurisdiction; strong: boolean } | null {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = parts[0] ?? '';
  // The region is the first 2-letter or 3-digit subtag after the language (skipping a script like Hant).
  const region = parts.slice(1).find((p) => /^[a-z]{2}$|^\d{3}$/.test(p)) ?? '';
  if (region) {
    if (region === 'gb' || region === 'uk') return { jurisdiction: 'uk', strong: true };
    if (region === 'us') return { jurisdiction: 'us', strong: true };
    if (region === 'au') return { jurisdiction: 'au', strong: true };
    if (region === 'ca') return { jurisdiction: 'ca', strong: true };
    if (region === 'kr') return { jurisdiction: 'kr', strong: true };
    if (region === 'jp') return { jurisdiction: 'jp', strong: true };
    if (EU_REGIONS.has(region)) return { jurisdiction: 'eu', strong: true };
    // pt-BR, es-MX, de-CH, en-NZ, es-419…: a country we have no rules for. Say nothing.
    return null;
  }
  if (language === 'ko') return { jurisdiction: 'kr', strong: true };
  if (language === 'ja') return { jurisdiction: 'jp', strong: true };
  // Spanish and Portuguese without a region are as likely to be the Americas; still lean EU, weakly.
  if (EU_LANGS.has(language)) return { jurisdiction: 'eu', strong: language !== 'es' && language !== 'pt' };
  return null;
}

function fromLang(tag: string, kind: 'lang' | 'locale'): Evidence | null {
  const hit = jurisdictionFromLanguageTag(tag);
  if (!hit) return null;
  const weight = kind === 'locale' ? 0.5 : hit.strong ? (hit.jurisdiction === 'kr' || hit.jurisdiction === 'jp' ? W.langStrong : W.lang) : W.weak;
  return { kind, jurisdiction: hit.jurisdiction, value: tag.trim(), weight };
}

interface Pattern {
  kind: 'currency' | 'phone' | 'postcode';
  jurisdiction: Jurisdiction;
  value: string;
  weight: number;
  re: RegExp;
}

// Amounts: a symbol or ISO code next to a digit, so "CAD software" or "병원" (hospital, which contains 원)
// do not count.
const PATTERNS: Pattern[] = [
  { kind: 'currency', jurisdiction: 'uk', value: '£', weight: W.strong, re: /£\s?\d|\bGBP\s?\d|\d\s?GBP\b/ },
  { kind: 'currency', jurisdiction: 'eu', value: '€', weight: W.strong, re: /€\s?\d|\d(?:[.,]\d+)?\s?€|\bEUR\s?\d|\d\s?EUR\b/ },
  { kind: 'currency', jurisdiction: 'au', value: 'A$', weight: W.strong, re: /\bA(?:U)?\$\s?\d|\bAUD\s?\$?\d|\d\s?AUD\b/ },
  { kind: 'currency', jurisdiction: 'ca', value: 'C$', weight: W.strong, re: /\bCA?\$\s?\d|\bCAD\s?\$?\d|\d\s?CAD\b/ },
  { kind: 'currency', jurisdiction: 'kr', value: '₩', weight: W.strong, re: /₩\s?\d|\d[\d,]*\s?(?:만\s?)?원|\bKRW\s?\d|\d\s?KRW\b/ },
  { kind: 'currency', jurisdiction: 'jp', value: '¥', weight: W.strong, re: /[¥￥]\s?\d|\d[\d,]*\s?円|\bJPY\s?\d|\d\s?JPY\b/ },
  { kind: 'currency', jurisdiction: 'us', value: 'US$', weight: W.medium, re: /\bUS\$\s?\d|\bUSD\s?\$?\d|\d\s?USD\b/ },
  // A bare dollar sign: not after a letter (A$, C$, NZ$, HK$, R$) nor another $.
  { kind: 'currency', jurisdiction: 'us', value: '$', weight: W.weak, re: /(?<![A-Za-z$])\$\s?\d/ },

  { kind: 'phone', jurisdiction: 'uk', value: '+44', weight: W.strong, re: /\+\s?44[\s.\-()]*\d/ },
  { kind: 'phone', jurisdiction: 'au', value: '+61', weight: W.strong, re: /\+\s?61[\s.\-()]*\d/ },
  { kind: 'phone', jurisdiction: 'kr', value: '+82', weight: W.strong, re: /\+\s?82[\s.\-()]*\d/ },
  { kind: 'phone', jurisdiction: 'jp', value: '+81', weight: W.strong, re: /\+\s?81[\s.\-()]*\d/ },
  {
    kind: 'phone', jurisdiction: 'eu', value: '+EU', weight: W.strong,
    re: /\+\s?(?:30|31|32|33|34|36|39|40|43|45|46|48|49|351|352|353|356|357|358|359|370|371|372|385|386|420|421)[\s.\-()]*\d/,
  },

  // UK postcodes (SW1A 1AA, M1 1AE, EC1V 9HX); the space is required to avoid matching product codes.
  { kind: 'postcode', jurisdiction: 'uk', value: 'uk', weight: W.strong, re: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) \d[ABD-HJLNP-UW-Z]{2}\b/ },
  // Canadian postal codes (K1A 0B1): letter-digit-letter digit-letter-digit.
  { kind: 'postcode', jurisdiction: 'ca', value: 'ca', weight: W.strong, re: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/ },
  // Australian state + 4-digit postcode (NSW 2000).
  { kind: 'postcode', jurisdiction: 'au', value: 'au', weight: W.strong, re: /\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b(?!-)/ },
  // US state + ZIP (CA 90210, NY 10001-1234).
  {
    kind: 'postcode', jurisdiction: 'us', value: 'us', weight: W.medium,
    re: /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\s+\d{5}(?:-\d{4})?\b/,
  },
];

// Canadian area codes, to split "+1" between Canada and the US.
const CA_AREA_CODES = new Set([
  204, 226, 236, 249, 250, 257, 263, 289, 306, 343, 354, 365, 367, 368, 382, 387, 403, 416, 418, 428, 431, 437,
  438, 450, 460, 468, 474, 506, 514, 519, 548, 579, 581, 584, 587, 600, 604, 613, 622, 639, 647, 672, 683, 705,
  709, 742, 753, 778, 780, 782, 807, 819, 825, 867, 873, 879, 902, 905, 942,
]);

function fromNorthAmericanPhones(text: string): Evidence[] {
  const out: Evidence[] = [];
  const re = /\+\s?1[\s.\-]*\(?([2-9]\d\d)\)?[\s.\-]*\d{3}[\s.\-]*\d{4}\b/g;
  let ca = false;
  let us = false;
  for (let m, n = 0; (m = re.exec(text)) && n < 50; n++) {
    if (CA_AREA_CODES.has(Number(m[1]))) ca = true;
    else us = true;
  }
  if (ca) out.push({ kind: 'phone', jurisdiction: 'ca', value: '+1', weight: W.medium });
  if (us) out.push({ kind: 'phone', jurisdiction: 'us', value: '+1', weight: W.weak });
  return out;
}

/** The English phrase for one piece of evidence. The popup translates `Evidence` itself. */
export function describeEvidence(e: Evidence): string {
  switch (e.kind) {
    case 'domain':
      return `domain ends in ${e.value}`;
    case 'currency':
      return `prices in ${e.value}`;
    case 'phone':
      return e.value === '+EU' ? 'phone numbers from an EU country' : `phone numbers starting ${e.value}`;
    case 'postcode':
      return { uk: 'a UK postcode', ca: 'a Canadian postal code', au: 'an Australian postcode', us: 'a US ZIP code' }[e.value] ?? 'a postcode';
    case 'lang':
      return `page language is ${e.value}`;
    case 'locale':
      return `your browser language is ${e.value}`;
    case 'default':
      return 'no clear signal on the page';
  }
}

const zeroScores = (): Record<Jurisdiction, number> =>
  Object.fromEntries(JURISDICTIONS.map((j) => [j, 0])) as Record<Jurisdiction, number>;

export function guessJurisdiction(signals: JurisdictionSignals): JurisdictionGuess {
  const page: Evidence[] = [];
  if (signals.hostname) {
    const e = fromHostname(signals.hostname);
    if (e) page.push(e);
  }
  if (signals.lang) {
    const e = fromLang(signals.lang, 'lang');
    if (e) page.push(e);
  }
  if (signals.text) {
    const text = signals.text.length > TEXT_LIMIT ? signals.text.slice(0, TEXT_LIMIT) : signals.text;
    for (const p of PATTERNS) if (p.re.test(text)) page.push({ kind: p.kind, jurisdiction: p.jurisdiction, value: p.value, weight: p.weight });
    page.push(...fromNorthAmericanPhones(text));
  }

  const scores = zeroScores();
  for (const e of page) scores[e.jurisdiction] += e.weight;
  const locale = signals.locale ? fromLang(signals.locale, 'locale') : null;

  const ranked = [...JURISDICTIONS].sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const best = scores[top];

  let jurisdiction: Jurisdiction;
  let fallback: Evidence | null = null;
  if (best === 0) {
    // Nothing on the page: the reader's own locale, else the US (most English-language exosome
    // marketing is American, and FDA's position is the best documented).
    fallback = locale ?? { kind: 'default', jurisdiction: 'us', value: '', weight: 0 };
    jurisdiction = fallback.jurisdiction;
  } else if (scores[second] === best) {
    // A tie: the locale breaks it if it names one of the tied jurisdictions.
    const tied = ranked.filter((j) => scores[j] === best);
    if (locale && tied.includes(locale.jurisdiction)) {
      jurisdiction = locale.jurisdiction;
      fallback = locale;
    } else {
      jurisdiction = tied[0]!;
    }
  } else {
    jurisdiction = top;
  }

  const evidence = page.filter((e) => e.jurisdiction === jurisdiction).sort((a, b) => b.weight - a.weight);
  if (fallback) evidence.push(fallback);
  const margin = scores[jurisdiction] - Math.max(...JURISDICTIONS.filter((j) => j !== jurisdiction).map((j) => scores[j]));
  const confident = fallback === null && scores[jurisdiction] >= 3 && margin >= 2;
  return { jurisdiction, reasons: evidence.map(describeEvidence), confident, evidence, scores };
}
