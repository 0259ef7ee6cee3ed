// Our markers never sit over the page's own banners, sticky bars and modal dialogs, nor take their clicks:
// a marker whose spot (or whose words) a page element covers is hidden, and an open modal (a <dialog>
// shown modally, an [aria-modal] dialog, a full-viewport overlay) hides them all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabReport } from './lib/chromium.mjs';
import { centre, highlightedRanges, markers, type Box } from './lib/overlay';
import { openSuite } from './lib/suite';

const { b, server } = await openSuite({ launch: { viewport: { width: 900, height: 600 } } });

/** Whether the page's own element (not our host) is what the pointer hits at the centre of `box`. */
const pageGetsPoint = (page: Page, box: Box) =>
  page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName !== 'exocheck-overlay', centre(box));

const shownMarkers = async (page: Page) => (await markers(page)).filter((m) => m.box);

async function open(): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(server.url('/stacking.html'));
  await tabReport(b.context, page.url(), (r) => Number(r.badge) >= 3);
  await expect.poll(async () => (await shownMarkers(page)).length).toBeGreaterThanOrEqual(2);
  return page;
}

describe('markers and the page stacking', () => {
  it('a marker whose spot the fixed cookie banner covers is hidden; the banner gets its clicks', async () => {
    const page = await open();
    // Bring the third claim to the banner's height (600 px viewport, 120 px banner at the bottom).
    await page.evaluate(() => {
      const r = document.getElementById('c3')!.getBoundingClientRect();
      window.scrollBy(0, r.top - 520);
    });
    await page.waitForTimeout(300);
    const ranges = await highlightedRanges(page);
    const under = ranges.findIndex((r) => /umbilical|facial/i.test(r.text));
    const words = ranges[under].rects[0];
    expect(words.y).toBeGreaterThan(480); // under the banner
    await expect.poll(async () => (await markers(page))[under].box).toBeNull();
    // No marker still shown in view sits over the banner or the header.
    const inView = (await shownMarkers(page)).filter((m) => m.box!.y > 0 && m.box!.y + m.box!.height < 600);
    for (const m of inView) expect(await page.evaluate(({ x, y }) => {
      const els = document.elementsFromPoint(x, y).filter((e) => e.localName !== 'exocheck-overlay');
      return els[0]?.closest('#cookies, header') === null;
    }, centre(m.box!))).toBe(true);
    await page.close();
  });

  it('a marker scrolled under the sticky header is hidden, and the header gets the clicks at its spot', async () => {
    const page = await open();
    const before = (await markers(page))[0].box!;
    // Scroll the first claim up under the 64 px header.
    await page.evaluate(() => {
      const r = document.getElementById('c1')!.getBoundingClientRect();
      window.scrollBy(0, r.top - 30);
    });
    await expect.poll(async () => (await markers(page))[0].box).toBeNull();
    expect(before).not.toBeNull();
    // Where the marker would be (just past its words), the header is what the pointer hits.
    const words = (await highlightedRanges(page))[0].rects.at(-1)!;
    const spot = { x: words.x + words.width + 2, y: words.y + words.height / 2 - 12, width: 24, height: 24 };
    expect(await pageGetsPoint(page, spot)).toBe(true);
    expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('header'), centre(spot))).toBe(true);
    await page.close();
  });

  it('an [aria-modal] dialog over a full-viewport backdrop hides every marker until it closes', async () => {
    const page = await open();
    const boxes = (await shownMarkers(page)).map((m) => m.box!);
    await page.click('#book');
    await expect.poll(async () => (await shownMarkers(page)).length).toBe(0);
    for (const box of boxes) expect(await pageGetsPoint(page, box)).toBe(true);
    await page.click('#close-booking');
    await expect.poll(async () => (await shownMarkers(page)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('a <dialog> shown with showModal() hides every marker until it closes', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as { openNative: () => void }).openNative());
    await expect.poll(async () => (await shownMarkers(page)).length).toBe(0);
    await page.click('#close-native');
    await expect.poll(async () => (await shownMarkers(page)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
