import type { Block, Family, Finding, Jurisdiction, ScanOptions, ScanResult } from './types';
import { normalize, toOriginal, type Normalized } from './normalize';
import { sentences } from './segment';
import { ANCHOR, HIDING, HUMAN_SOURCE, NON_HUMAN_SOURCE, OTHER_PRODUCT, RAW_ANCHOR } from './lexicon';
import { CLAIM_FAMILIES, SentenceCues, classify } from './context';
import { ANAPHOR, PHYSIOLOGY } from './cues';
import { detectLanguagesIn } from './language';
import type { Language } from './types';
import { compileRule, type CompiledRule } from './compile';
import { severityOf, visible } from './severity';
import { RULES } from '../rules';

// Page text in, findings out. Steps: cheap topic test (off-topic pages stop here), sentences,
// normalisation, rule matching guarded by topic and referent, merging of adjacent spans of one family,
// the page's stance by section, then per-finding context, severity and strictness.

const ANCHOR_WINDOW = 3; // sentences back that a 'sentence'-topic rule may lean on ("They are injected…")
const HEADING_MAX_WORDS = 12;

let compiled: CompiledRule[] | null = null;
const rules = () => (compiled ??= RULES.map(compileRule));

// One pass of a combined literal alternation per sentence names the candidate rules (uBO's token index).
interface Prefilter { re: RegExp; byKeyword: Map<string, number[]>; always: number[] }
let prefilter: Prefilter | null = null;
function getPrefilter(): Prefilter {
  if (prefilter) return prefilter;
  const byKeyword = new Map<string, number[]>();
  const always: number[] = [];
  rules().forEach((cr, i) => {
    if (!cr.rule.keywords?.length) return always.push(i);
    for (const k of cr.rule.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
  });
  const alternatives = [...byKeyword.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (prefilter = { re: new RegExp(alternatives.join('|'), 'g'), byKeyword, always });
}

function candidates(text: string): CompiledRule[] {
  const { re, byKeyword, always } = getPrefilter();
  const all = rules();
  const picked = new Uint8Array(all.length);
  for (const i of always) picked[i] = 1;
  re.lastIndex = 0;
  // Overlapping keywords ("legal" inside "legally") are each found by retrying one character on.
  for (let m; (m = re.exec(text)); re.lastIndex = m.index + 1) {
    for (let k = m[0].length; k > 0; k--) {
      const ids = byKeyword.get(m[0].slice(0, k));
      if (ids) for (const i of ids) picked[i] = 1;
    }
  }
  return all.filter((_, i) => picked[i]);
}

interface Sentence {
  block: number;
  start: number; // in block text
  norm: Normalized;
  heading: boolean;
  section: number;
  anchorNear: boolean;
  referent: 'exo' | 'other';
  cues?: SentenceCues;
  raw: RawFinding[];
}

interface RawFinding {
  rule: CompiledRule;
  family: Family;
  start: number; // in sentence normalised text
  end: number;
}

export function isOnTopic(blocks: readonly Block[]): boolean {
  for (const b of blocks) {
    if (RAW_ANCHOR.test(b.text)) return true;
    if (HIDING.test(b.text) && ANCHOR.test(normalize(b.text).text)) return true;
  }
  return false;
}

export function scanDocument(blocks: readonly Block[], options: ScanOptions = {}): ScanResult {
  const jurisdiction: Jurisdiction = options.jurisdiction ?? 'uk';
  if (!isOnTopic(blocks)) return { findings: [], all: [], muted: {}, offTopic: true };

  const sents = splitSentences(blocks);
  const languages = options.languages ? new Set(options.languages) : detectLanguagesIn(sents.map((s) => s.norm.text));
  for (const s of sents) s.raw = matchSentence(s, languages, options.exhaustive ?? false);
  const stance = sectionStances(sents);

  const all: Finding[] = [];
  for (const s of sents) {
    if (!s.raw.length) continue;
    const cues = (s.cues ??= new SentenceCues(s.norm.text));
    const critical = stance.get(s.section) ?? false;
    const provisional = s.raw.map((r) =>
      CLAIM_FAMILIES.has(r.family) ? classify(cues, { ...r, criticalStance: critical, promotedClause: false }).context : null,
    );
    s.raw.forEach((r, i) => {
      const clause = cues.clauseOf(r.start);
      const promotedClause = s.raw.some(
        (o, j) => j !== i && provisional[j] === 'promotional' && o.start >= clause[0] && o.start < clause[1],
      );
      const c = classify(cues, { ...r, criticalStance: critical, promotedClause });
      const [os, oe] = toOriginal(s.norm, r.start, r.end);
      const start = s.start + os;
      const end = s.start + oe;
      all.push({
        rule: r.rule.rule.id,
        family: r.family,
        context: c.context,
        severity: severityOf(r.family, c.context, jurisdiction),
        block: s.block,
        start,
        end,
        text: blocks[s.block].text.slice(start, end),
        ...(c.cue ? { cue: c.cue } : {}),
      });
    });
  }

  const strictness = options.strictness ?? 'standard';
  const mutedIds = new Set(options.muted ?? []);
  const muted: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const f of all) {
    if (!visible(f, strictness, ruleIsPicky(f.rule))) continue;
    if (mutedIds.has(f.rule)) {
      muted[f.rule] = (muted[f.rule] ?? 0) + 1;
      continue;
    }
    findings.push(f);
  }
  return { findings, all, muted, offTopic: false };
}

/** Languages of a whole page, for callers that scan it in pieces (ScanOptions.languages). */
export function pageLanguages(blocks: readonly Block[]): Language[] {
  return [...detectLanguagesIn(normalisedTexts(blocks))];
}

function* normalisedTexts(blocks: readonly Block[]): Generator<string> {
  for (const b of blocks) yield normalize(b.text).text;
}

/** Plain text: each line is a block. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanDocument(text.split(/\r?\n/).map((t) => ({ text: t })), options);
}

const pickyIds = () => new Set(RULES.filter((r) => r.picky).map((r) => r.id));
let picky: Set<string> | null = null;
const ruleIsPicky = (id: string) => (picky ??= pickyIds()).has(id);

function splitSentences(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  let section = 0;
  let lastAnchor = -Infinity;
  let referent: 'exo' | 'other' = 'exo';
  let prevText = '';
  let prevList = false;
  // Headings name the topic of what follows, and sibling headings ("3. Plant-derived exosomes",
  // "4. PRP or autologous sources") share one.
  let headingAnchor = false;
  blocks.forEach((b, block) => {
    for (const [s, e] of sentences(b.text)) {
      const norm = normalize(b.text.slice(s, e));
      const t = norm.text;
      const short = t.split(/\s+/).length <= HEADING_MAX_WORDS;
      const unpunctuated = !/[.!:;,"'”’)]$/.test(t);
      // A run of short unpunctuated lines after "…:" is a list, not a series of headings.
      const listItem = unpunctuated && short && (prevText.endsWith(':') || prevList);
      const heading = b.kind === 'heading' || (!listItem && short && (unpunctuated || (/\?$/.test(t) && t.split(/\s+/).length <= 6)));
      if (heading) section++;
      const hasAnchor = ANCHOR.test(t);
      const idx = out.length;
      // Which product is this sentence about? Its own exosome term; else another product it names, unless a
      // pronoun before that name carries the exosomes over ("they are stacked with polynucleotides"); else
      // the previous sentence's product when a pronoun refers back ("These products must comply…"); else
      // the page's topic.
      const other = OTHER_PRODUCT.exec(t);
      if (hasAnchor) { lastAnchor = idx; referent = 'exo'; }
      else if (other) referent = referent === 'exo' && ANAPHOR.test(t.slice(0, other.index)) ? 'exo' : 'other';
      else if (!ANAPHOR.test(t)) referent = 'exo';
      const anchorNear = idx - lastAnchor <= ANCHOR_WINDOW || headingAnchor;
      if (heading) headingAnchor = hasAnchor || (headingAnchor && !hasAnchor && isSibling(t));
      out.push({ block, start: s, norm, heading, section, anchorNear, referent, raw: [] });
      prevText = t;
      prevList = listItem;
    }
  });
  return out;
}

/** Numbered or lettered headings ("4. PRP sources") belong to a series. */
const isSibling = (t: string) => /^(?:\d+|[a-z])[.)]\s/.test(t);

