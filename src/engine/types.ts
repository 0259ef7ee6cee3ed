// The contract every consumer (content script, popup, background, CLI, tests) shares with the engine.
// Pure data: nothing here touches the DOM or a browser API.

export const FAMILIES = [
  'injectable',
  'human-source',
  'approval-claim',
  'legality-claim',
  'safety-claim',
  'medical-claim',
  'efficacy-claim',
  'compromised-skin',
  'unverified-product',
  'plant-or-animal-source',
  'autologous',
] as const;
export type Family = (typeof FAMILIES)[number];

export const CONTEXTS = ['promotional', 'negated', 'cautionary', 'question', 'reported'] as const;
export type Context = (typeof CONTEXTS)[number];

export const SEVERITIES = ['high', 'medium', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STRICTNESS = ['relaxed', 'standard', 'strict'] as const;
export type Strictness = (typeof STRICTNESS)[number];

export const JURISDICTIONS = ['uk', 'eu', 'us', 'ca', 'au', 'kr', 'jp'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A language pack's code ("en", "pt-BR"): languages are data (src/rules/lang), not a fixed list. */
export type Language = string;

/** One unit of page text: a paragraph, heading, list item or table cell. */
export interface Block {
  text: string;
  /** Headings scope their cues over the section below them. */
  kind?: 'heading' | 'text';
}

export interface Finding {
  rule: string;
  family: Family;
  context: Context;
  severity: Severity;
  /** Index of the block the finding is in (0 for plain text). */
  block: number;
  /** UTF-16 offsets into that block's original (un-normalised) text. */
  start: number;
  end: number;
  /** The original text at [start, end). */
  text: string;
  /** The words that decided the context, when a cue did ("not approved", "some clinics claim"). */
  cue?: string;
  /** How sure the model is that this is a finding with this context, 0..1 (strictness may ask for surer ones). */
  confidence?: number;
  /** The signals that decided it, strongest first ("why it fired"); each UI words them in its own language. */
  why?: Signal[];
}

/**
 * One reason behind a finding. `kind` is a closed set so every UI can word it; `text` is the page's own words
 * where there are some (the matched term, the cue), never a phrase of ours.
 */
export interface Signal {
  kind: SignalKind;
  text?: string;
  /** Signed contribution: > 0 pushed towards the decision taken. */
  weight: number;
}

export const SIGNAL_KINDS = [
  'term', // the lexicon words that made the candidate
  'negation', // a denial governs it ("not approved")
  'caution', // a warning word in its clause ("illegal", "red flag")
  'reported', // attributed to someone else ("some clinics claim", "a study found")
  'question', // asked, not asserted
  'promo', // sales wording in its clause ("book now", "our treatments")
  'first-person', // the page's own voice ("we", "our")
  'imperative', // an instruction to the reader ("book", "try")
  'page-booking', // the page has booking or price calls to action
  'page-clinic', // the page reads as a clinic or shop page
  'page-news', // the page reads as news or a blog
  'page-regulator', // the page reads as a regulator's or consumer-safety page
  'page-warning', // most of the page warns
  'page-selling', // most of the page sells
  'exosome-near', // an exosome term in the same or the previous sentence
  'other-product', // the sentence is about another product (filler, PRP, polynucleotides)
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface ScanOptions {
  strictness?: Strictness;
  jurisdiction?: Jurisdiction;
  /** Rule ids whose findings are dropped (they are still counted by `scanDocument`'s `muted`). */
  muted?: readonly string[];
  /**
   * The page's languages, when the caller scans a page in pieces and has computed them once for the whole
   * page (pageLanguages). Default: detected from the blocks given.
   */
  languages?: readonly Language[];
  /** Run every rule on every sentence, bypassing the keyword prefilter (tests prove the two agree). */
  exhaustive?: boolean;
}

export interface ScanResult {
  /** Findings shown at the requested strictness, in document order. */
  findings: Finding[];
  /** Every finding regardless of strictness or mutes (for counts, research logs and "show all"). */
  all: Finding[];
  /** Per muted rule id, how many findings it hid. */
  muted: Record<string, number>;
  /** True when the page never mentions exosomes or extracellular vesicles (the cheap path). */
  offTopic: boolean;
}
