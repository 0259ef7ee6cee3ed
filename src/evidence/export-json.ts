// The lossless format: everything in the log, re-importable (import-json.ts), with counts a reader can
// check the contents against.
import { countFindings, type LogEntry } from './entry';

export const EXPORT_FORMAT = 'exocheck-research-log';
export const EXPORT_VERSION = 1;

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  exportedBy: string;
  counts: { pages: number; findings: number };
  entries: LogEntry[];
}

export function toJsonExport(entries: readonly LogEntry[], exportedBy: string, now = new Date()): JsonExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    counts: { pages: entries.length, findings: countFindings(entries) },
    entries: entries.map((e) => structuredClone(e)),
  };
}

export function toJson(entries: readonly LogEntry[], exportedBy: string, now = new Date()): string {
  return `${JSON.stringify(toJsonExport(entries, exportedBy, now), null, 2)}\n`;
}
