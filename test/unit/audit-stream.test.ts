// The audit as a stream, in a real process (the bundled CLI, worker threads): archives on standard input,
// JSONL lines out while input is still coming, memory far below the archive's size, and --shard splits that
// together cover every page exactly once.
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Zip, ZipPassThrough } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit';
import { parseExport } from '../../src/evidence/import-json';
import { validateEntry } from '../../src/evidence/validate';
import { clinicPage, recordId, warcRecord, writeArchive, writeWacz } from '../bench/warc-gen.mjs';
import { expectedFindings, pageHtml, recordingIO, writePages } from './audit-helpers';
import { buildCli, root, runNode } from './cli-bundle';

let tmp: string;
let cli: Awaited<ReturnType<typeof buildCli>>;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'exocheck-audit-stream-'));
  cli = await buildCli('stream');
}, 120_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  cli?.remove();
});

const page = (tag: number, i: number) => warcRecord({ url: `https://warc${tag}-${i % 5}.example/${i}`, id: recordId(tag, i), body: pageHtml(i) });
const image = (tag: number, i: number, bytes: number) =>
  warcRecord({ url: `https://warc${tag}.example/img/${i}.jpg`, id: recordId(tag + 100, i), contentType: 'image/jpeg', body: Buffer.alloc(bytes, i % 251) });

/** A ZIP as streaming writers make it: sizes in data descriptors after each entry, not in its header. */
function streamedZip(files: Record<string, Uint8Array>): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((e, d) => {
    if (e) throw e;
    parts.push(d);
  });
  for (const [name, data] of Object.entries(files)) {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(data, true);
  }
  zip.end();
  return Buffer.concat(parts);
}

