// Reading a JSON export back: whole-file problems (not JSON, not ours, a newer version) stop the import
// with one clear message; a bad entry is skipped and named by its path, and every good entry still comes in.
import { captureKey, type LogEntry } from './entry';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import { validateEntry } from './validate';

/** Why a whole file was refused; the research page words each in the reader's language. */
export type ImportProblem = 'not-json' | 'not-ours' | 'bad-version' | 'newer' | 'no-entries' | 'summary-csv' | 'not-csv-export' | 'empty';

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly problem: ImportProblem,
  ) {
    super(message);
  }
}

export interface ParsedImport {
  entries: LogEntry[];
  /** One line per skipped entry problem, each starting with where it is (a JSON path, a CSV row). */
  errors: string[];
  /** Entries in the file (valid or not). */
  total: number;
  format: 'json' | 'csv';
  /** CSV only: data rows not imported (each named in errors). */
  skippedRows?: number;
}

export function parseExport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new ImportError(`Not a JSON file: ${(e as Error).message}`, 'not-json');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new ImportError('Not an ExoCheck research export: expected a JSON object at the top level', 'not-ours');
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT)
    throw new ImportError(`Not an ExoCheck research export: format is ${JSON.stringify(d.format)}, expected "${EXPORT_FORMAT}"`, 'not-ours');
  if (typeof d.version !== 'number' || !Number.isInteger(d.version))
    throw new ImportError(`version: expected an integer, got ${JSON.stringify(d.version)}`, 'bad-version');
  if (d.version > EXPORT_VERSION)
    throw new ImportError(`This export is format version ${d.version}; this ExoCheck reads up to ${EXPORT_VERSION}. Update ExoCheck first.`, 'newer');
  if (!Array.isArray(d.entries)) throw new ImportError(`entries: expected an array, got ${typeof d.entries}`, 'no-entries');
  const entries: LogEntry[] = [];
  const errors: string[] = [];
  d.entries.forEach((raw, i) => {
    const r = validateEntry(raw, `entries[${i}]`);
    if (r.ok) entries.push(r.value);
    else errors.push(...r.errors);
  });
  return { entries, errors, total: d.entries.length, format: 'json' };
}

export interface MergeReport {
  merged: LogEntry[];
  /** Entries from the import that were new. */
  added: LogEntry[];
  /** Imported entries already in the log (same url + textHash), plus repeats inside the file itself. */
  duplicates: number;
  /** Imported entries whose id is taken by a different capture (an edited file): skipped, not overwritten. */
  conflicts: number;
}

/** Existing entries win: the earliest capture of a page state is the evidence, re-imports change nothing. */
export function mergeEntries(existing: readonly LogEntry[], incoming: readonly LogEntry[]): MergeReport {
  const seen = new Set(existing.map(captureKey));
  const ids = new Set(existing.map((e) => e.id));
  const added: LogEntry[] = [];
  let duplicates = 0;
  let conflicts = 0;
  for (const e of incoming) {
    const key = captureKey(e);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    if (ids.has(e.id)) {
      conflicts++;
      continue;
    }
    seen.add(key);
    ids.add(e.id);
    added.push(e);
  }
  return { merged: [...existing, ...added], added, duplicates, conflicts };
}
