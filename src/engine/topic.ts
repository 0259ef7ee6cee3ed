import type { LanguagePack } from './model';
import { normalize } from './normalize';
import { splitWordStart, termSource, WORD_START } from './terms';
import type { Block } from './types';

// The topic test: does any text name exosomes (any pack's anchors)? Apart from the rest of the engine so
// the content script can run it on every page with the anchors alone (src/rules/anchors.ts), without
// bundling the packs' terms, cues and weights.

export type AnchorSource = Pick<LanguagePack, 'anchors' | 'spaced'>;

/** One source for all anchors, the word-start test asserted once for those that need it. */
export function anchorSource(packs: readonly AnchorSource[]): string {
  const { closed, open } = splitWordStart(packs.flatMap((p) => p.anchors.map((a) => ({ src: termSource(a, { spaced: p.spaced }) }))));
  const join = (xs: Array<{ src: string }>) => xs.map((x) => x.src).join('|');
  return [closed.length ? `${WORD_START}(?:${join(closed)})` : '', join(open)].filter(Boolean).join('|');
}

/** Characters that may hide an anchor from a plain lower-case test: invisible, look-alike or full-width. */
const HIDING = /[\u00AD\u034F\u200B-\u200F\u2060-\u2064\uFEFF\uFF00-\uFFEF\u0131\u0251\u0261\u0269]|[^\x00-\x7F]/;

export function topicTest(anchor: RegExp): (blocks: readonly Block[]) => boolean {
  return (blocks) => {
    for (const b of blocks) {
      if (anchor.test(b.text.toLowerCase())) return true;
      // Normalising costs more: only for text that may hide a word from the plain test.
      if (HIDING.test(b.text) && anchor.test(normalize(b.text).text)) return true;
    }
    return false;
  };
}
