/// <reference types="vite/client" />
import { anchorPrefilter, anchorSource, topicTest, type AnchorSource } from '../engine/topic';

// Only the packs' anchors (and whether each is spaced), for the content script's topic test on every page:
// the glob imports these two fields alone, so the terms, cues and examples stay out of its bundle.
const anchors = import.meta.glob<string[]>('./lang/*.json', { eager: true, import: 'anchors' });
const spaced = import.meta.glob<boolean>('./lang/*.json', { eager: true, import: 'spaced' });

const packs: AnchorSource[] = Object.keys(anchors).sort().map((k) => ({ anchors: anchors[k]!, spaced: spaced[k]! }));

export const isOnTopic = topicTest(new RegExp(anchorSource(packs), 'u'), anchorPrefilter(packs));
