import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { FAMILIES, JURISDICTIONS } from '../../src/engine/types';
import { FAMILY_INFO } from '../../src/rules/families';
import { lawHere, PARAGRAPHS, STATUS_LINES } from '../../src/rules/law-here';
import { APPROVAL, LEGAL_STATUS, ORIGINS, ROUTES } from '../../src/rules/legal-status';
import { SOURCES, sourceDate } from '../../src/rules/sources';

// The one source catalogue: each address once, every cited id known, and each date and verification mark
// as the fact base (shared/research/legal-facts.md) gives them, so no date is invented.

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const all = Object.values(SOURCES);

/** Every source id cited anywhere in the product: family texts, the legal table, the law where the reader is. */
function citations(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  const add = (where: string, ids: readonly string[]) => ids.forEach((id) => cited.set(id, [...(cited.get(id) ?? []), where]));
  for (const f of Object.values(FAMILY_INFO)) add(`family ${f.family}`, f.sources);
  for (const j of JURISDICTIONS) {
    for (const o of ORIGINS) for (const r of ROUTES) add(`table ${j}/${o}/${r}`, LEGAL_STATUS[j].cells[o][r].sources);
    add(`table ${j} approval`, LEGAL_STATUS[j].approval.sources);
    for (const f of FAMILIES) add(`card ${f} in ${j}`, lawHere(f, j).sources);
  }
  add('APPROVAL', APPROVAL.sources);
  for (const [what, table] of [['status line', STATUS_LINES], ['paragraph', PARAGRAPHS]] as const)
    for (const [f, byJ] of Object.entries(table)) for (const [j, r] of Object.entries(byJ ?? {})) add(`${what} ${f}/${j}`, r!.sources);
  return cited;
}

describe('source catalogue', () => {
  it('lists every address once, each entry with publisher, title, date and an http(s) address', () => {
    const urls = all.map((s) => s.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
    for (const s of all) {
      expect(SOURCES[s.id]).toBe(s);
      expect(s.publisher.length, s.id).toBeGreaterThan(3);
      expect(s.title.length, s.id).toBeGreaterThan(5);
      expect(s.date, s.id).toMatch(ISO);
      expect(new URL(s.url).protocol, s.id).toMatch(/^https?:$/);
      expect(['verified', 'secondary', 'recall']).toContain(s.verification);
    }
  });

  it('knows every source id cited anywhere, and every entry is cited somewhere', () => {
    const cited = citations();
    const unknown = [...cited].filter(([id]) => !SOURCES[id]).map(([id, where]) => `${id} (${where.join(', ')})`);
    expect(unknown).toEqual([]);
    expect(all.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('never shows a stand-in date: undated pages have none, dated ones have no "-01-01" placeholder', () => {
    for (const s of all) {
      if (s.undated) expect(sourceDate(s), s.id).toBeNull();
      else expect(sourceDate(s), s.id).toBe(s.date);
    }
    // The invented dates the UX review found: none may come back.
    expect(all.filter((s) => !s.undated && /-01-01$/.test(s.date)).map((s) => s.id)).toEqual([]);
  });

  const FACTS = '../shared/research/legal-facts.md';
  describe.skipIf(!existsSync(FACTS))('against the fact base (skipped without /work/shared)', () => {
    const text = existsSync(FACTS) ? readFileSync(FACTS, 'utf8') : '';
    const lines = text.split('\n');
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    /** Lines citing `url` exactly (not a longer address that starts with it). */
    const hits = (url: string) =>
      lines.flatMap((l, i) => {
        const at = l.indexOf(url);
        return at >= 0 && /^(?:$|[\s;),|])/.test(l.slice(at + url.length)) ? [{ i, at }] : [];
      });
    /** The bullet or table row a line belongs to: back to its top-level "- " bullet, heading or row. */
    const block = (i: number) => {
      if (lines[i]!.startsWith('|')) return lines[i]!;
      let a = i;
      while (a > 0 && !/^(?:- |#|\|)/.test(lines[a]!)) a--;
      let b = i + 1;
      while (b < lines.length && !/^(?:- |#|\||---)/.test(lines[b]!)) b++;
      return lines.slice(a, b).join('\n');
    };
    // Where the fact base gives a source's date elsewhere than beside its address.
    const DATED_ELSEWHERE: Record<string, string> = { 'mhlw-2024': 'biyouhifuko 1 Aug 2024' };
    // The fact base marks what this page says, not the page: a law firm's page is a secondary source.
    const MARK_OVERRIDE: Record<string, string> = { 'nexpert-2025': 'secondary' };

    it('cites only addresses the fact base gives (recall sources excepted: they were never retrieved)', () => {
      for (const s of all) if (s.verification !== 'recall') expect(hits(s.url).length, s.id).toBeGreaterThan(0);
      for (const s of all.filter((x) => x.verification === 'recall')) expect(s.title + s.publisher, s.id).toBeTruthy();
    });

    it('marks each source as the fact base marks that address', () => {
      for (const s of all) {
        if (s.verification === 'recall') continue;
        const marks = hits(s.url).flatMap(({ i, at }) => {
          const before = lines[i]!.slice(0, at);
          const m = [...before.matchAll(/\[(verified|recall|uncertain)[^\]]*\]/g)].pop();
          return m ? [m[0]] : [];
        });
        expect(marks.length, `${s.id}: no mark beside its address`).toBeGreaterThan(0);
        const want = MARK_OVERRIDE[s.id] ?? (marks.some((m) => m.includes('secondary')) ? 'secondary' : 'verified');
        expect(s.verification, `${s.id} is marked ${marks.join(' / ')}`).toBe(want);
      }
    });

    it('dates each source as the fact base dates it, to the same precision', () => {
      for (const s of all) {
        if (s.verification === 'recall' || s.undated) continue;
        const [y, m, d] = s.date.split('-').map(Number);
        const forms = d
          ? [`${d} ${MON[m! - 1]} ${y}`, s.date]
          : m ? [`${MON[m - 1]} ${y}`, `${y}/${String(m).padStart(2, '0')}`] : [String(y)];
        const where = DATED_ELSEWHERE[s.id] ? [text] : hits(s.url).map(({ i }) => block(i));
        const place = DATED_ELSEWHERE[s.id];
        const ok = place ? text.includes(place) : where.some((b) => forms.some((f) => b.includes(f)));
        expect(ok, `${s.id} dated ${s.date}: the fact base does not give ${forms.join(' or ')} beside it`).toBe(true);
      }
    });

    it('calls undated only what the fact base leaves undated', () => {
      for (const s of all.filter((x) => x.undated))
        for (const { i, at } of hits(s.url)) {
          const after = lines[i]!.slice(at + s.url.length);
          expect(after, s.id).not.toMatch(/^\s*\((?:\d{1,2} )?[A-Z][a-z]{2} \d{4}\)/);
        }
    });
  });
});
