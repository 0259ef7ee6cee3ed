import { describe, expect, it } from 'vitest';
import { FAMILIES, JURISDICTIONS, SIGNAL_KINDS, CONTEXTS } from '../../src/engine/types';
import { FAMILY_INFO } from '../../src/rules/families';
import { lawHere, PARAGRAPHS } from '../../src/rules/law-here';
import { LAW_EN } from '../../src/rules/law-text';
import { LEGAL_STATUS } from '../../src/rules/legal-status';
import { SOURCES } from '../../src/rules/sources';
import { cardInfo } from '../../src/content/explain';
import { loadMessages, words } from '../e2e/lib/messages';

// The law where the reader is: the English in src/rules is the English the card shows, every key the card
// can ask for exists in every locale, hedges follow the verification marks, and the legal-text corrections
// from the UX review stay corrected.

const u = (s: string) => s.replace(/-/g, '_');
const LOCALES = ['en', 'es', 'ko'];
const en = loadMessages('en');

describe('law text', () => {
  it('the English in the code is the English in the locale', () => {
    for (const [k, v] of Object.entries(LAW_EN)) expect(en[k]?.message, k).toBe(v);
    for (const f of Object.values(FAMILY_INFO)) {
      expect(en[`family_${u(f.family)}_msg`]?.message, f.family).toBe(f.message);
      expect(en[`family_${u(f.family)}_text`]?.message, f.family).toBe(f.explanation);
      f.ask.forEach((q, i) => expect(en[`family_${u(f.family)}_ask_${i + 1}`]?.message, f.family).toBe(q));
    }
    // Nothing in the locale block is left over from text the code no longer has.
    const known = new Set([...Object.keys(LAW_EN)]);
    expect(Object.keys(en).filter((k) => k.startsWith('law_') && !known.has(k))).toEqual([]);
  });

  it.each(LOCALES)('%s: every card, for every family in every jurisdiction, has all its words', (loc) => {
    const w = words(loc);
    for (const family of FAMILIES)
      for (const j of JURISDICTIONS) {
        for (const context of CONTEXTS) {
          const info = cardInfo({ rule: `${family}.x`, family, context, severity: 'high', block: 0, start: 0, end: 5, text: 'exosome' }, j, w);
          const all = [info.message, info.matched, info.status, ...info.law.flatMap((l) => l.basis), info.lawHeading, info.legal, ...info.ask, info.reviewed];
          for (const s of all) expect(s, `${loc} ${family} ${j}`).not.toMatch(/\$[A-Z0-9_]*\$?|^\s*$/);
        }
      }
    for (const kind of SIGNAL_KINDS) for (const suffix of ['', '_text']) expect(loadMessages(loc)[`card_why_${u(kind)}${suffix}`], `${loc} ${kind}`).toBeDefined();
  });

  it('a status line that rests on reports shows its mark in words, and such a paragraph says so itself', () => {
    const bad: string[] = [];
    const HEDGE = /as reported|reported|consultanc|trade press|law firm|supplier|local health unit|Ontario|researcher|not checked|not confirmed|not established|from memory|our reading|inference|uncertain|unclear|we found no|not seen|review/i;
    const w = words('en');
    const MARK = { secondary: en.verif_secondary!.message, unverified: en.verif_unverified!.message, verified: en.verif_verified!.message };
    for (const f of FAMILIES)
      for (const j of JURISDICTIONS) {
        const info = cardInfo({ rule: `${f}.x`, family: f, context: 'promotional', severity: 'high', block: 0, start: 0, end: 1, text: 'x' }, j, w);
        // Each basis note carries its own mark; a line resting on anything unverified shows such a mark.
        for (const l of info.law)
          if (l.verification && l.verification !== 'verified' && !l.basis.some((b) => b.includes(`(${MARK[l.verification!]})`)))
            bad.push(`${f}/${j}: ${l.text} | ${l.basis.join(' | ')}`);
        const here = lawHere(f, j);
        const p = PARAGRAPHS[f]?.[j];
        if (p && p.sources.every((id) => SOURCES[id]!.verification !== 'verified') && !HEDGE.test(LAW_EN[here.paragraph]!)) bad.push(`${f}/${j} paragraph`);
      }
    expect(bad).toEqual([]);
  });

  it('falls back to the general text only where the fact base has nothing for the jurisdiction, and says so', () => {
    const w = words('en');
    const f = { rule: 'efficacy-claim.x', family: 'efficacy-claim' as const, context: 'promotional' as const, severity: 'medium' as const, block: 0, start: 0, end: 1, text: 'x' };
    const ca = cardInfo(f, 'ca', w);
    expect(ca.general).toBe(true);
    expect(ca.legal).toBe(`Our fact base has nothing more on this for Canada. In general: ${FAMILY_INFO['efficacy-claim'].explanation}`);
    expect(ca.status).toBe('In Canada: we found no rule or ruling specific to this kind of claim.');
    const uk = cardInfo(f, 'uk', w);
    expect(uk.general).toBe(false);
    expect(uk.legal).toBe(LAW_EN.law_efficacy_claim_uk);
  });
});

