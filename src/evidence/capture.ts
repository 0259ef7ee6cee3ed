// The research capture of a page, built from what a scan already holds: its text blocks, every finding the
// engine made (ScanResult.all) and the ones the reader was shown. Pure and small: the content script runs it
// on every report while research mode is on.
import type { Block, Finding, Jurisdiction, Strictness } from '../engine/types';
import { MAX_CAPTURE_FINDINGS, type CapturedFinding, type PageCapture } from '../shared/messages';

export interface CaptureInput {
  url: string;
  title: string;
  blocks: readonly Block[];
  /** Every finding (all contexts, all severities), block indices into `blocks`. */
  all: readonly Finding[];
  /** The findings the reader sees (strictness and mutes applied). */
  shown: readonly Finding[];
  jurisdiction: Jurisdiction;
  strictness: Strictness;
  visit: string;
  /** The page was longer than the scan reads. */
  truncated: boolean;
  /** The scan found the page about exosomes (ScanResult.offTopic is false). */
  onTopic: boolean;
}

const at = (f: Finding) => `${f.block}:${f.start}:${f.end}:${f.rule}`;

export function captureOf(c: CaptureInput): PageCapture {
  const shown = new Set(c.shown.map(at));
  const findings = c.all.slice(0, MAX_CAPTURE_FINDINGS).map((f): CapturedFinding => {
    const out: CapturedFinding = { rule: f.rule, family: f.family, context: f.context, severity: f.severity, block: f.block, start: f.start, end: f.end, shown: shown.has(at(f)) };
    if (f.cue !== undefined) out.cue = f.cue.slice(0, 500);
    return out;
  });
  return {
    url: c.url,
    title: c.title.slice(0, 2000),
    blocks: c.blocks.map((b) => (b.kind ? { text: b.text, kind: b.kind } : { text: b.text })),
    findings,
    jurisdiction: c.jurisdiction,
    strictness: c.strictness,
    visit: c.visit,
    truncated: c.truncated || c.all.length > MAX_CAPTURE_FINDINGS,
    onTopic: c.onTopic,
  };
}

/** A cheap fingerprint of a capture, so a report is re-sent when the page text or any finding changed. */
export function captureFingerprint(c: PageCapture): string {
  let chars = 0;
  for (const b of c.blocks) chars += b.text.length;
  const shown = c.findings.reduce((n, f) => n + (f.shown ? 1 : 0), 0);
  return `${c.blocks.length}:${chars}:${c.findings.length}:${shown}:${c.strictness}:${c.title}`;
}
