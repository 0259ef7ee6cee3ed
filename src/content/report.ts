// What this frame tells the background (badge, popup): the findings shown, without the page's text beyond a
// short excerpt around each. Built from the session's state, handed over by value.
import type { ExtractedBlock } from '../dom/extract';
import type { Jurisdiction } from '../engine/types';
import { MAX_FINDINGS, type FindingSummary, type FrameReport, type PageCapture, type ReportedGuess } from '../shared/messages';
import { captureFingerprint } from '../evidence/capture';
import type { Item } from './items';

export interface ReportInput {
  items: readonly Item[];
  blocks: readonly ExtractedBlock[];
  jurisdiction: Jurisdiction;
  guess: ReportedGuess;
  /** The page never mentions exosomes (false while unknown, e.g. paused). */
  offTopic: boolean;
  muted: Record<string, number>;
  truncated: boolean;
}

export function summary(it: Item, blocks: readonly ExtractedBlock[]): FindingSummary {
  const f = it.finding;
  const text = blocks[f.block]?.text ?? f.text;
  const from = Math.max(0, f.start - 70);
  const to = Math.min(text.length, f.end + 70);
  const excerpt = (from > 0 ? '\u2026' : '') + text.slice(from, to) + (to < text.length ? '\u2026' : '');
  return {
    rule: f.rule, family: f.family, context: f.context, severity: f.severity, text: f.text.slice(0, 2000),
    ...(f.cue ? { cue: f.cue.slice(0, 500) } : {}),
    excerpt: excerpt.slice(0, 1000),
  };
}

/** Sends a report only when it differs from the last one sent. */
export class Reporter {
  private last = '';
  /** Longest stretch of our own work over this frame's life (longestTaskMs is per scan). */
  private peak = 0;

  /** `longestTaskMs` is given after a scan; a new worst stretch is worth a report even with the same findings. */
  build(input: ReportInput, longestTaskMs?: number, capture?: PageCapture): FrameReport | null {
    // A report over the validator's bound would be refused whole: send the first MAX_FINDINGS and say so.
    const report: FrameReport = {
      url: location.href,
      findings: input.items.slice(0, MAX_FINDINGS).map((it) => summary(it, input.blocks)),
      jurisdiction: input.jurisdiction,
      guess: input.guess,
      offTopic: input.offTopic,
      muted: input.muted,
      truncated: input.truncated || input.items.length > MAX_FINDINGS,
    };
    if (longestTaskMs !== undefined) {
      report.longestTaskMs = longestTaskMs;
      this.peak = Math.max(this.peak, longestTaskMs);
    }
    report.peakTaskMs = this.peak;
    const { longestTaskMs: _, ...stable } = report;
    // The research capture goes with the report (and is part of its key) while research mode is on.
    const key = JSON.stringify(stable) + (capture ? captureFingerprint(capture) : '');
    if (capture) report.capture = capture;
    if (key === this.last) return null;
    this.last = key;
    return report;
  }
}
