// Research mode in the popup, in Chromium with the built extension: it says research mode is on and
// whether this page is in the log, and "Log this page" logs a page on demand, also one with no findings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/evidence/entry';
import { axe, close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';
import { entriesWhen, rawRecords, researchUrl, setSettings } from './lib/research';

const CLINIC = 'https://glow-clinic.example/research/clinic-a.html';
const SHOP = 'https://sourdough.example/research/off-topic-shop.html';

let l: Launched;
let log: Page;

beforeAll(async () => {
  l = await launch();
  log = await l.context.newPage();
  await log.goto(researchUrl(l.extId));
});
afterAll(async () => {
  if (l) await close(l);
});

const status = (popup: Page) => popup.getByTestId('research-status');

describe('the popup in research mode', () => {
  it('shows nothing of research mode while it is off', async () => {
    const page = await l.context.newPage();
    await page.goto(CLINIC);
    const popup = await openPopup(l, await tabIdFor(l, CLINIC));
    await popup.getByRole('heading', { name: 'ExoCheck', exact: true }).waitFor();
    expect(await popup.getByTestId('research-controls').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says research mode is on and that this page is logged', async () => {
    await setSettings(l.context, { researchMode: true });
    const page = await l.context.newPage();
    await page.goto(CLINIC);
    const tabId = await tabIdFor(l, CLINIC);
    const [e] = (await entriesWhen(log, (es) => es.some((x) => x.url === CLINIC), 'the clinic page')).filter((x) => x.url === CLINIC);
    const popup = await openPopup(l, tabId);
    await expect.poll(() => popup.getByRole('heading', { name: 'Research mode is on' }).count()).toBe(1);
    await expect.poll(() => status(popup).textContent()).toBe(`This page is in the research log (${e!.findings.length} findings).`);
    expect(await status(popup).getAttribute('data-logged')).toBe('yes');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axe(popup, '[data-testid="research-controls"]'), colorScheme).toEqual([]);
    }
    await popup.close();
    await page.close();
  });

  it('"Log this page" logs a page with no findings, and the popup follows without a reload', async () => {
    const page = await l.context.newPage();
    await page.goto(SHOP);
    const tabId = await tabIdFor(l, SHOP);
    const popup = await openPopup(l, tabId);
    await popup.getByRole('button', { name: 'Log this page' }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(((await rawRecords(log)) as LogEntry[]).some((e) => e.url === SHOP)).toBe(false);
    await popup.getByRole('button', { name: 'Log this page' }).click();
    const [e] = (await entriesWhen(log, (es) => es.some((x) => x.url === SHOP), 'the shop page')).filter((x) => x.url === SHOP);
    expect(e!.findings).toEqual([]);
    expect(e!.title).toBe('Sourdough supplies');
    await expect.poll(() => status(popup).textContent()).toBe('This page is in the research log (0 findings).');
    // Logging it again adds nothing: the page is unchanged.
    await popup.getByRole('button', { name: 'Log this page' }).click();
    await new Promise((r) => setTimeout(r, 500));
    expect(((await rawRecords(log)) as LogEntry[]).filter((x) => x.url === SHOP)).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
