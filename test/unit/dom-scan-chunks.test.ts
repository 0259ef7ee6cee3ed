import { describe, expect, it } from 'vitest';
import { scanInChunks, ENGINE_CHUNK_CHARS, ENGINE_WHOLE_CHARS } from '../../src/content/scanner';
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
});
