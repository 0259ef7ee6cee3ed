// Public entry of the engine: page text in, findings out. No DOM, no browser APIs, shared by the
// content script, popup, background, CLI and tests.
export * from './types';
export { scanDocument, scanText, isOnTopic, pageLanguages } from './scan';
export { severityOf, visible } from './severity';
export { viewOf, type View, type ViewOptions } from './view';
export { normalize } from './normalize';
