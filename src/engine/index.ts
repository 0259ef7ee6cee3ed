// Public entry of the engine: page text in, findings out. No DOM, no browser APIs. The engine itself
// (engine.ts) judges with whatever rules model it is handed; this entry hands it the bundled one
// (src/rules: the language packs, cue specs and trained weights) for the background, the CLI and the
// tests. The content script does not import it: it only reads the page and asks the background.
import { BUNDLED_MODEL } from '../rules/model';
import { createEngine, type Engine } from './engine';
import type { Block, ScanOptions } from './types';

export * from './types';
export { createEngine, type Engine } from './engine';
export { severityOf, visible } from './severity';
export { viewOf, type View, type ViewOptions } from './view';
export { normalize } from './normalize';

let bundled: Engine | null = null;
/** The engine over the bundled model, built on first use. */
export const bundledEngine = (): Engine => (bundled ??= createEngine(BUNDLED_MODEL));

export const scanDocument = (blocks: readonly Block[], options?: ScanOptions) => bundledEngine().scanDocument(blocks, options);
export const scanText = (text: string, options?: ScanOptions) => bundledEngine().scanText(text, options);
export const isOnTopic = (blocks: readonly Block[]) => bundledEngine().isOnTopic(blocks);
export const pageLanguages = (blocks: readonly Block[]) => bundledEngine().pageLanguages(blocks);
