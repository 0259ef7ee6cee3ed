import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../src/engine/normalize';
import { BUNDLED_MODEL } from '../../src/rules/model';
import { createEngine } from '../../src/engine/engine';

// The topic test's literal prefilter may only ever let more through than the anchors: wherever an anchor
// matches, the prefilter matches too, so no on-topic page is called off topic by the shortcut.

const engine = createEngine(BUNDLED_MODEL);
const { anchor, anchorPrefilter } = engine.compiled;
const examples = BUNDLED_MODEL.packs.flatMap((p) => [...p.examples.map((e) => e.text.replace(/\[\[|\]\]/g, '')), ...p.anchors.filter((a) => !a.startsWith('/')).map((a) => a.replace(/\*/g, ''))]);

describe('topic prefilter', () => {
  it('matches every pack example and anchor word the anchors match', () => {
    const onTopic = examples.map(foldText).filter((t) => anchor.test(t));
    expect(onTopic.length).toBeGreaterThan(200);
    expect(onTopic.filter((t) => !anchorPrefilter.test(t))).toEqual([]);
  });

  it('never says no where the anchors say yes, on text made of anchor pieces, prose and look-alikes', () => {
    const pieces = fc.constantFrom(...BUNDLED_MODEL.packs.flatMap((p) => p.anchors.filter((a) => !a.startsWith('/')).map((a) => a.replace(/\*/g, ''))), 'EVs', 'ev', 'sEV', 'exo-some', 'EXO SOME', 'е', '\u200B', '-', ' ', 'the', 'Ex');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const t = foldText(parts.join(''));
        if (anchor.test(t)) expect(anchorPrefilter.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through little ordinary prose', () => {
    const prose = 'The council met on Tuesday to discuss the new bus timetable and the library opening hours. Residents asked about parking.';
    expect(anchorPrefilter.test(foldText(prose))).toBe(false);
    expect(engine.isOnTopic([{ text: prose }])).toBe(false);
    expect(engine.isOnTopic([{ text: 'Ask about our EXO\u200BSOME facial.' }])).toBe(true);
  });
});
