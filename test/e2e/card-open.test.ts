// The card opens from the underlined words (a click on the highlighted text, hit-tested against our ranges
// since highlights get no events; and from the keyboard), and closes on an outside click, on Escape wherever
// the focus is, and when its finding is scrolled out of view. Markers are at least 24 px targets and never
// cover the words they mark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickNode, tabReport, worker } from './lib/chromium.mjs';
import { cardOpen, centre, highlightedRanges, markers, overlaps } from './lib/overlay';
import { openSuite } from './lib/suite';

const { b, server } = await openSuite();

async function open(): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(server.url('/card.html'));
  await tabReport(b.context, page.url(), (r) => Number(r.badge) >= 3);
  await expect.poll(async () => (await markers(page)).filter((m) => m.box).length).toBeGreaterThanOrEqual(3);
  return page;
}

const expandedIndex = async (page: Page) => (await markers(page)).findIndex((m) => m.expanded);

describe('opening the card from the words', () => {
  it('a click on highlighted words opens the card of that finding', async () => {
    const page = await open();
    const ranges = await highlightedRanges(page);
    const second = ranges.findIndex((r) => /FDA/.test(r.text));
    expect(second).toBeGreaterThan(0);
    const at = centre(ranges[second].rects[0]);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await expandedIndex(page)).toBe(second);
    await page.close();
  });

  it('a click on plain text opens nothing, and a click on a highlighted link follows the link', async () => {
    const page = await open();
    const plain = await page.locator('#plain').boundingBox();
    await page.mouse.click(plain!.x + 20, plain!.y + plain!.height / 2);
    await page.waitForTimeout(300);
    expect(await cardOpen(page)).toBe(false);
    await page.click('#link');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#offers');
    expect(await cardOpen(page)).toBe(false);
    await page.close();
  });

  it('from the keyboard: the next-finding command opens the finding at the text selection', async () => {
    const page = await open();
    // A keyboard user puts the caret in the words (caret browsing, or find in page), then presses the
    // command's shortcut; the browser relays it to the tab as nextFinding.
    await page.evaluate(() => {
      const t = document.getElementById('c2')!.firstChild!;
      const i = (t.textContent ?? '').indexOf('FDA');
      getSelection()!.setBaseAndExtent(t, i, t, i + 3);
    });
    const ranges = await highlightedRanges(page);
    const target = ranges.findIndex((r) => /FDA/.test(r.text));
    const sw = await worker(b.context);
    const tabId = (await tabReport(b.context, page.url())).tabId;
    expect(await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'nextFinding' }, { frameId: 0 }), tabId)).toEqual({ ok: true });
    expect(await expandedIndex(page)).toBe(target);
    await page.close();
  });

  it('from the keyboard: Tab reaches the markers, Enter opens the card', async () => {
    const page = await open();
    await page.focus('#name');
    await page.keyboard.press('Tab');
    // Focus has left the page's last control for our first marker, whose card opens.
    await expect.poll(() => cardOpen(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await expandedIndex(page)).toBe(0);
    expect(await cardOpen(page)).toBe(true);
    await page.close();
  });
});

describe('closing the card', () => {
  /** A card pinned open by a click on its marker. */
  async function opened(): Promise<Page> {
    const page = await open();
    const [first] = await markers(page);
    await clickNode(page, first.backendNodeId);
    await expect.poll(() => cardOpen(page)).toBe(true);
    return page;
  }

  it('on a click outside it', async () => {
    const page = await opened();
    // The heading sits above the marker, so the card (which opens below it) does not cover it.
    const h1 = await page.locator('h1').boundingBox();
    await page.mouse.click(h1!.x + 10, h1!.y + h1!.height / 2);
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.close();
  });

  it('on Escape with the focus in the page, and the page still gets its Escape', async () => {
    const page = await opened();
    await page.focus('#name');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toContain('Escape');
    await page.close();
  });

  it('when its finding is scrolled out of view', async () => {
    const page = await opened();
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.close();
  });
});

describe('markers', () => {
  it('are targets of at least 24 by 24 px that do not cover the words they mark', async () => {
    const page = await open();
    const ms = (await markers(page)).filter((m) => m.box);
    const ranges = await highlightedRanges(page);
    expect(ms.length).toBe(ranges.filter((r) => r.rects.length).length);
    for (const [i, m] of ms.entries()) {
      expect(m.box!.width, m.label).toBeGreaterThanOrEqual(24);
      expect(m.box!.height, m.label).toBeGreaterThanOrEqual(24);
      for (const r of ranges[i].rects) expect(overlaps(m.box!, r), `${m.label} over its words`).toBe(false);
    }
    await page.close();
  });
});
