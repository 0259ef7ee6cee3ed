// Which jurisdiction's law the page is read under: the user's choice, or the engine's guess from the page
// itself (hostname, <html lang>, currency and postcodes in its text, the browser's locale).
import type { ExtractedBlock } from '../dom/extract';
import { guessJurisdiction, type JurisdictionGuess } from '../engine/jurisdiction';
import type { Jurisdiction } from '../engine/types';
import type { Settings } from '../shared/settings';

export type { JurisdictionGuess };

/** The jurisdiction applied to the findings and what the report says about why. */
export interface Applied {
  jurisdiction: Jurisdiction;
  reasons: string[];
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

/** What applies: the user's choice when they made one, else the page's guess. */
export function applied(settings: Settings, guess: JurisdictionGuess): Applied {
  return settings.jurisdiction === 'auto'
    ? { jurisdiction: guess.jurisdiction, reasons: guess.reasons }
    : { jurisdiction: settings.jurisdiction, reasons: ['chosen in settings'] };
}
