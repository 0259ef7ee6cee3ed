/// <reference types="vite/client" />
import { foldText } from '../engine/normalize';
import { anchorPrefilter, anchorSource, topicTest, type AnchorSource } from '../engine/topic';

// Only the packs' anchors (and whether each is spaced), for the content script's topic test on every page:
// the glob imports these two fields alone, so the terms, cues and examples stay out of its bundle.
const anchors = import.meta.glob<string[]>('./lang/*.json', { eager: true, import: 'anchors' });
const spaced = import.meta.glob<boolean>('./lang/*.json', { eager: true, import: 'spaced' });

const packs: AnchorSource[] = Object.keys(anchors).sort().map((k) => ({ anchors: anchors[k]!, spaced: spaced[k]! }));

const prefilter = anchorPrefilter(packs);
export const isOnTopic = topicTest(new RegExp(anchorSource(packs), 'u'), prefilter);
/**
 * The prefilter alone, for text whose word boundaries cannot be trusted (text nodes joined without the
 * block breaks between them): true when the text may name the topic, false when it surely does not.
 */
export const mayBeOnTopic = (text: string): boolean => prefilter.test(foldText(text));
