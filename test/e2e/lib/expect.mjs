// What the extension should find, computed in Node with the same extraction and engine the CLI uses.
// Tests compare the browser against this, so they stay right as the rules change.
import { parseHTML } from 'linkedom';
import { fixtureText } from './server.mjs';

/** A fixture page as served (shared parts put in). */
export function fixtureHtml(name) {
  return fixtureText(name);
}

export function expectedFindings(html, opts, lib, prepare) {
  return expectedView(html, opts, lib, prepare).findings;
}

/** The findings shown and, per muted rule, how many the mute hid. */
export function expectedView(html, opts, lib, prepare) {
  const { document } = parseHTML(html);
  if (prepare) prepare(document);
  const blocks = lib.extractBlocks(document);
  const { findings, muted } = lib.scanDocument(blocks, opts);
  return { findings: withOnPage(findings, blocks), muted };
}

function withOnPage(findings, blocks) {
  // Findings from alt/title/aria-label have no text range on the page (the range wraps the element).
  return findings.map((f) => ({ ...f, onPage: !blocks[f.block].pieces[0]?.attr }));
}

/** Whitespace-normalised, sorted strings, for comparing multisets. */
export function norm(list) {
  return list.map((s) => s.replace(/\s+/g, ' ').trim()).sort();
}
