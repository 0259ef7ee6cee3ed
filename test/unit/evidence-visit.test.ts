// One entry per page visit: captures of a growing feed grow one entry, findings are the same finding
// across captures (rule + quote + anchor + occurrence), and summaries count distinct findings.
import { describe, expect, it } from 'vitest';
import type { Block, Finding } from '../../src/engine/types';
import { buildEntry, evidenceFromBlocks, pageText, sha256Hex, type LogEntry } from '../../src/evidence/entry';
import { summarise, distinctFindings } from '../../src/evidence/summary';
import { growEntry, statesOf, findingKeys, MAX_SNAPSHOTS } from '../../src/evidence/visit';
import { validateEntry } from '../../src/evidence/validate';
import { fakeFindings } from './research-gen';

const URL = 'https://feed.example/wall';
const post = (i: number) => ({ text: `Post ${i}: we offer exosome injection into the scalp, book now (${i}).` });
const ad = { text: 'Sponsored: exosome injection facial, book today.' };
const info = { url: URL, title: 'Wall', jurisdiction: 'uk' as const, extensionVersion: '0.1.0', rulesVersion: 'r1' };

async function capture(blocks: Block[], at: string, shown: (f: Finding) => boolean = () => true, strictness: 'relaxed' | 'standard' | 'strict' = 'standard') {
  const fs = fakeFindings(blocks).map((f) => ({ ...f, shown: shown(f) }));
  return { textHash: await sha256Hex(pageText(blocks)), findings: evidenceFromBlocks(URL, blocks, fs, strictness), at, title: 'Wall' };
}

async function first(blocks: Block[]): Promise<LogEntry> {
  return buildEntry({ ...info, capturedAt: '2026-11-01T10:00:00Z', strictness: 'standard', visit: 'v1' }, blocks, fakeFindings(blocks).map((f) => ({ ...f, shown: true })));
}

describe('a growing feed is one entry', () => {
  it('takes in each load: distinct findings once, every page state recorded, offsets in the latest text', async () => {
    let blocks = [post(1), post(2)];
    let e = await first(blocks);
    for (let load = 3; load <= 6; load++) {
      blocks = [...blocks, post(load)];
      const next = growEntry(e, await capture(blocks, `2026-11-01T10:0${load}:00Z`));
      expect(next).not.toBeNull();
      e = next!;
    }
    expect(e.findings).toHaveLength(6);
    expect(e.snapshots).toHaveLength(5);
    expect(e.snapshots!.map((s) => s.findings)).toEqual([2, 3, 4, 5, 6]);
    expect(e.textHash).toBe(await sha256Hex(pageText(blocks)));
    expect(statesOf(e).at(-1)).toBe(e.textHash);
    expect(e.updatedAt).toBe('2026-11-01T10:06:00Z');
    const text = pageText(blocks);
    for (const f of e.findings) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(validateEntry(e).ok).toBe(true);
  });

  it('keeps posts the feed unloads, marked with the text their offsets index; a prepended post shifts nothing', async () => {
    const blocks = [post(1), post(2), post(3)];
    const e = await first(blocks);
    // The feed drops post 1 and loads post 0 above the rest.
    const later = [post(0), post(2), post(3)];
    const g = growEntry(e, await capture(later, '2026-11-01T11:00:00Z'))!;
    expect(g.findings).toHaveLength(4);
    const gone = g.findings.filter((f) => f.textHash);
    expect(gone).toHaveLength(1);
    expect(gone[0].textHash).toBe(e.textHash);
    expect(pageText(blocks).slice(gone[0].start, gone[0].end)).toBe(gone[0].quote);
    expect(gone[0].prefix).toContain('Post 1');
  });

  it('counts a post repeated three times as three findings, in every capture', async () => {
    const blocks = [ad, ad, ad];
    const e = await first(blocks);
    expect(new Set(findingKeys(e.findings)).size).toBe(3);
    expect(growEntry(e, await capture([...blocks, post(1)], '2026-11-01T12:00:00Z'))!.findings).toHaveLength(4);
  });

  it('an unchanged capture adds nothing; a finding shown later records the strictness it was shown at', async () => {
    const blocks = [post(1), post(2)];
    const e0 = await buildEntry({ ...info, strictness: 'relaxed', visit: 'v1' }, blocks, fakeFindings(blocks).map((f, i) => ({ ...f, shown: i === 0 })));
    expect(growEntry(e0, await capture(blocks, '2026-11-01T12:00:00Z', (f) => f.block === 0, 'relaxed'))).toBeNull();
    const g = growEntry(e0, await capture(blocks, '2026-11-01T12:01:00Z', () => true, 'strict'))!;
    expect(g.findings.map((f) => [f.shown, f.strictness])).toEqual([
      [true, 'relaxed'],
      [true, 'strict'],
    ]);
    expect(g.snapshots).toBeUndefined(); // the text did not change
    // Turning strictness down again does not un-show what the reader saw.
    const back = growEntry(g, await capture(blocks, '2026-11-01T12:02:00Z', () => false, 'relaxed'));
    expect(back).toBeNull();
  });

  it('bounds the page states kept, keeping the first and the latest', async () => {
    let e = await first([post(0)]);
    const blocks = [post(0)];
    for (let i = 1; i <= MAX_SNAPSHOTS + 20; i++) {
      blocks.push({ text: `Note ${i}.` });
      e = growEntry(e, await capture(blocks, new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString()))!;
    }
    expect(e.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(e.snapshots![0].at).toBe(e.capturedAt);
    expect(e.snapshots!.at(-1)!.textHash).toBe(e.textHash);
    expect(validateEntry(e).ok).toBe(true);
  });
});

describe('per-site counts are distinct findings', () => {
  it('two visits of one feed and two versions of one page count each claim once', async () => {
    const v1 = await first([post(1), post(2), post(3)]);
    const v2 = { ...(await buildEntry({ ...info, capturedAt: '2026-11-02T10:00:00Z', visit: 'v2' }, [post(1), post(2), post(3), post(4)], fakeFindings([post(1), post(2), post(3), post(4)]))) };
    const other = await buildEntry({ ...info, url: 'https://feed.example/other' }, [post(1)], fakeFindings([post(1)]));
    const elsewhere = await buildEntry({ ...info, url: 'https://clinic.example/' }, [ad], fakeFindings([ad]));
    const s = summarise([v1, v2, other, elsewhere]);
    const feed = s.find((x) => x.site === 'feed.example')!;
    expect(feed).toMatchObject({ captures: 3, pages: 2, pagesWithFindings: 2, findings: 5 });
    expect(feed.family.injectable).toBe(5);
    expect(feed.severity.high).toBe(5);
    expect(distinctFindings([v1, v2, other, elsewhere])).toBe(6);
    // A #fragment is the same page.
    const jump = { ...v1, id: 'x', url: `${URL}#post-2` };
    expect(summarise([v1, jump])[0]).toMatchObject({ pages: 1, findings: 3, captures: 2 });
  });
});
