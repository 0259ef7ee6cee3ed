// Turns the command line's PATHs into pages: HTML (or text) files, folders of them, WARC and WACZ archives,
// and standard input ("-", an archive). Archives are read as streams, one record at a time, so their size
// does not matter. Each problem becomes a SourceError and the walk goes on; one bad file never stops an audit.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WARCParser } from 'warcio';
import type { PageInput } from './audit-scan';
import { InputError, readFileCapped } from './read-page';
import { inShard, type Shard } from './shard';
import { zipEntries } from './zip-stream';

export interface SourceError {
  error: string;
  source: string;
}

export type SourceItem = Omit<PageInput, 'seq'> | SourceError;

const HTML_FILE = /\.(x?html?|xht)$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const WACZ_FILE = /\.wacz$/i;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
export const STDIN = '-';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface Found {
  path: string;
  kind: 'page' | 'warc' | 'wacz' | 'stdin';
  mtime?: Date;
  /** The summary row of a local page that names no site: its folder, or the file itself if given by name. */
  group: string;
}

/**
 * Lists what the PATHs hold (without reading any page), so the progress bar knows the total. Files are
 * sharded here by their path below the PATH they were found in; archive records are sharded as they are read.
 */
export async function findInputs(paths: readonly string[], shard?: Shard): Promise<{ found: Found[]; errors: SourceError[]; opened: number }> {
  let opened = 0;
  const found: Found[] = [];
  const errors: SourceError[] = [];
  const take = (f: Found, key: string) => {
    if (f.kind !== 'page' || inShard(key, shard)) found.push(f);
  };
  /** False when p itself cannot be read. */
  const visit = async (p: string, root: string | null): Promise<boolean> => {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push({ source: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? message(e)}` });
      return false;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(p)).sort();
      } catch (e) {
        errors.push({ source: p, error: `cannot list folder: ${message(e)}` });
        return false;
      }
      for (const name of names) {
        const child = join(p, name);
        // A folder may hold anything: files named like pages or archives are ours (and reported if
        // unreadable, e.g. a broken link), other names only matter if they are folders.
        if (HTML_FILE.test(name) || WARC_FILE.test(name) || WACZ_FILE.test(name)) await visit(child, root ?? p);
        else {
          try {
            if ((await stat(child)).isDirectory()) await visit(child, root ?? p);
          } catch {
            // neither a page by its name nor a folder we can enter
          }
        }
      }
      return true;
    }
    const kind = WARC_FILE.test(p) ? 'warc' : WACZ_FILE.test(p) ? 'wacz' : 'page';
    // An explicit file is read whatever its name (as `exocheck FILE` does); inside folders only page names.
    const group = root === null ? p : `${dirname(p)}${sep}`;
    const key = root === null ? basename(p) : join(basename(resolve(root)), relative(root, p));
    take({ path: p, kind, mtime: st.mtime, group }, key);
    return true;
  };
  let stdin = false;
  for (const p of paths) {
    if (p !== STDIN) {
      if (await visit(p, null)) opened++;
    }
    else if (stdin) errors.push({ source: p, error: 'standard input can be read only once' });
    else {
      stdin = true;
      opened++;
      found.push({ path: STDIN, kind: 'stdin', group: 'standard input' });
    }
  }
  return { found, errors, opened };
}

export async function* readInputs(found: readonly Found[], stdin: AsyncIterable<Uint8Array>, shard?: Shard): AsyncGenerator<SourceItem> {
  for (const f of found) {
    if (f.kind === 'stdin') yield* archive(stdin, 'standard input', null, shard);
    else if (f.kind === 'warc' || f.kind === 'wacz') yield* fileArchive(f, shard);
    else {
      try {
        const bytes = await readFileCapped(f.path);
        yield { source: f.path, group: f.group, name: f.path, fileUrl: pathToFileURL(resolve(f.path)).href, bytes, capturedAt: f.mtime?.toISOString() };
      } catch (e) {
        yield { source: f.path, error: e instanceof InputError ? e.message : `cannot read: ${message(e)}` };
      }
    }
  }
}

async function* fileArchive(f: Found, shard?: Shard): AsyncGenerator<SourceItem> {
  const stream = createReadStream(f.path, { highWaterMark: 256 * 1024 });
  try {
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok());
      stream.once('error', fail);
    });
  } catch (e) {
    yield { source: f.path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? message(e)}` };
    return;
  }
  try {
    yield* archive(stream as AsyncIterable<Uint8Array>, f.path, f.kind as 'warc' | 'wacz', shard);
  } finally {
    stream.destroy();
  }
}

