// The lossless format: everything in the log, re-importable (import-json.ts), with counts a reader can
// check the contents against. Each finding also carries what it means (the rule's message and the legal
// status where the page is aimed), for a reader of the file; an import ignores those derived fields.
import type { Explanation } from './explain';
import { explain } from './explain';
import { storedFindings, type EvidenceFinding, type LogEntry } from './entry';

export const EXPORT_FORMAT = 'exocheck-research-log';
/** 2: visits (snapshots, updatedAt), notes and case tags, each finding's strictness and whether it was shown. */
export const EXPORT_VERSION = 2;

export type ExportedFinding = EvidenceFinding & Explanation;
export type ExportedEntry = Omit<LogEntry, 'findings'> & { findings: ExportedFinding[] };

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  exportedBy: string;
  counts: { pages: number; findings: number };
  entries: ExportedEntry[];
}

export function toJsonExport(entries: readonly LogEntry[], exportedBy: string, now = new Date()): JsonExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    counts: { pages: entries.length, findings: storedFindings(entries) },
    entries: entries.map((e) => ({ ...structuredClone(e), findings: e.findings.map((f) => ({ ...f, ...explain(f.rule, f.family, e.jurisdiction) })) })),
  };
}

export function toJson(entries: readonly LogEntry[], exportedBy: string, now = new Date()): string {
  return `${JSON.stringify(toJsonExport(entries, exportedBy, now), null, 2)}\n`;
}
