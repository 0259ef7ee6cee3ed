import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import { cardInfo, markerLabel, signalWords, whyWords } from '../../src/content/explain';
import { LEGAL_STATUS } from '../../src/rules/legal-status';
import { LAW_EN } from '../../src/rules/law-text';
import { lookup, loadMessages, words } from '../e2e/lib/messages';

// What the card says, computed from constructed findings: "why it fired" from the engine's signals (which
// the current engine does not fill yet), the law of the page's jurisdiction, and the reader's language.

const base: Finding = {
  rule: 'human-source.umbilical', family: 'human-source', context: 'promotional', severity: 'high',
  block: 0, start: 0, end: 28, text: 'umbilical cord stem cell exosome',
};

describe('why it fired', () => {
  const en = lookup('en');

  it('words each signal, quoting the page where the signal carries its words', () => {
    expect(signalWords({ kind: 'promo', text: 'book now', weight: 2 }, en)).toBe('the words \u201cbook now\u201d in the same sentence');
    expect(signalWords({ kind: 'page-booking', weight: 1 }, en)).toBe('the page has booking or price buttons');
    expect(signalWords({ kind: 'caution', text: 'illegal', weight: 1 }, en)).toBe('a warning word: \u201cillegal\u201d');
    expect(signalWords({ kind: 'caution', weight: 1 }, en)).toBe('a warning word in the same clause');
  });

  it('lists the strongest reasons first, at most four, and those against it apart', () => {
    const f: Finding = {
      ...base,
      why: [
        { kind: 'page-booking', weight: 0.5 },
        { kind: 'promo', text: 'book now', weight: 2 },
        { kind: 'term', text: 'umbilical cord', weight: 1 },
        { kind: 'first-person', text: 'our', weight: 0.8 },
        { kind: 'page-clinic', weight: 0.1 },
        { kind: 'page-news', weight: -0.3 },
      ],
    };
    expect(whyWords(f, en)).toBe(
      'Why it was marked: the words \u201cbook now\u201d in the same sentence; the words \u201cumbilical cord\u201d; ' +
        'the page speaks in its own voice: \u201cour\u201d; the page has booking or price buttons. Against it: the page reads as news or a blog.',
    );
  });

  it('shows the cue until the engine gives signals, and nothing when it has neither', () => {
    expect(whyWords({ ...base, context: 'negated', cue: 'not approved' }, en)).toBe('Deciding words: \u201cnot approved\u201d.');
    expect(whyWords(base, en)).toBe('');
  });

  it('keeps page words short and never treats them as a message', () => {
    const long = 'x'.repeat(200);
    const w = signalWords({ kind: 'promo', text: `$1 ${long}`, weight: 1 }, en);
    expect(w.startsWith('the words \u201c$1 x')).toBe(true);
    expect(w.length).toBeLessThan(100);
  });

  it.each(['es', 'ko'])('speaks %s', (loc) => {
    const m = loadMessages(loc);
    const f: Finding = { ...base, why: [{ kind: 'promo', text: 'book now', weight: 2 }, { kind: 'page-booking', weight: 1 }] };
    const text = whyWords(f, lookup(loc));
    expect(text).toContain('book now');
    expect(text).toContain(m.card_why_page_booking!.message);
    expect(text).not.toMatch(/the words|Why it was marked/);
  });
});

describe('the law where the page is', () => {
  it('gives a US reader the US position on human-derived exosomes, from the legal table', () => {
    const info = cardInfo(base, 'us', words('en'));
    expect(info.status).toBe('In the US: we found no rule on human-derived exosome products on intact skin.');
    expect(info.law[0]!.basis).toEqual([`Basis: ${LEGAL_STATUS.us.cells.human.intact.note} (not checked)`]);
    expect(info.legal).toBe(LAW_EN.law_human_source_us);
    expect(info.lawHeading).toBe('What the law and the evidence say in the US');
    expect([info.status, info.legal].join(' ')).not.toMatch(/Department for Business and Trade|Annex II/);
  });

  it('gives a UK reader the ban, with its basis and its mark in words', () => {
    const info = cardInfo(base, 'uk', words('en'));
    expect(info.status).toBe('In the UK: human-derived exosome products on intact skin are banned in cosmetics.');
    expect(info.law[0]!.basis[0]).toBe(`Basis: ${LEGAL_STATUS.uk.cells.human.intact.note} (from a report of the source)`);
  });

  it('splits a route when the sources differ (UK needled skin) and joins it when they agree (UK injection)', () => {
    const needled = cardInfo({ ...base, family: 'compromised-skin' }, 'uk', words('en'));
    expect(needled.law.map((l) => l.text)).toEqual([
      'In the UK: whether plant- or animal-derived exosome products on microneedled or lasered skin are lawful is a grey area: no rule we found settles it.',
      'In the UK: human-derived exosome products on microneedled or lasered skin are banned in cosmetics.',
    ]);
    const injected = cardInfo({ ...base, family: 'injectable' }, 'uk', words('en'));
    expect(injected.law.map((l) => l.text)).toEqual(['In the UK: injected exosome products would need a medicines licence, and no exosome product holds one.']);
    // The line takes the weaker of the two cells' marks; each note keeps its own.
    expect(injected.law[0]!.verification).toBe('unverified');
    expect(injected.law[0]!.basis).toEqual([
      `Basis: ${LEGAL_STATUS.uk.cells['plant-animal'].injected.note} (not checked)`,
      `Basis: ${LEGAL_STATUS.uk.cells.human.injected.note} (from a report of the source)`,
    ]);
  });

  it('names the headline per family and keeps the marker label free of doubled stops', () => {
    const label = markerLabel(0, 3, base, lookup('en'));
    expect(label).toBe(
      'ExoCheck warning 1 of 3, High concern: Exosomes made from human cells or tissue: banned in cosmetics in the UK and the EU, and experts warn of disease transmission. \u201cumbilical cord stem cell exosome\u201d',
    );
    expect(label).not.toContain('..');
  });

  it.each(['es', 'ko'])('is fully in %s: headings, status, headline, paragraph and questions', (loc) => {
    const m = loadMessages(loc);
    const info = cardInfo(base, 'kr', words(loc));
    expect(info.message).toBe(m.family_human_source_msg!.message);
    expect(info.askHeading).toBe(m.card_ask_heading!.message);
    expect(info.sourcesHeading).toBe(m.card_sources_heading!.message);
    expect(info.ask[0]).toBe(m.family_human_source_ask_1!.message);
    expect(info.legal).toBe(m.law_human_source_kr!.message);
    expect(info.status.startsWith(m.card_in_place!.message.replace('$PLACE$', m.law_place_kr!.message))).toBe(true);
    expect(info.status).toContain(m.law_subject_human_intact!.message);
  });
});
