import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';
import { axeCard, inShadowRoot } from './lib/card';

// The card that "Show on page" opens lives in a CLOSED shadow root, which axe cannot enter. CDP can (see
// lib/card.ts): we copy its content (deep clones, its own <style> included) into an OPEN shadow root on a
// scratch element, where axe runs. The copy is test-only and keeps the card's markup, ARIA and styles.

const URL_UK = 'https://glowclinic.co.uk/popup-clinic.html';

let l: Launched;
let site: Page;

beforeAll(async () => {
  l = await launch();
  site = await l.context.newPage();
  await site.goto(URL_UK);
});
afterAll(async () => {
  if (l) await close(l);
});

describe('the in-page card opened from the popup', () => {
  it('has no axe violations, light and dark', async () => {
    const tabId = await tabIdFor(l, URL_UK);
    const popup = await openPopup(l, tabId);
    await popup.locator('[data-testid="finding"] button.quote').first().click();

    const open = () => inShadowRoot<boolean>(site, 'function () { const c = this.querySelector("[role=dialog]"); return !!c && !c.hidden; }');
    const deadline = Date.now() + 8000;
    while (!(await open().catch(() => false))) {
      if (Date.now() > deadline) throw new Error('the card did not open in the page');
      await new Promise((r) => setTimeout(r, 100));
    }
    const axe = await axeCard(site);
    for (const scheme of ['light', 'dark'] as const) {
      expect(axe[scheme].violations, scheme).toEqual([]);
      // axe really looked inside the copy: it checked the contrast of the card's text.
      expect(axe[scheme].contrastChecked, scheme).toBeGreaterThan(3);
    }
    // The copy really contains the open card (so axe had something to check).
    expect(await site.evaluate(() => document.querySelector('#axe-card-copy')!.shadowRoot!.querySelector('[role=dialog]:not([hidden])')?.textContent?.length ?? 0)).toBeGreaterThan(20);
  });
});
