import type { LanguagePack } from '../engine/model';
import type { GoldLine, Page } from './corpus';

// The packs' own examples as labelled pages, one per example (its `page` sentences first): written by us,
// not taken from the corpus, so they may join the training data. They are the only labelled text in
// several languages. Each pack is one "site", so cross-validation keeps them out of every test fold.

export function packPages(packs: readonly LanguagePack[]): Page[] {
  const out: Page[] = [];
  for (const pack of packs) {
    pack.examples.forEach((ex, i) => {
      const doc = `pack:${pack.language}#${i + 1}`;
      const lines: GoldLine[] = (ex.page ?? []).map((text, k) => ({ id: `${doc}/p${k}`, text, findings: [] }));
      const spans = [...ex.text.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]!);
      const text = ex.text.replace(/\[\[(.+?)\]\]/g, '$1');
      lines.push({
        id: `${doc}/x`,
        text,
        findings: ex.nearMiss ? [] : spans.map((span) => ({ family: ex.family, context: ex.context ?? 'promotional', span })),
      });
      out.push({ doc, site: `pack:${pack.language}`, set: 'dev', lang: pack.language, kind: 'pack', lines });
    });
  }
  return out;
}
