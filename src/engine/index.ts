// Public entry of the engine: page text in, findings out. No DOM, no browser APIs.
// TEMPORARY STUB while the real engine is written (same signatures).
import type { Block, Finding, ScanOptions, ScanResult } from './types';
export * from './types';

export function scanDocument(blocks: readonly Block[], options: ScanOptions = {}): ScanResult {
  const all: Finding[] = [];
  blocks.forEach((b, block) => {
    const re = /exosome injections?/gi;
    for (let m; (m = re.exec(b.text)); )
      all.push({ rule: 'injectable.injection', family: 'injectable', context: 'promotional', severity: 'high',
        block, start: m.index, end: m.index + m[0].length, text: m[0] });
  });
  void options;
  return { findings: all, all, muted: {}, offTopic: all.length === 0 };
}

export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanDocument(text.split(/\n/).map((t) => ({ text: t })), options);
}
