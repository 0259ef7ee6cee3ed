import { describe, expect, it } from 'vitest';
import { APPROVAL, LEGAL_STATUS, NOTES, ORIGINS, ROUTES, STATUS_WORDS } from '../../src/rules/legal-status';
import { SOURCES as LEGAL_SOURCES } from '../../src/rules/sources';
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

  it('says plainly that no exosome product is approved, with sources', () => {
    expect(APPROVAL.anyApproved).toBe(false);
    expect(APPROVAL.sources.length).toBeGreaterThanOrEqual(2);
    for (const id of APPROVAL.sources) expect(LEGAL_SOURCES[id]).toBeDefined();
    for (const j of JURISDICTIONS) {
      const a = LEGAL_STATUS[j].approval;
      expect(a.sources.length, j).toBeGreaterThan(0);
      for (const id of a.sources) expect(LEGAL_SOURCES[id], `${j} approval cites ${id}`).toBeDefined();
      if (a.verification === 'verified') expect(a.sources.some((id) => LEGAL_SOURCES[id]!.verification === 'verified'), j).toBe(true);
    }
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
});
