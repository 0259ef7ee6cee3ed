// Shared by the audit-* tests: generated saved pages, WARC/WACZ archives, and an IO that records output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/dom/extract';
import { scanDocument } from '../../src/engine';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { AuditIO } from '../../src/cli/audit';

export function pageHtml(i: number): string {
  const claim = i % 4 === 3 ? 'We sell skincare.' : `Our clinic offers exosome injections for hair, treatment ${i}.`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Clinic ${i} &amp; "spa"</title>
<link rel="canonical" href="https://clinic${i % 7}.example/p/${i}"></head>
<body><h1>Clinic ${i}</h1><p>${claim}</p><ul><li>Also: exosome injection into the scalp.</li><li>Price on request, =SUM(A1)</li></ul>
<script>document.write("exosome injection in a script is not page text")</script></body></html>`;
}

/**
 * What the engine finds on page i at standard strictness, UK (the tests pass --jurisdiction uk), computed
 * here without the audit, so the audit is checked for losing or inventing findings whatever the rules say.
 */
export function expectedFindings(i: number): number {
  const { document } = parseHTML(pageHtml(i));
  const blocks = extract(document).blocks.map((b) => ({ text: b.text, kind: b.kind }));
  return scanDocument(blocks, { strictness: 'standard', jurisdiction: 'uk' }).findings.length;
}

/** Writes n pages into nested folders under dir; returns how many findings the engine makes of them. */
export function writePages(dir: string, n: number): { findings: number } {
  let findings = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `batch-${i % 10}`, i % 3 === 0 ? 'deeper' : '');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `page-${String(i).padStart(5, '0')}.html`), pageHtml(i));
    findings += expectedFindings(i);
  }
  if (findings === 0) throw new Error('the engine finds nothing on the generated pages: the audit tests would prove nothing');
  return { findings };
}

export async function warcBytes(pages: { url: string; html: string; type?: string; status?: number }[], gzip: boolean): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'exocheck test' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const p of pages) {
    const record = await WARCRecord.create(
      {
        url: p.url,
        date: '2026-11-20T10:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${p.status ?? 200} OK`,
        httpHeaders: { 'Content-Type': p.type ?? 'text/html; charset=utf-8' },
      },
      (async function* () {
        yield new TextEncoder().encode(p.html);
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function waczBytes(warcs: Record<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = { 'datapackage.json': new TextEncoder().encode('{"profile":"data-package","resources":[]}') };
  for (const [name, data] of Object.entries(warcs)) files[`archive/${name}`] = data;
  return zipSync(files);
}

export function recordingIO(isTTY = false): AuditIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY,
    stdout: { write: (s: string) => ((io.out += s), true) },
    stderr: { write: (s: string) => ((io.err += s), true) },
  };
  return io;
}
