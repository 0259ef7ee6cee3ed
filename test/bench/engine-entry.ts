// What the engine bench needs from src, bundled for plain Node by test/bench/build.mjs.
export { scanDocument, scanText, isOnTopic, normalize } from '../../src/engine';
export { RULES } from '../../src/rules';
export { ANCHOR } from '../../src/engine/lexicon';
