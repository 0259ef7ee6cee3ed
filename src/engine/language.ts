import type { Language } from './types';

// Rules written for one Latin-script language must not fire on another ("injectables" is English and
// French). A count of very common function words over the start of the page tells which languages it is
// in; a page may be in several (a quoted Spanish review on an English clinic page). Rules in CJK scripts
// cannot match Latin text, so they always run.

const STOPWORDS: Partial<Record<Language, string[]>> = {
  en: ['the', 'and', 'is', 'are', 'of', 'to', 'with', 'for', 'your', 'that', 'this', 'it', 'you', 'be'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'son', 'con', 'para', 'una', 'que', 'por', 'su', 'se'],
  pt: ['o', 'os', 'as', 'do', 'da', 'e', 'com', 'para', 'uma', 'que', 'nao', 'sao', 'seu', 'sua'],
  fr: ['le', 'les', 'des', 'et', 'est', 'sont', 'avec', 'pour', 'une', 'que', 'nous', 'vous', 'du', 'au'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'mit', 'fur', 'ein', 'eine', 'nicht', 'wir', 'sie', 'den'],
  it: ['il', 'gli', 'della', 'e', 'sono', 'con', 'per', 'una', 'che', 'non', 'del', 'di', 'le', 'lo'],
};
const SAMPLE = 20_000;
const SHARE = 0.15;

const lookup = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Language, string[]][]) {
  for (const w of words) lookup.set(w, [...(lookup.get(w) ?? []), lang]);
}

/** Languages of normalised page text (lower case, no accents). */
export function detectLanguages(normalisedSample: string): Set<Language> {
  const sample = normalisedSample.slice(0, SAMPLE);
  const counts = new Map<Language, number>();
  let total = 0;
  for (const word of sample.split(/[^a-z']+/)) {
    const langs = lookup.get(word);
    if (!langs) continue;
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
    total++;
  }
  // Scripts settle the CJK languages: kana is Japanese, Hangul Korean, Han without kana Chinese.
  const out = new Set<Language>();
  if (/[\u3040-\u30ff]/.test(sample)) out.add('ja');
  if (/[\uac00-\ud7af]/.test(sample)) out.add('ko');
  if (/[\u4e00-\u9fff]/.test(sample) && !out.has('ja')) out.add('zh');
  if (!total) {
    for (const l of ['en', 'es', 'pt', 'fr', 'de', 'it'] as Language[]) out.add(l);
    return out;
  }
  const best = Math.max(...counts.values());
  for (const [l, c] of counts) if (c === best || c / total >= SHARE) out.add(l);
  return out;
}

/** Languages of a page given as normalised pieces; reads pieces only until the sample is full. */
export function detectLanguagesIn(normalisedTexts: Iterable<string>): Set<Language> {
  const parts: string[] = [];
  let n = 0;
  for (const t of normalisedTexts) {
    parts.push(t);
    if ((n += t.length) > SAMPLE) break;
  }
  return detectLanguages(parts.join(' '));
}