function lines(text: string) {
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('exocheck audit - (an archive on standard input)', () => {
  it('writes JSONL lines while the archive is still arriving, one per page, each a valid log entry', async () => {
    const n = 120;
    const records = Array.from({ length: n }, (_, i) => page(1, i));
    const child = spawn(process.execPath, [cli.bundle, 'audit', '-', '--format', 'jsonl', '--jobs', '2'], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const closed = new Promise<number>((ok) => child.on('close', (code) => ok(code ?? -1)));
    child.stdin.write(Buffer.concat(records.slice(0, 40)));
    // Standard input is still open: lines can only be here if the audit writes as it goes.
    const t0 = performance.now();
    while (!out.includes('\n') && performance.now() - t0 < 60_000) await new Promise((ok) => setTimeout(ok, 50));
    expect(out).toContain('\n');
    expect(child.exitCode).toBe(null);
    const early = lines(out.slice(0, out.lastIndexOf('\n'))).length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThanOrEqual(40);
    child.stdin.end(Buffer.concat(records.slice(40)));
    expect(await closed).toBe(0);
    const entries = lines(out);
    expect(entries).toHaveLength(n);
    expect(entries.filter((e) => !validateEntry(e).ok)).toEqual([]);
    expect(new Set(entries.map((e) => e.url))).toEqual(new Set(Array.from({ length: n }, (_, i) => `https://warc1-${i % 5}.example/${i}`)));
    expect(entries.reduce((s, e) => s + e.findings.length, 0)).toBe(Array.from({ length: n }, (_, i) => expectedFindings(i)).reduce((a, b) => a + b, 0));
    expect(err).toMatch(new RegExp(`${n} pages scanned, \\d+ findings, 0 failed; .*2 worker threads`));
  }, 120_000);

  it('reads WARC.gz and WACZ (sizes in headers or in data descriptors) from standard input, and as a file, with the same pages', async () => {
    const n = 60;
    const records = Array.from({ length: n }, (_, i) => page(2, i));
    const warc = join(tmp, 'stdin.warc');
    const gz = join(tmp, 'stdin.warc.gz');
    const wacz = join(tmp, 'stdin.wacz');
    await writeArchive(warc, records);
    await writeArchive(gz, records, { gzip: true });
    await writeWacz(wacz, warc);
    const urls = (r: { stdout: string }) => lines(r.stdout).map((e) => `${e.url} ${e.textHash} ${e.findings.length}`).sort();
    const fromGz = await runNode([cli.bundle, 'audit', '-', '--format', 'jsonl'], { input: readFileSync(gz) });
    const fromWaczStdin = await runNode([cli.bundle, 'audit', '-', '--format', 'jsonl'], { input: readFileSync(wacz) });
    const fromWaczFile = await runNode([cli.bundle, 'audit', wacz, '--format', 'jsonl']);
    const streamed = streamedZip({ 'datapackage.json': Buffer.from('{}'), 'archive/a.warc': readFileSync(warc), 'pages/pages.jsonl': Buffer.from('{}') });
    const fromStreamedZip = await runNode([cli.bundle, 'audit', '-', '--format', 'jsonl'], { input: streamed });
    for (const r of [fromGz, fromWaczStdin, fromWaczFile, fromStreamedZip]) expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(`${n} pages scanned`)]);
    expect(urls(fromGz)).toHaveLength(n);
    expect(urls(fromWaczStdin)).toEqual(urls(fromGz));
    expect(urls(fromWaczFile)).toEqual(urls(fromGz));
    expect(urls(fromStreamedZip)).toEqual(urls(fromGz));
    const junk = await runNode([cli.bundle, 'audit', '-'], { input: 'not an archive at all' });
    expect(junk.code).toBe(2);
    expect(junk.stdout).toBe(''); // no page, one failure: no report, not an empty one
    expect(junk.stderr).toMatch(/standard input#1: bad WARC data at record 1/);
  }, 120_000);
});

describe('memory on a large archive', () => {
  it('peak RSS does not grow with the archive and stays below its size (WACZ from a file, WARC on standard input)', async () => {
    // Many pages, and between them large records that are not pages (images), so the archive is big while
    // the scan stays quick. The baseline is the same pages with few images (worker threads have a cost of
    // their own, growing with the pages until their heaps settle); whatever holds the archive in memory
    // shows in the difference.
    async function archive(name: string, pages: number, images: number) {
      const warc = join(tmp, `${name}.warc`);
      const every = Math.floor(pages / images);
      function* records() {
        for (let i = 0, img = 0; i < pages; i++) {
          yield warcRecord({ url: `https://big${i % 40}.example/${i}`, id: recordId(7, i), body: clinicPage(i, { kb: 4 }) });
          if (i % every === every - 1 && img < images) yield image(7, img++, 2 * 1024 * 1024);
        }
      }
      await writeArchive(warc, records());
      const wacz = join(tmp, `${name}.wacz`);
      await writeWacz(wacz, warc);
      return { warc, wacz, pages, size: statSync(wacz).size };
    }
    const probe = join(tmp, 'rss.mjs');
    writeFileSync(probe, "import { isMainThread } from 'node:worker_threads';\nif (isMainThread) process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
    const nodeArgs = ['--import', pathToFileURL(probe).href];
    const peak = async (a: { warc: string; wacz: string; pages: number }, how: 'wacz' | 'stdin') => {
      const out = join(tmp, `out-${how}.jsonl`);
      const args = [...nodeArgs, cli.bundle, 'audit', how === 'wacz' ? a.wacz : '-', '--format', 'jsonl', '--out', out, '--jobs', '2'];
      const r = await new Promise<{ code: number; stderr: string }>((ok) => {
        const child = spawn(process.execPath, args, { cwd: root });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('close', (code) => ok({ code: code ?? -1, stderr }));
        if (how === 'stdin') createReadStream(a.warc).pipe(child.stdin);
        else child.stdin.end();
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`${a.pages} pages scanned, \\d+ findings, 0 failed`));
      expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(a.pages);
      return Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]) * 1024;
    };
    const small = await archive('small', 2000, 10);
    const big = await archive('big', 2000, 280);
    expect(big.size).toBeGreaterThan(500e6);
    for (const how of ['wacz', 'stdin'] as const) {
      const base = await peak(small, how);
      const rss = await peak(big, how);
      console.log(`audit ${how}: ${(small.size / 1e6).toFixed(0)} MB archive peak RSS ${(base / 1e6).toFixed(0)} MB; ${(big.size / 1e6).toFixed(0)} MB archive ${(rss / 1e6).toFixed(0)} MB`);
      expect(base).toBeGreaterThan(0);
      expect(rss - base).toBeLessThan(big.size * 0.15);
      // The learned engine's compiled packs raised the baseline (352 MB on a 30 MB archive, 2026-12-03): the
      // archive is streamed if the peak stays below its size and does not grow with it (above).
      expect(rss).toBeLessThan(big.size);
    }
  }, 400_000);
});

