import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, launch, openPopup, tabIdFor, worker, type Launched } from './lib/popup-launch';
import { expectedCounts } from './lib/expected';
import { until } from './lib/until';

// The popup follows the tab without polling: it asks the background once, then hears every change
// through storage.onChanged. Proof: with setInterval stubbed out in the popup and every getTabState
// request counted in the service worker, a finding appended to the page and a strictness change both
// reach the open popup, and getTabState was asked exactly once.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = 'popup-clinic.html';
const URL_UK = `https://glowclinic.co.uk/${FILE}`;
let l: Launched;

beforeAll(async () => {
  l = await launch();
});
afterAll(async () => {
  if (l) await close(l);
});

describe('popup updates without polling', () => {
  it('shows an appended finding and a strictness change with one getTabState and no timers of its own', async () => {
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    const tabId = await tabIdFor(l, URL_UK);
    const sw = await worker(l);
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __asks: number };
      g.__asks = 0;
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        if (m?.type === 'getTabState') g.__asks++;
      });
    });
    const asks = () => sw.evaluate(() => (globalThis as unknown as { __asks: number }).__asks);

    const popup = await l.context.newPage();
    // Before the popup's own scripts run: setInterval does nothing (and is counted), long timeouts are counted.
    await popup.addInitScript(() => {
      const w = window as unknown as { __intervals: number; __longTimeouts: number[] };
      w.__intervals = 0;
      w.__longTimeouts = [];
      window.setInterval = (() => {
        w.__intervals++;
        return 0;
      }) as unknown as typeof setInterval;
      const st = window.setTimeout.bind(window);
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        if ((ms ?? 0) >= 150) w.__longTimeouts.push(ms!);
        return st(fn, ms, ...rest);
      }) as typeof setTimeout;
    });
    await popup.goto(`chrome-extension://${l.extId}/src/popup/index.html?tab=${tabId}`);
    expect(await popup.evaluate(() => typeof (window as unknown as { __intervals?: number }).__intervals), 'stub installed').toBe('number');
    const standard = expectedCounts(FILE, 'standard', 'uk').total;
    const count = () => popup.locator('[data-testid="finding"]').count();
    await until(count, (n) => n === standard, 'the first state');

    // A feed-style append: the content script rescans, reports, the background writes storage.session.
    await site.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'New this month: we inject exosomes into the scalp for thinning hair.';
      document.body.append(p);
    });
    await until(count, (n) => n > standard, 'the appended finding in the open popup');
    expect(await popup.textContent('[data-testid="finding"]:has-text("inject exosomes into the scalp for thinning") mark')).toMatch(/inject exosomes/i);

    // A settings change reaches it the same way.
    const strict = expectedCounts(FILE, 'strict', 'uk').total;
    expect(strict).toBeGreaterThan(standard);
    await popup.check('#strict-strict');
    await until(count, (n) => n > strict, 'the strict list (with the appended finding)');

    // Long enough for a 1.5 s poll to have fired twice.
    await new Promise((r) => setTimeout(r, 3200));
    expect(await asks(), 'getTabState requests').toBe(1);
    const timers = await popup.evaluate(() => {
      const w = window as unknown as { __intervals: number; __longTimeouts: number[] };
      return { intervals: w.__intervals, long: w.__longTimeouts };
    });
    expect(timers.intervals).toBe(0);
    expect(timers.long).toEqual([]);
    await l.sw.evaluate(() => chrome.storage.local.remove('settings'));
  });
});
