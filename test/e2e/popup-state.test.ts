import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeBothThemes, badgeText, close, highlightCount, launch, openPopup, tabIdFor, tabOrder, type Launched } from './lib/popup-launch';
import { until } from './lib/until';
import { expectedCounts } from './lib/expected';

// The popup against a real tab: counts, the jurisdiction guess, the legal table, reveal, live strictness,
// pause, accessibility and keyboard use, and the light/dark screenshots.

const FILE = 'popup-clinic.html';
const URL_UK = `https://glowclinic.co.uk/${FILE}`;

let l: Launched;
let site: Page;
let tabId: number;
let popup: Page;

/** The stored settings once they equal `want` (writes are async after a click); fails with the last value. */
const storedSettings = (want: unknown) =>
  until(async () => (await settingsInStorage()).settings, (v) => JSON.stringify(v) === JSON.stringify(want), `settings ${JSON.stringify(want)}`);
const settingsInStorage = async () => (await l.sw.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: Record<string, unknown> };
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function freshPopup(): Promise<Page> {
  if (popup && !popup.isClosed()) await popup.close();
  popup = await openPopup(l, tabId);
  await popup.waitForSelector('[data-testid="controls"]');
  return popup;
}

/** The legal table sits behind a disclosure under the findings. */
async function openLegal(p: Page = popup): Promise<void> {
  if (!(await p.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-testid="legal-disclosure"]')!.open)))
    await p.click('[data-testid="legal-disclosure"] > summary');
}

beforeAll(async () => {
  l = await launch();
  site = await l.context.newPage();
  await site.goto(URL_UK);
  tabId = await tabIdFor(l, URL_UK);
  await freshPopup();
});

afterAll(async () => {
  if (l) await close(l);
});

describe('popup against a page with findings', () => {
  it('shows the counts by severity that the engine finds, and the badge agrees', async () => {
    const want = expectedCounts(FILE, 'standard', 'uk');
    expect(want.total, 'the fixture must produce findings').toBeGreaterThan(0);
    await popup.waitForSelector('[data-testid="count-total"]');
    for (const s of ['high', 'medium', 'info'] as const)
      expect(await popup.textContent(`[data-testid="count-${s}"]`), s).toBe(String(want[s]));
    expect(await popup.locator('[data-testid="finding"]').count()).toBe(want.total);
    expect(await badgeText(l, tabId)).toBe(String(want.total));
    // Quotes come from the page, with the matched words marked.
    expect(await popup.locator('[data-testid="finding"] mark').first().textContent()).toMatch(/inject/i);
  });

  it('guesses the UK and says why', async () => {
    const why = await popup.textContent('.jurisdiction .why');
    expect(why).toContain('Guessed: UK — because');
    expect(why).toContain('domain ends in .co.uk');
    expect(why).toContain('prices in £');
    // Dollar signs in a substitution survive chrome.i18n (it treats "$" specially in messages).
    const subs = await popup.evaluate(() => ['A$', 'C$', 'US$', '$'].map((v) => chrome.i18n.getMessage('reason_currency', [v])));
    expect(subs).toEqual(['prices in A$', 'prices in C$', 'prices in US$', 'prices in $']);
  });

  it('shows the UK legal table, then the US one after a manual override, then back to automatic', async () => {
    const cell = (o: string, r: string) => popup.textContent(`[data-testid="cell-${o}-${r}"] .word`);
    await openLegal();
    expect(await popup.getAttribute('[data-testid="legal"]', 'data-jurisdiction')).toBe('uk');
    expect(await cell('human', 'intact')).toBe('Banned');
    expect(await cell('human', 'injected')).toBe('Unlicensed medicine');
    expect(await cell('plant-animal', 'intact')).toBe('Allowed as a cosmetic');
    expect(await popup.textContent('[data-testid="any-approved"]')).toContain('Is any exosome product approved as a medicine? No.');
    // Dated sources sit behind the notes disclosure.
    await popup.click('.notes summary');
    const sources = await popup.locator('.sources li').allTextContents();
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.join('\n')).toMatch(/\(\d{1,2} \w{3} \d{4}\)|\(\w{3} \d{4}\)/);

    await popup.selectOption('#jurisdiction', 'us');
    await popup.waitForSelector('[data-testid="legal"][data-jurisdiction="us"]');
    expect(await cell('human', 'injected')).toBe('Unapproved drug');
    expect(await cell('human', 'intact')).toBe('Unclear');
    await storedSettings({ jurisdiction: 'us' });
    // The page reports its own guess even while the choice is manual (as data, flagged as overridden), so
    // the open popup and a popup opened later both still offer the page's guess under "Automatic".
    expect(await popup.textContent('#jurisdiction option[value="auto"]')).toBe('Automatic (UK)');
    await until(() => l.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((r: any) => r[`tab:${id}`]?.frames?.[0]?.guess), tabId), (g: any) => g?.chosenInSettings === true, 'the page to report the manual choice'); // eslint-disable-line @typescript-eslint/no-explicit-any
    await freshPopup();
    await openLegal();
    expect(await popup.getAttribute('[data-testid="legal"]', 'data-jurisdiction')).toBe('us');
    expect(await popup.textContent('#jurisdiction option[value="auto"]')).toBe('Automatic (UK)');

    await popup.selectOption('#jurisdiction', 'auto');
    await popup.waitForSelector('[data-testid="legal"][data-jurisdiction="uk"]');
    await storedSettings(undefined);
  });

  it('explains each family found and leads "Before you book" with the injection question', async () => {
    const fams = await popup.locator('details.fam summary').allTextContents();
    expect(fams).toContain('Exosomes offered by injection');
    const first = await popup.locator('[data-testid="questions"] li').first().getAttribute('data-q');
    expect(first).toBe('ask_route');
    expect(await popup.textContent('.privacy')).toContain('Nothing leaves your browser');
    expect(await popup.textContent('.reviewed')).toMatch(/checked .*2026/);
  });

  it('activating a finding with the keyboard scrolls the page to it', async () => {
    await site.evaluate(() => window.scrollTo(0, 0));
    const buttons = popup.locator('[data-testid="finding"] button.quote');
    // The last finding is below the 2400px spacer.
    const quotes = await popup.locator('[data-testid="finding"] q').allTextContents();
    const below = quotes.findIndex((q) => /facial rejuvenation|no regulator/.test(q));
    expect(below, 'a finding below the fold').toBeGreaterThanOrEqual(0);
    await buttons.nth(below).focus();
    await popup.keyboard.press('Enter');
    await until(() => site.evaluate(() => window.scrollY), (y) => y > 1000, 'the page to scroll to the finding');
  });

  it('changing strictness changes the badge and the highlights without a reload', async () => {
    const standard = expectedCounts(FILE, 'standard', 'uk').total;
    const strict = expectedCounts(FILE, 'strict', 'uk').total;
    const relaxed = expectedCounts(FILE, 'relaxed', 'uk').total;
    // The fixture has a warning and a question, which only Strict shows: the counts must differ.
    expect(strict, 'strict must show more than standard on this fixture').toBeGreaterThan(standard);
    await site.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    expect(await highlightCount(site)).toBe(standard);

    await popup.check('#strict-strict');
    await storedSettings({ strictness: 'strict' });
    await until(() => badgeText(l, tabId), (b) => b === String(strict), 'badge at strict');
    await until(() => highlightCount(site), (n) => n === strict, 'highlights at strict');
    await until(() => popup.locator('[data-testid="finding"]').count(), (n) => n === strict, 'popup list at strict');

    await popup.check('#strict-relaxed');
    await until(() => badgeText(l, tabId), (b) => b === (relaxed ? String(relaxed) : ''), 'badge at relaxed');
    await until(() => highlightCount(site), (n) => n === relaxed, 'highlights at relaxed');

    await popup.check('#strict-standard');
    await until(() => highlightCount(site), (n) => n === standard, 'highlights back at standard');
    expect(await site.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('pausing the site clears its marks; unpausing brings them back', async () => {
    const standard = expectedCounts(FILE, 'standard', 'uk').total;
    await freshPopup();
    await popup.check('#pause');
    await storedSettings({ pausedSites: ['glowclinic.co.uk'] });
    await until(() => highlightCount(site), (n) => n === 0, 'highlights cleared');
    await until(() => badgeText(l, tabId), (b) => b === 'off', 'badge shows paused');
    await popup.waitForSelector('[data-testid="paused-notice"]');
    expect(await popup.locator('[data-testid="finding"]').count()).toBe(0);

    // Still paused after the page reloads, and a fresh popup can still unpause it.
    await site.reload();
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlightCount(site)).toBe(0);
    await freshPopup();
    await popup.waitForSelector('[data-testid="paused-notice"]');
    expect(await popup.isChecked('#pause')).toBe(true);

    await popup.uncheck('#pause');
    await until(() => highlightCount(site), (n) => n === standard, 'highlights back');
    await storedSettings(undefined);
  });
});

describe('popup on a page ExoCheck cannot read', () => {
  it('says so, and falls back to the browser language for the legal table', async () => {
    const blank = await l.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    const blankId = (await l.sw.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t: { id: number }[]) => t[0]!.id))) as number;
    expect(blankId).not.toBe(tabId);
    const p = await openPopup(l, blankId);
    await p.waitForSelector('[data-testid="legal-disclosure"]');
    expect(await p.textContent('.notice')).toContain('ExoCheck cannot read this page');
    expect(await p.locator('[data-testid="count-total"]').count()).toBe(0);
    expect(await p.locator('#pause').count()).toBe(0);
    const lang = await p.evaluate(() => navigator.language);
    expect(lang).toBe('en-US');
    expect(await p.getAttribute('[data-testid="legal"]', 'data-jurisdiction')).toBe('us');
    expect(await p.textContent('.jurisdiction .why')).toContain('your browser language is en-US');
    // From the engine's own flag, not from the wording of a reason.
    expect(await p.getAttribute('.jurisdiction .why', 'data-confident')).toBe('false');
    expect(await p.textContent('.jurisdiction .why')).toContain('weak guess');
    await p.close();
    await blank.close();
  });
});

