import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JURISDICTIONS, type Finding, type Jurisdiction } from '../../src/engine/types';
import { cardInfo } from '../../src/content/explain';
import { LEGAL_STATUS, ORIGINS, ROUTES, sourcesFor } from '../../src/rules/legal-status';
import { close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';
import { expectedFindings } from './lib/expected';
import { expectCard, expectCatalogueDate, openCard, markerCount, type CardSourceDom } from './lib/card';
import { formatIso, loadMessages, words } from './lib/messages';

// The card says the law where the page is aimed, in words, and every date it or the popup shows is the
// catalogue's date for that source (src/rules/sources.ts). One page of unmistakable claims of every family,
// served under a domain of each jurisdiction; what the card must say is computed from the same data in Node.

const FILE = 'card-law.html';
const HOST: Record<Jurisdiction, string> = {
  uk: 'renewskin.co.uk', eu: 'renewskin.de', us: 'renewskin.us', ca: 'renewskin.ca', au: 'renewskin.com.au', kr: 'renewskin.co.kr', jp: 'renewskin.jp',
};
const en = loadMessages('en');
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let l: Launched;
let uiLang = 'en-US';

beforeAll(async () => {
  l = await launch();
  // Strict shows every family on the page, warnings and reports included.
  await l.sw.evaluate(() => chrome.storage.local.set({ settings: { strictness: 'strict' } }));
  uiLang = await l.sw.evaluate(() => chrome.i18n.getUILanguage());
});
afterAll(async () => {
  if (l) await close(l);
});

async function openSite(j: Jurisdiction): Promise<{ page: Page; findings: Finding[]; tabId: number }> {
  const page = await l.context.newPage();
  const url = `https://${HOST[j]}/${FILE}`;
  await page.goto(url);
  const tabId = await tabIdFor(l, url);
  const findings = expectedFindings(FILE, 'strict', j).findings;
  // Markers are drawn after the report: wait for all of them.
  const deadline = Date.now() + 10_000;
  while ((await markerCount(page)) !== findings.length) {
    if (Date.now() > deadline) throw new Error(`${j}: ${await markerCount(page)} markers, want ${findings.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { page, findings, tabId };
}

describe.each(JURISDICTIONS)('a page aimed at %s', (j) => {
  let page: Page;
  let findings: Finding[];
  let tabId: number;
  beforeAll(async () => {
    ({ page, findings, tabId } = await openSite(j));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('every card states the law there in words, with the paragraph for there, and dates its sources from the catalogue', async () => {
    const w = words('en', uiLang);
    const families = new Set(findings.map((f) => f.family));
    // The fixture's claims reach every family the legal table answers for, and more.
    expect(families.size).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < findings.length; i++) {
      const card = (await openCard(page, i))!;
      const info = cardInfo(findings[i]!, j, w);
      const where = `${j} card ${i} (${findings[i]!.family})`;
      expectCard(card, info, where, (iso) => formatIso(iso, uiLang), en.source_undated!.message);
      for (const s of card.status) {
        expect(s, where).toMatch(new RegExp(`^In ${en[`law_place_${j}`]!.message}: `));
        // A status in words, not a severity.
        expect(s, where).not.toMatch(/: (high concern|concern|for information)\.$/i);
      }
    }
  });

  it('the popup dates the same sources from the same catalogue, and says what the approval card says', async () => {
    const popup = await openPopup(l, tabId);
    // The legal table sits behind a disclosure in the popup's first view.
    await popup.click('[data-testid="legal-disclosure"] > summary');
    await popup.waitForSelector(`[data-testid="legal"][data-jurisdiction="${j}"]`);
    await popup.click('.notes summary');
    const shown: CardSourceDom[] = await popup.$$eval('.notes .sources li', (lis) =>
      lis.map((li) => ({
        id: (li as HTMLElement).dataset.source, href: li.querySelector('a')?.href, time: li.querySelector('time')?.getAttribute('datetime') ?? null,
        dateText: li.querySelector('time')?.textContent ?? /\(([^()]*)\)\s*(?:·.*)?$/.exec(li.querySelector('.date')?.textContent ?? '')?.[1], text: li.textContent ?? '',
      })),
    );
    expect(shown.map((s) => s.id)).toEqual(sourcesFor(j).map((s) => s.id));
    for (const s of shown) expectCatalogueDate(s, `${j} popup`, (iso) => formatIso(iso, uiLang), en.source_undated!.message);

    const approval = findings.findIndex((f) => f.family === 'approval-claim' && f.context === 'promotional');
    expect(approval).toBeGreaterThanOrEqual(0);
    const card = (await openCard(page, approval))!;
    const approvedLine = `In ${en[`law_place_${j}`]!.message}: ${en[`law_approved_${j}`]!.message}`;
    expect(card.status).toEqual([approvedLine]);
    expect(await popup.textContent('[data-testid="any-approved"]')).toBe(`${en.legal_approved!.message} ${approvedLine}`);
    // And every cell of the popup's table says the table's status.
    for (const o of ORIGINS)
      for (const r of ROUTES)
        expect(await popup.textContent(`[data-testid="cell-${o}-${r}"] .word`), `${j} ${o}/${r}`).toBe(
          en[`legal_status_${LEGAL_STATUS[j].cells[o][r].status.replace(/-/g, '_')}`]!.message,
        );
    await popup.close();
  });
});

describe('the corrected legal statements, as a reader sees them', () => {
  const cardOf = async (j: Jurisdiction, family: Finding['family']) => {
    const { page, findings } = await openSite(j);
    const i = findings.findIndex((f) => f.family === family && f.context === 'promotional');
    expect(i, `${family} on the ${j} page`).toBeGreaterThanOrEqual(0);
    const card = (await openCard(page, i))!;
    await page.close();
    return { ...card, all: [...card.status, ...card.basis, card.legal].join('\n') };
  };

  it('a US reader gets the US position on human-derived exosomes, not the UK and EU one', async () => {
    const c = await cardOf('us', 'human-source');
    expect(c.status).toEqual(['In the US: we found no rule on human-derived exosome products on intact skin.']);
    expect(c.all).toMatch(/FDA/);
    expect(c.all).not.toMatch(/Department for Business and Trade|Annex II|Health Canada/);
  });

  it('a UK reader is told the ban, and that it rests on a report', async () => {
    const c = await cardOf('uk', 'human-source');
    expect(c.status).toEqual(['In the UK: human-derived exosome products on intact skin are banned in cosmetics.']);
    expect(c.basis.join(' ')).toContain('(from a report of the source)');
  });

  it('the UK approval card says no exosome medicine is MHRA-licensed and cosmetics are notified, not approved', async () => {
    const c = await cardOf('uk', 'approval-claim');
    expect(c.msg).toMatch(/no regulator we checked has approved an exosome product as a medicine/);
    expect(c.all).toMatch(/no exosome medicine is licensed by the MHRA/);
    expect(c.all).toMatch(/notified, not approved/);
  });

  it('the Canadian human-source card hedges the 2026 final notice', async () => {
    const c = await cardOf('ca', 'human-source');
    expect(c.all).toMatch(/consultancy reports|as reported/);
    expect(c.all).toMatch(/we have not seen the final notice/);
  });

  it('the Japanese injectable card says injection is a grey area there', async () => {
    const c = await cardOf('jp', 'injectable');
    expect(c.status.join(' ')).toMatch(/grey area/);
    expect(c.msg).not.toMatch(/everywhere/);
  });

  it('the UK plant and animal card gives the consultancy basis and its condition', async () => {
    const c = await cardOf('uk', 'plant-or-animal-source');
    expect(c.all).toMatch(/consultanc/);
    expect(c.all).toMatch(/pharmacologically/);
  });

  it('the popup no longer shows human-derived exosomes as allowed in Korea or Japan, nor a ✓ for Canadian needled skin', async () => {
    for (const [j, cell, not] of [['kr', 'human-intact', 'Allowed as a cosmetic'], ['jp', 'human-intact', 'Allowed as a cosmetic']] as const) {
      const { page, tabId } = await openSite(j);
      const popup = await openPopup(l, tabId);
    // The legal table sits behind a disclosure in the popup's first view.
    await popup.click('[data-testid="legal-disclosure"] > summary');
      await popup.waitForSelector(`[data-testid="legal"][data-jurisdiction="${j}"]`);
      expect(await popup.textContent(`[data-testid="cell-${cell}"] .word`), j).not.toBe(not);
      await popup.close();
      await page.close();
    }
    const { page, tabId } = await openSite('ca');
    const popup = await openPopup(l, tabId);
    // The legal table sits behind a disclosure in the popup's first view.
    await popup.click('[data-testid="legal-disclosure"] > summary');
    await popup.waitForSelector('[data-testid="legal"][data-jurisdiction="ca"]');
    expect(await popup.textContent('[data-testid="cell-plant-animal-needled"] .mark')).not.toBe('✓');
    await popup.close();
    await page.close();
  });
});