/** The English status of a family's card in a jurisdiction, with its basis lines. */
const statusOf = (family: (typeof FAMILIES)[number], j: (typeof JURISDICTIONS)[number]) => {
  const info = cardInfo({ rule: `${family}.x`, family, context: 'promotional', severity: 'high', block: 0, start: 0, end: 1, text: 'x' }, j, words('en'));
  return { ...info, all: [info.status, ...info.law.flatMap((l) => l.basis), info.legal].join('\n') };
};

describe('the legal-text errors of the UX review stay corrected', () => {
  it('1: the card cites sources from the one catalogue (dates: test/unit/sources.test.ts)', () => {
    const info = statusOf('medical-claim', 'uk');
    for (const s of info.sources) expect(s).toMatchObject({ title: SOURCES[s.id]!.title, date: SOURCES[s.id]!.undated ? null : SOURCES[s.id]!.date });
  });

  it('2: human-derived exosomes on intact skin are not "allowed as a cosmetic" in Korea or Japan', () => {
    expect(LEGAL_STATUS.kr.cells.human.intact.status).not.toBe('cosmetic');
    expect(LEGAL_STATUS.jp.cells.human.intact.status).not.toBe('cosmetic');
    expect(LEGAL_STATUS.jp.cells.human.intact.verification).toBe('unverified');
    expect(LEGAL_STATUS.kr.cells.human.intact.note).toMatch(/uncertain/);
  });

  it('3: the Australian autologous card keeps "not confirmed for exosomes"', () => {
    expect(statusOf('autologous', 'au').all).toMatch(/not confirmed/i);
  });

  it('4: the Canadian human-source card says the final notice is reported, not seen', () => {
    const { all } = statusOf('human-source', 'ca');
    expect(all).toMatch(/consult/i);
    expect(all).toMatch(/as reported|consultancy reports/);
    expect(all).not.toMatch(/Health Canada treats human-derived exosome topicals that make structure or function claims as drugs/);
  });

  it('5: "repair" claims are physiological claims needing strong evidence, not medicinal ones', () => {
    const { all } = statusOf('medical-claim', 'uk');
    expect(all).toMatch(/physiological/);
    expect(all).not.toMatch(/treats hair-loss and .repair. claims as medicinal/);
  });

  it('6: the injectable text does not say injection makes it an unlicensed medicine everywhere', () => {
    expect(FAMILY_INFO.injectable.explanation).not.toMatch(/everywhere we checked/);
    expect(FAMILY_INFO.injectable.explanation).toMatch(/differs by country/);
    expect(statusOf('injectable', 'jp').status).toMatch(/grey area/);
  });

  it('7: plant and animal exosomes rest on a consultancy view with a condition, wherever the card says they are allowed', () => {
    for (const j of ['uk', 'eu'] as const) {
      const { all } = statusOf('plant-or-animal-source', j);
      expect(all, j).toMatch(/consultanc/);
      expect(all, j).toMatch(/pharmacologically/);
    }
  });

  it('8: the approval card says no exosome medicine is licensed and cosmetics are notified, not approved', () => {
    const { message, status } = statusOf('approval-claim', 'uk');
    expect(message).toMatch(/no regulator we checked has approved/);
    expect(status).toMatch(/no exosome medicine is licensed by the MHRA/);
    expect(status).toMatch(/notified, not approved/);
  });

  it('9: no Canadian ✓ rests on the local health unit alone for needled skin', () => {
    for (const o of ['plant-animal', 'human'] as const) {
      const cell = LEGAL_STATUS.ca.cells[o].needled;
      expect(cell.verification, o).not.toBe('verified');
      expect(cell.status, o).toBe(LEGAL_STATUS.ca.cells[o].intact.status);
    }
  });

  it('10: the UK plant/animal × injected cell does not cite a source about human-derived products', () => {
    expect(LEGAL_STATUS.uk.cells['plant-animal'].injected.sources).not.toContain('aestheticmed');
  });
});
