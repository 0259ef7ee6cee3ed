import type { Context, Family, Jurisdiction, Severity } from './types';

// The format of the rules model the engine is handed. The engine owns the format; src/rules holds the
// instances (one language pack per file, the cue definitions, the trained weights) and assembles them.
// Nothing here is English or any other language: every word the engine looks for comes from a pack.

/** Kinds of cue a language pack lists. Their direction and scope are data too (CueSpec). */
export const CUE_KINDS = [
  'negation', // denies what follows ("not", "never", "without")
  'negation-after', // denies what precedes ("... is not approved", "... has not been proven")
  'pseudo-negation', // looks like a negation but is not one ("no side effects", "not only")
  'caution', // warns ("illegal", "red flag", "risks")
  'pseudo-caution', // a warning word that is itself negated or idiomatic ("fewer risks")
  'reported', // attributes to others ("some clinics claim", "a study found", "according to")
  'reported-weak', // attribution that only counts on a page that does not sell ("often", "many clinics")
  'hedge', // may, might, could, potential
  'question', // an embedded question ("whether", "ask your clinic if")
  'promo', // sales voice ("book now", "special offer", "we offer")
  'first-person', // we, our, us, I, my
  'second-person', // you, your
  'imperative', // an instruction to the reader, at the start of a sentence ("book", "discover")
  'terminator', // ends a cue's scope ("but", "however")
  'booking', // calls to action and prices on the page ("book an appointment", "free consultation")
  'other-product', // other treatments a sentence may be about instead (fillers, PRP, polynucleotides)
  'physiology', // the body's own exosomes, not a product ("cells release", "messengers")
  'regulator', // regulators and official voices ("the FDA", "the MHRA", "the agency said")
  'science', // scientific-report voice ("et al", "in vitro", "participants")
  'benefit', // a verb of effect governing a claim ("reduces", "helps with", "promotes", "used for")
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** Where a cue reaches from where it stands. */
export interface CueSpec {
  /** forward: governs what follows; backward: what precedes; both: the whole scope. */
  direction: 'forward' | 'backward' | 'both';
  /** clause: up to a terminator or a clause break; sentence: the whole sentence; page: counted over the page. */
  scope: 'clause' | 'sentence' | 'page';
  /** For forward/backward cues: at most this many words between the cue and the claim. */
  maxWords?: number;
  /** Only at the start of a sentence (imperatives). */
  initial?: boolean;
}

/** One language pack: a file a linguist can write and extend without touching engine code. */
export interface LanguagePack {
  language: string;
  name: string;
  /** Words are separated by spaces (false for Chinese, Japanese, Thai; Korean compounds match as substrings too). */
  spaced: boolean;
  /**
   * How the pack's language is recognised on a page: very common function words (normalised), and/or a
   * script that settles it on its own (a regular expression over normalised text, e.g. Hangul).
   */
  detect: { stopwords?: string[]; script?: string };
  /** Terms naming exosomes or extracellular vesicles: a page that has none of any pack is off topic. */
  anchors: string[];
  /** Per family, named groups of terms (the group is part of the rule id: family.group). */
  terms: Partial<Record<Family, Record<string, string[]>>>;
  cues: Partial<Record<CueKind, string[]>>;
  /**
   * Antipatterns, as LanguageTool has them: per family, phrases in which the family's terms never make a
   * claim ("plant stem cells", "legal notice", "laser hair removal"). A candidate inside one is not a
   * candidate. Phrases, not sentences: each must hold on any page.
   */
  exclude?: Partial<Record<Family, string[]>>;
  /** Examples that must match and near-misses that must not; they run as tests. */
  examples: PackExample[];
}

export interface PackExample {
  /** The sentence, with the expected span in [[double brackets]] for a match, none for a near-miss. */
  text: string;
  family: Family;
  /** For a match: the expected context (default promotional). */
  context?: Context;
  /** A near-miss: no finding of `family` at all, at any strictness. */
  nearMiss?: boolean;
  /**
   * A near-miss the judgement still shows, and why (a known defect, kept visible): the test asserts it is
   * still shown, so the mark must go the day the model learns it.
   */
  pending?: string;
  /** Sentences before it on the same page, when the example needs page context. */
  page?: string[];
}

/**
 * Weights learned by `npm run train` (src/rules/weights.json): one multinomial logistic regression over
 * 'none' (not a finding) and the five contexts, so dropping a candidate and choosing its context are one
 * decision with one calibrated probability.
 */
export interface ModelWeights {
  /** What it was trained on and how, for the record. */
  trainedOn: string;
  /** Feature names, in weight order. */
  features: string[];
  classes: Array<'none' | Context>;
  /** Per class, one weight per feature. */
  weights: number[][];
  bias: number[];
  /** A candidate is dropped when p(none) is at least this. */
  dropAt: number;
  /**
   * A promotional finding is the one that warns, so it has a bar of its own: kept as promotional when
   * p(promotional) is at least this; below it, a candidate whose likeliest context is promotional takes its
   * next likeliest context if that has p of at least `altAt`, and is dropped otherwise. Absent: argmax only.
   */
  promoAt?: number;
  altAt?: number;
}

/** Per family: how severe a promotional finding is where the reader is, and what kind of family it is. */
export interface FamilyPolicy {
  severity: Record<Jurisdiction, Severity>;
  /** claim: can be asserted or denied; mention: a thing named (a source, a route); info: informational. */
  kind: 'claim' | 'mention' | 'info';
}

/** Everything the engine is handed. */
export interface RulesModel {
  version: string;
  packs: LanguagePack[];
  cues: Record<CueKind, CueSpec>;
  families: Record<Family, FamilyPolicy>;
  weights: ModelWeights | null;
}
