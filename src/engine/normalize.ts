// Normalised text is what patterns and cues are written against: lower case, NFKC, Latin diacritics
// stripped (so "vesículas" matches "vesiculas"), every dash "-", curly quotes straight, invisible
// characters (zero-width, soft hyphen) removed, common Cyrillic/Greek look-alikes folded to Latin.
// Clinics hide words from filters with exactly those tricks; the maps lead every normalised character
// back to the original, so a finding always quotes the page's own text.

export interface Normalized {
  text: string;
  /** Original offset of the code point that produced normalised char i (null: identity). */
  starts: Int32Array | null;
  /** Original offset just past that code point. */
  ends: Int32Array | null;
}

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/;
const NEEDS_WORK = /[^\x00-\x7F]/;
const COMBINING = /\p{M}/gu;

const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  // Final sigma: one letter with σ (a capital Σ lower-cases to σ wherever it stands)
  ς: 'σ',
  // Latin look-alikes NFKC leaves alone
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʏ: 'y',
};

const cache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const cp = ch.codePointAt(0)!;
  if (INVISIBLE.test(ch)) out = '';
  else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0xfe58 || cp === 0xfe63 || cp === 0xff0d) out = '-';
  else if (cp === 0x2018 || cp === 0x2019 || cp === 0x201a || cp === 0x201b || cp === 0x2032 || cp === 0xff07) out = "'";
  else if (cp === 0x201c || cp === 0x201d || cp === 0x201e || cp === 0x201f || cp === 0x2033 || cp === 0xff02) out = '"';
  else if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) out = ' ';
  else {
    const lower = ch.toLowerCase();
    const glyph = HOMOGLYPHS[lower];
    if (glyph) out = glyph;
    // Latin, Greek and Cyrillic lose their accents; other scripts keep NFKC (Hangul must stay composed).
    // The look-alike fold applies after the accent goes too: "έ" must end as "ε" does (Greek pages write
    // accented and capital, unaccented forms of one word).
    // Lower case again after the decomposition: a compatibility form may decompose to a capital ("ϒ" -> "Υ").
    else if (cp < 0x0530 || (cp >= 0x1e00 && cp <= 0x1fff)) out = [...lower.normalize('NFKD').replace(COMBINING, '').toLowerCase()].map((c) => HOMOGLYPHS[c] ?? c).join('');
    else out = ch.normalize('NFKC').toLowerCase();
  }
  if (cache.size < 20_000) cache.set(ch, out);
  return out;
}

export function normalize(input: string): Normalized {
  if (!NEEDS_WORK.test(input)) return { text: input.toLowerCase(), starts: null, ends: null };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    // A pair only when a low surrogate follows: a lone high surrogate must not swallow the next character.
    const next = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    if (code < 0x80) {
      // ASCII: lower-case by arithmetic, no allocation per character.
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : input[i]);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    const folded = foldCodePoint(input.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    if (folded) parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

const NON_ASCII = /[^\x00-\x7F]/gu;

/**
 * `normalize(input).text` without the offset maps, for tests that need no quote (the topic test on every
 * page): native replace and lower-casing instead of a JS loop that builds two arrays per character.
 * Folded code points are lower case already, so lower-casing after the fold changes only ASCII.
 */
export function foldText(input: string): string {
  if (!NEEDS_WORK.test(input)) return input.toLowerCase();
  return input.replace(NON_ASCII, foldCodePoint).toLowerCase();
}

/** Maps a [start, end) range of normalised text back to the original string. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  return [n.starts[start], n.ends[end - 1]];
}
