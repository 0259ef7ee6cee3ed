// The content script on static pages, in real Chromium with the built extension: what is highlighted,
// what the badge says, what the card says, that the page DOM is untouched but for our one host element,
// and that nothing is fetched from anywhere but the test server.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import {
  CHROME_DIST, clickNode, compareWithBaseline, foreignRequests, highlightedTexts, readHighlights,
  recordBaseline, shadowNodes, shadowTexts, tabReport, worker,
} from './lib/chromium.mjs';
import { openSuite } from './lib/suite';
import { expectedFindings, fixtureHtml, norm } from './lib/expect.mjs';
import { extractBlocks } from '../../src/dom/extract';
import { scanDocument, type Jurisdiction } from '../../src/engine';
import { cardInfo } from '../../src/content/explain';
import { words } from './lib/messages';

const lib = { extractBlocks, scanDocument };
const { b, server } = await openSuite();

async function open(name: string, baseline = false): Promise<Page> {
  const page = await b.context.newPage();
  if (baseline) await recordBaseline(page);
  await page.goto(server.url('/' + name));
  return page;
}

/** Waits for the tab's report, then returns it with the engine's expectation at its jurisdiction. */
async function settle(page: Page, file: string, prepare?: (d: Document) => void) {
  const first = await tabReport(b.context, page.url(), (r) => !!r.frames['0']);
  const jurisdiction = first.frames['0'].jurisdiction as Jurisdiction;
  const expected = expectedFindings(fixtureHtml(file), { strictness: 'standard', jurisdiction }, lib, prepare);
  const badge = expected.length ? String(expected.length) : '';
  const report = await tabReport(b.context, page.url(), (r) => r.badge === badge);
  return { report, expected, jurisdiction };
}

