// One page reader for `exocheck FILE` and `exocheck audit`: the same file gets the same jurisdiction,
// language and findings from both, whatever follows </html>, with or without <html>, with a BOM.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit';
import { main } from '../../src/cli/exocheck';
import { parseExport } from '../../src/evidence/import-json';
import { recordingIO } from './audit-helpers';

const dir = mkdtempSync(join(tmpdir(), 'exocheck-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Unmistakable claims; en-AU so the page's language decides (Australia), not a default or the system locale.
const body = '<h1>Exosome clinic</h1><p>We inject exosomes into the scalp.</p><p>Our exosomes are FDA approved.</p>';
const doc = `<!doctype html><html lang="en-AU"><head><title>Clinic</title></head><body>${body}</body></html>`;
const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

const cases: [string, string | Buffer, string][] = [
  ['plain.html', doc, 'au'],
  ['trailing-newline.html', `${doc}\n`, 'au'],
  ['crlf-newlines.html', `${doc}\r\n\r\n`, 'au'],
  ['comment-after.html', `${doc}\n<!-- saved by a browser -->\n`, 'au'],
  ['content-after.html', `${doc}\n<p>Umbilical cord stem cell exosome facial, book now.</p>\n`, 'au'],
  ['comment-before.html', `<!-- saved from somewhere -->\n${doc}\n`, 'au'],
  ['bom.html', `\uFEFF${doc}\n`, 'au'],
  ['utf16-bom.html', utf16(`${doc}\n`), 'au'],
  ['no-html-tag.html', `<head><title>Clinic</title></head><body>${body}</body>\n`, ''],
  ['fragment.html', `${body}\n<div>Book now.</div>\n`, ''],
  ['fragment-bom.html', `\uFEFF${body}`, ''],
  ['text-named.txt', 'We inject exosomes into the scalp.\n\nOur exosomes are FDA approved.\n', ''],
];

async function viaFile(path: string) {
  const t = recordingIO();
  expect(await main(['--format', 'json', path], t as never)).toBe(0);
  const [r] = JSON.parse(t.out);
  return { jurisdiction: r.jurisdiction as string, reasons: r.reasons as string[], quotes: (r.findings as { text: string; rule: string }[]).map((f) => `${f.rule}:${f.text}`) };
}

async function viaAudit(path: string) {
  const t = recordingIO();
  expect(await runAudit([path, '--format', 'json', '--jobs', '0'], t)).toBe(0);
  const { entries } = parseExport(t.out);
  expect(entries).toHaveLength(1);
  return { jurisdiction: entries[0].jurisdiction as string, quotes: entries[0].findings.map((f) => `${f.rule}:${f.quote}`) };
}

describe('the same file through `exocheck FILE` and `exocheck audit`', () => {
  for (const [name, content, lang] of cases) {
    it(`${name}: same jurisdiction and findings${lang ? `, and <html lang> decides (${lang.toUpperCase()})` : ''}`, async () => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const a = await viaFile(path);
      const b = await viaAudit(path);
      expect(b.jurisdiction).toBe(a.jurisdiction);
      expect(b.quotes).toEqual(a.quotes);
      expect(a.quotes.some((q) => /inject/.test(q))).toBe(true);
      if (lang) {
        expect(a.jurisdiction).toBe(lang);
        expect(a.reasons).toContain('page language is en-AU');
      }
    });
  }

  it('content after </html> is read as part of the body, as a browser does', async () => {
    const path = join(dir, 'content-after.html');
    const t = recordingIO();
    await main(['--format', 'json', '--strictness', 'strict', path], t as never);
    expect(JSON.stringify(JSON.parse(t.out)[0].findings)).toMatch(/[Uu]mbilical/);
  });

  it('a saved page names its site from the "saved from" mark in both commands', async () => {
    const path = join(dir, 'saved.html');
    writeFileSync(path, `<!-- saved from url=(0031)https://www.clinic.example.co.uk/ -->\n<html><body>${body}</body></html>\n`);
    const a = await viaFile(path);
    expect(a.jurisdiction).toBe('uk');
    expect(a.reasons).toContain('domain ends in .co.uk');
    expect((await viaAudit(path)).jurisdiction).toBe('uk');
  });
});
