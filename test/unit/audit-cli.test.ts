import { mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit';
import { parseCsv } from '../../src/evidence/csv';
import { CSV_COLUMNS } from '../../src/evidence/export-csv';
import { parseExport } from '../../src/evidence/import-json';
import { expectedFindings, pageHtml, recordingIO, waczBytes, warcBytes, writePages } from './audit-helpers';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'exocheck-audit-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const col = (n: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(n);

describe('exocheck audit over files', () => {
  it('scans a folder of 1,000 generated pages (recursively) with every finding in the CSV and the summary', async () => {
    const dir = join(tmp, 'pages');
    const { findings } = writePages(dir, 1000);
    writeFileSync(join(dir, 'notes.txt'), 'exosome injection (not a page: ignored)');
    const out = join(tmp, 'report.csv');
    const io = recordingIO();
    const t = performance.now();
    const code = await runAudit([dir, '--out', out, '--jobs', '0', '--jurisdiction', 'uk'], io);
    const secs = (performance.now() - t) / 1000;
    console.log(`audit (main thread, from source): 1,000 pages in ${secs.toFixed(2)} s = ${(1000 / secs).toFixed(0)} pages/s`);
    expect(io.err).toMatch(/1000 pages scanned, \d+ findings, 0 failed/);
    expect(code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8')).slice(1);
    expect(rows.filter((r) => r[col('quote')] !== '')).toHaveLength(findings);
    expect(new Set(rows.map((r) => r[col('entry_id')])).size).toBe(1000);
    // Script text is not page text; the canonical link gives the real site; the title is decoded.
    expect(rows.every((r) => !/script/.test(r[col('suffix')]))).toBe(true);
    const r0 = rows.find((r) => r[col('url')] === 'https://clinic0.example/p/0')!;
    expect(r0[col('title')]).toBe('Clinic 0 & "spa"');
    expect(r0[col('site')]).toBe('clinic0.example');
    const summary = parseCsv(readFileSync(join(tmp, 'report-summary.csv'), 'utf8'));
    expect(summary[0].slice(0, 4)).toEqual(['site', 'pages', 'pages_with_findings', 'findings']);
    expect(summary.slice(1)).toHaveLength(7);
    expect(summary.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(1000);
    expect(summary.slice(1).reduce((n, r) => n + Number(r[3]), 0)).toBe(findings);
  });

  it('reads WARC (plain and gzip) and WACZ archives, keeping only HTML 2xx responses', async () => {
    const pages = Array.from({ length: 200 }, (_, i) => ({ url: `https://warc${i % 3}.example/${i}`, html: pageHtml(i) }));
    const extra = [
      { url: 'https://warc0.example/style.css', html: 'exosome injection', type: 'text/css' },
      { url: 'https://warc0.example/gone', html: '<p>exosome injection</p>', status: 404 },
    ];
    writeFileSync(join(tmp, 'a.warc'), await warcBytes([...pages.slice(0, 100), ...extra], false));
    writeFileSync(join(tmp, 'b.warc.gz'), await warcBytes(pages.slice(100, 150), true));
    writeFileSync(join(tmp, 'c.wacz'), waczBytes({ 'data.warc.gz': await warcBytes(pages.slice(150), true) }));
    const io = recordingIO();
    const t = performance.now();
    const code = await runAudit([join(tmp, 'a.warc'), join(tmp, 'b.warc.gz'), join(tmp, 'c.wacz'), '--format', 'json', '--jobs', '0', '--jurisdiction', 'uk'], io);
    const secs = (performance.now() - t) / 1000;
    console.log(`audit WARC/WACZ (main thread): 200 pages in ${secs.toFixed(2)} s = ${(200 / secs).toFixed(0)} pages/s`);
    expect(code).toBe(0);
    const { entries, errors } = parseExport(io.out);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.url)).toEqual(pages.map((p) => p.url));
    expect(entries[0].capturedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(entries.reduce((n, e) => n + e.findings.length, 0)).toBe(pages.reduce((n, _, i) => n + expectedFindings(i), 0));
  });

  it('reports unreadable inputs and carries on, exiting 2', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.html'), pageHtml(0));
    symlinkSync(join(dir, 'missing-target.html'), join(dir, 'broken-link.html'));
    writeFileSync(join(dir, 'corrupt.warc.gz'), new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    writeFileSync(join(dir, 'corrupt.wacz'), 'not a zip');
    writeFileSync(join(dir, 'z-good.html'), pageHtml(1));
    const io = recordingIO();
    const code = await runAudit([dir, join(tmp, 'does-not-exist.html'), '--format', 'json', '--jobs', '0', '--jurisdiction', 'uk'], io);
    expect(code).toBe(2);
    expect(io.err).toMatch(/broken-link\.html: cannot read: ENOENT/);
    expect(io.err).toMatch(/does-not-exist\.html: cannot read: ENOENT/);
    expect(io.err).toMatch(/corrupt\.warc\.gz#1: bad WARC data at record 1/);
    expect(io.err).toMatch(/corrupt\.wacz: cannot read WACZ/);
    expect(io.err).toMatch(new RegExp(`2 pages scanned, ${expectedFindings(0) + expectedFindings(1)} findings, 4 failed`));
    expect(parseExport(io.out).entries.map((e) => e.title)).toEqual(['Clinic 0 & "spa"', 'Clinic 1 & "spa"']);
  });

  it('rejects bad usage with a message naming the flag', async () => {
    for (const [args, msg] of [
      [[], /nothing to audit/],
      [['x', '--format', 'xml'], /--format: expected csv, json or jsonl/],
      [['x', '--jurisdiction', 'mars'], /--jurisdiction: expected/],
      [['x', '--concurrency', '0'], /--concurrency: expected 1..64/],
      [['x', '--bogus'], /unknown option --bogus/],
    ] as const) {
      const io = recordingIO();
      expect(await runAudit([...args], io)).toBe(1);
      expect(io.err).toMatch(msg);
    }
  });

  it('draws a progress bar on a TTY only', async () => {
    const dir = join(tmp, 'few');
    writePages(dir, 20);
    const tty = recordingIO(true);
    await runAudit([dir, '--jobs', '0'], tty);
    expect(tty.err).toMatch(/\[#{30}\] 20\/20 {2}\d+ pages\/s/);
    const pipe = recordingIO(false);
    await runAudit([dir, '--jobs', '0'], pipe);
    expect(pipe.err).not.toMatch(/\[#|\r/);
  });
});

describe('exocheck audit --urls (local server only)', () => {
  let server: Server;
  let base: string;
  let inFlight = 0;
  let maxInFlight = 0;
  const agents: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      agents.push(String(req.headers['user-agent']));
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      res.on('close', done);
      const m = /^\/page\/(\d+)$/.exec(req.url ?? '');
      setTimeout(() => {
        if (m) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(Number(m[1])));
        } else if (req.url === '/missing') res.writeHead(404).end('nope');
        else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('png');
        else if (req.url === '/slow') {
          /* never answers: the client's timeout must fire */
        } else res.writeHead(500).end();
      }, 20);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  });

  it('fetches with a concurrency limit, a timeout and an ExoCheck User-Agent; failures are per page', async () => {
    const list = join(tmp, 'urls.txt');
    const pages = Array.from({ length: 12 }, (_, i) => `${base}/page/${i}`);
    writeFileSync(list, ['# pages to check', ...pages, '', `${base}/missing`, `${base}/image`, `${base}/slow`, 'ftp://x.example/', 'not a url'].join('\n'));
    const io = recordingIO();
    const code = await runAudit(['--urls', list, '--concurrency', '3', '--timeout', '500', '--format', 'json', '--jobs', '0'], io);
    expect(code).toBe(2);
    const { entries } = parseExport(io.out);
    // Fetched pages keep their own URL (not the canonical link inside them).
    expect(entries.map((e) => e.url).sort()).toEqual([...pages].sort());
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(agents.filter((a) => !/^ExoCheck\/\S+ \(/.test(a))).toEqual([]);
    expect(io.err).toMatch(/\/missing: HTTP 404/);
    expect(io.err).toMatch(/\/image: not an HTML page \(Content-Type: image\/png\)/);
    expect(io.err).toMatch(/\/slow: fetch failed: timed out after 500 ms/);
    expect(io.err).toMatch(/urls\.txt:\d+: not a usable URL "ftp:\/\/x\.example\/": only http\(s\)/);
    expect(io.err).toMatch(/urls\.txt:\d+: not a usable URL "not a url"/);
    expect(io.err).toMatch(/12 pages scanned, \d+ findings, 5 failed/);
  });
});