function matchSentence(s: Sentence, languages: ReadonlySet<Language>, exhaustive: boolean): RawFinding[] {
  const text = s.norm.text;
  if (s.referent === 'other') return [];
  const physiology = PHYSIOLOGY.test(text);
  const found: RawFinding[] = [];
  for (const cr of exhaustive ? rules() : candidates(text)) {
    const { rule } = cr;
    if (!rule.languages.some((l) => languages.has(l))) continue;
    if (rule.topic === 'sentence' && !s.anchorNear) continue;
    if (physiology && rule.family === 'medical-claim') continue;
    if (cr.requires && !cr.requires.test(text)) continue;
    if (cr.anti && cr.anti.test(text)) continue;
    cr.re.lastIndex = 0;
    for (let m; (m = cr.re.exec(text)); ) {
      if (m[0].length === 0) { cr.re.lastIndex++; continue; }
      const g = m.indices?.groups?.span;
      let [start, end] = g ?? [m.index, m.index + m[0].length];
      [start, end] = trim(text, start, end);
      if (end <= start) continue;
      if (rule.near !== undefined && !anchorWithin(text, start, end, rule.near)) continue;
      if (rule.exemptNonHuman && nearestSourceIsNonHuman(text, start)) continue;
      found.push({ rule: cr, family: rule.family, start, end });
    }
  }
  return mergeFamily(text, found);
}

