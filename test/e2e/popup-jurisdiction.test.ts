import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, launch, openPopup, tabIdFor, worker, type Launched } from './lib/popup-launch';

// The jurisdiction guess travels as data and the popup words it: a page whose only signal is a bare "$"
// is guessed US with the weak-guess note, because the engine says it is not confident (the reason's
// wording plays no part); the stored report carries kinds and values, not English phrases.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const URL_SHOP = 'https://shop.example.com/popup-dollar.html';
const URL_UK = 'https://glowclinic.co.uk/popup-clinic.html';
let l: Launched;

beforeAll(async () => {
  l = await launch();
});
afterAll(async () => {
  if (l) await close(l);
});

const storedGuess = async (tabId: number) =>
  (await worker(l)).evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((r: Record<string, { frames: Record<string, Record<string, unknown>> }>) => r[`tab:${id}`]!.frames[0]), tabId) as Promise<Record<string, unknown>>;

describe('jurisdiction evidence', () => {
  it('flags a guess resting on a bare "$" as weak, from the engine\u2019s confident flag', async () => {
    const site = await l.context.newPage();
    await site.goto(URL_SHOP);
    const tabId = await tabIdFor(l, URL_SHOP);
    const frame = await storedGuess(tabId);
    expect(frame.guess).toEqual({ jurisdiction: 'us', evidence: [{ kind: 'currency', value: '$' }], confident: false, chosenInSettings: false });
    expect(frame).not.toHaveProperty('jurisdictionReasons');
    const popup = await openPopup(l, tabId);
    const why = popup.locator('.jurisdiction .why');
    await why.waitFor();
    expect(await why.textContent()).toBe('Guessed: US — because prices in $ This is a weak guess; choose the right country if it is wrong.');
    expect(await why.getAttribute('data-confident')).toBe('false');
    await popup.close();
    await site.close();
  });

  it('a clear page is not called weak, and its evidence is worded from kinds and values', async () => {
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    const tabId = await tabIdFor(l, URL_UK);
    const frame = await storedGuess(tabId);
    expect(frame.guess).toMatchObject({ jurisdiction: 'uk', confident: true, chosenInSettings: false });
    expect((frame.guess as { evidence: unknown[] }).evidence).toContainEqual({ kind: 'domain', value: '.co.uk' });
    const popup = await openPopup(l, tabId);
    const why = popup.locator('.jurisdiction .why');
    await why.waitFor();
    const text = (await why.textContent()) ?? '';
    expect(text).toMatch(/^Guessed: UK — because domain ends in \.co\.uk, prices in £/);
    expect(text).toContain('a UK postcode');
    expect(text).not.toContain('weak guess');
    await popup.close();
    await site.close();
  });
});