describe('popup accessibility', () => {
  it('has no axe violations, light and dark, with the table, notes and a report panel open', async () => {
    await freshPopup();
    await openLegal();
    await popup.click('.notes summary');
    await popup.locator('[data-testid="report"] > summary').first().click();
    await popup.waitForSelector('[data-testid="report-text"]');
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
  });

  it('every control is reachable with Tab and works with Enter, Space and arrows', async () => {
    await freshPopup();
    // The list fills in as the tab's state arrives: wait until it matches what the engine found.
    const findings = await until(() => popup.locator('[data-testid="finding"]').count(), (n) => n === expectedCounts(FILE, 'standard', 'uk').total, 'the findings list');
    const order = await tabOrder(popup);
    const ids = order.map((d) => d.split('|')[0]);
    expect(ids.filter((d) => d === 'button').length).toBeGreaterThanOrEqual(findings * 2 + 1); // show + mute each, + settings
    for (const id of ['select#jurisdiction', 'input#pause']) expect(ids).toContain(id);
    // A radio group is one tab stop: the checked radio.
    expect(ids.filter((d) => d.startsWith('input#strict-'))).toEqual(['input#strict-standard']);
    expect(ids.filter((d) => d === 'summary').length).toBeGreaterThanOrEqual(2);
    // Everything focusable in the DOM is in the order (except unchecked radios of a group).
    const focusable = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('button, select, summary, a[href], input:not([type=radio]), input[type=radio]:checked')].filter((el) =>
          el.checkVisibility(),
        ).length,
    );
    expect(order.length, order.join('\n')).toBe(focusable);

    // Arrow keys move through the strictness radios and apply at once.
    await popup.focus('#strict-standard');
    await popup.keyboard.press('ArrowDown');
    await until(async () => (await settingsInStorage()).settings, (s) => s?.strictness === 'strict', 'strict via arrow key');
    await popup.keyboard.press('ArrowUp');
    await until(async () => (await settingsInStorage()).settings, (s) => s === undefined, 'standard via arrow key');

    // Space toggles the pause switch; Space again undoes it.
    await popup.focus('#pause');
    await popup.keyboard.press('Space');
    await until(async () => (await settingsInStorage()).settings, (s) => Array.isArray(s?.pausedSites), 'paused via Space');
    await popup.keyboard.press('Space');
    await until(async () => (await settingsInStorage()).settings, (s) => s === undefined, 'unpaused via Space');

    // Enter opens a disclosure.
    await popup.focus('[data-testid="legal-disclosure"] > summary');
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-testid="legal-disclosure"]')!.open)).toBe(true);
    await popup.focus('.notes summary');
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('.notes')!.open)).toBe(true);
  });
});

describe('popup screenshots', () => {
  it('writes light and dark screenshots', async () => {
    mkdirSync('test/screenshots', { recursive: true });
    await freshPopup();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('[data-testid="finding"]');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg, colorScheme).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 29)');
      await popup.screenshot({ path: `test/screenshots/popup-${colorScheme}.png` });
    }
  });
});
