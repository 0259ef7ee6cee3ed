import type { ScanOptions } from '../engine/types';
import { scanDocument } from '../engine';

// Labeled corpora: one JSON object per line with "id" and "text", optionally "doc". Consecutive lines
// with the same "doc" are one page, scanned together so page context counts ("Cartilage repair for
// osteoarthritis" is a claim on a page about exosome treatments). One output line per input line.

interface Line { id: unknown; text: string; doc?: unknown; source?: unknown }

export interface JsonlResult {
  output: string[];
  errors: string[];
}

export function runJsonl(input: string, options: ScanOptions): JsonlResult {
  const errors: string[] = [];
  const groups: Line[][] = [];
  const rawLines = input.split(/\r?\n/);
  rawLines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      errors.push(`line ${i + 1}: invalid JSON (${(e as Error).message})`);
      return;
    }
    if (!obj || typeof obj !== 'object' || typeof (obj as Line).text !== 'string' || !('id' in (obj as object))) {
      errors.push(`line ${i + 1}: expected an object with "id" and a string "text"`);
      return;
    }
    const line = obj as Line;
    // "doc" names the page; labeled sets that only carry the page's "source" are grouped by that instead.
    const page = (l: Line) => l.doc ?? l.source;
    const last = groups.at(-1);
    if (last && page(line) !== undefined && page(last[0]) === page(line)) last.push(line);
    else groups.push([line]);
  });

  const output: string[] = [];
  for (const group of groups) {
    const { findings } = scanDocument(group.map((l) => ({ text: l.text })), options);
    group.forEach((line, b) => {
      const mine = findings
        .filter((f) => f.block === b)
        .map((f) => ({ rule: f.rule, family: f.family, context: f.context, severity: f.severity, start: f.start, end: f.end, text: f.text, ...(f.cue ? { cue: f.cue } : {}) }));
      output.push(JSON.stringify({ id: line.id, findings: mine }));
    });
  }
  return { output, errors };
}
