import type { CompiledModel, CompiledPack } from './compile-model';
import type { CueKind } from './model';
import { normalize, type Normalized } from './normalize';
import { sentences } from './segment';
import type { Block, Family } from './types';

// Page text to sentences with their cue hits and claim candidates: everything the judgement needs, found
// once. Candidates come from the packs' terms; whether one is a finding, and in what context, is decided
// later (judge.ts) from features of these facts.

export interface Hit { start: number; end: number; text: string }

export interface Sentence {
  block: number;
  /** Offset of the sentence in its block's text. */
  start: number;
  norm: Normalized;
  heading: boolean;
  /** Heading-delimited section of the page. */
  section: number;
  question: boolean;
  anchors: Hit[];
  cues: Partial<Record<CueKind, Hit[]>>;
  /** Clause boundaries in normalised text: [start, end) pairs. */
  clauses: Array<[number, number]>;
}

export interface Candidate {
  sentence: number;
  family: Family;
  rule: string;
  /** In the sentence's normalised text. */
  start: number;
  end: number;
  /** Lexicon entries that made it, as "language:term". */
  terms: string[];
}

export interface Analysis {
  sentences: Sentence[];
  candidates: Candidate[];
  languages: string[];
}

const HEADING_MAX_WORDS = 12;
/** Punctuation that ends a clause for a cue's scope. */
const CLAUSE_BREAK = /[,;:()\[\]—–]|\s-\s|[，；：（）、]/g;

export function splitSentences(blocks: readonly Block[]): Array<Pick<Sentence, 'block' | 'start' | 'norm' | 'heading' | 'section'>> {
  const out: Array<Pick<Sentence, 'block' | 'start' | 'norm' | 'heading' | 'section'>> = [];
  let section = 0;
  let prevText = '';
  let prevList = false;
  blocks.forEach((b, block) => {
    for (const [s, e] of sentences(b.text)) {
      const norm = normalize(b.text.slice(s, e));
      const t = norm.text;
      const words = t.split(/\s+/).length;
      const short = words <= HEADING_MAX_WORDS;
      const unpunctuated = !/[.!:;,"'”’)。！]$/.test(t);
      // A run of short unpunctuated lines after "…:" is a list, not a series of headings.
      const listItem = unpunctuated && short && (prevText.endsWith(':') || prevList);
      const heading = b.kind === 'heading' || (!listItem && short && (unpunctuated || (/[?？]$/.test(t) && words <= 8)));
      if (heading) section++;
      out.push({ block, start: s, norm, heading, section });
      prevText = t;
      prevList = listItem;
    }
  });
  return out;
}

/**
 * Where a global search goes on after an empty match. By a whole code point: with the `u` flag V8 moves a
 * lastIndex that lands inside a surrogate pair back to its start, so `lastIndex++` before an emoji would
 * find the same empty match for ever (a frozen tab on any page with an emoji, had a term matched nothing).
 */
function skipEmpty(re: RegExp, text: string, at: number): void {
  re.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}

function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m[0].length === 0) { skipEmpty(re, text, m.index); continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Hits of a cue kind in every active pack, with the pseudo-cues' territory taken out. */
function cueHits(packs: readonly CompiledPack[], kind: CueKind, text: string): Hit[] {
  const out: Hit[] = [];
  for (const p of packs) {
    const c = p.cues[kind];
    if (c) out.push(...hits(c.re, text));
  }
  return out.sort((a, b) => a.start - b.start);
}

const PSEUDO: Partial<Record<CueKind, CueKind>> = { negation: 'pseudo-negation', 'negation-after': 'pseudo-negation', caution: 'pseudo-caution' };

export function analyseCues(packs: readonly CompiledPack[], text: string): Sentence['cues'] {
  const cues: Sentence['cues'] = {};
  const kinds = new Set<CueKind>();
  for (const p of packs) for (const k of Object.keys(p.cues) as CueKind[]) kinds.add(k);
  for (const k of kinds) {
    if (k === 'pseudo-negation' || k === 'pseudo-caution') continue;
    let list = cueHits(packs, k, text);
    const pseudoKind = PSEUDO[k];
    if (pseudoKind && list.length) {
      const pseudo = cueHits(packs, pseudoKind, text);
      if (pseudo.length) list = list.filter((h) => !pseudo.some((p) => h.start >= p.start && h.start < p.end));
    }
    if (list.length) cues[k] = list;
  }
  return cues;
}

export function clausesOf(text: string, terminators: readonly Hit[]): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const t of terminators) cuts.add(t.start);
  CLAUSE_BREAK.lastIndex = 0;
  const commas: number[] = [];
  for (let m; (m = CLAUSE_BREAK.exec(text)); ) {
    if (m[0] === ',' || m[0] === '，' || m[0] === '、') commas.push(m.index);
    else cuts.add(m.index);
  }
  // A comma ends a clause unless it separates the items of a list ("diagnose, treat, cure, or prevent"):
  // a cue before the list reaches every item.
  commas.forEach((at, i) => {
    const next = commas[i + 1] ?? text.length;
    const item = text.slice(at + 1, next).trim().split(/\s+/).filter(Boolean).length;
    const nextIsComma = i + 1 < commas.length;
    if (!(nextIsComma && item <= 3) && !(item <= 3 && /^\s*(?:or|and|y|o|e|et|ou|und|oder|en|of)\b/.test(text.slice(at + 1)))) cuts.add(at);
  });
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1]! > sorted[i]!) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
}

