import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeBothThemes, close, launch, openOptions, tabOrder, type Launched } from './lib/popup-launch';
import { until } from './lib/until';

// The options page: settings, muted rules with counts and undo, paused sites, research mode, privacy;
// corrupt stored settings fall back to defaults; axe-clean in both themes; keyboard-only use.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
let l: Launched;
let page: Page;

const stored = async () => (await l.sw.evaluate(() => chrome.storage.local.get(['settings', 'mutedCounts']))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const seed = (items: Record<string, unknown>) => l.sw.evaluate(async (i) => { await chrome.storage.local.clear(); await chrome.storage.local.set(i); }, items);

const SEEDED = {
  settings: { strictness: 'strict', jurisdiction: 'au', mutedRules: ['injectable.injection', 'test.other-rule'], pausedSites: ['paused.example', 'other.example'] },
  mutedCounts: { 'injectable.injection': 7 },
};

beforeAll(async () => {
  l = await launch();
});
afterAll(async () => {
  if (l) await close(l);
});

describe('options page', () => {
  it('shows the stored settings, muted rules with counts, and paused sites', async () => {
    await seed(SEEDED);
    page = await openOptions(l);
    await page.waitForSelector('[data-testid="muted-list"]');
    expect(await page.isChecked('#opt-strict-strict')).toBe(true);
    expect(await page.inputValue('#opt-jurisdiction')).toBe('au');
    expect(await page.textContent('li[data-rule="injectable.injection"]')).toContain('has hidden 7 findings');
    expect(await page.textContent('li[data-rule="test.other-rule"]')).toContain('has hidden 0 findings');
    expect(await page.locator('[data-testid="paused-list"] li').allTextContents()).toEqual([
      expect.stringContaining('paused.example'),
      expect.stringContaining('other.example'),
    ]);
    expect(await page.textContent('main')).toContain('Page text is read inside your browser and never leaves it');
  });

  it('unmutes, removes a paused site, switches research mode and changes settings', async () => {
    await page.click('li[data-rule="test.other-rule"] button');
    await until(stored, (s) => s.settings?.mutedRules?.length === 1, 'unmute stored');
    expect((await stored()).settings.mutedRules).toEqual(['injectable.injection']);
    expect((await stored()).mutedCounts).toEqual({ 'injectable.injection': 7 });

    await page.click('li[data-host="paused.example"] button');
    await until(stored, (s) => s.settings?.pausedSites?.length === 1, 'paused site removed');
    expect((await stored()).settings.pausedSites).toEqual(['other.example']);

    expect(await page.locator('text=Open the research log').count()).toBe(0);
    await page.check('#research');
    await until(stored, (s) => s.settings?.researchMode === true, 'research mode on');
    const [research] = await Promise.all([l.context.waitForEvent('page'), page.click('text=Open the research log')]);
    await research.waitForLoadState();
    expect(research.url()).toBe(`chrome-extension://${l.extId}/src/research/index.html`);
    await research.close();
    await page.check('#opt-strict-standard');
    await page.selectOption('#opt-jurisdiction', 'auto');
    await until(stored, (s) => s.settings?.strictness === undefined && s.settings?.jurisdiction === undefined, 'defaults not stored');
    expect((await stored()).settings).toEqual({ mutedRules: ['injectable.injection'], pausedSites: ['other.example'], researchMode: true });
  });

  it('follows changes made elsewhere (e.g. the popup) without a reload', async () => {
    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { strictness: 'relaxed', mutedRules: ['a.b'] } }));
    await until(() => page.isChecked('#opt-strict-relaxed'), (v) => v, 'relaxed shown');
    await page.waitForSelector('li[data-rule="a.b"]');
  });

  it('falls back to defaults when the stored settings are corrupt', async () => {
    await seed({ settings: 'not an object', mutedCounts: [1, 2] });
    const warnings: string[] = [];
    const p = await l.context.newPage();
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await p.goto(page.url());
    await p.waitForSelector('[data-testid="muted-none"]');
    expect(await p.isChecked('#opt-strict-standard')).toBe(true);
    expect(await p.inputValue('#opt-jurisdiction')).toBe('auto');
    await p.waitForSelector('[data-testid="paused-none"]');
    expect(warnings.join('\n')).toMatch(/settings/);
    await p.close();
  });

  it('has no axe violations in light and dark themes', async () => {
    await seed(SEEDED);
    await page.reload();
    await page.waitForSelector('[data-testid="muted-list"]');
    expect(await axeBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  it('every control is reachable with Tab and works from the keyboard', async () => {
    await seed(SEEDED);
    await page.reload();
    await page.waitForSelector('[data-testid="muted-list"]');
    const order = await tabOrder(page);
    const ids = order.map((d) => d.split('|')[0]);
    expect(ids.filter((d) => d.startsWith('input#opt-strict-'))).toEqual(['input#opt-strict-strict']);
    for (const id of ['select#opt-jurisdiction', 'input#research']) expect(ids).toContain(id);
    expect(ids.filter((d) => d === 'button')).toHaveLength(4); // 2 unmute + 2 remove
    const focusable = await page.evaluate(
      () => [...document.querySelectorAll('button, select, a[href], input:not([type=radio]), input[type=radio]:checked')].length,
    );
    expect(order.length, order.join('\n')).toBe(focusable);

    await page.focus('#research');
    await page.keyboard.press('Space');
    await until(stored, (s) => s.settings?.researchMode === true, 'research via Space');
    await page.focus('li[data-host="other.example"] button');
    await page.keyboard.press('Enter');
    await until(stored, (s) => s.settings?.pausedSites?.length === 1, 'remove via Enter');
    await page.focus('#opt-strict-strict');
    await page.keyboard.press('ArrowUp');
    await until(stored, (s) => s.settings?.strictness === undefined, 'standard via arrow');
  });
});
