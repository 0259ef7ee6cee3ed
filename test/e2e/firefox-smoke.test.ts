// Firefox smoke test: the built add-on (dist/firefox) installed as a temporary add-on in Debian's
// firefox-esr, driven over WebDriver BiDi by puppeteer-core. Checks that the content script ran and drew
// Custom Highlights under our names, and that the count matches the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_DIST, HIGHLIGHTS, HOST_TAG } from './lib/chromium.mjs';
import { startServer, type TestServer } from './lib/server.mjs';
import { expectedFindings, fixtureHtml, norm } from './lib/expect.mjs';
import { extractBlocks } from '../../src/dom/extract';
import { scanDocument } from '../../src/engine';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const haveFirefox = fs.existsSync(FIREFOX);
if (!haveFirefox) console.warn(`firefox-smoke: skipped, ${FIREFOX} is missing (apt-get install firefox-esr)`);

describe.skipIf(!haveFirefox)(`Firefox (${FIREFOX})`, () => {
  let browser: Browser;
  let server: TestServer;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} is missing: run \`npm run build\` first`);
    server = await startServer();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(FIREFOX_DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script and draws highlights on the clinic page', async () => {
    const t0 = Date.now();
    const page = await browser.newPage();
    await page.goto(server.url('/clinic.html'));
    await page.waitForFunction((names: string[]) => names.some((n) => CSS.highlights.has(n)), { timeout: 15_000 }, HIGHLIGHTS);
    const seen = await page.evaluate((names: string[]) => {
      const out: string[] = [];
      for (const n of names) for (const r of (CSS.highlights.get(n) ?? []) as Iterable<Range>) out.push(r.toString());
      return out;
    }, HIGHLIGHTS);
    // The page's own signals (en-GB, £, +44, a London postcode) make the guess the UK in any locale.
    const html = fixtureHtml('clinic.html');
    const expected = expectedFindings(html, { jurisdiction: 'uk' }, { extractBlocks, scanDocument }, (d) => d.querySelector('.sr-hidden')?.remove());
    expect(expected.length).toBeGreaterThan(0);
    expect(norm(seen)).toEqual(norm(expected.map((f) => f.text)));
    // Our one host element is there, with its shadow root closed to the page.
    expect(await page.evaluate((tag: string) => {
      const hosts = document.querySelectorAll(tag);
      return hosts.length === 1 && hosts[0].parentElement === document.documentElement && hosts[0].shadowRoot === null;
    }, HOST_TAG)).toBe(true);
    console.log(`Firefox: ${seen.length} highlights in ${Date.now() - t0} ms`);
  });
});
