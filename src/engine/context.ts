import type { Context, Family } from './types';
import {
  CAUTION, EMBEDDED_QUESTION, INTRINSIC_CAUTION, INTRINSIC_NEGATION, LEADING_SUBORDINATE, LEGITIMACY, NEGATION, OPEN_QUESTION,
  POST_NEGATION, PROMO, PSEUDO_CAUTION, PSEUDO_NEGATION, REPORTED_STRONG, REPORTED_WEAK, TERMINATOR,
} from './cues';

// ConText-style classification of one finding inside its sentence.
// Precedence, decided once: question > negated > cautionary > reported > promotional.
// Claim families (approval, legality, safety, efficacy, medical, quality) can be denied, so a negation
// makes them `negated`; a negation near a mention ("human-derived exosomes are not approved") is a
// warning about the thing, so mentions become `cautionary`, unless the negation governs the mention
// itself ("we never inject", "rather than injecting them").

export const CLAIM_FAMILIES: ReadonlySet<Family> = new Set([
  'approval-claim', 'legality-claim', 'safety-claim', 'efficacy-claim', 'medical-claim', 'unverified-product',
]);
export const INFO_FAMILIES: ReadonlySet<Family> = new Set(['plant-or-animal-source', 'autologous']);
/** Families whose own wording may carry the denial ("unapproved", "not legal"). */
const SPAN_NEGATABLE: ReadonlySet<Family> = new Set(['approval-claim', 'legality-claim', 'efficacy-claim']);

const PRE_NEGATION_TOKENS = 6;
const POST_NEGATION_CHARS = 24;
const POST_CAUTION_TOKENS = 6;
const LEGITIMACY_TOKENS = 8;
/** Between a negation and the mention it governs, only function words ("we do not use", "not be injected"). */
const GOVERNED = /^(?:\s*\b(?:be|being|been|to|the|a|an|any|them|it|is|are|was|were|get|gets|got|use|using|used|offer|offering|offered|do|does|did|ever|recommend|provide|sell|stock|contain|contains)\b)*\s*$/;
/** A negation's scope does not cross a comma, a bracket or a semicolon. */
const SCOPE_BREAK = /[,;()]/;

interface Hit { start: number; end: number; text: string }

