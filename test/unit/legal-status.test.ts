import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { APPROVAL, LEGAL_SOURCES, LEGAL_STATUS, NOTES, ORIGINS, ROUTES, STATUS_WORDS, sourcesFor } from '../../src/rules/legal-status';
import { JURISDICTIONS } from '../../src/engine/types';

describe('legal status table', () => {
  it.each(JURISDICTIONS)('%s has all 9 cells, each with a status, a note and known sources', (j) => {
    const t = LEGAL_STATUS[j];
    expect(t.jurisdiction).toBe(j);
    let n = 0;
    for (const o of ORIGINS)
      for (const r of ROUTES) {
        const cell = t.cells[o][r];
        expect(STATUS_WORDS, `${j}/${o}/${r}`).toContain(cell.status);
        expect(['verified', 'secondary', 'unverified']).toContain(cell.verification);
        expect(cell.note.length, `${j}/${o}/${r}`).toBeGreaterThan(10);
        expect(cell.note, `${j}/${o}/${r}`).toBe(NOTES[cell.noteId as keyof typeof NOTES]);
        expect(cell.note.length, `${j}/${o}/${r} note is one line`).toBeLessThan(200);
        for (const id of cell.sources) expect(LEGAL_SOURCES[id], `${j}/${o}/${r} cites ${id}`).toBeDefined();
        n++;
      }
    expect(n).toBe(9);
    expect(Object.keys(t.cells).sort()).toEqual([...ORIGINS].sort());
  });

  it('a verified or secondary cell cites at least one source', () => {
    for (const j of JURISDICTIONS)
      for (const o of ORIGINS)
        for (const r of ROUTES) {
          const cell = LEGAL_STATUS[j].cells[o][r];
          if (cell.verification !== 'unverified') expect(cell.sources.length, `${j}/${o}/${r}`).toBeGreaterThan(0);
        }
  });

  it('a verified cell rests on at least one source that was itself verified', () => {
    for (const j of JURISDICTIONS)
      for (const o of ORIGINS)
        for (const r of ROUTES) {
          const cell = LEGAL_STATUS[j].cells[o][r];
          if (cell.verification === 'verified')
            expect(cell.sources.some((id) => LEGAL_SOURCES[id]!.verification === 'verified'), `${j}/${o}/${r}`).toBe(true);
        }
  });

  it('every source has a date and an http(s) url', () => {
    for (const [id, s] of Object.entries(LEGAL_SOURCES)) {
      expect(s.id).toBe(id);
      expect(s.date, id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(new URL(s.url).protocol, id).toMatch(/^https?:$/);
      expect(s.publisher.length, id).toBeGreaterThan(2);
      expect(s.title.length, id).toBeGreaterThan(5);
      expect(['verified', 'secondary', 'recall']).toContain(s.verification);
    }
  });

  it('no source is unused', () => {
    const used = new Set([...APPROVAL.sources, ...JURISDICTIONS.flatMap((j) => sourcesFor(j).map((s) => s.id))]);
    expect(Object.keys(LEGAL_SOURCES).filter((id) => !used.has(id))).toEqual([]);
  });

  it('says plainly that no exosome product is approved, with sources', () => {
    expect(APPROVAL.anyApproved).toBe(false);
    expect(APPROVAL.sources.length).toBeGreaterThanOrEqual(2);
    for (const id of APPROVAL.sources) expect(LEGAL_SOURCES[id]).toBeDefined();
  });

  it('matches the fact base on the key positions', () => {
    expect(LEGAL_STATUS.uk.cells.human.intact.status).toBe('banned');
    expect(LEGAL_STATUS.eu.cells.human.intact.status).toBe('banned');
    expect(LEGAL_STATUS.us.cells.human.injected).toMatchObject({ status: 'unapproved-drug', verification: 'verified' });
    expect(LEGAL_STATUS.kr.cells.human.injected.status).toBe('not-allowed');
    // The UK injected position has no MHRA statement behind it: it must not be marked verified.
    expect(LEGAL_STATUS.uk.cells['plant-animal'].injected.verification).toBe('unverified');
    // Nothing about the patient's own blood is in the fact base.
    for (const j of JURISDICTIONS) expect(LEGAL_STATUS[j].cells['own-blood'].intact.verification).toBe('unverified');
  });

  it('unverified cells say so in the note', () => {
    for (const j of JURISDICTIONS)
      for (const o of ORIGINS)
        for (const r of ROUTES) {
          const cell = LEGAL_STATUS[j].cells[o][r];
          if (cell.verification === 'unverified')
            expect(cell.note, `${j}/${o}/${r}`).toMatch(/not checked|no .*(found|statement)|not confirmed|inference|memory|our reading|only source|not established|no source|unconfirmed|no regulator/i);
        }
  });

  const FACTS = '../shared/research/legal-facts.md';
  it.skipIf(!existsSync(FACTS))('every source url appears in the fact base (skipped without /work/shared)', () => {
    const facts = readFileSync(FACTS, 'utf8');
    for (const s of Object.values(LEGAL_SOURCES)) expect(facts, s.id).toContain(s.url);
  });
});
