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