function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Cues of one sentence, found once (lazily: most sentences only need the stance cues) and shared by its findings. */
export class SentenceCues {
  private memo = new Map<string, unknown>();
  constructor(readonly text: string) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  get clauses(): Array<[number, number]> { return this.once('clauses', () => clausesOf(this.text)); }
  get negations(): Hit[] {
    return this.once('neg', () => {
      const pseudo = hits(PSEUDO_NEGATION, this.text);
      return hits(NEGATION, this.text).filter((n) => !pseudo.some((p) => n.start >= p.start && n.start < p.end));
    });
  }
  get cautions(): Hit[] {
    return this.once('caution', () => {
      const pseudo = hits(PSEUDO_CAUTION, this.text);
      return hits(CAUTION, this.text).filter((c) => !pseudo.some((p) => c.start >= p.start && c.start < p.end));
    });
  }
  get strong(): Hit[] { return this.once('strong', () => hits(REPORTED_STRONG, this.text)); }
  get weak(): Hit[] { return this.once('weak', () => hits(REPORTED_WEAK, this.text)); }
  get promo(): Hit[] { return this.once('promo', () => hits(PROMO, this.text)); }
  get legit(): Hit[] { return this.once('legit', () => hits(LEGITIMACY, this.text)); }
  get embeddedQuestions(): Hit[] { return this.once('eq', () => hits(EMBEDDED_QUESTION, this.text)); }
  get openQuestions(): Hit[] { return this.once('oq', () => hits(OPEN_QUESTION, this.text)); }
  get postNegations(): Hit[] { return this.once('post', () => hits(POST_NEGATION, this.text)); }
  get isQuestion(): boolean { return /[?？]["')\]»”’]*\s*$/.test(this.text); }

  /** True when the sentence warns (used for the page's stance). */
  get critical(): boolean {
    return this.cautions.length > 0;
  }

  clauseOf(pos: number): [number, number] {
    for (const c of this.clauses) if (pos >= c[0] && pos < c[1]) return c;
    return [0, this.text.length];
  }
}

function clausesOf(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const t of hits(TERMINATOR, text)) cuts.add(t.start);
  if (LEADING_SUBORDINATE.test(text)) {
    const comma = text.indexOf(',');
    if (comma > 0) cuts.add(comma + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1] > sorted[i]) out.push([sorted[i], sorted[i + 1]]);
  return out;
}

const tokensBetween = (text: string, a: number, b: number) => (b <= a ? 0 : text.slice(a, b).trim().split(/\s+/).filter(Boolean).length);

export interface Classification { context: Context; cue?: string }

export interface ClassifyInput {
  family: Family;
  /** Span in the sentence's normalised text. */
  start: number;
  end: number;
  /** The page (section) around the sentence reads as a warning or a neutral description. */
  criticalStance: boolean;
  /** Another finding in the same clause is a promotional claim. */
  promotedClause: boolean;
}

export function classify(cues: SentenceCues, f: ClassifyInput): Classification {
  const { text } = cues;
  const [cs, ce] = cues.clauseOf(f.start);
  const inClause = (h: Hit) => h.start >= cs && h.end <= ce;
  const outsideSpan = (h: Hit) => h.end <= f.start || h.start >= f.end;
  const span = text.slice(f.start, f.end);
  const claim = CLAIM_FAMILIES.has(f.family);
  const info = INFO_FAMILIES.has(f.family);
  const before = (h: Hit) => text.slice(h.end, f.start);

  if (cues.isQuestion) return { context: 'question', cue: '?' };
  const q = cues.embeddedQuestions.find((h) => inClause(h) && h.start <= f.start) ?? cues.openQuestions.find(inClause);
  if (q) return { context: 'question', cue: q.text };

  // Informational sources: "promotional" means the page presents the source as the legitimate choice.
  // When the page also attributes it ("many legal sources are…"), the nearer cue decides.
  if (info) {
    const attributed = [...cues.strong, ...(f.criticalStance ? cues.weak : [])].filter((h) => inClause(h) && outsideSpan(h));
    const legit = cues.legit.find(
      (h) => outsideSpan(h) && inClause(h) && tokenGap(text, h, f) <= LEGITIMACY_TOKENS && !attributed.some((a) => h.start >= a.start && h.end <= a.end),
    );
    const nearestAttribution = Math.min(...attributed.map((a) => tokenGap(text, a, f)));
    if (legit && tokenGap(text, legit, f) < nearestAttribution) return { context: 'promotional', cue: legit.text };
  }

  // Negation: before the span within its scope, right after it ("… is not approved"), or inside it.
  const pre = cues.negations.find((n) => inClause(n) && n.end <= f.start && !SCOPE_BREAK.test(before(n)) && tokensBetween(text, n.end, f.start) <= PRE_NEGATION_TOKENS);
  const post = cues.postNegations.find((n) => inClause(n) && n.start >= f.end && n.start - f.end <= POST_NEGATION_CHARS && !SCOPE_BREAK.test(text.slice(f.end, n.start)));
  const intrinsic = SPAN_NEGATABLE.has(f.family) ? INTRINSIC_NEGATION.exec(span) : null;
  if (claim) {
    if (pre || intrinsic || post) return { context: 'negated', cue: (pre ?? post)?.text ?? intrinsic?.[0] };
  } else if (pre && GOVERNED.test(before(pre)) && !cues.cautions.some((c) => inClause(c) && c.start <= pre.start && c.end > pre.start)) {
    return { context: 'negated', cue: pre.text };
  }

  const caution =
    cues.cautions.find((c) => inClause(c) && outsideSpan(c)) ??
    (INTRINSIC_CAUTION.test(span) ? { text: INTRINSIC_CAUTION.exec(span)![0] } : undefined);
  if (caution) return { context: 'cautionary', cue: caution.text };
  if (!claim) {
    const after = cues.postNegations.find((n) => inClause(n) && n.start >= f.end && tokensBetween(text, f.end, n.start) <= POST_CAUTION_TOKENS);
    if (after) return { context: 'cautionary', cue: after.text };
  }

  const quoted = /["']$/.test(text.slice(0, f.start).trimEnd()) && /^["']/.test(text.slice(f.end).trimStart());
  if (quoted) return { context: 'reported', cue: 'quotation marks' };
  const strong = cues.strong.find((h) => inClause(h) && outsideSpan(h));
  if (strong) return { context: 'reported', cue: strong.text };
  const promo = cues.promo.find((h) => inClause(h) && outsideSpan(h));
  if (promo) return { context: 'promotional', cue: promo.text };
  if (f.criticalStance) {
    const weak = cues.weak.find((h) => inClause(h) && outsideSpan(h));
    if (weak) return { context: 'reported', cue: weak.text };
  }

  if (info) return { context: 'reported' };
  if (claim || f.promotedClause || !f.criticalStance) return { context: 'promotional' };
  return { context: 'reported' };
}

function tokenGap(text: string, h: Hit, f: { start: number; end: number }): number {
  return h.end <= f.start ? tokensBetween(text, h.end, f.start) : tokensBetween(text, f.end, h.start);
}
