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

export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ko', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

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
}

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
