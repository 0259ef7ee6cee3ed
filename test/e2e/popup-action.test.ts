import { afterAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { close, launch, tabIdFor, type Launched } from './lib/popup-launch';
import { expectedCounts } from './lib/expected';

// The real toolbar popup (chrome.action.openPopup), with no ?tab= hint: it must find the active tab of
// the last focused window by itself. Playwright does not expose popup windows as pages, so the test
// reaches the popup's target over the browser's CDP session.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const URL_UK = 'https://glowclinic.co.uk/popup-clinic.html';
let l: Launched | undefined;
afterAll(async () => {
  if (l) await close(l);
});

async function evaluateIn(cdp: CDPSession, sessionId: string, expression: string): Promise<unknown> {
  const id = Math.floor(Math.random() * 1e9);
  const reply = new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((resolve) => {
    const on = (e: { sessionId: string; message: string }) => {
      const m = JSON.parse(e.message);
      if (e.sessionId === sessionId && m.id === id) {
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m);
      }
    };
    cdp.on('Target.receivedMessageFromTarget', on);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
  });
  const m = await reply;
  if (m.error) throw new Error(JSON.stringify(m.error));
  return m.result?.result?.value;
}

describe('the toolbar popup', () => {
  it('describes the active tab without being told which one', async () => {
    const want = expectedCounts('popup-clinic.html', 'standard', 'uk');
    l = await launch();
    const site = await l.context.newPage();
    await site.goto(URL_UK);
    await tabIdFor(l, URL_UK);
    await site.bringToFront();
    const cdp = await l.context.browser()!.newBrowserCDPSession();
    expect(await l.sw.evaluate(() => chrome.action.openPopup().then(() => 'opened'))).toBe('opened');

    let targetId = '';
    for (let i = 0; i < 50 && !targetId; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/src/popup/index.html'))?.targetId ?? '';
      if (!targetId) await new Promise((r) => setTimeout(r, 100));
    }
    expect(targetId, 'a popup target without ?tab=').not.toBe('');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const read = () =>
      evaluateIn(cdp, sessionId, `(${() => ({
        host: document.querySelector('.host')?.textContent ?? null,
        total: document.querySelector('[data-testid="count-total"]')?.textContent ?? null,
        high: document.querySelector('[data-testid="count-high"]')?.textContent ?? null,
        width: document.body.getBoundingClientRect().width,
      })})()`) as Promise<{ host: string | null; total: string | null; high: string | null; width: number }>;
    let state = await read();
    for (let i = 0; i < 50 && !state.total; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await read();
    }
    expect(state.host).toBe('glowclinic.co.uk');
    expect(state.total).toBe(`${want.total} found`);
    expect(state.high).toBe(String(want.high));
    expect(state.width).toBe(420);
    await cdp.detach();
  });
});
