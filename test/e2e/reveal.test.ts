// Text the page reveals after load is checked when it appears: an FAQ answer shown by a class on its
// section, a tab panel, <details>, a "read more" shown by an inline style, an element losing its hidden
// attribute, and a CSS-only toggle (a checkbox's :checked state, which changes no attribute at all).
// Expected findings are the engine's, run in Node on the DOM as the reader sees it after each step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HIGHLIGHTS, highlightedTexts, tabReport } from './lib/chromium.mjs';
import { expectedFindings, norm } from './lib/expect.mjs';
import { engineRuns } from './lib/isolated';
import { openSuite } from './lib/suite';
import { visibleHtml } from './lib/visible';
import { extractBlocks } from '../../src/dom/extract';
import { scanDocument } from '../../src/engine';

const lib = { extractBlocks, scanDocument };
const { b, server } = await openSuite();
const badgeOf = (n: number) => (n ? String(n) : '');

/** How many of our highlight ranges start inside the element `selector`. */
const highlightsIn = (p: Page, selector: string) =>
  p.evaluate(
    ([names, sel]) => {
      const el = document.querySelector(sel as string)!;
      return (names as string[]).reduce((n, k) => n + [...(CSS.highlights.get(k) ?? [])].filter((r) => el.contains(r.startContainer)).length, 0);
    },
    [HIGHLIGHTS, selector] as const,
  );

/** Waits until badge and highlights equal the engine's findings on what is visible now; returns their texts. */
async function settled(page: Page): Promise<string[]> {
  const want = expectedFindings(await visibleHtml(page), { strictness: 'standard', jurisdiction: 'uk' }, lib).map((f) => f.text);
  await tabReport(b.context, page.url(), (r) => r.badge === badgeOf(want.length), 5_000);
  await expect.poll(async () => norm(await highlightedTexts(page)), { timeout: 5_000 }).toEqual(norm(want));
  return want;
}

describe('text revealed after load', () => {
  let page: Page;
  let seen: string[] = [];
  const reveal = (name: string, act: (p: Page) => Promise<unknown>, revealed: string) =>
    it(name, async () => {
      expect(await highlightsIn(page, revealed)).toBe(0);
      await act(page);
      seen = await settled(page);
      // The revealed text is highlighted now (and the engine does flag it there). The page's count may not
      // grow: the judgement weighs the whole page, so a new claim can tip a weak one elsewhere.
      expect(await highlightsIn(page, revealed)).toBeGreaterThan(0);
    });

  it('the visible text is checked on load, the hidden text is not', async () => {
    page = await b.context.newPage();
    await page.goto(server.url('/reveal.html'));
    await tabReport(b.context, page.url(), (r) => !!r.frames['0']);
    seen = await settled(page);
    expect(seen.join(' ')).not.toMatch(/FDA|inject|umbilical|hair loss|arthritis/i);
  });

  reveal('an FAQ answer shown by a class on its section', (p) => p.click('#q1'), '#faq1 .a');
  reveal('a tab panel shown by a class on itself', (p) => p.click('#tab-b'), '#panel-b');
  reveal('a <details> opened', (p) => p.click('#det summary'), '#det p');
  reveal('a "read more" shown by an inline style', (p) => p.click('#read-more'), '#more');
  reveal('an element that loses its hidden attribute', (p) => p.evaluate(() => (window as unknown as { showHidden: () => void }).showHidden()), '#hidden-attr');
  reveal('a CSS-only toggle (a checkbox :checked, no attribute changes)', (p) => p.click('#t-label'), '#toggle-panel');

  it('a class flip that reveals nothing rescans nothing', async () => {
    const runs = await engineRuns(page, b.extId);
    await page.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        document.body.classList.toggle('scrolled');
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await page.waitForTimeout(800);
    expect(await engineRuns(page, b.extId)).toBe(runs);
  });
});
