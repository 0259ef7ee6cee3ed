import { describe, expect, it } from 'vitest';
import { scanInChunks, ENGINE_CHUNK_CHARS, ENGINE_WHOLE_CHARS, type ChunkCache } from '../../src/content/scanner';
import { scanDocument } from '../../src/engine';
import type { ExtractedBlock } from '../../src/dom/extract';

const block = (text: string, kind: 'heading' | 'text' = 'text'): ExtractedBlock => ({ text, kind, pieces: [] });
const key = (f: { block: number; start: number; end: number; rule: string }) => `${f.block}:${f.start}:${f.end}:${f.rule}`;

describe('scanInChunks (long pages in the content script)', () => {
  it('finds the same claims as one engine call when sections are self-contained', async () => {
    const blocks: ExtractedBlock[] = [];
    for (let s = 0; blocks.reduce((n, b) => n + b.text.length, 0) < ENGINE_WHOLE_CHARS * 2; s++) {
      blocks.push(block(`Section ${s}: our exosome treatments`, 'heading'));
      blocks.push(block('We offer exosome injections into the scalp for thinning hair.'));
      for (let i = 0; i < 40; i++) blocks.push(block(`Paragraph ${i} of section ${s} talks about opening hours and parking near the clinic.`));
      blocks.push(block('Our exosomes are derived from human umbilical cord stem cells.'));
    }
    const whole = scanDocument(blocks, { jurisdiction: 'uk' });
    expect(whole.findings.length).toBeGreaterThan(10);
    const chunked = await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false);
    expect(chunked!.findings.map(key)).toEqual(whole.findings.map(key));
  });

  it('keeps block indices and texts pointing at the original blocks', async () => {
    const blocks: ExtractedBlock[] = [];
    while (blocks.reduce((n, b) => n + b.text.length, 0) < ENGINE_CHUNK_CHARS * 4) {
      blocks.push(block('Filler text about the weather and the bus timetable, nothing else at all.'));
      if (blocks.length % 50 === 0) blocks.push(block('We offer exosome injections into the scalp.'));
    }
    const r = (await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false))!;
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) expect(blocks[f.block].text.slice(f.start, f.end)).toBe(f.text);
  });

  it('stops when cancelled and says nothing for off-topic pages', async () => {
    const blocks = Array.from({ length: 2000 }, () => block('Exosome injections are offered here, we offer exosome injections.'));
    expect(await scanInChunks(blocks, {}, () => true)).toBeNull();
    const off = Array.from({ length: 2000 }, () => block('Nothing about that topic here, only buses and trains.'));
    expect((await scanInChunks(off, {}, () => false))!.offTopic).toBe(true);
  });

  it('reuses cached chunk results after an append and gives the same findings as without the cache', async () => {
    const blocks: ExtractedBlock[] = [];
    for (let i = 0; blocks.reduce((n, b) => n + b.text.length, 0) < ENGINE_CHUNK_CHARS * 6; i++)
      blocks.push(block(i % 20 === 0 ? `Post ${i}: we offer exosome injections into the scalp.` : `Post ${i}: sunscreen, skincare routines and the weather today.`));
    const cache: ChunkCache = new Map();
    const first = (await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false, cache))!;
    expect(first).toEqual(await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false));
    const before = new Set(cache.values());
    expect(before.size).toBeGreaterThanOrEqual(3);
    blocks.push(block('New post: book exosome injections into the scalp today.'));
    const second = (await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false, cache))!;
    expect(second).toEqual(await scanInChunks(blocks, { jurisdiction: 'uk' }, () => false));
    expect(second.findings.length).toBe(first.findings.length + 1);
    // Every chunk but the last is the very result object of the first scan; the cache holds this scan only.
    const after = [...cache.values()];
    expect(after.filter((r) => before.has(r))).toHaveLength(after.length - 1);
    // Other options are another key: nothing is reused across a settings change.
    await scanInChunks(blocks, { jurisdiction: 'us' }, () => false, cache);
    expect([...cache.values()].filter((r) => after.includes(r))).toHaveLength(0);
  });
});
