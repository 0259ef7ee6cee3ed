// The audit on bad input: the reader's own clear messages (never an internal error), nothing on standard
// output when nothing could be read, local pages summarised per folder or file, and the CLI's wording of
// the locale fallback ("system locale"), checked in a real process with a chosen locale.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit';
import { main } from '../../src/cli/exocheck';
import { parseCsv } from '../../src/evidence/csv';
import { parseExport } from '../../src/evidence/import-json';
import { pageHtml, recordingIO } from './audit-helpers';
import { buildCli, runNode } from './cli-bundle';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exocheck-audit-errors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim = 'We inject exosomes into the scalp.';
const binary = () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));

describe('non-HTML input', () => {
  it('a binary .html gets the message `exocheck FILE` gives, not an internal error', async () => {
    const bin = join(dir, 'photo.html');
    writeFileSync(bin, binary());
    const file = recordingIO();
    expect(await main([bin], file as never)).toBe(2);
    const audit = recordingIO();
    expect(await runAudit([bin, '--format', 'json', '--jobs', '0'], audit)).toBe(2);
    const message = /photo\.html: (looks like a binary file, not HTML or text; skipped)/;
    expect(file.err).toMatch(message);
    expect(audit.err).toMatch(message);
    expect(audit.err).not.toMatch(/internal error|Cannot destructure|cannot scan/);
  });

  it('a .txt named explicitly is scanned as text, like `exocheck FILE` does; inside a folder it is not a page', async () => {
    const sub = join(dir, 'notes');
    mkdirSync(sub);
    const txt = join(sub, 'notes.txt');
    writeFileSync(txt, `${claim}\n`);
    const audit = recordingIO();
    expect(await runAudit([txt, '--format', 'json', '--jobs', '0'], audit)).toBe(0);
    const { entries } = parseExport(audit.out);
    expect(entries[0].findings.map((f) => f.quote).join(' ')).toMatch(/inject/);
    const folder = recordingIO();
    expect(await runAudit([sub, '--format', 'json', '--jobs', '0'], folder)).toBe(0);
    expect(parseExport(folder.out).entries).toEqual([]);
  });
});

describe('missing paths', () => {
  it('print a clear error on stderr and nothing on stdout (no empty CSV header), exit 2', async () => {
    const io = recordingIO();
    expect(await runAudit([join(dir, 'does-not-exist.html'), join(dir, 'no-such-folder')], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/does-not-exist\.html: cannot read: ENOENT/);
    expect(io.err).toMatch(/no-such-folder: cannot read: ENOENT/);
    expect(io.err).toMatch(/nothing could be read; no report written/);
    const out = join(dir, 'never.csv');
    expect(await runAudit([join(dir, 'gone'), '--out', out], recordingIO())).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('beside a readable one still give the report of what could be read', async () => {
    const good = join(dir, 'good.html');
    writeFileSync(good, pageHtml(1));
    const io = recordingIO();
    expect(await runAudit([join(dir, 'missing.html'), good, '--jobs', '0'], io)).toBe(2);
    expect(parseCsv(io.out).slice(1).length).toBeGreaterThan(0);
    expect(io.err).toMatch(/1 pages scanned, \d+ findings, 1 failed/);
  });
});

describe('summary of local pages', () => {
  it('pages that name no site are summed per folder, or per file when named; never one "(no site)" row', async () => {
    const site = join(dir, 'saved');
    for (const [folder, n] of [['clinic-a', 2], ['clinic-b', 3]] as const) {
      mkdirSync(join(site, folder), { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(join(site, folder, `p${i}.html`), `<html><body><p>${claim}</p></body></html>\n`);
    }
    writeFileSync(join(site, 'clinic-b', 'canonical.html'), pageHtml(0)); // names https://clinic0.example/
    const lone = join(dir, 'lone.html');
    writeFileSync(lone, `<p>${claim}</p>`);
    const summary = join(dir, 'summary.csv');
    expect(await runAudit([site, lone, '--summary', summary, '--jobs', '0'], recordingIO())).toBe(0);
    const rows = parseCsv(readFileSync(summary, 'utf8')).slice(1);
    const pages = Object.fromEntries(rows.map((r) => [r[0], Number(r[1])]));
    expect(pages).toEqual({ [`${join(site, 'clinic-a')}${sep}`]: 2, [`${join(site, 'clinic-b')}${sep}`]: 3, 'clinic0.example': 1, [lone]: 1 });
  });
});

describe('the locale fallback, in a real process', () => {
  let cli: Awaited<ReturnType<typeof buildCli>>;
  beforeAll(async () => {
    cli = await buildCli('errors');
  }, 120_000);
  afterAll(() => cli?.remove());

  it('is called the system locale, and follows LC_ALL', async () => {
    const page = join(dir, 'no-signals.txt');
    writeFileSync(page, `${claim}\n`);
    const env = { ...process.env, LC_ALL: 'en_GB.UTF-8' };
    const r = await runNode([cli.bundle, page], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(jurisdiction UK: system locale is en-GB)');
    expect(r.stdout).not.toMatch(/browser/);
    const json = JSON.parse((await runNode([cli.bundle, '--format', 'json', page], { env: { ...process.env, LC_ALL: 'ko_KR.UTF-8' } })).stdout);
    expect(json[0]).toMatchObject({ jurisdiction: 'kr', reasons: ['system locale is ko-KR'] });
  });
});
