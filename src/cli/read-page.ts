// The one page reader of the CLI: `exocheck FILE` and every page of `exocheck audit` (files, archive
// records, fetched URLs) come through readPageBytes, so one file gets the same blocks, language, address
// and so the same jurisdiction and findings from both commands.
// HTML goes through a real parser (linkedom) and the same extractor the content script uses, so the CLI
// and the badge agree; scripts, styles and hidden content are skipped, alt/title/aria-label count.
import { open } from 'node:fs/promises';
import { extract } from '../dom/extract';
import { guessJurisdiction, type JurisdictionGuess } from '../engine/jurisdiction';
import type { Block, Jurisdiction } from '../engine/types';
import { decodeHtml } from './decode';
import { parseDocument } from './html-document';

export const MAX_BYTES = 64 * 1024 * 1024;

export interface Page {
  blocks: Block[];
  title: string;
  /** The page's http(s) address: the one given, else a "saved from" mark, canonical link or og:url. */
  url?: string;
  hostname?: string;
  /** <html lang>, for the jurisdiction guess. */
  lang?: string;
  kind: 'html' | 'text';
  truncated: boolean;
}

export interface PageHints {
  /** A path or file name: an .html/.htm name is read as HTML even when it does not look like it. */
  name?: string;
  /** The HTTP Content-Type, when the bytes came from a server or an archive record. */
  contentType?: string;
  /** The address the bytes were served from (an archive's target URI, a fetched URL). */
  url?: string;
}

/** A page that cannot be read: the message is meant for the user as it is. */
export class InputError extends Error {}

const HTML_NAME = /\.(x?html?|xht)$/i;
const HTML_TYPE = /html|xhtml/i;
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<title|<p[\s>]|<div[\s>])/i;

export function readPageBytes(input: Uint8Array, hints: PageHints = {}): Page {
  const truncated = input.length > MAX_BYTES;
  const bytes = truncated ? input.subarray(0, MAX_BYTES) : input;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text is full of NUL bytes: judge it once decoded.
  if (!utf16 && isBinary(bytes)) throw new InputError('looks like a binary file, not HTML or text; skipped');
  const text = decodeHtml(bytes, hints.contentType);
  if (utf16 && isBinary(new TextEncoder().encode(text.slice(0, 8192)))) throw new InputError('looks like a binary file, not HTML or text; skipped');
  const html = hints.contentType ? HTML_TYPE.test(hints.contentType) : (hints.name !== undefined && HTML_NAME.test(hints.name)) || HTML_START.test(text.slice(0, 1024));
  if (!html) return { blocks: textBlocks(text), title: '', url: httpUrl(hints.url), kind: 'text', truncated };
  return { ...fromHtml(text, hints.url), truncated };
}

export async function readPage(path: string): Promise<Page> {
  return readPageBytes(await readFileCapped(path), { name: path });
}

/** A file's bytes, at most one past MAX_BYTES (so a file exactly at the limit is not called truncated). */
export async function readFileCapped(path: string): Promise<Uint8Array> {
  const fail = (e: unknown) => new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fail(e);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputError('is a directory (use `exocheck audit DIR` for folders)');
    const buffer = new Uint8Array(Math.min(st.size, MAX_BYTES + 1));
    let at = 0;
    while (at < buffer.length) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } catch (e) {
    throw e instanceof InputError ? e : fail(e);
  } finally {
    await handle.close();
  }
}

export function fromHtml(html: string, url?: string): Omit<Page, 'truncated'> {
  const document = parseDocument(html);
  const blocks = extract(document).blocks.map((b) => ({ text: b.text, kind: b.kind }));
  const address = httpUrl(url) ?? addressInside(html, document);
  return {
    blocks,
    title: (document.title ?? '').trim(),
    url: address,
    hostname: address ? new URL(address).hostname : undefined,
    lang: document.documentElement?.getAttribute('lang') || undefined,
    kind: 'html',
  };
}

function httpUrl(u: string | undefined, base?: string): string | undefined {
  if (!u) return undefined;
  try {
    const parsed = new URL(u, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// "Save page as" in Chrome and IE leaves a mark of the web; a canonical link or og:url says where the page
// lives. Relative ones say nothing about a saved file's site.
function addressInside(html: string, doc: Document): string | undefined {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined;
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  for (const hint of [saved, canonical, og]) {
    const u = httpUrl(hint);
    if (u) return u;
  }
  return undefined;
}

/** Plain text: each non-empty line is a block (headings are lines too). */
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

export function jurisdictionFor(page: Pick<Page, 'blocks' | 'hostname' | 'lang'>, locale?: string): JurisdictionGuess {
  const text = page.blocks.map((b) => b.text).join('\n').slice(0, 200_000);
  return guessJurisdiction({ hostname: page.hostname, lang: page.lang, text, locale });
}

/** The locale the jurisdiction guess falls back on: the system's (LANG, LC_ALL), as Intl resolves it. */
export const systemLocale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

/** The jurisdiction to apply: the one chosen on the command line, else the guess (kept for its evidence). */
export function decideJurisdiction(page: Page, choice: Jurisdiction | 'auto', locale?: string): { jurisdiction: Jurisdiction; guess?: JurisdictionGuess } {
  if (choice !== 'auto') return { jurisdiction: choice };
  const guess = jurisdictionFor(page, locale);
  return { jurisdiction: guess.jurisdiction, guess };
}