describe('--shard I/N', () => {
  it('N shards are disjoint and together give exactly the unsharded run', async () => {
    const dir = join(tmp, 'shard-pages');
    writePages(dir, 60);
    const warc = join(tmp, 'shard.warc');
    const warcPages = Array.from({ length: 60 }, (_, i) => page(3, i));
    await writeArchive(warc, warcPages);
    mkdirSync(join(tmp, 'wacz'), { recursive: true });
    const inner = join(tmp, 'wacz', 'inner.warc');
    await writeArchive(inner, Array.from({ length: 30 }, (_, i) => page(4, i)));
    const wacz = join(tmp, 'shard.wacz');
    await writeWacz(wacz, inner);
    const audit = async (...extra: string[]) => {
      const io = recordingIO();
      expect(await runAudit([dir, warc, wacz, '--format', 'jsonl', '--jobs', '0', ...extra], io)).toBe(0);
      return lines(io.out).map((e) => `${e.id} ${e.url}`);
    };
    const all = await audit();
    expect(all).toHaveLength(150);
    const shards = [await audit('--shard', '0/3'), await audit('--shard', '1/3'), await audit('--shard', '2/3')];
    for (const s of shards) expect(s.length).toBeGreaterThan(20); // each takes a fair part
    expect(shards.flat().sort()).toEqual([...all].sort()); // union = all, and no page twice (disjoint)
    expect(new Set(shards.flat()).size).toBe(shards.flat().length);
    // Deterministic as a set: JSONL lines come in completion order (the page hash runs on libuv's pool), not input order.
    expect((await audit('--shard', '1/3')).sort()).toEqual([...shards[1]].sort());
    expect((await audit('--shard', '0/1')).sort()).toEqual([...all].sort());

    // The reduce step: the shards' JSONL files merged into one research export and summary, without rescanning.
    const whole = join(tmp, 'whole-summary.csv');
    expect(await runAudit([dir, warc, wacz, '--format', 'jsonl', '--jobs', '0', '--out', join(tmp, 'whole.jsonl'), '--summary', whole], recordingIO())).toBe(0);
    const parts: string[] = [];
    for (let i = 0; i < 3; i++) {
      parts.push(join(tmp, `shard-${i}.jsonl`));
      expect(await runAudit([dir, warc, wacz, '--jobs', '0', '--shard', `${i}/3`, '--out', parts[i]], recordingIO())).toBe(0);
    }
    const merged = join(tmp, 'merged.json');
    const io = recordingIO();
    expect(await runAudit(['--merge', ...parts, parts[0], '--out', merged], io)).toBe(0);
    expect(io.err).toMatch(/150 pages merged/);
    expect(io.err).toMatch(/pages appeared in more than one report and were kept once/);
    const { entries, errors } = parseExport(readFileSync(merged, 'utf8'));
    expect(errors).toEqual([]);
    expect(entries.map((e) => `${e.id} ${e.url}`).sort()).toEqual([...all].sort());
    expect(readFileSync(join(tmp, 'merged-summary.csv'), 'utf8')).toBe(readFileSync(whole, 'utf8'));
  }, 120_000);

  it('rejects a shard outside 0..N-1 with a message naming the flag', async () => {
    for (const [arg, msg] of [
      ['3/3', /--shard: I counts from 0 and must be below N, got 3\/3/],
      ['1/0', /--shard: N must be at least 1/],
      ['half', /--shard: expected I\/N/],
    ] as const) {
      const io = recordingIO();
      expect(await runAudit(['x', '--shard', arg], io)).toBe(1);
      expect(io.err).toMatch(msg);
    }
  });
});