const EDGE = /[\s,;:.()\[\]"'!?-]/;
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && EDGE.test(text[start]) && text[start] !== '(') start++;
  while (end > start && EDGE.test(text[end - 1]) && !(text[end - 1] === ')' && text.lastIndexOf('(', end) >= start)) end--;
  return [start, end];
}

/** The source named last before `pos` is plant or animal ("plant-derived exosomes are perfectly legal"). */
const SOURCES_G = [['human', new RegExp(HUMAN_SOURCE.source, 'g')], ['other', new RegExp(NON_HUMAN_SOURCE.source, 'g')]] as const;
const ANCHOR_G = new RegExp(ANCHOR.source, 'g');

function nearestSourceIsNonHuman(text: string, pos: number): boolean {
  let last: 'human' | 'other' | null = null;
  let lastAt = -1;
  for (const [kind, g] of SOURCES_G) {
    g.lastIndex = 0;
    for (let m; (m = g.exec(text)) && m.index < pos; ) if (m.index > lastAt) { lastAt = m.index; last = kind; }
  }
  return last === 'other';
}

function anchorWithin(text: string, start: number, end: number, words: number): boolean {
  const re = ANCHOR_G;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    const a = m.index;
    const between = a < start ? text.slice(a, start) : text.slice(end, a);
    if (between.split(/\s+/).length - 1 <= words) return true;
  }
  return false;
}

// Lists such as "mesenchymal stem cells, placental or amniotic tissue" are one finding, not three.
const JOINER = /^[\s,;:/()&.-]*(?:(?:and|or|and\/or|as well as|e\.g\.|such as|like|including|often|from|of|the|other|plus|whether)[\s,;:/()&.-]*){0,3}$/;

function mergeFamily(text: string, found: RawFinding[]): RawFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  const lastOf = new Map<Family, RawFinding>();
  for (const f of found) {
    const prev = lastOf.get(f.family);
    if (prev && (f.start < prev.end || JOINER.test(text.slice(prev.end, f.start)))) {
      prev.end = Math.max(prev.end, f.end);
      continue;
    }
    const kept = { ...f };
    out.push(kept);
    lastOf.set(f.family, kept);
  }
  return out;
}

/** true = the section reads as a warning or a neutral description, not as sales copy. */
function sectionStances(sents: Sentence[]): Map<number, boolean> {
  const sec = new Map<number, { crit: number; promo: number }>();
  const doc = { crit: 0, promo: 0 };
  for (const s of sents) {
    const cues = (s.cues ??= new SentenceCues(s.norm.text));
    const crit = cues.critical ? 1 : 0;
    // A claim counts towards a sales stance only when nothing hedges or attributes it.
    const promo =
      cues.promo.length > 0 ||
      s.raw.some((r) => CLAIM_FAMILIES.has(r.family) && classify(cues, { ...r, criticalStance: true, promotedClause: false }).context === 'promotional')
        ? 1
        : 0;
    const c = sec.get(s.section) ?? { crit: 0, promo: 0 };
    c.crit += crit;
    c.promo += promo;
    sec.set(s.section, c);
    doc.crit += crit;
    doc.promo += promo;
  }
  const docCritical = doc.crit > doc.promo;
  const out = new Map<number, boolean>();
  for (const [id, c] of sec) out.set(id, c.crit + c.promo >= 2 && c.crit !== c.promo ? c.crit > c.promo : docCritical);
  return out;
}
