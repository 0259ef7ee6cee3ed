// `exocheck audit`: scan saved pages, archives and live URLs in bulk and write one report (the research
// log's CSV or JSON format, so a JSON report imports straight into the research page, or JSONL, one entry
// per line as pages finish) plus a per-site summary. Pages stream through: read, scanned on worker
// threads, written, forgotten; a bounded number are in flight at any time.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { LogEntry } from '../evidence/entry';
import { toCsv } from '../evidence/export-csv';
import { toJson } from '../evidence/export-json';
import { EXTENSION_VERSION } from '../evidence/versions';
import { AUDIT_USAGE, parseAuditArgs, UsageError, type AuditOptions } from './audit-args';
import { fetchAll, readUrlList } from './audit-fetch';
import { mergeReports } from './audit-merge';
import { fileSink, ReportWriter, streamSink, type Sink } from './audit-output';
import { inProcessScanner, workerScanner, type Scanner } from './audit-pool';
import { SummaryTable } from './audit-report';
import type { ScanSettings } from './audit-scan';
import { findInputs, readInputs, type SourceError, type SourceItem } from './audit-sources';
import { Progress } from './progress';
import { systemLocale } from './read-page';
import { inShard } from './shard';

export { isAuditWorker } from './audit-pool';

export interface AuditIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  isTTY: boolean;
  /** Read for the PATH "-" (defaults to process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
}

interface Plan {
  items: AsyncGenerator<SourceItem>;
  /** Pages expected, when knowable (archives hold an unknown number). */
  total: number | null;
  /** Nothing named on the command line could be read at all. */
  nothingReadable: boolean;
  errors: SourceError[];
}

async function plan(o: AuditOptions, stdin: AsyncIterable<Uint8Array>): Promise<Plan> {
  const { found, errors, opened } = await findInputs(o.paths, o.shard);
  let urls: string[] = [];
  const urlErrors: SourceError[] = [];
  if (o.urls) {
    try {
      const list = await readUrlList(o.urls);
      urls = list.urls.filter((u) => inShard(u, o.shard));
      urlErrors.push(...list.errors);
    } catch (e) {
      urlErrors.push({ source: o.urls, error: `cannot read URL list: ${(e as Error).message}` });
    }
  }
  const all = [...errors, ...urlErrors];
  const total = found.some((f) => f.kind !== 'page') ? null : found.length + urls.length;
  // Every PATH missing (and no usable URL list): say so and write no report, not an empty one.
  const nothingReadable = opened === 0 && all.length > 0 && (!o.urls || urlErrors.some((e) => e.source === o.urls));
  async function* items(): AsyncGenerator<SourceItem> {
    yield* readInputs(found, stdin, o.shard);
    if (urls.length) yield* fetchAll(urls, o.concurrency, o.timeout, EXTENSION_VERSION);
  }
  return { items: items(), total, nothingReadable, errors: all };
}

export async function runAudit(argv: string[], io: AuditIO, workerScript: URL = new URL(import.meta.url)): Promise<number> {
  let o: AuditOptions;
  try {
    o = parseAuditArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`exocheck audit: ${e.message}\n\n${AUDIT_USAGE}\n`);
    return 1;
  }
  if (o.help) {
    io.stdout.write(`${AUDIT_USAGE}\n`);
    return 0;
  }
  const say = (s: string) => io.stderr.write(`${io.isTTY ? '\r\x1b[K' : ''}exocheck audit: ${s}\n`);
  let p: Plan | null = null;
  if (!o.merge) {
    p = await plan(o, io.stdin ?? (process.stdin as AsyncIterable<Uint8Array>));
    for (const e of p.errors) say(`${e.source}: ${e.error}`);
    if (p.nothingReadable) {
      say('nothing could be read; no report written');
      return 2;
    }
  }
  let sink: Sink;
  try {
    sink = o.out ? fileSink(o.out) : streamSink(io.stdout);
  } catch (e) {
    say(`cannot write the report: ${(e as Error).message}`);
    return 1;
  }
  const writer = new ReportWriter(o.format, sink, `ExoCheck ${EXTENSION_VERSION} audit`);
  const summary = new SummaryTable();
  const progress = new Progress(io, p?.total ?? null);
  const r = p ? await scanAll(o, p, writer, summary, progress, say, workerScript) : { ...(await mergeReports(o, writer, summary, say)), jobs: 0 };
  progress.end();
  writer.end(r.failed === 0);
  try {
    if (o.summary) await writeFile(o.summary, summary.csv());
  } catch (e) {
    say(`cannot write the summary: ${(e as Error).message}`);
    return 1;
  }
  const secs = progress.seconds;
  io.stderr.write(
    `exocheck audit: ${r.pages} pages ${o.merge ? 'merged' : 'scanned'}, ${r.findings} findings, ${r.failed} failed; ` +
      `${secs.toFixed(1)} s (${(r.pages / Math.max(secs, 0.001)).toFixed(0)} pages/s, ${r.jobs || 'no'} worker threads)` +
      `${o.shard ? `; shard ${o.shard.index}/${o.shard.count}` : ''}${o.out ? `; report: ${o.out}` : ''}${o.summary ? `; summary: ${o.summary}` : ''}\n`,
  );
  if (!o.summary) {
    for (const s of summary.sorted().slice(0, 20)) io.stderr.write(`  ${s.site}: ${s.pages} pages, ${s.findings} findings (${s.severity.high} high)\n`);
  }
  return r.failed ? 2 : 0;
}

async function scanAll(o: AuditOptions, p: Plan, writer: ReportWriter, summary: SummaryTable, progress: Progress, say: (s: string) => void, workerScript: URL) {
  const settings: ScanSettings = { strictness: o.strictness, jurisdiction: o.jurisdiction, extensionVersion: EXTENSION_VERSION, locale: systemLocale(), format: o.format };
  // Worker threads need the bundled .js; run from TypeScript source (tests, tsx) we scan on this thread.
  const canSpawn = /\.m?js$/.test(workerScript.pathname);
  const jobs = canSpawn ? o.jobs : 0;
  const scanner: Scanner = jobs > 0 ? workerScanner(settings, jobs, workerScript) : inProcessScanner(settings);
  let failed = p.errors.length;
  let pages = 0;
  let findings = 0;

  // Pages read but not yet written (in a worker, or held for order): bounded, so memory is too.
  const limit = Math.max(1, jobs) * 4;
  let outstanding = 0;
  let wake: (() => void) | null = null;
  const settle = () => {
    outstanding--;
    const w = wake;
    wake = null;
    w?.();
  };
  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((ok) => (wake = ok));
  };

  let seq = 0;
  try {
    for await (const item of p.items) {
      if ('error' in item) {
        failed++;
        say(`${item.source}: ${item.error}`);
        progress.tick(true);
        continue;
      }
      await until(() => outstanding < limit);
      const page = { ...item, seq: seq++ };
      outstanding++;
      scanner.scan(page).then(
        (done) => {
          pages++;
          findings += done.counts.findings;
          summary.add(done.counts);
          writer.put(done.seq, done.text, done.counts.findings);
          if (done.truncated) say(`${page.source}: larger than 64 MB; only its start was scanned`);
          progress.tick(false);
          settle();
        },
        (e: Error) => {
          failed++;
          writer.put(page.seq, null);
          say(`${page.source}: ${e.message}`);
          progress.tick(true);
          settle();
        },
      );
    }
    await until(() => outstanding === 0);
  } finally {
    await scanner.close();
  }
  return { pages, findings, failed, jobs };
}
