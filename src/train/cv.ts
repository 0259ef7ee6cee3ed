import { createEngine, type Engine } from '../engine/engine';
import type { ModelWeights, RulesModel } from '../engine/model';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Finding, Strictness } from '../engine/types';
import type { Page } from './corpus';
import { examplesOf, type Example } from './dataset';
import { fit, type FitOptions, DEFAULT_FIT } from './fit';
import { packPages } from './pack-pages';

// Cross-validation grouped by site: every site's pages fall in one fold, so no page or site is in both the
// training and the test data of any run. Folds are balanced by sentence count, deterministically.

export interface Prediction { id: string; findings: Array<{ family: string; context: string; start: number; end: number }> }

export function foldsOf(pages: Page[], k: number): Page[][] {
  const bySite = new Map<string, Page[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p]);
  const sites = [...bySite.entries()].map(([site, ps]) => ({ site, ps, n: ps.reduce((a, p) => a + p.lines.length, 0), h: hash(site) }));
  sites.sort((a, b) => b.n - a.n || a.h - b.h);
  const folds: Page[][] = Array.from({ length: k }, () => []);
  const size = new Array<number>(k).fill(0);
  for (const s of sites) {
    let best = 0;
    for (let i = 1; i < k; i++) if (size[i]! < size[best]!) best = i;
    folds[best]!.push(...s.ps);
    size[best]! += s.n;
  }
  return folds;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Labelled candidates of every page, computed once (features do not depend on the weights). */
export function allExamples(model: RulesModel, pages: Page[]): Map<Page, Example[]> {
  const engine = createEngine({ ...model, weights: null });
  return new Map(pages.map((p) => [p, examplesOf(engine, p)]));
}

/**
 * The packs' own examples join every training set at this weight per row: enough to teach cue words in
 * languages the corpus has few pages in, little enough that real pages decide (site-grouped CV: 0.1 gave
 * 41.5% warnings F1, 0.2-0.3 about 43%, 0.5 40.9%, 1.0 38.9%, none 40.2%).
 */
export const PACK_EXAMPLE_WEIGHT = 0.25;

/** Labelled candidates of the packs' examples, weighted; pass them to train() and crossValidate(). */
export function packExamples(model: RulesModel): Example[] {
  const ex = allExamples(model, packPages(model.packs));
  return [...ex.values()].flat().map((e) => ({ ...e, weight: PACK_EXAMPLE_WEIGHT }));
}

export function train(model: RulesModel, examples: Map<Page, Example[]>, pages: Page[], label: string, o: FitOptions = DEFAULT_FIT, extra: Example[] = []): ModelWeights {
  return fit([...pages.flatMap((p) => examples.get(p) ?? []), ...extra], label, o);
}

export function jurisdictionOf(p: Page) {
  return guessJurisdiction({ hostname: p.set === 'real' ? new URL(p.doc).hostname : undefined, lang: p.lang, text: p.lines.map((l) => l.text).join('\n') }).jurisdiction;
}

export function predictPage(engine: Engine, p: Page, strictness: Strictness = 'strict'): { lines: Prediction[]; findings: Finding[] } {
  const blocks = p.lines.map((l) => ({ text: l.text }));
  const r = engine.scanDocument(blocks, { strictness, jurisdiction: jurisdictionOf(p) });
  const lines = p.lines.map((l, i) => ({
    id: l.id,
    findings: r.findings.filter((f) => f.block === i).map((f) => ({ family: f.family, context: f.context, start: f.start, end: f.end })),
  }));
  return { lines, findings: r.findings };
}

/** Held-out predictions for every page: each fold scored by weights trained on the other folds. */
export function crossValidate(model: RulesModel, examples: Map<Page, Example[]>, folds: Page[][], o: FitOptions = DEFAULT_FIT, extra: Example[] = []) {
  const out = new Map<Page, { strict: Prediction[]; standard: Finding[] }>();
  folds.forEach((test, i) => {
    const trainPages = folds.filter((_, j) => j !== i).flat();
    const weights = train(model, examples, trainPages, `fold ${i + 1}`, o, extra);
    const engine = createEngine({ ...model, weights });
    for (const p of test) out.set(p, { strict: predictPage(engine, p).lines, standard: predictPage(engine, p, 'standard').findings });
  });
  return out;
}