describe('built extension', () => {
  it('has a self-contained content script and no web_accessible_resources', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(CHROME_DIST, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    const cs = manifest.content_scripts[0];
    expect(cs.js).toHaveLength(1);
    expect(cs.all_frames && cs.match_about_blank && cs.match_origin_as_fallback).toBe(true);
    const js = fs.readFileSync(path.join(CHROME_DIST, cs.js[0]), 'utf8');
    // No loader: nothing is imported at run time.
    expect(js).not.toMatch(/\bimport\s*\(|chrome\.runtime\.getURL\(\s*["'`]assets/);
    expect(fs.readFileSync(path.join(CHROME_DIST, cs.css[0]), 'utf8')).toContain('::highlight(exocheck-high)');
  });
});

describe('promotional clinic page', () => {
  let page: Page;
  let ctx: Awaited<ReturnType<typeof settle>>;
  beforeAll(async () => {
    page = await open('clinic.html', true);
    // The stylesheet-hidden div is invisible in the browser; linkedom does not apply stylesheets.
    ctx = await settle(page, 'clinic.html', (d) => d.querySelector('.sr-hidden')?.remove());
  });

  it('highlights exactly what the engine finds in the visible text', async () => {
    expect(ctx.expected.length).toBeGreaterThan(0);
    expect(norm(await highlightedTexts(page))).toEqual(norm(ctx.expected.map((f) => f.text)));
    // Each severity goes to its own highlight.
    const h = await readHighlights(page);
    for (const sev of ['high', 'medium', 'info'] as const) {
      const want = ctx.expected.filter((f) => f.severity === sev).length;
      expect(h[`exocheck-${sev}`]?.length ?? 0).toBe(want);
    }
  });

  it('never highlights hidden text', async () => {
    const hiddenRanges = await page.evaluate(() => {
      let n = 0;
      for (const name of ['exocheck-high', 'exocheck-medium', 'exocheck-info'])
        for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
          const el = r.startContainer.parentElement!;
          if (!el.checkVisibility()) n++;
        }
      return n;
    });
    expect(hiddenRanges).toBe(0);
  });

  it('shows the count on the badge, coloured by the highest severity', async () => {
    expect(ctx.report.badge).toBe(String(ctx.expected.length));
    const top = ctx.expected.some((f) => f.severity === 'high') ? [179, 38, 30] : ctx.expected.some((f) => f.severity === 'medium') ? [178, 106, 0] : [74, 93, 126];
    expect(ctx.report.color.slice(0, 3)).toEqual(top);
  });

  it('adds exactly one element (ours, on <html>) and changes nothing else', async () => {
    const cmp = await compareWithBaseline(page);
    expect(cmp.after - cmp.before).toBe(1);
    expect(cmp.ours).toBe(1);
    expect(cmp.hostParent).toBe('html');
    expect(cmp.unchanged).toBe(true);
  });

  it('keeps its UI in a closed shadow root, with one labelled marker per finding', async () => {
    expect(await page.evaluate(() => document.querySelector('exocheck-overlay')!.shadowRoot)).toBeNull();
    const s = await shadowTexts(page);
    expect(s?.mode).toBe('closed');
    const lists = await shadowNodes(page, (n, a) => a.role === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0].attrs['aria-label']).toBe('ExoCheck warnings on this page');
    const markers = await shadowNodes(page, (n, a) => n === 'button' && /^m /.test(a.class ?? ''));
    expect(markers).toHaveLength(ctx.expected.length);
    expect(markers[0].attrs['aria-label']).toMatch(new RegExp(`^ExoCheck warning 1 of ${ctx.expected.length}`));
  });

  it('announces the number of warnings once in a polite live region', async () => {
    const want = `${ctx.expected.length} ExoCheck warning${ctx.expected.length === 1 ? '' : 's'} on this page`;
    await expect.poll(async () => (await shadowNodes(page, (n, a) => a.role === 'status' && a['aria-live'] === 'polite')).length).toBe(1);
    await expect.poll(async () => (await shadowTexts(page))!.texts.includes(want)).toBe(true);
  });

  it('opens a card on click with the message, why, legal status, dated sources and questions', async () => {
    const [first] = await shadowNodes(page, (n, a) => n === 'button' && /^m /.test(a.class ?? ''));
    await clickNode(page, first.backendNodeId);
    const f = scanDocument(extractBlocks(parseFixture('clinic.html')), { strictness: 'standard', jurisdiction: ctx.jurisdiction }).findings[0];
    const info = cardInfo(f, ctx.jurisdiction, words('en', 'en-US'));
    await expect.poll(async () => (await shadowTexts(page))!.texts.join('\n')).toContain(info.message);
    const text = (await shadowTexts(page))!.texts.join('\n');
    expect(text).toContain(info.matched);
    if (info.why) expect(text).toContain(info.why);
    expect(text).toContain(info.status);
    expect(text).toContain(info.legal);
    if (info.sources.length) {
      expect(text).toContain(info.sources[0].title);
      expect(text).toContain(info.sources[0].dateText);
    }
    if (info.ask.length) expect(text).toContain(info.ask[0]);
    // The card's finding gets the focus highlight.
    expect((await readHighlights(page))['exocheck-focus']).toEqual([f.text]);
    const card = await shadowNodes(page, (n, a) => a.role === 'dialog');
    expect(card[0].attrs.hidden).toBeUndefined();
  });

  it('moves through findings with the next-finding command relay', async () => {
    const sw = await worker(b.context);
    const tabId = ctx.report.tabId;
    const r = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'nextFinding' }, { frameId: 0 }), tabId);
    expect(r).toEqual({ ok: true });
    const expanded = await shadowNodes(page, (n, a) => n === 'button' && a['aria-expanded'] === 'true');
    expect(expanded).toHaveLength(1);
  });

  it('works from the keyboard: arrows move between warnings, Escape closes the card', async () => {
    const expandedLabel = async () =>
      (await shadowNodes(page, (n, a) => n === 'button' && a['aria-expanded'] === 'true')).map((m) => m.attrs['aria-label'].replace(/,.*$/, ''));
    const before = await expandedLabel();
    expect(before).toHaveLength(1);
    const n = ctx.expected.length;
    await page.evaluate(() => {
      (window as unknown as { keys: number }).keys = 0;
      document.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++);
    });
    const at = Number(/warning (\d+) of/.exec(before[0])![1]);
    await page.keyboard.press('ArrowDown');
    expect(await expandedLabel()).toEqual([`ExoCheck warning ${(at % n) + 1} of ${n}`]);
    await page.keyboard.press('ArrowUp');
    expect(await expandedLabel()).toEqual([`ExoCheck warning ${at} of ${n}`]);
    await page.keyboard.press('Escape');
    expect(await expandedLabel()).toEqual([]);
    const card = await shadowNodes(page, (nm, a) => a.role === 'dialog');
    expect(card[0].attrs.hidden).toBeDefined();
    // Keys typed in our UI do not reach the page's shortcut handlers.
    expect(await page.evaluate(() => (window as unknown as { keys: number }).keys)).toBe(0);
  });

  it('fetched nothing but the test server', async () => {
    expect(foreignRequests(b.requests, server.origin, b.extId)).toEqual([]);
    const sw = await worker(b.context);
    const swFetches = await sw.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(swFetches.filter((u) => !u.startsWith(`chrome-extension://${b.extId}/`))).toEqual([]);
  });
});

