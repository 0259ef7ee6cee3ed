import { afterEach, describe, expect, it } from 'vitest';
import { close, launch, tabIdFor, worker, type Launched } from './lib/popup-launch';
import { expectedCounts } from './lib/expected';
import { until } from './lib/until';

// The toolbar button: the count on the badge and, in its tooltip, the count and the worst severity in the
// browser's language; a paused site shows as paused, not as a clean page.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = 'popup-clinic.html';
const URL_UK = `https://glowclinic.co.uk/${FILE}`;
const URL_OFF = 'https://www.soupkitchen.co.uk/popup-off-topic.html';
let l: Launched | undefined;
afterEach(async () => {
  if (l) await close(l);
  l = undefined;
});

const action = async (tabId: number) =>
  (await worker(l!)).evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
  }), tabId) as Promise<{ text: string; title: string; color: number[] }>;

describe('toolbar badge', () => {
  it('gives count and worst severity in the tooltip, "off" on a paused site, and says when a page is off topic', async () => {
    l = await launch();
    const want = expectedCounts(FILE, 'standard', 'uk');
    expect(want.high).toBeGreaterThan(0);
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    const tabId = await tabIdFor(l, URL_UK);
    const a = await until(() => action(tabId), (x) => x.text === String(want.total), 'the count');
    expect(a.title).toBe(`ExoCheck: ${want.total} found on this page; most serious: High concern`);
    expect(a.color).toEqual([179, 38, 30, 255]);

    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { pausedSites: ['glowclinic.co.uk'] } }));
    const paused = await until(() => action(tabId), (x) => x.text === 'off', 'the paused badge');
    expect(paused.title).toBe('ExoCheck is paused on this site');
    expect(paused.color).toEqual([95, 99, 104, 255]);
    // Still shown as paused after a reload (the page reports nothing, the badge still says why).
    await site.reload();
    await new Promise((r) => setTimeout(r, 800));
    expect((await until(() => action(tabId), (x) => x.text === 'off', 'paused after reload')).title).toBe('ExoCheck is paused on this site');

    await l.sw.evaluate(() => chrome.storage.local.remove('settings'));
    await until(() => action(tabId), (x) => x.text === String(want.total), 'the count back after unpausing');

    const off = await l.context.newPage();
    await off.goto(URL_OFF);
    const offId = await tabIdFor(l, URL_OFF);
    const o = await until(() => action(offId), (x) => x.title !== 'ExoCheck', 'the off-topic tooltip');
    expect(o).toMatchObject({ text: '', title: 'ExoCheck: no exosome treatments mentioned on this page' });
  });

  it('words the tooltip in the browser language (Korean)', async () => {
    l = await launch(undefined, { lang: 'ko' });
    const want = expectedCounts(FILE, 'standard', 'uk');
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    const tabId = await tabIdFor(l, URL_UK);
    const a = await until(() => action(tabId), (x) => x.text === String(want.total), 'the count');
    expect(a.title).toBe(`ExoCheck: 이 페이지에서 ${want.total}건 발견, 가장 심각한 수준: 높은 우려`);
  });
});
