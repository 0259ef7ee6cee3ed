import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';
import { shadowNodes } from './lib/chromium.mjs';
import { expectedFindings } from './lib/expected';
import { until } from './lib/until';

// The popup's first view at the real popup size (420 × 600): the per-site switch and strictness on top,
// findings next, the legal table behind a disclosure, family notes after; no horizontal scrollbar; the
// review's layout nits; the calm off-topic state; and the in-page markers' accessible names.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = 'popup-layout.html';
const URL_UK = `https://www.lumenskin.co.uk/${FILE}`;
const URL_OFF = 'https://www.soupkitchen.co.uk/popup-off-topic.html';

let l: Launched;
let site: Page;
let tabId: number;

async function firstView(id: number): Promise<Page> {
  const p = await openPopup(l, id);
  await p.setViewportSize({ width: 420, height: 600 });
  await p.waitForSelector('[data-testid="controls"]');
  return p;
}

beforeAll(async () => {
  l = await launch(undefined, { classicScrollbars: true });
  site = await l.context.newPage();
  await site.goto(URL_UK);
  tabId = await tabIdFor(l, URL_UK);
});
afterAll(async () => {
  if (l) await close(l);
});

describe('popup first view', () => {
  it('puts the site switch and strictness on top, fits 600 px and has no horizontal scrollbar', async () => {
    const want = expectedFindings(FILE, 'standard', 'uk').findings.length;
    expect(want, 'the fixture must fill more than one screen').toBeGreaterThan(6);
    const p = await firstView(tabId);
    await until(() => p.locator('[data-testid="finding"]').count(), (n) => n === want, 'the findings');
    const box = async (sel: string) => (await p.locator(sel).first().boundingBox())!;
    // Visible without scrolling: the pause switch, all three strictness levels, the counts and a finding.
    for (const sel of ['#pause', '#strict-relaxed', '#strict-standard', '#strict-strict', '[data-testid="count-total"]', '[data-testid="finding"]']) {
      const b = await box(sel);
      expect(b.y, sel).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, sel).toBeLessThanOrEqual(600);
    }
    expect(await p.locator('#pause').isVisible()).toBe(true);
    // Top to bottom: controls, findings, the law, family notes.
    const order = await p.evaluate(() =>
      ['[data-testid="controls"]', '#findings-h', '#legal-h', '#fam-h', '#book-h'].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The legal table is a disclosure, closed at first.
    expect(await p.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-testid="legal-disclosure"]')!.open)).toBe(false);
    expect(await p.locator('[data-testid="legal"]').isVisible()).toBe(false);
    // No horizontal overflow anywhere, with the vertical scrollbar in place (the popup is taller than 600).
    const sizes = await p.evaluate(() =>
      [document.documentElement, document.body].map((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight })),
    );
    expect(sizes[1]!.sh, 'the popup scrolls vertically').toBeGreaterThan(sizes[1]!.ch);
    for (const s of sizes) expect(s.sw, JSON.stringify(s)).toBeLessThanOrEqual(s.cw);
    expect(sizes[0]!.ch).toBeLessThanOrEqual(600);
    await p.close();
  });

  it('fits the legal table\u2019s headers in their columns, draws no doubled quotes and zero tiles plain', async () => {
    const p = await firstView(tabId);
    await p.waitForSelector('[data-testid="finding"]');
    await p.click('[data-testid="legal-disclosure"] > summary');
    // Every word stays inside its cell ("microneedled" ran past its column; a cell's scrollWidth does not show it).
    const overflowing = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.legal-table th, .legal-table td')].flatMap((c) => {
        const cs = getComputedStyle(c);
        const inner = c.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const out: string[] = [];
        const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          let at = 0;
          for (const word of n.textContent!.split(/(\s+)/)) {
            const r = document.createRange();
            r.setStart(n, at);
            r.setEnd(n, (at += word.length));
            if (r.getBoundingClientRect().width > inner + 0.5) out.push(word);
          }
        }
        return out;
      }),
    );
    expect(overflowing).toEqual([]);
    // The page's own quotation marks are not doubled by ours ("““We inject…").
    const quotes = await p.evaluate(() =>
      [...document.querySelectorAll('[data-testid="finding"] q')].map((q) => ({ text: q.textContent!.trim(), quotes: getComputedStyle(q).quotes })),
    );
    const own = quotes.filter((q) => /^[\u2026\s]*[\u201c"]/.test(q.text));
    expect(own.length, 'the fixture quotes a claim').toBeGreaterThan(0);
    for (const q of own) expect(q.quotes, q.text).toBe('none');
    for (const q of quotes.filter((x) => !own.includes(x))) expect(q.quotes, q.text).not.toBe('none');
    // A severity with no findings is a plain tile, not an amber or blue one showing "0".
    expect(await p.textContent('[data-testid="count-info"]')).toBe('0');
    const zero = await p.evaluate(() => {
      const tile = document.querySelector('[data-testid="tile-info"]')!;
      const panel = getComputedStyle(document.querySelector('.finding')!).backgroundColor;
      return { cls: tile.className, bg: getComputedStyle(tile).backgroundColor, panel };
    });
    expect(zero.cls).toContain('zero');
    expect(zero.bg).toBe(zero.panel);
    await p.close();
  });

  it('lists muted rules by name, with no rule id on screen or in screen-reader text', async () => {
    const p = await firstView(tabId);
    const rule = 'safety-claim.absolute';
    await p.locator(`[data-testid="finding"][data-rule="${rule}"] button.mute`).first().click();
    const row = p.locator(`[data-testid="muted-rule"][data-rule="${rule}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    const hidden = expectedFindings(FILE, 'standard', 'uk', [rule]).muted[rule];
    expect(hidden, 'the fixture has a finding of the rule at Standard').toBeGreaterThan(0);
    expect(text).toContain(`${hidden} hidden`);
    expect(text).not.toContain(rule);
    expect(text).toMatch(/safe/i);
    const names = await p.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent ?? ''));
    expect(names.filter((n) => /[a-z]+-?[a-z]*\.[a-z]+/.test(n) && /claim|inject|source/.test(n))).toEqual([]);
    await row.locator('button').click();
    await until(async () => (await l.sw.evaluate(() => chrome.storage.local.get('settings'))).settings, (s) => s === undefined, 'unmuted');
    await p.close();
  });

  it('names in-page markers without ".." and calls information-level ones notes, not warnings', async () => {
    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { strictness: 'strict' } }));
    const strict = expectedFindings(FILE, 'strict', 'uk').findings;
    const infos = strict.filter((f) => f.severity === 'info').length;
    expect(infos, 'the fixture has an information-level finding at Strict').toBeGreaterThan(0);
    const labels = await until(
      async () => (await shadowNodes(site, (name, a) => name === 'button' && (a['aria-label'] ?? '').startsWith('ExoCheck'))).map((n) => n.attrs['aria-label']!),
      (ls) => ls.length === strict.length,
      'a marker per finding at Strict',
    );
    for (const label of labels) expect(label, label).not.toMatch(/\.\./);
    expect(labels.filter((x) => /^ExoCheck note \d+ of \d+, For information:/.test(x))).toHaveLength(infos);
    expect(labels.filter((x) => /^ExoCheck warning \d+ of \d+, (High concern|Concern):/.test(x))).toHaveLength(strict.length - infos);
    await l.sw.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

describe('popup on a page that never mentions exosomes', () => {
  it('is calm: no legal table, no zero tiles, one line saying so; axe-clean light and dark', async () => {
    const page = await l.context.newPage();
    await page.goto(URL_OFF);
    const offId = await tabIdFor(l, URL_OFF);
    const p = await firstView(offId);
    await p.waitForSelector('[data-testid="off-topic"]');
    expect(await p.textContent('[data-testid="off-topic"]')).toBe('Nothing about exosome treatments on this page.');
    for (const sel of ['[data-testid="legal-disclosure"]', '[data-testid="legal"]', '[data-testid="count-total"]', '.count', '[data-testid="questions"]'])
      expect(await p.locator(sel).count(), sel).toBe(0);
    // The controls stay: the reader can still pause the site or change strictness.
    expect(await p.locator('#pause').isVisible()).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme });
      expect(await axe(p), colorScheme).toEqual([]);
    }
    await p.close();
    await page.close();
  });
});