/** The fixture as the CLI would read it, minus the stylesheet-hidden div (as in settle()). */
function parseFixture(name: string): Document {
  const d = parseHTML(fixtureHtml(name)).document as unknown as Document;
  d.querySelector('.sr-hidden')?.remove();
  return d;
}

describe('other static pages', () => {
  it('cautionary article: highlights and badge follow the engine', async () => {
    const page = await open('article.html');
    const { report, expected } = await settle(page, 'article.html');
    expect(norm(await highlightedTexts(page))).toEqual(norm(expected.map((f) => f.text)));
    expect(report.badge).toBe(expected.length ? String(expected.length) : '');
    await page.close();
  });

  it('claim split across tags is found as one range; alt text gets a marker', async () => {
    const page = await open('split.html');
    const { expected } = await settle(page, 'split.html');
    const onPage = expected.filter((f) => f.onPage).map((f) => f.text);
    expect(onPage.length).toBeGreaterThanOrEqual(2);
    const texts = await highlightedTexts(page);
    expect(norm(texts.filter(Boolean))).toEqual(norm(onPage));
    // The split claim ("inject" + "ions" + " into the scalp") is one range from <span> to the <p>'s own text.
    const spans = await page.evaluate(() =>
      [...((CSS.highlights.get('exocheck-high') ?? CSS.highlights.get('exocheck-medium') ?? []) as Iterable<Range>)].map((r) => [
        (r.startContainer.parentElement as Element).localName,
        (r.endContainer.parentElement as Element).localName,
      ]),
    );
    expect(spans).toContainEqual(['span', 'p']);
    const markers = await shadowNodes(page, (n, a) => n === 'button' && /^m /.test(a.class ?? ''));
    expect(markers).toHaveLength(expected.length);
    await page.close();
  });

  it('clean page: no highlight, no element, empty badge', async () => {
    const page = await open('clean.html', true);
    const report = await tabReport(b.context, page.url(), (r) => !!r.frames['0']);
    expect(report.badge).toBe('');
    expect(await readHighlights(page)).toEqual({});
    const cmp = await compareWithBaseline(page);
    expect(cmp.after).toBe(cmp.before);
    expect(cmp.unchanged).toBe(true);
    await page.close();
  });

  it("reads open shadow roots of the page's components, including slotted text", async () => {
    const page = await open('shadow.html');
    await tabReport(b.context, page.url(), (r) => !!r.frames['0'] && r.badge !== '');
    const texts = await highlightedTexts(page);
    const ranges = await page.evaluate(() =>
      [...((CSS.highlights.get('exocheck-high') ?? CSS.highlights.get('exocheck-medium') ?? CSS.highlights.get('exocheck-info') ?? []) as Iterable<Range>)].map(
        (r) => (r.startContainer.getRootNode() as ShadowRoot).host?.localName ?? 'document',
      ),
    );
    expect(texts.length).toBeGreaterThanOrEqual(2);
    // One claim inside the component's shadow tree, one in slotted light DOM.
    expect(ranges).toContain('promo-card');
    expect(ranges).toContain('document');
    await page.close();
  });
});
