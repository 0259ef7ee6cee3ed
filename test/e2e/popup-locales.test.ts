import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { axe, close, launch, openOptions, openPopup, tabIdFor, type Launched } from './lib/popup-launch';

// The popup and options page in Spanish and Korean: the browser's UI language picks the locale, every
// string comes from it (no English left in the main texts), and the pages stay axe-clean.

const URL_UK = 'https://glowclinic.co.uk/popup-clinic.html';
const messages = (loc: string) => JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<string, { message: string }>;

let l: Launched | undefined;
afterEach(async () => {
  if (l) await close(l);
  l = undefined;
});

describe.each(['es', 'ko'])('UI in %s', (loc) => {
  it('shows the translated popup and options page, with no axe violations', async () => {
    const m = messages(loc);
    mkdirSync('test/screenshots', { recursive: true });
    l = await launch(undefined, { lang: loc });
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    const tabId = await tabIdFor(l, URL_UK);
    const popup = await openPopup(l, tabId);
    await popup.waitForSelector('[data-testid="count-total"]');
    await popup.click('[data-testid="legal-disclosure"] > summary');
    expect(await popup.getAttribute('html', 'lang')).toMatch(new RegExp(`^${loc}`));
    expect(await popup.textContent('#findings-h')).toBe(m.findings_heading!.message);
    expect(await popup.textContent('#book-h')).toBe(m.book_heading!.message);
    expect(await popup.textContent('[data-testid="cell-human-intact"] .word')).toBe(m.legal_status_banned!.message);
    expect(await popup.textContent('.jurisdiction .why')).toContain(m.reason_currency!.message.replace('$V$', '£'));
    await popup.click('.notes summary');
    expect(await popup.textContent('.notes dd')).toBe(m.legal_note_uk_plant_intact!.message);
    expect(await axe(popup)).toEqual([]);
    // The first view, as a screenshot for the README, in a font that has the script's glyphs.
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-testid="legal-disclosure"]')!.removeAttribute('open'));
    await popup.evaluate(() => document.body.scrollTo(0, 0));
    if (loc === 'ko') {
      const cdp = await l.context.newCDPSession(popup);
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#findings-h' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      await cdp.detach();
      // Hangul drawn with a CJK font (.ci/setup installs fonts-noto-cjk), not as boxes.
      expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK|KR|Nanum|Gothic/i);
    }
    await popup.screenshot({ path: `test/screenshots/popup-${loc}.png` });

    const options = await openOptions(l);
    await options.waitForSelector('h1');
    expect(await options.textContent('h1')).toBe(m.options_title!.message);
    expect(await options.title()).toBe(m.options_title!.message);
    expect(await axe(options)).toEqual([]);
  });
});
