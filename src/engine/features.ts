import type { Analysis, Candidate, Hit, Sentence } from './analyse';
import type { CueKind, CueSpec, FamilyPolicy, RulesModel } from './model';
import type { Family, SignalKind } from './types';

// The features a candidate is judged by. Names are data keys into the trained weights, so they must stay
// stable: renaming one silently zeroes its weight until the next `npm run train`. Every feature generalises
// beyond a page: cues in scope (by their spec's direction and scope), sentence form, the family's kind, and
// the page's profile as shares of its sentences. The lexicon entry itself (`term=`) is the one lexical feature.

export type Features = Map<string, number>;

/** Page-wide shares of sentences with a cue, and section-wide ones; computed once per page. */
export interface PageProfile {
  languages: string[];
  share: Partial<Record<CueKind | 'question' | 'anchor' | 'candidates', number>>;
  sections: Map<number, Partial<Record<CueKind, number>>>;
  sentences: number;
  /** Candidates per sentence. */
  perSentence: Int32Array;
}

const PAGE_KINDS: readonly CueKind[] = ['caution', 'reported', 'reported-weak', 'promo', 'first-person', 'second-person', 'booking', 'regulator', 'science', 'negation', 'physiology', 'other-product', 'hedge'];
const SECTION_KINDS: readonly CueKind[] = ['caution', 'reported', 'promo', 'first-person', 'negation'];

export function pageProfile(a: Pick<Analysis, 'sentences' | 'languages' | 'candidates'>): PageProfile {
  const n = Math.max(1, a.sentences.length);
  const share: PageProfile['share'] = {};
  for (const k of PAGE_KINDS) share[k] = a.sentences.filter((s) => s.cues[k]?.length).length / n;
  share.question = a.sentences.filter((s) => s.question).length / n;
  share.anchor = a.sentences.filter((s) => s.anchors.length).length / n;
  share.candidates = new Set(a.candidates.map((c) => c.sentence)).size / n;
  const sections = new Map<number, Partial<Record<CueKind, number>>>();
  const bySection = new Map<number, Sentence[]>();
  for (const s of a.sentences) {
    const list = bySection.get(s.section);
    if (list) list.push(s);
    else bySection.set(s.section, [s]);
  }
  for (const [id, list] of bySection) {
    const sec: Partial<Record<CueKind, number>> = {};
    for (const k of SECTION_KINDS) sec[k] = list.filter((s) => s.cues[k]?.length).length / list.length;
    sections.set(id, sec);
  }
  const perSentence = new Int32Array(a.sentences.length);
  for (const c of a.candidates) perSentence[c.sentence]!++;
  return { languages: a.languages, share, sections, sentences: a.sentences.length, perSentence };
}

const wordsBetween = (text: string, a: number, b: number): number => {
  if (b <= a) return 0;
  const gap = text.slice(a, b);
  const spaced = gap.trim().split(/\s+/).filter(Boolean).length;
  const cjk = (gap.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g) ?? []).length;
  return spaced + Math.floor(cjk / 2);
};

function clauseOf(s: Sentence, pos: number): [number, number] {
  for (const c of s.clauses) if (pos >= c[0] && pos < c[1]) return c;
  return [0, s.norm.text.length];
}

// Feature names are a small fixed set: their "|kind" forms and signal kinds are built once, not per
// candidate (a dense page has tens of thousands of candidates, each with dozens of features).
const kindedNames = new Map<string, Map<string, string>>();
const namesOfKind = (kind: string): ((name: string) => string) => {
  let m = kindedNames.get(kind);
  if (!m) kindedNames.set(kind, (m = new Map()));
  const names = m;
  return (name) => {
    let v = names.get(name);
    if (v === undefined) names.set(name, (v = `${name}|${kind}`));
    return v;
  };
};

export type Where = 'scope' | 'span' | 'sentence';

/** Where a cue hit stands relative to a candidate, by the cue kind's spec. */
export function placeOf(s: Sentence, c: Pick<Candidate, 'start' | 'end'>, h: Hit, spec: CueSpec): Where | null {
  if (h.start >= c.start && h.end <= c.end) return 'span';
  if (h.end > c.start && h.start < c.end) return 'span';
  const text = s.norm.text;
  if (spec.initial && text.slice(0, h.start).trim().length > 2) return null;
  const [cs, ce] = clauseOf(s, c.start);
  const inClause = h.start >= cs && h.end <= ce;
  const scopeClause = spec.scope === 'clause' ? inClause : true;
  if (!scopeClause) return 'sentence';
  if (spec.direction === 'forward' && h.end > c.start) return 'sentence';
  if (spec.direction === 'backward' && h.start < c.end) return 'sentence';
  if (spec.maxWords !== undefined) {
    const gap = h.end <= c.start ? wordsBetween(text, h.end, c.start) : wordsBetween(text, c.end, h.start);
    if (gap > spec.maxWords) return 'sentence';
  }
  return 'scope';
}

const CONTEXT_KINDS: readonly CueKind[] = ['negation', 'negation-after', 'caution', 'reported', 'reported-weak', 'hedge', 'question', 'promo', 'first-person', 'second-person', 'imperative', 'other-product', 'physiology', 'regulator', 'benefit'];

export interface Judged { features: Features; cues: Array<{ kind: CueKind; where: Where; hit: Hit }> }

