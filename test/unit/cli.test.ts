import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/exocheck';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } as never,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

const clinicHtml = `<!doctype html><html lang="en-GB"><head><title>Clinic</title><script>var x = "exosome injections";</script>
<style>p::before{content:"exosome injections"}</style></head><body>
<h1>Exosome facials</h1><p>We offer <b>exosome</b> injections into the scalp.</p>
<p style="display:none">Our exosomes are FDA approved.</p>
<img src="a.jpg" alt="Exosomes cure hair loss"><p>Prices from £300.</p></body></html>`;

describe('exocheck FILE...', () => {
  it('prints readable findings grouped by severity, reading HTML with a real parser', async () => {
    const t = io();
    const code = await main([file('clinic.html', clinicHtml)], t.io);
    expect(code).toBe(0);
    const out = t.out();
    expect(out).toMatch(/HIGH \(\d+\)/);
    expect(out).toContain('"injections into the scalp"'); // text across <b> is read as one sentence
    expect(out).toContain('"cure hair loss"'); // alt text counts
    expect(out).not.toContain('FDA approved'); // hidden content does not
    expect(out).toContain('jurisdiction UK');
  });

  it('writes json, csv and jsonl', async () => {
    const p = file('c2.html', clinicHtml);
    const j = io();
    await main(['--format', 'json', p], j.io);
    const parsed = JSON.parse(j.out());
    expect(parsed[0].findings.length).toBeGreaterThan(1);
    const c = io();
    await main(['--format', 'csv', p], c.io);
    expect(c.out().startsWith('\uFEFFfile,jurisdiction,rule')).toBe(true);
    expect(c.out().split('\r\n').filter(Boolean)).toHaveLength(parsed[0].findings.length + 1);
    const l = io();
    await main(['--format', 'jsonl', p], l.io);
    expect(l.out().trim().split('\n').map((x) => JSON.parse(x).family)).toEqual(parsed[0].findings.map((f: { family: string }) => f.family));
  });

  it('applies --strictness and --jurisdiction', async () => {
    const p = file('c3.txt', 'Our facial uses human-derived exosomes.\nSome clinics claim exosomes are completely safe.');
    const uk = io();
    await main(['--format', 'json', '--jurisdiction', 'uk', p], uk.io);
    const us = io();
    await main(['--format', 'json', '--jurisdiction', 'us', p], us.io);
    expect(JSON.parse(uk.out())[0].findings[0].severity).toBe('high');
    expect(JSON.parse(us.out())[0].findings[0].severity).toBe('medium');
    const strict = io();
    await main(['--format', 'json', '--strictness', 'strict', p], strict.io);
    expect(JSON.parse(strict.out())[0].findings.length).toBeGreaterThan(JSON.parse(uk.out())[0].findings.length);
  });

  it('names a missing file, still scans the others, and exits 2', async () => {
    const t = io();
    const good = file('good.txt', 'We inject exosomes into the scalp.');
    const code = await main([path.join(dir, 'missing.html'), good], t.io);
    expect(code).toBe(2);
    expect(t.err()).toMatch(/missing\.html: cannot read: ENOENT/);
    expect(t.out()).toMatch(/"inject[^"]*"/);
  });

  it('skips a binary file with a clear message and does not crash on a huge one', async () => {
    const t = io();
    const bin = file('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const huge = file('huge.txt', 'exosome injections are not FDA approved. '.repeat(60_000) + '\n');
    const code = await main([bin, huge], t.io);
    expect(code).toBe(2);
    expect(t.err()).toMatch(/img\.png: looks like a binary file/);
    expect(t.out()).toContain('huge.txt');
  });

  it('scans the bundled demo clinic page', async () => {
    const t = io();
    expect(await main(['--demo'], t.io)).toBe(0);
    expect(t.out()).toContain('Glow Lab');
    expect(t.out()).toMatch(/HIGH/);
    expect(t.out()).not.toContain('hidden here');
  });

  it('rejects bad options with usage and exit 1', async () => {
    const t = io();
    expect(await main(['--strictness', 'extreme', 'x'], t.io)).toBe(1);
    expect(t.err()).toMatch(/--strictness must be one of relaxed, standard, strict/);
  });
});

describe('exocheck --jsonl', () => {
  it('judges lines of one doc as one page and gives one output line per input line', async () => {
    const lines = [
      { id: 'a1', doc: 'p1', text: 'Our exosome treatments are popular.' },
      { id: 'a2', doc: 'p1', text: 'Our therapy cures osteoarthritis.' },
      { id: 'b1', doc: 'p2', text: 'Our therapy cures osteoarthritis.' },
    ];
    const t = io();
    const code = await main(['--jsonl', file('in.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')), '--strictness', 'strict'], t.io);
    expect(code).toBe(0);
    const out = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a1', 'a2', 'b1']);
    expect(out[1].findings[0]).toMatchObject({ family: 'medical-claim', context: 'promotional' });
    const f = out[1].findings[0];
    expect(lines[1].text.slice(f.start, f.end)).toBe(f.text);
    expect(out[2].findings).toEqual([]); // the same words on a page that never mentions exosomes
  });

  it('groups by "source" when a line has no "doc"', async () => {
    const t = io();
    const lines = [
      { id: 1, source: 'p.txt', text: 'Our exosome facials are popular.' },
      { id: 2, source: 'p.txt', text: 'Our therapy cures osteoarthritis.' },
    ];
    await main(['--jsonl', file('src.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')), '--strictness', 'strict'], t.io);
    expect(JSON.parse(t.out().trim().split('\n')[1]).findings[0].family).toBe('medical-claim');
  });

  it('reports an invalid JSON line with its number and processes the rest', async () => {
    const t = io();
    const p = file('bad.jsonl', '{"id":1,"text":"We inject exosomes."}\n{not json\n{"id":3,"text":"Exosomes are FDA approved."}\n');
    const code = await main(['--jsonl', p], t.io);
    expect(code).toBe(2);
    expect(t.err()).toMatch(/line 2: invalid JSON/);
    expect(t.out().trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 3]);
  });
});
