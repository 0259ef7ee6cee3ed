import type { Context, Family, Jurisdiction, Language, Severity } from '../engine/types';

// The rules model is data. Each rule says what it catches (patterns over normalised text), what must not
// trip it (antipatterns and near-miss examples), and everything the UI needs to explain a finding.
// Modelled on LanguageTool's rule XML: examples with a marked span that must match exactly once, and
// correct sentences that must not match; the examples run as tests (test/rules).

export type Verification = 'verified' | 'secondary' | 'recall';

export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) of publication, or of retrieval where the page is undated. */
  date: string;
  url: string;
  /** verified = a primary source was read; secondary = a report of it; recall = not checked. */
  verification: Verification;
}

export interface MatchExample {
  /** The sentence, with the expected span in [[double brackets]]. */
  text: string;
  /** Expected context of that finding (default promotional). */
  context?: Context;
  /** Sentences before it on the same page, when the rule needs page context. */
  page?: string[];
}

export interface FamilyInfo {
  family: Family;
  /** Severity of a promotional finding per jurisdiction; other contexts are always info. */
  severity: Record<Jurisdiction, Severity>;
  /** Plain-language title for grouping ("Injected exosomes"). */
  title: string;
  /** Why this matters, in plain words; says so where the fact base is unverified. */
  explanation: string;
  /** What to ask the practitioner. */
  ask: string[];
  /** Ids into SOURCES. */
  sources: string[];
}

export interface RuleSpec {
  id: string;
  family: Family;
  languages: Language[];
  /** Short message shown on the card. */
  message: string;
  /**
   * Regular-expression sources, matched case-insensitively against normalised text (NFKC, lower case,
   * dashes folded to "-", quotes to ' and ", invisible characters removed, whitespace collapsed).
   * The whole match is the span unless the pattern has a named group `span`.
   */
  patterns: string[];
  /** Sentences where any of these match are skipped for this rule (LanguageTool antipatterns). */
  antipatterns?: string[];
  /**
   * Where an exosome term must appear for the rule to fire: 'sentence' (the same sentence or its
   * neighbour), 'page' (anywhere on the page), or 'none' (the pattern itself names exosomes).
   */
  topic: 'sentence' | 'page' | 'none';
  /** A regular expression that must also occur in the sentence (e.g. "source" for a bare "plant"). */
  requires?: string;
  /** An exosome term must stand within this many words of the span (for generic words like "injectables"). */
  near?: number;
  /**
   * Literal fragments (normalised text) of which every match contains at least one. One combined pass over
   * a sentence finds them and only the rules they name are run (uBO's "good token" idea). Omit to always run.
   * test/unit/engine-prefilter.test.ts proves the findings are the same as running every rule.
   */
  keywords?: string[];
  /** Skip a match whose nearest preceding source word is plant or animal (accurate legality wording). */
  exemptNonHuman?: boolean;
  /** picky rules only run at strict. */
  picky?: boolean;
  examples: { match: MatchExample[]; nearMiss: string[] };
}

export interface Rule extends RuleSpec, Omit<FamilyInfo, 'family'> {
  reviewed: string;
}
