import { describe, expect, it } from 'vitest';
import { scanAllChunks as drive, scanChunks as steps, ENGINE_CHUNK_CHARS, ENGINE_WHOLE_CHARS, type ChunkCache } from '../../src/engine/chunks';
import { bundledEngine, isOnTopic, scanDocument, type Block } from '../../src/engine';

const scanAllChunks = (blocks: Block[], cache?: ChunkCache) => drive(bundledEngine(), blocks, cache).computed;
const stepsOf = (blocks: Block[], cache?: ChunkCache) => drive(bundledEngine(), blocks, cache).steps;
const scanChunks = (blocks: Block[]) => steps(blocks, isOnTopic);

const block = (text: string, kind: 'heading' | 'text' = 'text'): Block => ({ text, kind });
const key = (f: { block: number; start: number; end: number; rule: string }) => `${f.block}:${f.start}:${f.end}:${f.rule}`;
const size = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

function feed(chunks: number): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; size(blocks) < ENGINE_CHUNK_CHARS * chunks; i++)
    blocks.push(block(i % 20 === 0 ? `Post ${i}: we offer exosome injections into the scalp.` : `Post ${i}: sunscreen, skincare routines and the weather today.`));
  return blocks;
}

describe('scanChunks (long pages scanned in pieces)', () => {
  it('finds the same claims as one engine call when sections are self-contained', () => {
    const blocks: Block[] = [];
    for (let s = 0; size(blocks) < ENGINE_WHOLE_CHARS * 2; s++) {
      blocks.push(block(`Section ${s}: our exosome treatments`, 'heading'));
      blocks.push(block('We offer exosome injections into the scalp for thinning hair.'));
      for (let i = 0; i < 40; i++) blocks.push(block(`Paragraph ${i} of section ${s} talks about opening hours and parking near the clinic.`));
      blocks.push(block('Our exosomes are derived from human umbilical cord stem cells.'));
    }
    const whole = scanDocument(blocks, { strictness: 'strict' });
    expect(whole.all.length).toBeGreaterThan(10);
    // Each piece is judged with its own page profile, so a finding's confidence may differ from the whole
    // page's; the claims found are the same.
    const claims = (all: typeof whole.all) => all.filter((f) => f.context === 'promotional').map((f) => `${f.block}:${f.family}`).sort();
    expect(claims(scanAllChunks(blocks).all)).toEqual(claims(whole.all));
  });

  it('scans a short page in one engine call, as the CLI does', () => {
    const blocks = [block('We offer exosome injections into the scalp.')];
    expect(stepsOf(blocks)).toEqual(['scan']);
    expect(scanAllChunks(blocks).all).toEqual(scanDocument(blocks, { strictness: 'strict' }).all);
  });

  it('keeps block indices and texts pointing at the original blocks', () => {
    const blocks: Block[] = [];
    while (size(blocks) < ENGINE_CHUNK_CHARS * 4) {
      blocks.push(block('Filler text about the weather and the bus timetable, nothing else at all.'));
      if (blocks.length % 50 === 0) blocks.push(block('We offer exosome injections into the scalp.'));
    }
    const r = scanAllChunks(blocks);
    expect(r.all.length).toBeGreaterThan(3);
    for (const f of r.all) expect(blocks[f.block].text.slice(f.start, f.end)).toBe(f.text);
  });

  it('yields after every piece, and runs no engine on an off-topic page', () => {
    const blocks = Array.from({ length: 2000 }, () => block('Exosome injections are offered here, we offer exosome injections.'));
    const it = scanChunks(blocks);
    expect(it.next().value).toMatchObject({ need: 'languages' });
    expect(it.next(['en']).value).toMatchObject({ need: 'scan', languages: ['en'] });
    const off = Array.from({ length: 2000 }, () => block('Nothing about that topic here, only buses and trains.'));
    expect(scanChunks(off).next()).toEqual({ done: true, value: { all: [], offTopic: true } });
  });

  it('reuses cached chunk results after an append and gives the same findings as without the cache', () => {
    const blocks = feed(6);
    const cache: ChunkCache = new Map();
    const first = scanAllChunks(blocks, cache);
    expect(first).toEqual(scanAllChunks(blocks));
    const before = new Set(cache.values());
    expect(before.size).toBeGreaterThanOrEqual(3);
    blocks.push(block('New post: book exosome injections into the scalp today.'));
    // Only the last chunk (which the append changed) runs the engine again.
    expect(stepsOf(blocks, cache).filter((s) => s === 'scan')).toHaveLength(1);
    const second = scanAllChunks(blocks, cache);
    expect(second).toEqual(scanAllChunks(blocks));
    expect(second.all.length).toBe(first.all.length + 1);
    // Every chunk but the last is the very result of the first scan; the cache holds this scan only.
    const after = [...cache.values()];
    expect(after.filter((r) => before.has(r))).toHaveLength(after.length - 1);
  });

  it('returns every finding, whatever the strictness or mutes: those are views, not part of the key', () => {
    const blocks = feed(4);
    const cache: ChunkCache = new Map();
    const r = scanAllChunks(blocks, cache);
    // Nothing filtered here: non-promotional and info-level findings are kept for the views.
    expect(r.all.length).toBeGreaterThan(0);
    // The same text again is all cache hits (after the page's languages), whatever view the caller applies.
    expect(stepsOf(blocks, cache).filter((s) => s !== 'languages').every((s) => s === 'cached')).toBe(true);
  });
});
