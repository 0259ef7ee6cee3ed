// Command-line options of `exocheck audit`, parsed without a library so errors can name the flag.
import { availableParallelism } from 'node:os';
import { JURISDICTIONS, STRICTNESS, type Jurisdiction, type Strictness } from '../engine/types';
import type { ReportFormat } from './audit-scan';
import { parseShard, type Shard } from './shard';

export interface AuditOptions {
  paths: string[];
  format: ReportFormat;
  out?: string;
  summary?: string;
  strictness: Strictness;
  /** 'auto' guesses per page, as the extension does (domain, currency, phone numbers, lang). */
  jurisdiction: Jurisdiction | 'auto';
  urls?: string;
  /** Live fetches in flight at once. */
  concurrency: number;
  /** Per-request timeout for --urls, in ms. */
  timeout: number;
  /** Scanning threads; 0 scans on the main thread. */
  jobs: number;
  /** This run's part of the input, for running one audit as N map tasks. */
  shard?: Shard;
  /** The PATHs are JSONL reports of earlier runs (e.g. shards) to merge into one report. */
  merge: boolean;
  help: boolean;
}

export const AUDIT_USAGE = `Usage: exocheck audit PATH... [options]

Scans saved pages for exosome-treatment marketing claims and writes one report.
PATH may be an .html/.htm file (or any file named explicitly, read as HTML or text), a folder (searched
recursively for .html/.htm and archives), a .warc/.warc.gz or a .wacz archive, or - for an archive
(WARC, WARC.gz or WACZ) on standard input. Archives are read as streams, one record at a time.

Options:
  --format csv|json|jsonl  report format (default: from --out's extension, else csv); jsonl writes one
                           line per page as soon as it is scanned
  --out FILE               write the report to FILE (default: standard output)
  --summary FILE           write a per-site summary CSV (default: next to --out as NAME-summary.csv)
  --strictness LEVEL       ${STRICTNESS.join('|')} (default standard)
  --jurisdiction CODE      auto|${JURISDICTIONS.join('|')} (default auto: guessed per page)
  --urls FILE              also fetch the live pages listed in FILE (one URL per line, # comments)
  --concurrency N          live fetches at once (default 4)
  --timeout MS             per-request timeout for --urls (default 15000)
  --jobs N                 scanning threads (default: one per core, here ${availableParallelism()}; 0 = main thread)
  --shard I/N              scan only part I of N (I from 0): N runs with the same PATHs and I = 0..N-1
                           together scan every page exactly once (split by a hash of each page's key)
  --merge                  the PATHs are JSONL reports of earlier runs (say, of each --shard): write them
                           as one report (any --format) and summary, each page once, without rescanning
  -h, --help               show this help

Exit code: 0 when every page was read, 2 when some could not be (each is reported on standard error),
1 on bad usage.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function intArg(flag: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag}: expected a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${flag}: expected ${min}..${max}, got ${n}`);
  return n;
}

export function parseAuditArgs(argv: readonly string[]): AuditOptions {
  const o: AuditOptions = {
    paths: [],
    format: 'csv',
    strictness: 'standard',
    jurisdiction: 'auto',
    concurrency: 4,
    timeout: 15_000,
    jobs: Math.max(1, availableParallelism()),
    merge: false,
    help: false,
  };
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      o.help = true;
      continue;
    }
    if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      o.paths.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag}: missing value`);
      return v;
    };
    switch (flag) {
      case '--format':
        format = value();
        if (format !== 'csv' && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format: expected csv, json or jsonl, got "${format}"`);
        break;
      case '--out':
        o.out = value();
        break;
      case '--summary':
        o.summary = value();
        break;
      case '--strictness': {
        const v = value();
        if (!(STRICTNESS as readonly string[]).includes(v)) throw new UsageError(`--strictness: expected ${STRICTNESS.join('|')}, got "${v}"`);
        o.strictness = v as Strictness;
        break;
      }
      case '--jurisdiction': {
        const v = value().toLowerCase();
        if (v !== 'auto' && !(JURISDICTIONS as readonly string[]).includes(v))
          throw new UsageError(`--jurisdiction: expected auto|${JURISDICTIONS.join('|')}, got "${v}"`);
        o.jurisdiction = v as Jurisdiction | 'auto';
        break;
      }
      case '--merge':
        o.merge = true;
        break;
      case '--urls':
        o.urls = value();
        break;
      case '--concurrency':
        o.concurrency = intArg(flag, value(), 1, 64);
        break;
      case '--timeout':
        o.timeout = intArg(flag, value(), 100, 600_000);
        break;
      case '--jobs':
      case '--workers': // the name before --jobs
        o.jobs = intArg(flag, value(), 0, 64);
        break;
      case '--shard': {
        const shard = parseShard(value());
        if (typeof shard === 'string') throw new UsageError(`--shard: ${shard}`);
        o.shard = shard;
        break;
      }
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  o.format = (format ?? (o.out && /\.jsonl$/i.test(o.out) ? 'jsonl' : o.out && /\.json$/i.test(o.out) ? 'json' : 'csv')) as ReportFormat;
  if (o.merge && o.urls) throw new UsageError('--merge reads JSONL reports; it cannot be combined with --urls');
  if (!o.help && o.paths.length === 0 && !o.urls) throw new UsageError('nothing to audit: give at least one PATH or --urls FILE');
  // Beside a report file, not beside /dev/null or /dev/stdout.
  if (!o.summary && o.out && !o.out.startsWith('/dev/')) o.summary = o.out.replace(/(\.[a-z0-9]+)?$/i, '-summary.csv');
  return o;
}