export function featuresOf(model: RulesModel, a: Analysis, page: PageProfile, c: Candidate): Judged {
  const f: Features = new Map();
  const fam = model.families[c.family] as FamilyPolicy | undefined;
  const fk = fam?.kind ?? 'claim';
  const s = a.sentences[c.sentence]!;
  const text = s.norm.text;
  const withKind = namesOfKind(fk);
  const on = (name: string, v = 1) => {
    f.set(name, (f.get(name) ?? 0) + v);
    const kinded = withKind(name);
    f.set(kinded, (f.get(kinded) ?? 0) + v);
  };
  f.set('bias', 1);
  f.set(`fam=${c.family}`, 1);
  f.set(`rule=${c.rule}`, 1);
  for (const t of c.terms) f.set(`term=${t}`, 1);
  if (c.terms.length > 1) on('terms>1');

  // Topic: is the sentence (or its neighbourhood) about exosomes at all?
  const near = s.anchors.some((h) => wordsBetween(text, Math.min(h.end, c.start), Math.max(h.start, c.end)) <= 4 || (h.start < c.end && h.end > c.start));
  if (near) on('anchor.near');
  else if (s.anchors.length) on('anchor.sentence');
  else {
    const back = [1, 2, 3].map((d) => a.sentences[c.sentence - d]).filter((p) => p && p.block >= 0);
    if (back.slice(0, 1).some((p) => p!.anchors.length)) on('anchor.prev1');
    else if (back.some((p) => p!.anchors.length)) on('anchor.prev3');
    else on('anchor.none');
  }
  // Exosomes as the subject of the clause ("Exosomes reduce inflammation") or named after the claim.
  const [cs, ce] = clauseOf(s, c.start);
  if (s.anchors.some((h) => h.end <= c.start && h.start >= cs)) on('anchor.before');
  else if (s.anchors.some((h) => h.start >= c.end && h.end <= ce)) on('anchor.after');
  if (s.heading) on('heading');
  // A line after "…:" continues the sentence that introduced it ("These exosomes can help:" / "Reduce inflammation").
  const before = a.sentences[c.sentence - 1];
  if (before && /:\s*$/.test(before.norm.text)) {
    on('after-colon');
    for (const k of ['reported', 'reported-weak', 'caution', 'promo', 'hedge', 'benefit', 'first-person'] as const) if (before.cues[k]?.length) on(`${k}.lead`);
  }
  if (s.question) on('question.mark');
  const words = text.split(/\s+/).length;
  if (words <= 5) on('short');
  if (/^[^:]{1,40}:\s/.test(text)) on('label');
  if (/["“”«»]/.test(text.slice(Math.max(0, c.start - 2), c.start)) && /["“”«»]/.test(text.slice(c.end, c.end + 2))) on('quoted');

  const cues: Judged['cues'] = [];
  for (const kind of CONTEXT_KINDS) {
    const spec = model.cues[kind];
    for (const h of s.cues[kind] ?? []) {
      const where = placeOf(s, c, h, spec);
      if (!where) continue;
      cues.push({ kind, where, hit: h });
    }
  }
  const seen = new Set<string>();
  for (const { kind, where } of cues) {
    const name = `${kind}.${where}`;
    if (seen.has(name)) continue;
    seen.add(name);
    on(name);
  }
  // The previous sentence's warnings and attributions carry over ("Some clinics claim this. They say…").
  const prev = a.sentences[c.sentence - 1];
  if (prev && !s.heading) {
    if (prev.cues.caution?.length) on('caution.prev');
    if (prev.cues.reported?.length) on('reported.prev');
  }
  // Another finding family in the sentence that is itself a sales claim or a warning shapes this one.
  if (page.perSentence[c.sentence]! > 1) on('others.sentence');

  // Page and section profile.
  for (const [k, v] of Object.entries(page.share)) if (v) on(`page.${k}`, v);
  const sec = page.sections.get(s.section);
  if (sec) for (const [k, v] of Object.entries(sec)) if (v) on(`section.${k}`, v);
  return { features: f, cues };
}

/** The signal kind a feature name speaks for, in "why it fired"; null for features no reader needs. */
const signalKinds = new Map<string, SignalKind | null>();
export function signalOf(name: string): SignalKind | null {
  let v = signalKinds.get(name);
  if (v === undefined) signalKinds.set(name, (v = signalKindOf(name)));
  return v;
}

function signalKindOf(name: string): SignalKind | null {
  const base = name.split('|')[0]!;
  if (base.startsWith('term=') || base.startsWith('rule=')) return 'term';
  const [k] = base.split('.');
  switch (k) {
    case 'negation': case 'negation-after': return 'negation';
    case 'caution': return 'caution';
    case 'reported': case 'reported-weak': return 'reported';
    case 'question': return 'question';
    case 'promo': return 'promo';
    case 'first-person': return 'first-person';
    case 'imperative': return 'imperative';
    case 'other-product': return 'other-product';
    case 'anchor': return base === 'anchor.none' ? null : 'exosome-near';
    case 'page': case 'section':
      if (/\.(booking)$/.test(base)) return 'page-booking';
      if (/\.(caution|negation)$/.test(base)) return 'page-warning';
      if (/\.(promo|first-person|second-person)$/.test(base)) return 'page-selling';
      if (/\.(regulator)$/.test(base)) return 'page-regulator';
      if (/\.(science|reported)$/.test(base)) return 'page-news';
      return null;
    default: return null;
  }
}

export type { Family };
