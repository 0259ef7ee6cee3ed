// `exocheck audit`: scan saved pages, archives and live URLs in bulk and write one report (the research
// log's CSV or JSON format, so a JSON report imports straight into the research page) plus a per-site summary.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { LogEntry } from '../evidence/entry';
import { toCsv } from '../evidence/export-csv';
import { toJson } from '../evidence/export-json';
import { EXTENSION_VERSION } from '../evidence/versions';
import { AUDIT_USAGE, parseAuditArgs, UsageError, type AuditOptions } from './audit-args';
import { fetchAll, readUrlList } from './audit-fetch';
import { inProcessScanner, workerScanner, type Scanner } from './audit-pool';
import { summarise, summaryCsv } from './audit-report';
import { findInputs, readInputs, type SourceItem } from './audit-sources';

export { isAuditWorker } from './audit-pool';

export interface AuditIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  isTTY: boolean;
}

class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly t0 = performance.now();
  constructor(
    private readonly io: AuditIO,
    private total: number | null,
  ) {}
  tick(failed: boolean) {
    this.done++;
    if (failed) this.failed++;
    const now = performance.now();
    if (this.io.isTTY && now - this.last > 100) {
      this.last = now;
      this.draw();
    }
  }
  private draw() {
    const rate = this.done / Math.max(0.001, (performance.now() - this.t0) / 1000);
    const width = 30;
    const bar = this.total ? `[${'#'.repeat(Math.round((width * this.done) / this.total)).padEnd(width, '-')}] ${this.done}/${this.total}` : `${this.done} pages`;
    this.io.stderr.write(`\r${bar}  ${rate.toFixed(0)} pages/s${this.failed ? `  ${this.failed} failed` : ''}\x1b[K`);
  }
  end() {
    if (this.io.isTTY) {
      this.draw();
      this.io.stderr.write('\n');
    }
  }
  get seconds() {
    return (performance.now() - this.t0) / 1000;
  }
}

interface Plan {
  items: AsyncGenerator<SourceItem>;
  /** Pages expected, when knowable (archives hold an unknown number). */
  total: number | null;
}

async function plan(o: AuditOptions): Promise<Plan> {
  const { found, errors } = await findInputs(o.paths);
  let urls: string[] = [];
  const urlErrors: SourceItem[] = [];
  if (o.urls) {
    try {
      const list = await readUrlList(o.urls);
      urls = list.urls;
      urlErrors.push(...list.errors);
    } catch (e) {
      urlErrors.push({ source: o.urls, error: `cannot read URL list: ${(e as Error).message}` });
    }
  }
  const total = found.some((f) => f.kind !== 'html') ? null : found.length + errors.length + urls.length + urlErrors.length;
  async function* items(): AsyncGenerator<SourceItem> {
    yield* errors;
    yield* readInputs(found);
    yield* urlErrors;
    if (urls.length) yield* fetchAll(urls, o.concurrency, o.timeout, EXTENSION_VERSION);
  }
  return { items: items(), total };
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
  const settings = { strictness: o.strictness, jurisdiction: o.jurisdiction, extensionVersion: EXTENSION_VERSION, locale: Intl.DateTimeFormat().resolvedOptions().locale };
  // Worker threads need the bundled .js; run from TypeScript source (tests, tsx) we scan on this thread.
  const canSpawn = /\.m?js$/.test(workerScript.pathname);
  const workers = canSpawn ? Math.min(o.workers, Math.max(1, availableParallelism())) : 0;
  const scanner: Scanner = workers > 0 ? workerScanner(settings, workers, workerScript) : inProcessScanner(settings);

  const results: (LogEntry | undefined)[] = [];
  const failures: { source: string; error: string }[] = [];
  const { items, total } = await plan(o);
  const progress = new Progress(io, total);
  const jobs: Promise<void>[] = [];
  const fail = (source: string, error: string) => {
    failures.push({ source, error });
    io.stderr.write(`${io.isTTY ? '\r\x1b[K' : ''}exocheck audit: ${source}: ${error}\n`);
    progress.tick(true);
  };
  let seq = 0;
  try {
    for await (const item of items) {
      if ('error' in item) {
        fail(item.source, item.error);
        continue;
      }
      await scanner.ready();
      const page = { ...item, seq: seq++ };
      jobs.push(
        scanner.scan(page).then(
          (entry) => {
            results[page.seq] = entry;
            progress.tick(false);
          },
          (e: Error) => fail(page.source, `cannot scan: ${e.message}`),
        ),
      );
    }
    await Promise.all(jobs);
  } finally {
    await scanner.close();
  }
  progress.end();

  const entries = results.filter((e): e is LogEntry => e !== undefined);
  const report = o.format === 'json' ? toJson(entries, `ExoCheck ${EXTENSION_VERSION} audit`) : toCsv(entries).text;
  try {
    if (o.out) await writeFile(o.out, report);
    else io.stdout.write(report);
    if (o.summary) await writeFile(o.summary, summaryCsv(entries));
  } catch (e) {
    io.stderr.write(`exocheck audit: cannot write the report: ${(e as Error).message}\n`);
    return 1;
  }
  const findings = entries.reduce((n, e) => n + e.findings.length, 0);
  const secs = progress.seconds;
  io.stderr.write(
    `exocheck audit: ${entries.length} pages scanned, ${findings} findings, ${failures.length} failed; ` +
      `${secs.toFixed(1)} s (${(entries.length / Math.max(secs, 0.001)).toFixed(0)} pages/s, ${workers || 'no'} worker threads)` +
      `${o.out ? `; report: ${o.out}` : ''}${o.summary ? `; summary: ${o.summary}` : ''}\n`,
  );
  if (!o.summary) {
    for (const s of summarise(entries).slice(0, 20)) io.stderr.write(`  ${s.site}: ${s.pages} pages, ${s.findings} findings (${s.severity.high} high)\n`);
  }
  return failures.length ? 2 : 0;
}
