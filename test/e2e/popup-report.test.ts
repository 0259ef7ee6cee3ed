import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { close, launch, openPopup, tabIdFor, type Launched } from './lib/popup-launch';

// "Report this" and "Wrong flag?" on a finding: the complaint text is built from the finding, the page,
// the time and the legal table, the regulators' pages are plain links for the reader to open (nothing is
// requested: we never follow them), Copy puts the text on the clipboard, and the false-flag e-mail is a
// mailto: with subject and body.

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const URL_UK = 'https://www.lumenskin.co.uk/popup-layout.html';
const URL_US = 'https://shop.example.com/popup-dollar.html';
let l: Launched;

beforeAll(async () => {
  l = await launch();
});
afterAll(async () => {
  if (l) await close(l);
});

async function openReport(url: string, rule?: string): Promise<Page> {
  const site = await l.context.newPage();
  await site.goto(url);
  const tabId = await tabIdFor(l, url);
  const p = await openPopup(l, tabId);
  const finding = p.locator(rule ? `[data-testid="finding"][data-rule="${rule}"]` : '[data-testid="finding"]').first();
  await finding.locator('[data-testid="report"] > summary').click();
  await finding.locator('[data-testid="report-text"]').waitFor();
  return p;
}

describe('report this', () => {
  it('prefills a UK complaint for the ASA and the Yellow Card, with the finding and the fact base', async () => {
    const before = Date.now();
    const p = await openReport(URL_UK, 'injectable.inject');
    const panel = p.locator('[data-testid="finding"][data-rule="injectable.inject"] [data-testid="report-panel"]').first();
    const links = await panel.locator('[data-testid="regulators"] a').evaluateAll((as) =>
      as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href, target: (a as HTMLAnchorElement).target, rel: (a as HTMLAnchorElement).rel })),
    );
    expect(links).toEqual([
      { text: 'Advertising Standards Authority (ASA)', href: 'https://www.asa.org.uk/make-a-complaint/guide-to-making-a-complaint.html', target: '_blank', rel: 'noopener noreferrer' },
      { text: 'MHRA Yellow Card', href: 'https://yellowcard.mhra.gov.uk/', target: '_blank', rel: 'noopener noreferrer' },
    ]);
    const text = await panel.locator('[data-testid="report-text"]').inputValue();
    expect(text).toContain('I would like to report a web page that advertises an exosome treatment.');
    expect(text).toContain(`Page: ${URL_UK}`);
    expect(text).toMatch(/Seen: .*\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\)/);
    const seen = Date.parse(text.match(/\((\d{4}-\d\d-\d\dT[\d:]+Z)\)/)![1]!);
    expect(seen).toBeGreaterThanOrEqual(before - 1000);
    expect(seen).toBeLessThanOrEqual(Date.now() + 1000);
    // The page's own quotation marks are kept, not doubled.
    expect(text).toContain('What it says: \u201cWe inject exosomes into the scalp for thicker hair in weeks.\u201d Book your session today.');
    expect(text).not.toContain('\u201c\u201c');
    expect(text).toContain('Why it concerns me: Exosomes offered by injection (Offered or promoted).');
    expect(text).toContain('Injected: Unlicensed medicine.');
    expect(text).toContain('Is any exosome product approved as a medicine? No.');
    expect(text).toContain('(rule injectable.inject)');
    await panel.screenshot({ path: 'test/screenshots/popup-report.png' });

    // Copy: the same text on the clipboard, said in a live region.
    await p.bringToFront();
    await panel.locator('button', { hasText: 'Copy' }).first().click();
    await panel.locator('.copied', { hasText: 'Copied' }).first().waitFor();
    // Read back as a user would, by pasting (reading the clipboard from script needs a permission we lack).
    await p.evaluate(() => {
      const t = document.createElement('textarea');
      t.id = 'paste-here';
      document.body.prepend(t);
    });
    await p.focus('#paste-here');
    await p.keyboard.press('Control+V');
    expect(await p.inputValue('#paste-here')).toBe(text);
    // Nothing was requested from any regulator (or anywhere): the links are only there to be opened.
    expect(l.blocked).toEqual([]);
    await p.close();
  });

  it('names the US bodies, says the EU has none EU-wide, and names MFDS with its phone line for Korea', async () => {
    const us = await openReport(URL_US);
    expect(await us.locator('[data-testid="regulators"] li').evaluateAll((li) => li.map((x) => x.getAttribute('data-regulator')))).toEqual(['ftc', 'fda-medwatch']);
    await us.close();

    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { jurisdiction: 'eu' } }));
    const eu = await openReport(URL_UK);
    expect(await eu.locator('[data-testid="regulators"]').count()).toBe(0);
    expect(await eu.textContent('[data-testid="report-none"]')).toMatch(/no EU-wide body/);
    expect(await eu.locator('[data-testid="report-text"]').first().inputValue()).toContain('Who enforces:');
    await eu.close();

    await l.sw.evaluate(() => chrome.storage.local.set({ settings: { jurisdiction: 'kr' } }));
    const kr = await openReport(URL_UK);
    expect(await kr.locator('[data-testid="regulators"] a').first().getAttribute('href')).toBe('https://www.mfds.go.kr/');
    expect(await kr.textContent('[data-testid="report-panel"]')).toContain('1399');
    await kr.close();
    await l.sw.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

describe('report a false flag', () => {
  it('is a mailto: link with the quote, the rule and the page, and a copyable body', async () => {
    const p = await openReport(URL_UK, 'safety-claim.absolute');
    const panel = p.locator('[data-testid="finding"][data-rule="safety-claim.absolute"] [data-testid="report-panel"]').first();
    const href = (await panel.locator('[data-testid="flag-mailto"]').getAttribute('href'))!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('ExoCheck false flag: safety-claim.absolute');
    const body = mail.searchParams.get('body')!;
    expect(body).toContain(`Page: ${URL_UK}`);
    expect(body).toContain('completely safe');
    expect(body).toContain('Rule: safety-claim.absolute (Claims that it is safe, Offered or promoted)');
    expect(body.replace(/\r\n/g, '\n')).toBe(await panel.locator('[data-testid="flag-text"]').inputValue());
    await p.close();
  });
});
