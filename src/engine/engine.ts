import { analyse, type Analysis, type Candidate } from './analyse';
import { compileModel, type CompiledModel } from './compile-model';
import { detectLanguages } from './detect';
import { featuresOf, pageProfile, type Judged, type PageProfile } from './features';
import { makeJudge, type Judge } from './judge';
import type { RulesModel } from './model';
import { normalize, toOriginal } from './normalize';
import { topicTest } from './topic';
import type { Block, Finding, Jurisdiction, ScanOptions, ScanResult, Severity } from './types';
import { viewOf } from './view';

// Page text in, findings out, for the rules model it is handed: the topic test (off-topic pages stop
// there), the page's languages, sentences with their cues and candidates, then each candidate judged by the
// learned weights, and the result filtered into a view by strictness, mutes and jurisdiction.

export interface Engine {
  readonly compiled: CompiledModel;
  scanDocument(blocks: readonly Block[], options?: ScanOptions): ScanResult;
  scanText(text: string, options?: ScanOptions): ScanResult;
  isOnTopic(blocks: readonly Block[]): boolean;
  pageLanguages(blocks: readonly Block[]): string[];
  /** For training and evaluation: candidates with their features, before any judgement. */
  candidates(blocks: readonly Block[], languages?: readonly string[]): { analysis: Analysis; page: PageProfile; judged: Judged[] };
  severityOf(family: Finding['family'], context: Finding['context'], jurisdiction: Jurisdiction): Severity;
}

/** Candidates judged per scan at most (the corpus pages have under 100; the views show 5,000 findings at most). */
export const MAX_JUDGED = 20_000;

export function createEngine(model: RulesModel): Engine {
  const compiled = compileModel(model);
  const judge: Judge = makeJudge(model.weights);
  const severityOf = (family: Finding['family'], context: Finding['context'], j: Jurisdiction): Severity =>
    context === 'promotional' ? model.families[family].severity[j] : 'info';

  const isOnTopic = topicTest(compiled.anchor, compiled.anchorPrefilter);

  function* normalisedTexts(blocks: readonly Block[]): Generator<string> {
    for (const b of blocks) yield normalize(b.text).text;
  }
  const pageLanguages = (blocks: readonly Block[]) => detectLanguages(compiled, normalisedTexts(blocks));

  function candidates(blocks: readonly Block[], languages?: readonly string[]) {
    const analysis = analyse(compiled, blocks, languages ?? pageLanguages(blocks));
    const page = pageProfile(analysis);
    // A page with more candidates than any real one (a hostile or generated page) is judged up to the cap:
    // its first MAX_JUDGED candidates, in page order, so the cost stays linear and the tab keeps working.
    return { analysis, page, judged: analysis.candidates.slice(0, MAX_JUDGED).map((c) => featuresOf(model, analysis, page, c)) };
  }

  function toFinding(blocks: readonly Block[], a: Analysis, c: Candidate, j: Judged, jurisdiction: Jurisdiction): Finding | null {
    const s = a.sentences[c.sentence]!;
    const [os, oe] = toOriginal(s.norm, c.start, c.end);
    const start = s.start + os;
    const end = s.start + oe;
    const text = blocks[s.block]!.text.slice(start, end);
    const v = judge.judge(j, text);
    if (!v.keep) return null;
    const cue = v.why.find((w) => w.kind !== 'term' && w.text)?.text;
    return {
      rule: c.rule,
      family: c.family,
      context: v.context,
      severity: severityOf(c.family, v.context, jurisdiction),
      block: s.block,
      start,
      end,
      text,
      ...(cue ? { cue } : {}),
      confidence: Math.round(v.pKeep * v.contextP * 1000) / 1000,
      why: v.why,
    };
  }

  function scanDocument(blocks: readonly Block[], options: ScanOptions = {}): ScanResult {
    const jurisdiction: Jurisdiction = options.jurisdiction ?? 'uk';
    if (!isOnTopic(blocks)) return { findings: [], all: [], muted: {}, offTopic: true };
    const { analysis, judged } = candidates(blocks, options.languages);
    const all: Finding[] = [];
    // `judged` holds the first MAX_JUDGED candidates only (see candidates()).
    for (let i = 0; i < judged.length; i++) {
      const f = toFinding(blocks, analysis, analysis.candidates[i]!, judged[i]!, jurisdiction);
      if (f) all.push(f);
    }
    const view = viewOf(all, { strictness: options.strictness ?? 'standard', jurisdiction, muted: options.muted ?? [] }, severityOf);
    return { findings: view.findings, all, muted: view.muted, offTopic: false };
  }

  return {
    compiled,
    scanDocument,
    scanText: (text, options) => scanDocument(text.split(/\r?\n/).map((t) => ({ text: t })), options),
    isOnTopic,
    pageLanguages,
    candidates,
    severityOf,
  };
}
