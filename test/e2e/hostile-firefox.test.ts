// The main hostile pages again in Firefox (firefox-esr, built add-on from dist/firefox installed as a
// temporary add-on, driven over WebDriver BiDi by puppeteer-core): the claims found equal the engine's in
// Node, the page keeps working and is unchanged but for our host, and the tab stays responsive. Firefox
// has no Long Tasks API and our per-scan timing lives in the background, so responsiveness is the page's
// own timer lateness after DOMContentLoaded, compared with the same page in a second Firefox without
// ExoCheck, with the same bound as the Chromium suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_DIST } from './lib/chromium.mjs';
import { fixtureText } from './lib/server.mjs';
import { FREEZE_MARGIN_MS, engineOn, norm, probeScript, startHostileServer, HOSTILE, type HostileServer } from './lib/hostile';
import { MAX_REATTACH } from '../../src/content/display';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const haveFirefox = fs.existsSync(FIREFOX);
if (!haveFirefox) console.warn(`hostile-firefox: skipped, ${FIREFOX} is missing (apt-get install firefox-esr)`);

const READ_HIGHLIGHTS = `(() => { const out = []; for (const n of ['exocheck-high', 'exocheck-medium', 'exocheck-info']) { const h = CSS.highlights.get(n); if (h) for (const r of h) out.push(String(r)); } return out; })()`;
const UNCHANGED = `(() => { const c = document.documentElement.cloneNode(true); for (const el of [...c.children]) if (el.localName.startsWith('exocheck-overlay')) c.removeChild(el); return c.outerHTML === window.__probe.dclHtml; })()`;
const HOSTS = `(() => { let n = 0; for (const el of document.getElementsByTagName('*')) if (el.localName.startsWith('exocheck-overlay')) n++; return n; })()`;
const HTML_NOW = `(() => { const c = document.documentElement.cloneNode(true); const hs = c.getElementsByTagName('exocheck-overlay'); while (hs.length) hs[0].parentNode.removeChild(hs[0]); return '<!doctype html>' + c.outerHTML; })()`;

