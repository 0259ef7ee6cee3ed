import { normalize } from './normalize';

// The term syntax of the language packs, compiled to regular-expression sources over normalised text.
// A linguist writes words, not regular expressions (src/rules/lang/README.md):
//   words separated by spaces   match across spaces, hyphens and slashes ("stem cell" = "stem-cell")
//   word*  / *word              any continuation / any letters before (stems, compounds; the match
//                               itself starts at the literal)
//   word?  / (a|b)?             optional
//   (a|b c)                     alternatives, nestable
//   ~N                          up to N other words in between
//   #                           a number ("# billion", "#%")
//   /.../                       a raw regular expression, for what the syntax cannot say
// In packs written without spaces between words (Chinese, Japanese, Thai, Korean compounds) terms match as
// substrings, and ~N allows up to 2N characters.

export interface TermOptions {
  /** Words are separated by spaces: terms match whole words. */
  spaced: boolean;
}

type Item =
  | { kind: 'word'; text: string; head: boolean; tail: boolean; optional: boolean }
  | { kind: 'group'; alts: Item[][]; optional: boolean }
  | { kind: 'gap'; n: number };

// Letters of the scripts the packs are written in, as code-point ranges over normalised (lower-case) text.
// Unicode property classes (\\p{L}) would say it exactly but cost V8 a large set per use, and a model
// uses this class in every one of its thousands of terms: compiling the model took seconds.
export const LETTER_CLASS = 'a-z0-9\\u00b5\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u05d0-\\u05ea\\u0620-\\u064a\\u0660-\\u0669\\u0e01-\\u0e4e\\u1e00-\\u1fff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';
const LETTER = `[${LETTER_CLASS}]`;
/** How a term that starts at a word start begins its source. */
export const WORD_START = `(?<!${LETTER})`;

/**
 * Splits term sources into those that begin at a word start (with the assertion taken off, for the caller
 * to assert once before them all) and the rest. An assertion heading every alternative of a large list keeps
 * V8 from dispatching on the first character, so the scan tries every term at every position (twice as slow).
 */
export function splitWordStart<T extends { src: string }>(items: readonly T[]): { closed: T[]; open: T[] } {
  const closed: T[] = [];
  const open: T[] = [];
  for (const it of items) {
    if (it.src.startsWith(WORD_START)) closed.push({ ...it, src: it.src.slice(WORD_START.length) });
    else open.push(it);
  }
  return { closed, open };
}
const SEP = "(?:\\s*[-/]\\s*|\\s+)";
const WORD = `[${LETTER_CLASS}'-]+`;
const NUMBER = '\\d+(?:[.,]\\d+)*';

export class TermError extends Error {}

/** The regular-expression source of one term; throws TermError with the reason when it is malformed. */
export function termSource(term: string, opts: TermOptions): string {
  const t = term.trim();
  if (!t) throw new TermError('empty term');
  if (t.length > 1 && t.startsWith('/') && t.endsWith('/')) {
    const src = t.slice(1, -1);
    let re: RegExp;
    try {
      re = new RegExp(src, 'u');
    } catch (e) {
      throw new TermError(`raw pattern does not compile: ${(e as Error).message}`);
    }
    if (re.exec('') || re.exec(' ')?.[0] === '') throw new TermError(EMPTY);
    return `(?:${src})`;
  }
  const items = parse(t);
  // Decided from the parsed items, not by compiling the pattern: the content script builds its anchors
  // through here on every page.
  if (canBeEmpty(items)) throw new TermError(EMPTY);
  const body = seq(items, opts);
  if (!opts.spaced) return `(?:${body})`;
  const first = items[0];
  const last = items[items.length - 1];
  const startsOpen = first?.kind === 'word' && first.head;
  const endsOpen = last?.kind === 'word' && last.tail;
  return `${startsOpen ? '' : WORD_START}(?:${body})${endsOpen ? '' : `(?!${LETTER})`}`;
}

/**
 * A term that can match nothing ("không?": every word optional, where a literal question mark was meant)
 * would be found at every position of every page: a pack error, not a pattern.
 */
const EMPTY = 'matches the empty string (is every word optional? a literal "?" needs a raw /.../ pattern)';

function canBeEmpty(items: readonly Item[]): boolean {
  return items.every((it) => it.kind === 'gap' || it.optional || (it.kind === 'group' && it.alts.some(canBeEmpty)));
}

/**
 * A literal that every match of the term contains, over normalised text (the longest run of a required
 * word between the characters the word syntax loosens: hyphen, apostrophe, "#"), or null when the term
 * has none (a raw pattern, alternatives only). A cheap necessary test before the term's own pattern.
 */
