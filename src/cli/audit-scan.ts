// One saved page in, one research-log entry out. Runs on worker threads, so it takes and returns plain data.
import { parseHTML } from 'linkedom';
import { extract } from '../dom/extract';
import { scanDocument } from '../engine';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Block, Jurisdiction, Strictness } from '../engine/types';
import { buildEntry, type LogEntry } from '../evidence/entry';
import { RULES_VERSION } from '../evidence/versions';

export interface PageInput {
  seq: number;
  /** Where it came from, for messages: a path, "archive.warc#3" or a URL. */
  source: string;
  /** The page's address if known (WARC target, canonical link), else a file: URL. */
  url: string;
  /** Raw bytes, decoded here with the charset from the HTTP header, a BOM or <meta charset>. */
  bytes: Uint8Array;
  contentType?: string;
  capturedAt?: string;
}

export interface ScanSettings {
  strictness: Strictness;
  jurisdiction: Jurisdiction | 'auto';
  extensionVersion: string;
  /** The user's locale, a weak hint for jurisdiction: auto. */
  locale?: string;
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  let label = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else {
    const fromHeader = contentType && CHARSET.exec(contentType)?.[1];
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    label = fromHeader || fromMeta || 'utf-8';
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// "Save page as" in Chrome and IE leaves a mark of the web; a canonical link says where the page lives.
// Either beats a file: URL for the per-site summary.
function realUrl(html: string, doc: Document, fallback: string): string {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const c of [saved, canonical]) {
    if (!c) continue;
    try {
      const u = new URL(c, fallback.startsWith('file:') ? undefined : fallback);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not an absolute URL; try the next hint
    }
  }
  return fallback;
}

export async function scanPage(page: PageInput, settings: ScanSettings): Promise<LogEntry> {
  const html = decodeHtml(page.bytes, page.contentType);
  const { document } = parseHTML(html);
  const url = page.url.startsWith('file:') ? realUrl(html, document, page.url) : page.url;
  const blocks: Block[] = extract(document).blocks.map((b) => ({ text: b.text, kind: b.kind }));
  // The requested strictness decides what an audit reports (the extension's log keeps `all` instead).
  const jurisdiction =
    settings.jurisdiction !== 'auto'
      ? settings.jurisdiction
      : guessJurisdiction({
          hostname: /^https?:/i.test(url) ? new URL(url).hostname : undefined,
          lang: document.documentElement?.getAttribute('lang') ?? undefined,
          text: blocks.map((b) => b.text).join('\n').slice(0, 200_000),
          locale: settings.locale,
        }).jurisdiction;
  const { findings } = scanDocument(blocks, { strictness: settings.strictness, jurisdiction });
  return buildEntry(
    {
      url,
      title: (document.title ?? '').trim(),
      jurisdiction,
      extensionVersion: settings.extensionVersion,
      rulesVersion: RULES_VERSION,
      capturedAt: page.capturedAt,
    },
    blocks,
    findings,
  );
}
