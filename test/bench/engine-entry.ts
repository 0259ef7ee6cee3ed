// What the engine bench needs from src, bundled for plain Node by test/bench/build.mjs.
import { bundledEngine } from '../../src/engine';
import { BUNDLED_MODEL } from '../../src/rules/model';

export { scanDocument, scanText, isOnTopic, normalize } from '../../src/engine';

const en = bundledEngine().compiled.byLanguage.get('en')!;
/** The naive baseline's patterns: one regular expression per English rule, its terms as alternatives. */
export const RULE_SOURCES: string[] = en.rules.map((r) => r.re.source);
/** English example sentences of the English pack, the dense page's material. */
export const EXAMPLES: string[] = BUNDLED_MODEL.packs.find((p) => p.language === 'en')!.examples
  .filter((x) => !x.nearMiss).map((x) => x.text.replace(/\[\[|\]\]/g, ''));
/** The spans the English examples mark ([[…]]): mark.js's terms in the browser bench. */
export const EXAMPLE_SPANS: string[] = [...new Set(BUNDLED_MODEL.packs.find((p) => p.language === 'en')!.examples
  .filter((x) => !x.nearMiss).flatMap((x) => [...x.text.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]!.toLowerCase())))];
/** Any pack's exosome anchor, over normalised text. */
export const ANCHOR_SOURCE: string = bundledEngine().compiled.anchor.source;
