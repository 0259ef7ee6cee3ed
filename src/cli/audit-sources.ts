// Turns the command line's PATHs into pages: HTML files, folders of them, WARC and WACZ archives.
// Each problem becomes a SourceError and the walk goes on; one bad file never stops an audit.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { WARCParser } from 'warcio';
import type { PageInput } from './audit-scan';

export interface SourceError {
  error: string;
  source: string;
}

export type SourceItem = Omit<PageInput, 'seq'> | SourceError;

const HTML_FILE = /\.(x?html?|xht)$/i;
const WARC_FILE = /\.warc(\.gz)?$/i;
const WACZ_FILE = /\.wacz$/i;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface Found {
  path: string;
  kind: 'html' | 'warc' | 'wacz';
  mtime: Date;
}

/** Lists what the PATHs hold (without reading any page), so the progress bar knows the total. */
export async function findInputs(paths: readonly string[]): Promise<{ found: Found[]; errors: SourceError[] }> {
  const found: Found[] = [];
  const errors: SourceError[] = [];
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push({ source: p, error: `cannot read: ${message(e)}` });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(p)).sort();
      } catch (e) {
        errors.push({ source: p, error: `cannot list folder: ${message(e)}` });
        return;
      }
      for (const name of names) {
        const child = join(p, name);
        // A folder may hold anything: files named like pages or archives are ours (and reported if
        // unreadable, e.g. a broken link), other names only matter if they are folders.
        if (HTML_FILE.test(name) || WARC_FILE.test(name) || WACZ_FILE.test(name)) await visit(child, false);
        else {
          try {
            if ((await stat(child)).isDirectory()) await visit(child, false);
          } catch {
            // neither a page by its name nor a folder we can enter
          }
        }
      }
      return;
    }
    const kind = WARC_FILE.test(p) ? 'warc' : WACZ_FILE.test(p) ? 'wacz' : HTML_FILE.test(p) || explicit ? 'html' : null;
    if (kind) found.push({ path: p, kind, mtime: st.mtime });
  };
  for (const p of paths) await visit(p, true);
  return { found, errors };
}

export async function* readInputs(found: readonly Found[]): AsyncGenerator<SourceItem> {
  for (const f of found) {
    if (f.kind === 'warc') yield* readWarc(f.path);
    else if (f.kind === 'wacz') yield* readWacz(f.path);
    else {
      try {
        const bytes = await readFile(f.path);
        yield { source: f.path, url: pathToFileURL(resolve(f.path)).href, bytes, capturedAt: f.mtime.toISOString() };
      } catch (e) {
        yield { source: f.path, error: `cannot read: ${message(e)}` };
      }
    }
  }
}

type Reader = ConstructorParameters<typeof WARCParser>[0];

async function* warcPages(reader: Reader, label: string): AsyncGenerator<SourceItem> {
  let n = 0;
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
      const url = record.warcTargetURI ?? '';
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
      const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
      if (!HTML_TYPE.test(contentType) || status < 200 || status >= 300) {
        await record.skipFully();
        continue;
      }
      const bytes = await record.readFully(true);
      const date = record.warcDate;
      yield { source: `${label}#${n}`, url, bytes, contentType, capturedAt: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : undefined };
    }
  } catch (e) {
    yield { source: `${label}#${n}`, error: `bad WARC data after record ${n}: ${message(e)}` };
    return;
  }
  if (n === 0) yield { source: label, error: 'bad WARC data: the archive holds no records' };
}

async function* readWarc(p: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(p);
  const opened = new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', fail);
  });
  try {
    await opened;
  } catch (e) {
    yield { source: p, error: `cannot read: ${message(e)}` };
    return;
  }
  try {
    yield* warcPages(stream as unknown as Reader, p);
  } finally {
    stream.destroy();
  }
}

async function* readWacz(p: string): AsyncGenerator<SourceItem> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(await readFile(p), { filter: (f) => f.name.startsWith('archive/') && WARC_FILE.test(f.name) });
  } catch (e) {
    yield { source: p, error: `cannot read WACZ: ${message(e)}` };
    return;
  }
  const names = Object.keys(files).sort();
  if (names.length === 0) {
    yield { source: p, error: 'WACZ has no archive/*.warc(.gz) inside' };
    return;
  }
  for (const name of names) {
    const data = files[name];
    delete files[name];
    yield* warcPages(
      (async function* () {
        yield data;
      })() as unknown as Reader,
      `${p}!/${name}`,
    );
  }
}
