import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extract } from '../dom/extract';
import type { Block } from '../engine/types';
import { guessJurisdiction } from '../engine/jurisdiction';
import { decodeHtml } from './audit-scan';

// One file in, the blocks the extension would see, plus the signals for jurisdiction: auto.
// HTML goes through a real parser (linkedom) and the same extractor the content script uses, so the
// CLI and the badge agree; scripts, styles and hidden content are skipped, alt/title/aria-label count.

export const MAX_BYTES = 64 * 1024 * 1024;

export interface Page {
  blocks: Block[];
  hostname?: string;
  lang?: string;
  truncated: boolean;
}

export class InputError extends Error {}

const looksHtml = (path: string, head: string) =>
  /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<p[\s>]|<div[\s>])/i.test(head);

export async function readPage(path: string): Promise<Page> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError('is a directory (use `exocheck audit DIR` for folders)');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const truncated = size > MAX_BYTES;
  if (truncated) bytes = bytes.subarray(0, MAX_BYTES);
  if (isBinary(bytes)) throw new InputError('looks like a binary file, not HTML or text; skipped');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (looksHtml(path, head)) return { ...fromHtml(decodeHtml(bytes)), truncated };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { blocks: textBlocks(text), truncated };
}

/**
 * linkedom makes the first top-level element of a fragment ("<p>a</p><p>b</p>", no <html>) the document
 * element and leaves the rest beside it, where a walk from the root never goes: such input is parsed
 * again inside <html><body> so every part of it is read (found by fuzzing the reader).
 */
function parseWhole(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root && root.localName === 'html' && !root.nextSibling && !root.previousElementSibling) return document as unknown as Document;
  if (!root) return document as unknown as Document;
  return parseHTML(`<!doctype html><html><body>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`).document as unknown as Document;
}

export function fromHtml(html: string, url?: string): Omit<Page, 'truncated'> {
  const document = parseWhole(html);
  const blocks = extract(document).blocks.map((b) => ({ text: b.text, kind: b.kind }));
  let hostname: string | undefined;
  const canonical = url ?? document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined;
  try {
    if (canonical) hostname = new URL(canonical).hostname;
  } catch {
    // a relative or broken canonical link tells us nothing
  }
  return { blocks, hostname, lang: document.documentElement?.getAttribute('lang') ?? undefined };
}

/** Plain text: blank lines separate paragraphs; each line is a block (headings are lines too). */
export function textBlocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t }));
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  return n > 0 && odd / n > 0.1;
}

export function jurisdictionFor(page: Pick<Page, 'blocks' | 'hostname' | 'lang'>, locale?: string) {
  const text = page.blocks.map((b) => b.text).join('\n').slice(0, 200_000);
  return guessJurisdiction({ hostname: page.hostname, lang: page.lang, text, locale });
}