/** Re-yields a stream after looking at its first chunk. */
async function peek(source: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array | null; rest: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? null : (first.value as Uint8Array);
  return {
    head,
    rest: (async function* () {
      if (head) yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value as Uint8Array;
    })(),
  };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function* archive(source: AsyncIterable<Uint8Array>, label: string, kind: 'warc' | 'wacz' | null, shard?: Shard): AsyncGenerator<SourceItem> {
  let head: Uint8Array | null;
  let rest: AsyncIterable<Uint8Array>;
  try {
    ({ head, rest } = await peek(source));
  } catch (e) {
    yield { source: label, error: `cannot read: ${message(e)}` };
    return;
  }
  if (!head) {
    yield { source: label, error: kind ? `empty ${kind.toUpperCase()} file` : 'nothing on standard input' };
    return;
  }
  if (kind === 'wacz' || (kind === null && isZip(head))) yield* waczPages(rest, head, label, shard);
  else yield* warcPages(rest, label, shard);
}

type Reader = ConstructorParameters<typeof WARCParser>[0];

async function* warcPages(reader: Reader, label: string, shard?: Shard): AsyncGenerator<SourceItem> {
  let n = 0;
  const group = label;
  try {
    for await (const record of new WARCParser(reader)) {
      n++;
      const type = record.warcType;
      // warcio turns any bytes into a "record"; one without a WARC version line and type is not WARC data.
      if (!type || !/^WARC\//.test(record.warcHeaders?.protocol ?? '')) {
        yield { source: `${label}#${n}`, error: `bad WARC data at record ${n}: no WARC/ version line or WARC-Type (not a WARC file, or corrupt)` };
        return;
      }
      if (type !== 'response' && type !== 'resource') continue;
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
      const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
      // The record id is the archive's own name for the record: the same on every machine that reads it.
      const id = record.warcHeader('WARC-Record-ID') ?? `${basename(label)}#${n}`;
      if (!HTML_TYPE.test(contentType) || status < 200 || status >= 300 || !inShard(id, shard)) {
        await record.skipFully();
        continue;
      }
      const bytes = await record.readFully(true);
      const date = record.warcDate;
      yield {
        source: `${label}#${n}`,
        group,
        url: record.warcTargetURI || id,
        bytes,
        contentType,
        capturedAt: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : undefined,
      };
    }
  } catch (e) {
    yield { source: `${label}#${n}`, error: `bad WARC data after record ${n}: ${message(e)}` };
    return;
  }
  if (n === 0) yield { source: label, error: 'bad WARC data: the archive holds no records' };
}

async function* waczPages(source: AsyncIterable<Uint8Array>, head: Uint8Array, label: string, shard?: Shard): AsyncGenerator<SourceItem> {
  if (!isZip(head)) {
    yield { source: label, error: 'cannot read WACZ: not a ZIP file' };
    return;
  }
  let archives = 0;
  try {
    for await (const entry of zipEntries(source)) {
      if (!entry.name.startsWith('archive/') || !WARC_FILE.test(entry.name)) continue;
      archives++;
      yield* warcPages(entry.data as Reader, `${label}!/${entry.name}`, shard);
    }
  } catch (e) {
    yield { source: label, error: `cannot read WACZ: ${message(e)}` };
    return;
  }
  if (archives === 0) yield { source: label, error: 'WACZ has no archive/*.warc(.gz) inside' };
}
