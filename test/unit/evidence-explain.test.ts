// Exports explain themselves: each finding row carries the rule's message, the family's title and the
// legal status for the entry's jurisdiction, read from the rules model and the legal table (never copied).
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/engine/types';
import { parseCsv } from '../../src/evidence/csv';
import { explain } from '../../src/evidence/explain';
import { CSV_COLUMNS, toCsv } from '../../src/evidence/export-csv';
import { toHtml } from '../../src/evidence/export-html';
import { toJsonExport } from '../../src/evidence/export-json';
import { FAMILY_INFO } from '../../src/rules/families';
import { BUNDLED_MODEL } from '../../src/rules/model';
import { APPROVAL, LEGAL_STATUS, ORIGINS } from '../../src/rules/legal-status';
import en from '../../public/_locales/en/messages.json';
import { generateEntries } from './research-gen';

const label = (k: string) => (en as Record<string, { message: string }>)[k]!.message;
const us = (s: string) => s.replace(/-/g, '_');

describe('explain', () => {
  it("names every rule of the model by its family's title", () => {
    const rules = BUNDLED_MODEL.packs.flatMap((p) => Object.entries(p.terms).flatMap(([family, groups]) => Object.keys(groups!).map((g) => [`${family}.${g}`, family] as const)));
    expect(rules.length).toBeGreaterThan(10);
    for (const [id, family] of rules) {
      const x = explain(id, family as keyof typeof FAMILY_INFO, 'uk');
      expect(x.message).toBe(FAMILY_INFO[family as keyof typeof FAMILY_INFO].title);
      expect(x.familyTitle).toBe(FAMILY_INFO[family as keyof typeof FAMILY_INFO].title);
    }
  });

  it('states the legal table for the jurisdiction: injected exosomes of each origin, with how well each is supported', () => {
    for (const j of JURISDICTIONS) {
      const x = explain('injectable.x', 'injectable', j);
      expect(x.legalStatus.startsWith(label(`jur_${j}`))).toBe(true);
      for (const o of ORIGINS) {
        const cell = LEGAL_STATUS[j].cells[o].injected;
        expect(x.legalStatus).toContain(`${label(`origin_${us(o)}`).toLowerCase()}: ${label(`legal_status_${us(cell.status)}`)} (${label(`verif_${cell.verification}`)})`);
        expect(x.legalNote).toContain(cell.note);
      }
    }
    expect(explain('human-source.x', 'human-source', 'kr').legalNote).toContain(LEGAL_STATUS.kr.cells.human.intact.note);
    expect(explain('approval-claim.x', 'approval-claim', 'us').legalNote).toBe(label('law_approved_us'));
    expect(explain('safety-claim.x', 'safety-claim', 'us').legalNote).toBe(FAMILY_INFO['safety-claim'].explanation);
  });
});

describe('exports carry the explanation', () => {
  it('CSV, JSON and HTML', async () => {
    const [e] = await generateEntries(1, 2);
    const rows = parseCsv(toCsv([e]).text);
    const c = (n: (typeof CSV_COLUMNS)[number]) => rows[1][CSV_COLUMNS.indexOf(n)];
    const x = explain(e.findings[0].rule, e.findings[0].family, e.jurisdiction);
    expect(c('message')).toBe(x.message);
    expect(c('family_title')).toBe(x.familyTitle);
    expect(c('legal_status')).toBe(x.legalStatus);
    expect(c('legal_note')).toBe(x.legalNote);
    expect(c('finding_text_hash')).toBe(e.textHash);
    expect(toJsonExport([e], 'x').entries[0].findings[0]).toMatchObject({ message: x.message, legalStatus: x.legalStatus });
    const html = toHtml([e], 'x');
    expect(html).toContain(x.legalStatus.replace(/&/g, '&amp;'));
    expect(html).toContain(e.textHash);
  });
});