describe.skipIf(!haveFirefox)(`hostile pages in Firefox (${FIREFOX})`, () => {
  let ff: Browser;
  let plain: Browser;
  let server: HostileServer;
  const figures: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} is missing: run \`npm run build\` first`);
    server = await startHostileServer();
    [ff, plain] = await Promise.all([
      puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
      puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
    ]);
    await ff.installExtension(FIREFOX_DIST);
  }, 60_000);
  afterAll(async () => {
    console.log(`Firefox hostile pages (timer lag after DCL ms, with ExoCheck / without):\n  ${figures.join('\n  ')}`);
    await ff?.close();
    await plain?.close();
    await server?.close();
  });

  async function open(browser: Browser, file: string): Promise<Page> {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(probeScript);
    await page.goto(server.url(file));
    return page;
  }

  const evalIn = <T,>(page: Page, expr: string) => page.evaluate(expr) as Promise<T>;

  /** Polls until the highlights equal the engine's findings on the DOM the page has now (or on `html`). */
  async function settle(page: Page, html?: string, timeout = 30_000) {
    const t0 = Date.now();
    let last = '';
    for (;;) {
      // The page's own signals (en-GB, or Arabic with a Gulf city) decide the guess; 'uk' is what the
      // fixtures' English pages give, and the engine is asked the same here.
      const expected = engineOn(html ?? (await evalIn<string>(page, HTML_NOW)), 'uk');
      const seen = await evalIn<string[]>(page, READ_HIGHLIGHTS);
      if (seen.length > 0 && JSON.stringify(norm(seen)) === JSON.stringify(norm(expected.map((f) => f.text)))) return { expected, seen };
      last = `highlights ${JSON.stringify(norm(seen))} vs engine ${JSON.stringify(norm(expected.map((f) => f.text)))}`;
      if (Date.now() - t0 > timeout) throw new Error(`did not settle: ${last}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  async function lag(page: Page): Promise<number> {
    return Math.round(await evalIn<number>(page, 'window.__probe.lag.maxAfterDcl'));
  }

  /** Shared checks; `ms` is how long to watch the page without ExoCheck for the baseline. */
  async function check(name: string, page: Page, file: string, opts: { changesItself?: boolean; clicks?: boolean; ms?: number; bigDom?: boolean } = {}) {
    if (!opts.changesItself) expect(await evalIn<boolean>(page, UNCHANGED)).toBe(true);
    expect(await evalIn<number>(page, HOSTS)).toBeLessThanOrEqual(1);
    expect(await evalIn<number>(page, 'window.__probe.attrs')).toBe(0);
    if (opts.clicks !== false) {
      const before = Number(await evalIn<string>(page, `document.getElementById('count').textContent`));
      for (let i = 0; i < 3; i++) await evalIn(page, `document.getElementById('btn').click()`);
      expect(Number(await evalIn<string>(page, `document.getElementById('count').textContent`))).toBe(before + 3);
    }
    const withUs = await lag(page);
    const base = await open(plain, file);
    await new Promise((r) => setTimeout(r, opts.ms ?? 1500));
    const without = await lag(base);
    await base.close();
    figures.push(`${name}: ${withUs} / ${without}`);
    // Firefox adds the manifest CSS (our ::highlight rules) at document_idle, and adding any stylesheet
    // restyles the whole document: 70-135 ms on the 200,000-node page, measured with a plain <style> and
    // no extension. That cost is the browser's and scales with the page, so it is allowed on that page.
    const styleFlush = opts.bigDom ? 150 : 0;
    // The same freeze margin as the Chromium suite, over the page's own lateness: one CI run on a loaded box
    // saw 160 ms on the 5,000-deep page (8 ms without us) while an unsliced read of it takes seconds.
    expect(withUs - without, `timer lateness ${withUs} ms with ExoCheck vs ${without} ms without`).toBeLessThan(FREEZE_MARGIN_MS + styleFlush);
  }

  it('a page mutating about 1,000 times a second (4 s here)', async () => {
    const page = await open(ff, 'mutate.html?ms=4000');
    await page.waitForFunction('window.__done === true', { timeout: 20_000, polling: 500 });
    expect(await evalIn<number>(page, 'window.__mutations')).toBeGreaterThan(2_000);
    const s = await settle(page);
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    await check('mutate 4 s', page, 'mutate.html?ms=4000', { changesItself: true, ms: 6000 });
    await page.close();
  }, 60_000);

  it('200,000 nodes', async () => {
    const page = await open(ff, 'huge.html');
    const s = await settle(page);
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    await check('200,000 nodes', page, 'huge.html', { ms: 4000, bigDom: true });
    await page.close();
  }, 60_000);

  it('nesting 5,000 deep', async () => {
    const page = await open(ff, 'deep.html');
    expect(await evalIn<number>(page, 'window.__depth')).toBeGreaterThan(5_000);
    const s = await settle(page);
    expect(s.seen.some((t) => /injections|hair loss|guaranteed/i.test(t))).toBe(true);
    await check('5,000 deep', page, 'deep.html', { ms: 3000 });
    await page.close();
  }, 60_000);

  it('overridden DOM built-ins in the page world do not reach the content script (Xray vision)', async () => {
    const page = await open(ff, 'prototypes.html');
    const s = await settle(page, fixtureText(path.join(HOSTILE, 'prototypes.html')));
    expect(s.expected.length).toBeGreaterThanOrEqual(2);
    expect(await evalIn<string[]>(page, 'window.__traps.slice(0)')).toEqual([]);
    expect(await evalIn<boolean>(page, `document.getElementsByTagName('exocheck-overlay')[0].shadowRoot === null`)).toBe(true);
    await check('overridden built-ins', page, 'prototypes.html');
    expect(await evalIn<string[]>(page, 'window.__traps.slice(0)')).toEqual([]);
    await page.close();
  });

  it(`a page that keeps removing our host: at most ${MAX_REATTACH} re-attachments, then quiet`, async () => {
    const page = await open(ff, 'remove-host.html');
    await settle(page, fixtureText(path.join(HOSTILE, 'remove-host.html')));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await evalIn<number>(page, 'window.__removed')).toBe(1 + MAX_REATTACH);
    expect(await evalIn<number>(page, HOSTS)).toBe(0);
    await check('removes host', page, 'remove-host.html');
    await page.close();
  });

  it("strict CSP (default-src 'none'): highlights from the manifest CSS", async () => {
    const page = await open(ff, 'strict-csp.html');
    await settle(page, fixtureText(path.join(HOSTILE, 'strict-csp.html')));
    const styled = await evalIn<boolean>(page, `(() => { const s = getComputedStyle(document.getElementById('claim1'), '::highlight(exocheck-high)'); return s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.textDecorationLine.includes('underline'); })()`);
    expect(styled).toBe(true);
    // Control: a highlight name nobody styles computes to nothing, so the check above can fail.
    expect(await evalIn<boolean>(page, `(() => { const s = getComputedStyle(document.getElementById('claim1'), '::highlight(nobody-styles-this)'); return s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.textDecorationLine.includes('underline'); })()`)).toBe(false);
    await check('strict CSP', page, 'strict-csp.html', { clicks: false });
    await page.close();
  });

  it('open and closed shadow roots, RTL text and obfuscated claims', async () => {
    for (const file of ['shadow-roots.html', 'rtl.html', 'obfuscated.html']) {
      const page = await open(ff, file);
      if (file === 'shadow-roots.html') {
        // Reachable text only (a closed root is sealed to every content script).
        const reachable = `<!doctype html><html lang="en-GB"><body><h1>Exosome offers</h1><p>Inside open: We offer exosome injections into the scalp for thinning hair.</p><div>Slotted: exosome injections for hair loss, guaranteed results.</div><p>Nested open: Exosome IV drip for whole-body rejuvenation cures arthritis.</p><p>Light text: Exosome treatment is FDA approved and completely safe, with no side effects.</p><p>Clicked 0 times</p></body></html>`;
        await settle(page, reachable);
      } else await settle(page, fixtureText(path.join(HOSTILE, file)));
      await check(file, page, file);
      await page.close();
    }
  }, 60_000);
});