export function requiredLiteral(term: string): string | null {
  const t = term.trim();
  if (!t || (t.length > 1 && t.startsWith('/') && t.endsWith('/'))) return null;
  let best = '';
  for (const item of parse(t)) {
    if (item.kind !== 'word' || item.optional) continue;
    for (const run of item.text.split(/[-'#]/)) if (run.length > best.length) best = run;
  }
  return best || null;
}

function parse(src: string): Item[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new TermError(`${why} at character ${i + 1} of "${src}"`);
  };
  function sequence(inGroup: boolean): Item[][] {
    const alts: Item[][] = [[]];
    while (i < src.length) {
      const c = src[i]!;
      if (c === ' ') { i++; continue; }
      if (c === '|') {
        if (!inGroup) fail('"|" outside parentheses');
        i++;
        alts.push([]);
        continue;
      }
      if (c === ')') {
        if (!inGroup) fail('unmatched ")"');
        return alts;
      }
      const cur = alts[alts.length - 1]!;
      if (c === '(') {
        i++;
        const inner = sequence(true);
        if (src[i] !== ')') fail('unclosed "("');
        i++;
        const optional = src[i] === '?';
        if (optional) i++;
        if (i < src.length && !' |)('.includes(src[i]!)) fail('")" joined to a word: put a space between');
        cur.push({ kind: 'group', alts: inner, optional });
        continue;
      }
      if (c === '~') {
        const m = /^~(\d+)/.exec(src.slice(i));
        if (!m) fail('"~" needs a number of words');
        cur.push({ kind: 'gap', n: Number(m![1]) });
        i += m![0].length;
        continue;
      }
      let j = i;
      while (j < src.length && !' |()~'.includes(src[j]!)) j++;
      let w = src.slice(i, j);
      i = j;
      if (src[i] === '(') fail('a word joined to "(": write the alternatives whole, "(carry|carries)"');
      const optional = w.endsWith('?') && w.length > 1;
      if (optional) w = w.slice(0, -1);
      const head = w.startsWith('*');
      const tail = w.endsWith('*');
      w = w.replace(/^\*/, '').replace(/\*$/, '');
      if (!w) fail('a word of only "*"');
      if (w.includes('*')) fail('"*" inside a word');
      cur.push({ kind: 'word', text: normalize(w).text, head, tail, optional });
    }
    if (inGroup) fail('unclosed "("');
    return alts;
  }
  const alts = sequence(false);
  if (alts.length !== 1) fail('alternatives need parentheses');
  if (!alts[0]!.length) fail('no words');
  return alts[0]!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function word(w: Extract<Item, { kind: 'word' }>, opts: TermOptions): string {
  // Inside a word a hyphen may be a space or nothing ("anti-inflammatory", "anti inflammatory").
  const lit = escape(w.text).replace(/\\?-/g, "[\\s-]?").replace(/'/g, "'?").replace(/#/g, NUMBER);
  // "*word" matches from the literal on: letters before it are not part of the pattern (the analysis
  // widens a candidate to its word's start). A run of letters ahead of a literal would be tried again
  // from every position of a long word (quadratic on a page of one 1 MB "word") and keeps V8 from
  // dispatching on the literal's first character. After a literal it is tried only where the literal matched.
  const after = opts.spaced ? `${LETTER}*` : `${LETTER}{0,6}`;
  return `${lit}${w.tail ? after : ''}`;
}

function one(item: Item, opts: TermOptions): string {
  switch (item.kind) {
    case 'word':
      return word(item, opts);
    case 'group':
      return `(?:${item.alts.map((a) => seq(a, opts)).join('|')})`;
    case 'gap':
      return '';
  }
}

function seq(items: Item[], opts: TermOptions): string {
  const sep = opts.spaced ? SEP : '\\s*';
  let out = '';
  let pendingGap = 0;
  let first = true;
  for (const item of items) {
    if (item.kind === 'gap') {
      pendingGap += item.n;
      continue;
    }
    const core = one(item, opts);
    const gap = pendingGap
      ? opts.spaced
        ? `(?:${WORD}${SEP}){0,${pendingGap}}`
        : `[^.!?。！？]{0,${pendingGap * 2}}?`
      : '';
    pendingGap = 0;
    const optional = item.optional;
    if (first) {
      out = optional ? `(?:${core}${sep})?` : core;
      // An optional first item already carries its separator; the next item must not add another.
      first = false;
      if (optional) { out += gap; continue; }
      continue;
    }
    const joined = `${out.endsWith(`${sep})?`) ? '' : sep}${gap}${core}`;
    out += optional ? `(?:${joined})?` : joined;
  }
  if (pendingGap) throw new TermError('"~N" at the end of a term');
  return out;
}
