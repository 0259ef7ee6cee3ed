// Which jurisdiction's law the page is read under: the user's choice, or the engine's guess from the page
// itself (hostname, <html lang>, currency and postcodes in its text, the browser's locale).
import type { ExtractedBlock } from '../dom/extract';
import { guessJurisdiction, type JurisdictionGuess } from '../engine/jurisdiction';
import type { Jurisdiction } from '../engine/types';
import type { ReportedGuess } from '../shared/messages';
import type { Settings } from '../shared/settings';

export type { JurisdictionGuess };

/** The jurisdiction applied to the findings, and the page's own guess as data for the report. */
export interface Applied {
  jurisdiction: Jurisdiction;
  guess: ReportedGuess;
}

/** Page text the guess reads: at most this many characters. */
const GUESS_CHARS = 200_000;

/** The guess from the page: from its blocks, or from the pre-pass text when the blocks were not read. */
export function guessFromPage(doc: Document, blocks: readonly ExtractedBlock[], skippedText: string | null): JurisdictionGuess {
  let text = skippedText ?? '';
  for (const b of blocks) {
    if (text.length > GUESS_CHARS) break;
    text += b.text + '\n';
  }
  return guessJurisdiction({
    hostname: location.hostname,
    lang: doc.documentElement.lang || undefined,
    text,
    locale: navigator.language,
  });
}

/**
 * What applies: the user's choice when they made one, else the page's guess. The guess goes with the report
 * either way (the popup offers "Automatic" back and says why); before the page is read it is empty.
 */
export function applied(settings: Settings, guess: JurisdictionGuess | null): Applied {
  const chosenInSettings = settings.jurisdiction !== 'auto';
  const reported: ReportedGuess = guess
    ? { jurisdiction: guess.jurisdiction, evidence: guess.evidence.map(({ kind, value }) => ({ kind, value })), confident: guess.confident, chosenInSettings }
    : { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings };
  return { jurisdiction: chosenInSettings ? (settings.jurisdiction as Jurisdiction) : reported.jurisdiction, guess: reported };
}
