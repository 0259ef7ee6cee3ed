import { describe, expect, it } from 'vitest';
import { FAMILIES, JURISDICTIONS, LANGUAGES, SEVERITIES } from '../../src/engine/types';
import { FAMILY_INFO, RULES, RULES_REVIEWED, SOURCES } from '../../src/rules';
import { compileRule } from '../../src/engine/compile';
import { ANCHOR } from '../../src/engine/lexicon';
import { normalize } from '../../src/engine/normalize';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

describe('rules model schema', () => {
  it('has unique ids in family.name form, each in a known family', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(FAMILIES).toContain(r.family);
      expect(r.id.startsWith(`${r.family}.`), r.id).toBe(true);
    }
  });

  it('gives every rule a message, explanation, questions, sources, a review date and a severity per jurisdiction', () => {
    for (const r of RULES) {
      expect(r.message.length, r.id).toBeGreaterThan(10);
      expect(r.explanation.length, r.id).toBeGreaterThan(80);
      expect(r.ask.length, r.id).toBeGreaterThan(0);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.reviewed).toMatch(ISO_DATE);
      for (const j of JURISDICTIONS) expect(SEVERITIES, `${r.id} ${j}`).toContain(r.severity[j]);
      for (const l of r.languages) expect(LANGUAGES).toContain(l);
      expect(['sentence', 'page', 'none']).toContain(r.topic);
    }
    expect(RULES_REVIEWED).toMatch(ISO_DATE);
  });

  it('cites only known primary sources, each with publisher, title, date and address', () => {
    for (const f of Object.values(FAMILY_INFO)) {
      for (const id of f.sources) {
        const s = SOURCES[id];
        expect(s, `${f.family} cites unknown source ${id}`).toBeDefined();
        expect(s.publisher.length).toBeGreaterThan(3);
        expect(s.title.length).toBeGreaterThan(3);
        expect(s.date).toMatch(ISO_DATE);
        expect(s.url).toMatch(/^https?:\/\/[^\s]+$/);
        expect(['verified', 'secondary', 'recall']).toContain(s.verification);
      }
    }
  });

  it('says so plainly where a family leans on unverified (recall) sources', () => {
    for (const f of Object.values(FAMILY_INFO)) {
      const recall = f.sources.some((id) => SOURCES[id].verification === 'recall');
      if (recall) expect(f.explanation, f.family).toMatch(/not (?:yet )?(?:checked|verified)|unverified|we found no|rests on/i);
    }
  });

  it('compiles every pattern', () => {
    for (const r of RULES) expect(() => compileRule(r)).not.toThrow();
  });

  it('covers the exosome terms and the core families in every language', () => {
    const anchors: Record<string, string> = {
      en: 'exosomes', es: 'exosomas', pt: 'exossomos', fr: 'exosomes', de: 'Exosomen', it: 'esosomi',
      ko: '엑소좀', ja: 'エクソソーム', zh: '外泌体',
    };
    for (const [lang, word] of Object.entries(anchors)) expect(ANCHOR.test(normalize(word).text), lang).toBe(true);
    const core = ['injectable', 'human-source', 'approval-claim', 'safety-claim', 'medical-claim', 'efficacy-claim'];
    for (const lang of LANGUAGES) {
      for (const family of core) {
        expect(RULES.some((r) => r.family === family && r.languages.includes(lang)), `${family} in ${lang}`).toBe(true);
      }
    }
  });
});
