import { describe, expect, it } from 'vitest';
import { fakeFindings } from './research-gen';
import type { Block, Finding } from '../../src/engine/types';
import { addUnique, buildEntry, encodeFragmentTerm, fragmentLink, sha256Hex } from '../../src/evidence/entry';

const page = { url: 'https://clinic.example/hair', title: 'Hair', jurisdiction: 'uk' as const, extensionVersion: '0.1.0', rulesVersion: 'r1' };

describe('buildEntry', () => {
  it('anchors each finding as exact quote + 32 characters either side of the page text', async () => {
    const blocks: Block[] = [
      { text: 'Welcome to the Very Long Named Aesthetic Clinic of London.' },
      { text: 'We offer exosome injections into the scalp, every week, for hair regrowth results.' },
    ];
    const all = fakeFindings(blocks);
    const e = await buildEntry({ ...page, capturedAt: '2026-11-23T05:00:00Z' }, blocks, all);
    expect(e.capturedAt).toBe('2026-11-23T05:00:00.000Z');
    expect(e.site).toBe('clinic.example');
    expect(e.textHash).toBe(await sha256Hex(blocks.map((b) => b.text).join('\n')));
    expect(e.findings).toHaveLength(1);
    const f = e.findings[0];
    expect(f.quote).toBe('exosome injections');
    expect(f.prefix).toBe('etic Clinic of London.\nWe offer ');
    expect(f.prefix).toHaveLength(32);
    expect(f.suffix).toBe(' into the scalp, every week, for');
    expect(f.suffix).toHaveLength(32);
    const text = blocks.map((b) => b.text).join('\n');
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    // The link's context stays inside the block and on word boundaries ("We offer", "into the scalp, every week,").
    expect(f.fragmentLink).toBe('https://clinic.example/hair#:~:text=We%20offer-,exosome%20injections,-into%20the%20scalp%2C%20every%20week%2C%20for');
  });

  it('rejects a finding whose offsets do not fit its block, instead of logging a wrong quote', async () => {
    const bad: Finding = { rule: 'x', family: 'injectable', context: 'promotional', severity: 'high', block: 0, start: 5, end: 99, text: '' };
    await expect(buildEntry(page, [{ text: 'short' }], [bad])).rejects.toThrow(/outside block 0/);
  });

  it('gives an unchanged revisit the same id and does not duplicate it; a changed page is a new entry', async () => {
    const b1 = [{ text: 'We offer exosome injection.' }];
    const b2 = [{ text: 'We offer exosome injection. Now cheaper!' }];
    const a = await buildEntry({ ...page, capturedAt: '2026-01-01T00:00:00Z' }, b1, fakeFindings(b1));
    const again = await buildEntry({ ...page, capturedAt: '2026-02-01T00:00:00Z' }, b1, fakeFindings(b1));
    const changed = await buildEntry(page, b2, fakeFindings(b2));
    expect(again.id).toBe(a.id);
    let log = addUnique([], a);
    expect(log.added).toBe(true);
    log = addUnique(log.entries, again);
    expect(log.added).toBe(false);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0].capturedAt).toBe('2026-01-01T00:00:00.000Z');
    log = addUnique(log.entries, changed);
    expect(log.added).toBe(true);
    expect(log.entries).toHaveLength(2);
  });
});

describe('text fragment links', () => {
  it("percent-encodes the directive's syntax characters '-', ',' and '&'", () => {
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    const l = fragmentLink('https://x.example/p?a=1#top', 'anti-ageing, fast & safe', 'Our ', ' today');
    expect(l).toBe('https://x.example/p?a=1#top:~:text=Our-,anti%2Dageing%2C%20fast%20%26%20safe,-today');
    // Every term decodes back to the original text.
    const terms = l.split(':~:text=')[1].split(',').map((t) => decodeURIComponent(t.replace(/^-|-$/g, '')));
    expect(terms).toEqual(['Our', 'anti-ageing, fast & safe', 'today']);
  });

  it('replaces an existing text directive and trims context cut mid-word', () => {
    const l = fragmentLink('https://x.example/#:~:text=old', 'exosome', 'x'.repeat(10) + ' abcdefghijklmnopqrstuvwxyz0123456789 we sell ', ' serum');
    expect(l).toBe('https://x.example/#:~:text=we%20sell-,exosome,-serum');
  });
});
