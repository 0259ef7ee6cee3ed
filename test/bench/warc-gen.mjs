// Generated web archives for the audit's tests and bench: WARC records written by hand (the format is
// a header block and a payload), streamed to disk so an archive of hundreds of MB never sits in memory,
// and a WACZ (a stored ZIP with the WARC under archive/) streamed the same way.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { makeGenerators } from './text-gen.mjs';

const CRLF = '\r\n';

/** One WARC/1.1 response record (or, with `warcType: 'resource'`, a resource record) as bytes. */
export function warcRecord({ url, id, date = '2026-11-20T10:00:00Z', contentType = 'text/html; charset=utf-8', status = 200, body, warcType = 'response' }) {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  let block;
  let blockType;
  if (warcType === 'response') {
    const http = Buffer.from(`HTTP/1.1 ${status} OK${CRLF}Content-Type: ${contentType}${CRLF}Content-Length: ${payload.length}${CRLF}${CRLF}`);
    block = Buffer.concat([http, payload]);
    blockType = 'application/http; msgtype=response';
  } else {
    block = payload;
    blockType = contentType;
  }
  const head =
    `WARC/1.1${CRLF}WARC-Type: ${warcType}${CRLF}WARC-Record-ID: <urn:uuid:${id}>${CRLF}WARC-Date: ${date}${CRLF}` +
    `WARC-Target-URI: ${url}${CRLF}Content-Type: ${blockType}${CRLF}Content-Length: ${block.length}${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from(CRLF + CRLF)]);
}

/** A stable UUID for record i of archive number `tag`. */
export function recordId(tag, i) {
  return `${tag.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** Writes records (an iterable of Buffers) to `path`, each gzipped on its own member when `gzip`; returns bytes written. */
export async function writeArchive(path, records, { gzip = false } = {}) {
  const out = fs.createWriteStream(path);
  let size = 0;
  for (const r of records) {
    const chunk = gzip ? zlib.gzipSync(r, { level: 1 }) : r;
    size += chunk.length;
    if (!out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok, fail) => out.end((e) => (e ? fail(e) : ok())));
  return size;
}

/**
 * A WACZ at `path` holding the WARC file `warcPath` as archive/data.warc, stored, with sizes and CRCs in the
 * local headers as WACZ tools write them (fflate's streaming Zip would use data descriptors instead).
 */
export async function writeWacz(path, warcPath) {
  const entries = [{ name: 'datapackage.json', data: Buffer.from('{"profile":"data-package","resources":[]}') }, { name: 'archive/data.warc', file: warcPath }];
  for (const e of entries) {
    if (e.data) Object.assign(e, { size: e.data.length, crc: zlib.crc32(e.data) });
    else {
      let crc = 0;
      for await (const chunk of fs.createReadStream(e.file, { highWaterMark: 1 << 20 })) crc = zlib.crc32(chunk, crc);
      Object.assign(e, { size: fs.statSync(e.file).size, crc });
    }
  }
  const out = fs.createWriteStream(path);
  const put = async (b) => {
    if (!out.write(b)) await new Promise((ok) => out.once('drain', ok));
  };
  let offset = 0;
  const central = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.size, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.size, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    await put(local);
    await put(name);
    if (e.data) await put(e.data);
    else for await (const chunk of fs.createReadStream(e.file, { highWaterMark: 1 << 20 })) await put(chunk);
    offset += 30 + name.length + e.size;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  await put(cdBytes);
  await put(end);
  await new Promise((ok, fail) => out.end((e) => (e ? fail(e) : ok())));
}

/**
 * A clinic-like page of about `kb` KB: navigation, headings, paragraphs, a price list; claims on most
 * pages (template clinic copy), none on every fourth. Deterministic per (seed, i).
 */
export function clinicPage(i, { kb = 16, seed = 20261203 } = {}) {
  const gen = makeGenerators(seed + i);
  const claims = i % 4 !== 3;
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic ${i}</title>`,
    `<link rel="canonical" href="https://clinic${i % 50}.example/p/${i}"><style>body{font:16px sans-serif}</style></head><body>`,
    `<nav><ul>${['Home', 'Treatments', 'Prices', 'About', 'Contact'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav>`,
    `<h1>Clinic ${i}</h1>`,
  ];
  let size = parts.join('').length;
  while (size < kb * 1024) {
    const p = `<p>${claims && gen.r() < 0.3 ? gen.denseParagraph() : gen.proseParagraph()}</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('<footer><p>Opening hours 9 to 5.</p></footer><script>window.x = 1;</script></body></html>');
  return parts.join('\n');
}
