// One page in, one research-log entry out, already written out in the report's format. Runs on worker
// threads, so it takes and returns plain data, and does the formatting there to keep the main thread free.
import { scanDocument } from '../engine';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Block, Jurisdiction, Strictness } from '../engine/types';
import { buildEntry, type LogEntry } from '../evidence/entry';
import { RULES_VERSION } from '../evidence/versions';
import { BOM, csvRow } from '../evidence/csv';
import { CSV_COLUMNS, toCsv } from '../evidence/export-csv';
import { summarise, type SiteSummary } from '../evidence/summary';
import { decideJurisdiction, InputError, readPageBytes } from './read-page';

export { decodeHtml } from './decode';

export interface PageInput {
  seq: number;
  /** Where it came from, for messages: a path, "archive.warc#3" or a URL. */
  source: string;
  /** The summary row when the page names no site: its folder, the file, or the archive. */
  group?: string;
  /** A file name, so an .html name is read as HTML. */
  name?: string;
  /** The address it was served from (a WARC target, a fetched URL). */
  url?: string;
  /** A local file's file: URL, the entry's address when the page names none. */
  fileUrl?: string;
  /** Raw bytes, decoded with the charset from the HTTP header, a BOM or <meta charset>. */
  bytes: Uint8Array;
  contentType?: string;
  capturedAt?: string;
}

export type ReportFormat = 'csv' | 'json' | 'jsonl';

export interface ScanSettings {
  strictness: Strictness;
  jurisdiction: Jurisdiction | 'auto';
  extensionVersion: string;
  /** The system locale, a weak hint for jurisdiction: auto. */
  locale?: string;
  format: ReportFormat;
}

/** A scanned page as the main thread needs it: its report text and its counts for the summary. */
export interface ScannedPage {
  seq: number;
  text: string;
  /** Summary row: the page's site, else its group. */
  row: string;
  counts: SiteSummary;
  truncated: boolean;
}

export async function scanPage(page: PageInput, settings: Omit<ScanSettings, 'format'>): Promise<{ entry: LogEntry; truncated: boolean }> {
  const read = readPageBytes(page.bytes, { name: page.name, contentType: page.contentType, url: page.url });
  const { jurisdiction } = decideJurisdiction(read, settings.jurisdiction, settings.locale);
  // The requested strictness decides what an audit reports (the extension's log keeps `all` instead).
  const { findings } = scanDocument(read.blocks, { strictness: settings.strictness, jurisdiction });
  const url = read.url ?? page.url ?? page.fileUrl ?? page.source;
  const entry = await buildEntry(
    { url, title: read.title, jurisdiction, extensionVersion: settings.extensionVersion, rulesVersion: RULES_VERSION, capturedAt: page.capturedAt },
    read.blocks,
    findings,
  );
  return { entry, truncated: read.truncated };
}

const CSV_HEAD = BOM + csvRow(CSV_COLUMNS);

export function entryText(entry: LogEntry, format: ReportFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(entry)}\n`;
  if (format === 'csv') return toCsv([entry]).text.slice(CSV_HEAD.length);
  // Inside the export's "entries" array, indented as JSON.stringify(export, null, 2) would.
  return `    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
}

export async function scanToText(page: PageInput, settings: ScanSettings): Promise<ScannedPage> {
  const { entry, truncated } = await scanPage(page, settings);
  const row = entry.site || page.group || page.source;
  const counts = summarise([{ ...entry, site: row }])[0]!;
  return { seq: page.seq, text: entryText(entry, settings.format), row, counts, truncated };
}

/** The message for a page that could not be scanned: the reader's own words, or an internal error named as such. */
export const scanError = (e: unknown): string =>
  e instanceof InputError ? e.message : `cannot scan (internal error, please report): ${e instanceof Error ? e.message : String(e)}`;
