// The audit's report, written as pages are scanned: JSONL one line per page the moment it is done (a
// consumer can tail it), CSV and JSON in input order through a small reorder buffer. Nothing is kept
// once written, so memory does not grow with the number of pages.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { BOM, csvRow } from '../evidence/csv';
import { CSV_COLUMNS } from '../evidence/export-csv';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../evidence/export-json';
import type { ReportFormat } from './audit-scan';

export interface Sink {
  write(text: string): void;
  /** `discard`: the report never began; a file is removed rather than left empty. */
  close(discard: boolean): void;
}

/**
 * Written with writeSync: each line is in the file when write returns. Opened at once (a bad path fails
 * before any scanning); a report that never began is removed again rather than left empty.
 */
export function fileSink(path: string): Sink {
  const fd = openSync(path, 'w');
  return {
    write: (text) => {
      writeSync(fd, text);
    },
    close: (discard) => {
      closeSync(fd);
      if (discard) rmSync(path, { force: true });
    },
  };
}

export function streamSink(out: { write(s: string): unknown }): Sink {
  return { write: (text) => void out.write(text), close: () => {} };
}

export class ReportWriter {
  private next = 0;
  private readonly held = new Map<number, string | null>();
  private entries = 0;
  private findings = 0;
  private started = false;

  constructor(
    private readonly format: ReportFormat,
    private readonly sink: Sink,
    private readonly exportedBy: string,
  ) {}

  /** The head of the report (CSV header, JSON opening), written with the first page. */
  private begin(now = new Date()): void {
    if (this.started) return;
    this.started = true;
    if (this.format === 'csv') this.sink.write(BOM + csvRow(CSV_COLUMNS));
    else if (this.format === 'json') {
      const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), exportedBy: this.exportedBy }, null, 2);
      this.sink.write(`${head.slice(0, -2)},\n  "entries": [`);
    }
  }

  /** A scanned page's text (null: the page failed and leaves no text). */
  put(seq: number, text: string | null, findings = 0): void {
    this.findings += findings;
    if (text !== null) this.begin();
    if (this.format === 'jsonl') {
      if (text !== null) this.sink.write(text);
      return;
    }
    this.held.set(seq, text);
    for (let t = this.held.get(this.next); t !== undefined; t = this.held.get(this.next)) {
      this.held.delete(this.next++);
      if (t === null) continue;
      this.sink.write(this.format === 'json' ? `${this.entries ? ',' : ''}\n${t}` : t);
      this.entries++;
    }
  }

  /** Pages scanned but waiting for an earlier one. */
  get waiting(): number {
    return this.held.size;
  }

  /** Without any page, an empty report is written only when `empty` (nothing failed: a true "none found"). */
  end(empty: boolean): void {
    if (empty) this.begin();
    if (!this.started) return this.sink.close(true);
    if (this.format === 'json') this.sink.write(`${this.entries ? '\n  ' : ''}],\n  "counts": ${JSON.stringify({ pages: this.entries, findings: this.findings })}\n}\n`);
    this.sink.close(false);
  }
}
