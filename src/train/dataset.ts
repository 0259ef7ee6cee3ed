import type { Engine } from '../engine/engine';
import type { Judged } from '../engine/features';
import { toOriginal } from '../engine/normalize';
import type { Context, Family } from '../engine/types';
import type { GoldLine, Page } from './corpus';

// Candidates of corpus pages, each with its label: the gold finding of the same family its span overlaps
// (keep, and that finding's context) or none (drop). One corpus line is one block, as `exocheck --jsonl` reads it.

export interface Example {
  page: Page;
  line: GoldLine;
  family: Family;
  /** Original offsets in the line. */
  start: number;
  end: number;
  judged: Judged;
  gold: Context | null;
  /** Row weight in training (default 1). */
  weight?: number;
}

export function examplesOf(engine: Engine, page: Page): Example[] {
  const blocks = page.lines.map((l) => ({ text: l.text }));
  if (!engine.isOnTopic(blocks)) return [];
  // A pack's example is in its pack's language by construction; corpus pages are detected as in the product.
  const { analysis, judged } = engine.candidates(blocks, page.kind === 'pack' ? [...new Set(['en', page.lang])] : undefined);
  const used = new Set<string>();
  return analysis.candidates.slice(0, judged.length).map((c, i) => {
    const s = analysis.sentences[c.sentence]!;
    const [os, oe] = toOriginal(s.norm, c.start, c.end);
    const line = page.lines[s.block]!;
    const start = s.start + os;
    const end = s.start + oe;
    let gold: Context | null = null;
    line.findings.forEach((g, k) => {
      if (gold || g.family !== c.family || used.has(`${s.block}:${k}`)) return;
      const gs = line.text.indexOf(g.span);
      if (gs < 0) return;
      if (start < gs + g.span.length && gs < end) {
        gold = g.context;
        used.add(`${s.block}:${k}`);
      }
    });
    return { page, line, family: c.family, start, end, judged: judged[i]!, gold };
  });
}
