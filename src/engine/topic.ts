import type { LanguagePack } from './model';
import { foldText } from './normalize';
import { requiredLiteral, splitWordStart, termSource, WORD_START } from './terms';
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

/**
 * A pattern every anchor match also matches, made of plain literals where it can be ("exosom", "外泌体",
 * "vesicle"): the anchor pattern (hundreds of terms, each with its word-boundary tests) reads claim-free
 * text at ~6 MB/s, plain literals let V8 skip ahead, and only a block that matches is given to the full
 * pattern. An anchor whose literal is too short to be rare ("ev") or that has none (a raw pattern) stands
 * as its own pattern with its leading look-behind taken off: a looser pattern is still a necessary test.
 */
export function anchorPrefilter(packs: readonly AnchorSource[]): RegExp {
  const literals = new Set<string>();
  const patterns = new Set<string>();
  for (const p of packs) for (const a of p.anchors) {
    const lit = requiredLiteral(a);
    if (lit && lit.length >= 3) literals.add(lit);
    else patterns.add(withoutLeadingLookbehind(termSource(a, { spaced: p.spaced })));
  }
  // A literal that contains another adds nothing ("nanoexosom" holds "exosom").
  const all = [...literals].sort((a, b) => a.length - b.length);
  const kept = all.filter((l, i) => !all.slice(0, i).some((x) => l.includes(x)));
  return new RegExp([...kept.map(escapeLiteral), ...patterns].join('|'), 'u');
}

const escapeLiteral = (l: string) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?<!…)X` and `(?:(?<!…)X)` lose the look-behind (a look-behind ahead of every position is what is slow). */
function withoutLeadingLookbehind(src: string): string {
  const lead = /^(\(\?:)?\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|\\.|[^()[\]\\])*\)/;
  return src.replace(lead, (_, group: string | undefined) => group ?? '');
}

export function topicTest(anchor: RegExp, prefilter: RegExp): (blocks: readonly Block[]) => boolean {
  // The same folded text the engine matches against (invisible characters, look-alikes, accents), without
  // the offset maps normalize() builds for quoting: this runs on every block of every page.
  return (blocks) => blocks.some((b) => {
    const t = foldText(b.text);
    return prefilter.test(t) && anchor.test(t);
  });
}
