import { afterEach, describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../src/engine/types';
import { cardInfo, markerLabel } from '../../src/content/explain';
import { close, launch, tabIdFor, type Launched } from './lib/popup-launch';
import { expectedFindings } from './lib/expected';
import { axeCard, expectCard, inShadowRoot, markerCount, openCard } from './lib/card';
import { formatIso, loadMessages, lookup, words } from './lib/messages';

// The card in the browser's language (Spanish, Korean): every heading, label, status sentence, headline,
// paragraph and question comes from that locale, exactly as cardInfo words it; and the open card has no axe
// violations in light and dark.

const FILE = 'card-law.html';
const CASES: [string, string, Jurisdiction][] = [['es', 'renewskin.es', 'eu'], ['ko', 'renewskin.co.kr', 'kr']];
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let l: Launched | undefined;
afterEach(async () => {
  if (l) await close(l);
  l = undefined;
});

describe.each(CASES)('the card in %s', (loc, host, j) => {
  it('speaks the browser language throughout, and passes axe in light and dark', async () => {
    const m = loadMessages(loc);
    l = await launch(undefined, { lang: loc });
    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { strictness: 'strict' } }));
    // The card formats dates in the UI language of the page's content script (the worker reports en-US here).
    const uiLang = loc;
    const page = await l.context.newPage();
    const url = `https://${host}/${FILE}`;
    await page.goto(url);
    await tabIdFor(l, url);
    const findings = expectedFindings(FILE, 'strict', j).findings;
    const deadline = Date.now() + 10_000;
    while ((await markerCount(page)) !== findings.length) {
      if (Date.now() > deadline) throw new Error(`${await markerCount(page)} markers, want ${findings.length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const w = words(loc, uiLang);
    for (let i = 0; i < findings.length; i++) {
      const card = (await openCard(page, i))!;
      const where = `${loc} card ${i} (${findings[i]!.family})`;
      expectCard(card, cardInfo(findings[i]!, j, w), where, (iso) => formatIso(iso, uiLang), m.source_undated!.message);
      expect(card.lang.startsWith(loc), where).toBe(true);
      expect(card.label, where).toBe(m.card_dialog!.message);
      expect(card.close, where).toBe(m.card_close!.message);
      expect(card.heads, where).toContain(m.card_ask_heading!.message);
      expect(card.markers[i], where).toBe(markerLabel(i, findings.length, findings[i]!, lookup(loc)));
      // No English left in our words (source titles are given in English, as in the popup; quotes are the page's).
      for (const text of [card.msg, ...card.status, ...card.basis, card.legal, ...card.ask, card.reviewed])
        expect(text, where).not.toMatch(/\b(?:the|and|with|Questions to ask|Matched|In the)\b/);
    }
    expect(await inShadowRoot(page, 'function () { return this.querySelector("[role=list]").getAttribute("aria-label"); }')).toBe(m.card_list!.message);

    await openCard(page, 0);
    // The README shows this card (refreshed by every run, as the popup's screenshots are).
    await page.screenshot({ path: `test/screenshots/card-${loc}.png` });
    const axe = await axeCard(page);
    for (const scheme of ['light', 'dark'] as const) {
      expect(axe[scheme].violations, `${loc} ${scheme}`).toEqual([]);
      expect(axe[scheme].contrastChecked, `${loc} ${scheme}`).toBeGreaterThan(3);
    }
  });
});
