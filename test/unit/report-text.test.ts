import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, FAMILIES } from '../../src/engine/types';
import { LEGAL_STATUS } from '../../src/rules/legal-status';
import { REGULATORS } from '../../src/shared/regulators';
import { complaintText, factsFor, falseFlag, hasOwnQuotes, quoted, type ReportInput, type Translate } from '../../src/shared/report-text';
import { enT } from './en-messages';

const tr = enT as Translate;
const input: ReportInput = {
  finding: { rule: 'injectable.inject', family: 'injectable', context: 'promotional', severity: 'high', text: 'inject exosomes', excerpt: 'We inject exosomes into the scalp.' },
  pageUrl: 'https://glowclinic.co.uk/hair.html',
  seenAt: new Date('2026-12-03T10:15:00Z'),
  jurisdiction: 'uk',
  lang: 'en-GB',
};

describe('complaint text', () => {
  it('carries the page, the time, the quote, the concern, the fact base and the rule', () => {
    const text = complaintText(input, tr);
    expect(text).toContain('Page: https://glowclinic.co.uk/hair.html');
    expect(text).toMatch(/Seen: 3 December 2026.*\(2026-12-03T10:15:00Z\)/);
    expect(text).toContain('What it says: \u201cWe inject exosomes into the scalp.\u201d');
    expect(text).toContain('Why it concerns me: Exosomes offered by injection (Offered or promoted).');
    // The legal table's injected column for the UK, every source, from the same data the popup shows.
    for (const o of ['plant-animal', 'human', 'own-blood'] as const) expect(text).toContain(LEGAL_STATUS.uk.cells[o].injected.note);
    expect(text).toContain('Is any exosome product approved as a medicine? No.');
    expect(text).toContain('Who enforces: MHRA (medicines), Trading Standards and OPSS (cosmetics), ASA (adverts).');
    expect(text).toContain('(rule injectable.inject)');
    expect(text).not.toMatch(/\$[A-Z_]+\$|report_text_/);
  });

  it('speaks to the family: a human source cites the human row, a plant source the plant row, and no approval line', () => {
    const human = factsFor('human-source', 'uk', tr);
    expect(human[0]).toContain(`Human cells \u00b7 On intact skin: Banned. ${LEGAL_STATUS.uk.cells.human.intact.note}`);
    const plant = factsFor('plant-or-animal-source', 'kr', tr);
    expect(plant[0]).toContain(LEGAL_STATUS.kr.cells['plant-animal'].intact.note);
    expect(plant.join(' ')).not.toContain('approved as a medicine');
    expect(factsFor('approval-claim', 'us', tr).join(' ')).toContain('Is any exosome product approved as a medicine? No.');
  });

  it('has facts and a well-formed text for every family in every jurisdiction', () => {
    for (const j of JURISDICTIONS)
      for (const family of FAMILIES) {
        const t = complaintText({ ...input, jurisdiction: j, finding: { ...input.finding, family } }, tr);
        expect(t, `${j} ${family}`).not.toMatch(/\$[A-Z_]+\$|legal_note_|undefined/);
        expect(factsFor(family, j, tr).length).toBeGreaterThanOrEqual(1);
      }
  });

  it('keeps the page\u2019s own quotation marks instead of doubling them, and clips long quotes', () => {
    expect(hasOwnQuotes('\u201cInjecting exosomes\u2026\u201d')).toBe(true);
    expect(hasOwnQuotes('\u2026 \u201cInjecting')).toBe(true);
    expect(hasOwnQuotes('Injecting exosomes')).toBe(false);
    expect(quoted('\u201cOwn\u201d')).toBe('\u201cOwn\u201d');
    const long = complaintText({ ...input, finding: { ...input.finding, excerpt: 'x'.repeat(2000) } }, tr);
    expect(long).toContain(`\u201c${'x'.repeat(299)}\u2026\u201d`);
    expect(long).not.toContain('x'.repeat(301));
  });
});

describe('false-flag message', () => {
  it('is a mailto: link with subject and body carrying the quote, the rule and the page', () => {
    const f = falseFlag(input, '0.1.0', tr);
    expect(f.subject).toBe('ExoCheck false flag: injectable.inject');
    expect(f.body).toContain('Page: https://glowclinic.co.uk/hair.html');
    expect(f.body).toContain('Matched words: \u201cinject exosomes\u201d');
    expect(f.body).toContain('Rule: injectable.inject (Exosomes offered by injection, Offered or promoted)');
    expect(f.body).toContain('ExoCheck 0.1.0, rules for UK');
    const url = new URL(f.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(f.subject);
    expect(url.searchParams.get('body')).toBe(f.body.replace(/\n/g, '\r\n'));
    // Spaces are %20, not "+", which mail programs would show literally.
    expect(f.href).not.toContain('+');
  });
});

describe('regulators', () => {
  it('names at least one body with an https page everywhere but the EU, which has none EU-wide', () => {
    for (const j of JURISDICTIONS) {
      const list = REGULATORS[j];
      if (j === 'eu') expect(list).toEqual([]);
      else expect(list.length, j).toBeGreaterThan(0);
      for (const r of list) expect(new URL(r.url).protocol, r.id).toBe('https:');
    }
    expect(REGULATORS.uk.map((r) => r.id)).toEqual(['asa', 'mhra-yellow-card']);
    expect(REGULATORS.us.map((r) => r.id)).toContain('fda-medwatch');
  });
});