/**
 * Same-family matches are one candidate (and one finding) across a short list or phrase between them
 * ("umbilical cord, placental or amniotic stem cells", "PRP (platelet-rich plasma) injections"): at most
 * JOIN_MAX_WORDS words and list punctuation, no sentence or clause punctuation, within JOIN_MAX_GAP
 * characters. Apart, the second match is a duplicate finding of the same claim. Chosen by site-grouped
 * cross-validation (`npm run eval`, strict warnings F1): joining across 1 word 45.1%, 4 47.7%, 6 48.0%,
 * 8 48.1%, 12 47.7%; 6 is where it stops paying.
 */
const JOIN_MAX_WORDS = 6;
const JOIN_MAX_GAP = 60;
const LIST_SEP = "[\\s,()/&+'’“”\"\\-–]";
const LIST_GAP = new RegExp(`^${LIST_SEP}*(?:[\\p{L}\\p{N}]+${LIST_SEP}+){0,${JOIN_MAX_WORDS}}$`, 'u');
/** Scripts written without spaces: list commas and up to three characters ("臍帯・胎盤由来"). */
const CJK_LIST_GAP = /^[\s、・，,]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]{0,3}[\s、・，,]*$/u;

function joins(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  if (to - from > JOIN_MAX_GAP) return false;
  const gap = text.slice(from, to);
  return LIST_GAP.test(gap) || CJK_LIST_GAP.test(gap);
}

const LETTER_BEFORE = /[\p{L}\p{N}]/u;
/** A "*word" term matches from its literal: the finding quotes the whole compound (at most 24 letters back). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 24 && LETTER_BEFORE.test(text[i - 1]!)) i--;
  return i > 0 && at - i >= 24 ? at : i;
}

function candidatesOf(packs: readonly CompiledPack[], text: string, sentence: number): Candidate[] {
  const raw: Candidate[] = [];
  for (const p of packs) {
    for (const r of p.rules) {
      r.re.lastIndex = 0;
      for (let m; (m = r.re.exec(text)); ) {
        if (m[0].length === 0) { skipEmpty(r.re, text, m.index); continue; }
        const k = m.findIndex((g, i) => i > 0 && g !== undefined);
        raw.push({ sentence, family: r.family, rule: r.rule, start: wordStart(text, m.index), end: m.index + m[0].length, terms: [`${p.pack.language}:${r.terms[k - 1]}`] });
      }
    }
  }
  dropExcluded(packs, text, raw);
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  const last = new Map<Family, Candidate>();
  for (const c of raw) {
    const prev = last.get(c.family);
    if (prev && joins(text, prev.end, c.start)) {
      prev.end = Math.max(prev.end, c.end);
      for (const t of c.terms) if (!prev.terms.includes(t)) prev.terms.push(t);
      continue;
    }
    const kept = { ...c, terms: [...c.terms] };
    out.push(kept);
    last.set(c.family, kept);
  }
  return out;
}

/** Takes out the candidates that stand inside an antipattern of their family (in any active pack). */
function dropExcluded(packs: readonly CompiledPack[], text: string, raw: Candidate[]): void {
  const spans = new Map<Family, Hit[]>();
  for (const p of packs) for (const [family, re] of Object.entries(p.exclude) as Array<[Family, RegExp]>) {
    const h = hits(re, text);
    if (h.length) spans.set(family, [...(spans.get(family) ?? []), ...h]);
  }
  if (!spans.size) return;
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw[i]!;
    if (spans.get(c.family)?.some((h) => h.start < c.end && c.start < h.end)) raw.splice(i, 1);
  }
}

export function activePacks(model: CompiledModel, languages: readonly string[]): CompiledPack[] {
  return languages.map((l) => model.byLanguage.get(l)).filter((p): p is CompiledPack => !!p);
}

/** Sentences, cues and candidates of a page whose languages are known. */
export function analyse(model: CompiledModel, blocks: readonly Block[], languages: readonly string[]): Analysis {
  const packs = activePacks(model, languages);
  const split = splitSentences(blocks);
  const out: Sentence[] = [];
  const candidates: Candidate[] = [];
  split.forEach((s, i) => {
    const text = s.norm.text;
    const cues = analyseCues(packs, text);
    out.push({
      ...s,
      question: /[?？]["')\]»”’]*\s*$/.test(text),
      anchors: hits(model.anchorGlobal, text),
      cues,
      clauses: clausesOf(text, cues.terminator ?? []),
    });
    candidates.push(...candidatesOf(packs, text, i));
  });
  return { sentences: out, candidates, languages: [...languages] };
}
