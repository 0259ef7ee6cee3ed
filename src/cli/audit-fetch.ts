// `--urls FILE`: fetch live pages politely. A bounded number in flight, a timeout per request, an honest
// User-Agent, and every failure reported with its URL and reason.
import { readFile } from 'node:fs/promises';
import type { SourceItem } from './audit-sources';

export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export function userAgent(version: string): string {
  return `ExoCheck/${version} (bulk audit of exosome-treatment marketing claims)`;
}

export interface UrlList {
  urls: string[];
  errors: { source: string; error: string }[];
}

export async function readUrlList(file: string): Promise<UrlList> {
  const text = await readFile(file, 'utf8');
  const urls: string[] = [];
  const errors: UrlList['errors'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    try {
      const u = new URL(line);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`only http(s) URLs can be fetched`);
      urls.push(u.href);
    } catch (e) {
      errors.push({ source: `${file}:${i + 1}`, error: `not a usable URL "${line.slice(0, 100)}": ${(e as Error).message}` });
    }
  });
  return { urls, errors };
}

export async function fetchPage(url: string, timeoutMs: number, version: string): Promise<SourceItem> {
  try {
    const res = await fetch(url, {
      headers: { 'User-Agent': userAgent(version), Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return { source: url, error: `HTTP ${res.status} ${res.statusText}`.trim() };
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (contentType && !/html/i.test(contentType)) {
      await res.body?.cancel();
      return { source: url, error: `not an HTML page (Content-Type: ${contentType})` };
    }
    const bytes = await readCapped(res, MAX_PAGE_BYTES);
    return { source: url, url: res.url || url, bytes, contentType, capturedAt: new Date().toISOString() };
  } catch (e) {
    const err = e as Error;
    const why = err.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : (err.cause as Error | undefined)?.message ?? err.message;
    return { source: url, error: `fetch failed: ${why}` };
  }
}

async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) throw new Error(`page larger than ${max / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Yields pages as they arrive, at most `concurrency` requests in flight. */
export async function* fetchAll(urls: readonly string[], concurrency: number, timeoutMs: number, version: string): AsyncGenerator<SourceItem> {
  const running = new Map<number, Promise<[number, SourceItem]>>();
  let next = 0;
  const start = () => {
    const i = next++;
    running.set(i, fetchPage(urls[i], timeoutMs, version).then((r) => [i, r] as [number, SourceItem]));
  };
  while (next < urls.length && running.size < concurrency) start();
  while (running.size > 0) {
    const [i, item] = await Promise.race(running.values());
    running.delete(i);
    if (next < urls.length) start();
    yield item;
  }
}
