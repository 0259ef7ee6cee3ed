import type { CompiledModel, CompiledPack } from './compile-model';

// Which of the model's languages a page is written in. A page may be in several (a quoted review in another
// language), so every language with a fair share of the page's function words counts. Packs with a script of
// their own (Hangul, kana, Thai...) are settled by it; a pack with both (Chinese: Han, and words Japanese does
// not use) needs both. English is always on: its loanwords and product names appear on pages in every language.

const SAMPLE = 20_000;
const SHARE = 0.12;
const MIN_SCRIPT_CHARS = 3;
export const ALWAYS = 'en';

export function detectLanguages(model: CompiledModel, normalisedTexts: Iterable<string>): string[] {
  const parts: string[] = [];
  let n = 0;
  for (const t of normalisedTexts) {
    parts.push(t);
    if ((n += t.length) > SAMPLE) break;
  }
  const sample = parts.join('\n').slice(0, SAMPLE);
  const words = sample.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const counts = new Map<CompiledPack, number>();
  let total = 0;
  for (const p of model.packs) {
    if (!p.pack.spaced || !p.stopwords.size) continue;
    let c = 0;
    for (const w of words) if (p.stopwords.has(w)) c++;
    if (c) counts.set(p, c);
    total += c;
  }
  const out = new Set<string>([ALWAYS]);
  const best = Math.max(0, ...counts.values());
  // One function word settles a short text (a post, a caption); a page needs two.
  const enough = words.length < 40 ? 1 : 2;
  for (const [p, c] of counts) if (!p.script && (c === best || c / total >= SHARE) && c >= enough) out.add(p.pack.language);
  for (const p of model.packs) {
    if (!p.script) continue;
    const g = new RegExp(p.script.source, 'gu');
    let hits = 0;
    for (const _ of sample.matchAll(g)) if (++hits >= MIN_SCRIPT_CHARS) break;
    if (hits < MIN_SCRIPT_CHARS) continue;
    if (p.stopwords.size && !hasAny(sample, words, p)) continue;
    out.add(p.pack.language);
  }
  return [...out];
}

function hasAny(sample: string, words: string[], p: CompiledPack): boolean {
  if (p.pack.spaced) return words.some((w) => p.stopwords.has(w));
  let hits = 0;
  for (const w of p.stopwords) if (sample.includes(w) && ++hits >= 2) return true;
  return false;
}
