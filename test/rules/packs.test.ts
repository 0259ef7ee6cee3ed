import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { CUE_KINDS } from '../../src/engine/model';
import { BUNDLED_MODEL } from '../../src/rules/model';

// Every language pack compiles, and its own examples run: each match example's claim is a candidate of its
// family (the lexicon reaches it), each near-miss is never shown as a warning of its family. The examples
// are written by us for the pack, never taken from the corpus.

const engine = createEngine(BUNDLED_MODEL);
const strip = (t: string) => t.replace(/\[\[|\]\]/g, '');
/** The [[marked]] spans of an example, as offsets in the unmarked text. */
const spansOf = (t: string) => {
  const out: Array<[number, number]> = [];
  let shift = 0;
  for (const m of t.matchAll(/\[\[(.+?)\]\]/g)) {
    const s = m.index! - shift;
    out.push([s, s + m[1]!.length]);
    shift += 4;
  }
  return out;
};

describe('language packs', () => {
  it('are all picked up from src/rules/lang, English first', () => {
    const files = readdirSync(path.resolve(import.meta.dirname, '../../src/rules/lang')).filter((f) => f.endsWith('.json'));
    expect(BUNDLED_MODEL.packs.map((p) => p.language).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(BUNDLED_MODEL.packs[0]!.language).toBe('en');
  });

  for (const pack of BUNDLED_MODEL.packs) {
    describe(`${pack.language} (${pack.name})`, () => {
      it('compiles every term and cue, and names only known cue kinds', () => {
        const compiled = engine.compiled.byLanguage.get(pack.language)!;
        expect(compiled.rules.length).toBeGreaterThan(0);
        expect(Object.keys(compiled.cues).every((k) => (CUE_KINDS as readonly string[]).includes(k))).toBe(true);
      });

      // Examples are single sentences in the pack's language: detection (tested apart) is not their subject.
      const languages = [...new Set(['en', pack.language])];

      it('has no term, cue or antipattern that matches the empty string, and scans a line of emoji', () => {
        const compiled = engine.compiled.byLanguage.get(pack.language)!;
        const patterns: Array<[string, RegExp]> = [
          ...compiled.rules.map((r): [string, RegExp] => [`terms.${r.rule}`, r.re]),
          ...Object.entries(compiled.cues).map(([k, c]): [string, RegExp] => [`cues.${k}`, c!.re]),
          ...Object.entries(compiled.exclude).map(([k, re]): [string, RegExp] => [`exclude.${k}`, re!]),
        ];
        const empty = patterns.filter(([, re]) => new RegExp(re.source, 'u').exec('') || new RegExp(re.source, 'u').exec(' 😀 ')?.[0] === '');
        expect(empty.map(([where]) => where)).toEqual([]);
        // Astral characters after words of the language: an empty match before one once looped for ever.
        const words = [...(pack.detect.stopwords ?? []).slice(0, 6), ...pack.anchors.slice(0, 2)].join(' ');
        const r = engine.scanDocument([{ text: `${words} 😀 𝄞 ${words} 🧴` }], { strictness: 'strict', languages });
        expect(r.offTopic).toBe(false);
      });

      it('has match examples and near-misses for every family it has terms for', () => {
        for (const family of Object.keys(pack.terms)) {
          const ex = pack.examples.filter((e) => e.family === family);
          expect(ex.filter((e) => !e.nearMiss).length, `${pack.language} ${family}: match examples`).toBeGreaterThanOrEqual(1);
          expect(ex.filter((e) => e.nearMiss).length, `${pack.language} ${family}: near-misses`).toBeGreaterThanOrEqual(1);
        }
      });

      it('reaches every match example with a candidate of its family', () => {
        const missed: string[] = [];
        for (const ex of pack.examples.filter((e) => !e.nearMiss)) {
          const blocks = [...(ex.page ?? []), strip(ex.text)].map((text) => ({ text }));
          const { analysis } = engine.candidates(blocks, languages);
          const last = blocks.length - 1;
          const reached = spansOf(ex.text).every(([s, e]) => analysis.candidates.some((c) => {
            const sent = analysis.sentences[c.sentence]!;
            if (sent.block !== last || c.family !== ex.family) return false;
            const at = (i: number) => sent.start + (sent.norm.starts ? sent.norm.starts[i]! : i);
            return at(c.start) < e && s < at(c.end - 1) + 1;
          }));
          if (!reached) missed.push(ex.text);
        }
        expect(missed).toEqual([]);
      });

      it('never shows a near-miss as a warning of its family (known defects marked pending, and still shown)', () => {
        const shown = (ex: (typeof pack.examples)[number]) => {
          const blocks = [...(ex.page ?? []), ex.text].map((text) => ({ text }));
          const r = engine.scanDocument(blocks, { strictness: 'standard', languages });
          return r.findings.some((f) => f.block === blocks.length - 1 && f.family === ex.family);
        };
        const nearMisses = pack.examples.filter((e) => e.nearMiss);
        expect(nearMisses.filter((e) => !e.pending && shown(e)).map((e) => e.text)).toEqual([]);
        // A pending near-miss no longer shown: the model learned it, take the mark off.
        expect(nearMisses.filter((e) => e.pending && !shown(e)).map((e) => e.text)).toEqual([]);
      });
    });
  }
});
