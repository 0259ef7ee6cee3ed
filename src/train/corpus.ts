import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context, Family } from '../engine/types';

// The labelled corpus in ../shared/corpus, read as pages: the lines of one `doc` (dev.jsonl: `source`) in order.
// Site = the page's host (dev pages are one site each), the unit cross-validation never splits.

export interface GoldFinding { family: Family; context: Context; span: string }
export interface GoldLine { id: string; text: string; findings: GoldFinding[]; lang?: string; page_kind?: string }
export interface Page { doc: string; site: string; set: 'dev' | 'real'; lang: string; kind: string; stance?: string; lines: GoldLine[] }

export const SHARED = path.resolve(import.meta.dirname ?? '.', '..', '..', '..', 'shared');
export const corpusDir = (shared = SHARED) => path.join(shared, 'corpus');
export const hasCorpus = (shared = SHARED) => existsSync(path.join(corpusDir(shared), 'real.jsonl'));

const readJsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
  });

export function siteOf(doc: string): string {
  try {
    return new URL(doc).hostname.replace(/^www\./, '');
  } catch {
    return doc;
  }
}

export function readPages(shared = SHARED): Page[] {
  const dir = corpusDir(shared);
  const stance = new Map<string, string>();
  const pagesFile = path.join(dir, 'real-pages.jsonl');
  if (existsSync(pagesFile)) for (const p of readJsonl(pagesFile)) stance.set(String(p.url), String(p.stance));
  const pages = new Map<string, Page>();
  for (const [set, file] of [['dev', 'dev.jsonl'], ['real', 'real.jsonl']] as const) {
    const f = path.join(dir, file);
    if (!existsSync(f)) continue;
    for (const l of readJsonl(f)) {
      const doc = String(l.doc ?? l.source);
      let page = pages.get(doc);
      if (!page) {
        page = { doc, site: set === 'dev' ? `dev:${doc}` : siteOf(doc), set, lang: String(l.lang ?? 'en'), kind: String(l.page_kind ?? 'unknown'), stance: stance.get(doc), lines: [] };
        pages.set(doc, page);
      }
      page.lines.push({ id: String(l.id), text: String(l.text), findings: (l.findings as GoldFinding[]) ?? [], lang: l.lang as string, page_kind: l.page_kind as string });
    }
  }
  return [...pages.values()];
}
