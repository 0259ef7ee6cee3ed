// Strictness, mutes and jurisdiction are views over findings already computed: changing them redraws the
// page without running the engine again (a counter in the content script's isolated world says how often
// it ran), and on a long page the chunk cache survives, so the next edit re-runs only the chunk it touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, readHighlights, tabReport, worker } from './lib/chromium.mjs';
import { openSuite } from './lib/suite';
import { expectedFindings, expectedView, fixtureHtml, norm } from './lib/expect.mjs';
import { engineRuns } from './lib/isolated';
import { extractBlocks } from '../../src/dom/extract';
import { scanDocument, type ScanOptions } from '../../src/engine';
import { ENGINE_CHUNK_CHARS, ENGINE_WHOLE_CHARS } from '../../src/engine/chunks';

const lib = { extractBlocks, scanDocument };

/** A page several engine chunks long: clinic copy between long runs of unrelated prose. */
function longPage(): string {
  const parts: string[] = ['<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Exosome clinic journal</title></head><body id="feed">'];
  let size = 0;
  for (let i = 0; size < ENGINE_WHOLE_CHARS + ENGINE_CHUNK_CHARS * 3; i++) {
    const p = i % 25 === 0 ? `Post ${i}: we inject exosomes into the scalp. Our exosomes are FDA approved.` : `Post ${i}: notes on the weather, the bus timetable and the opening hours of the library.`;
    size += p.length;
    parts.push(`<p>${p}</p>`);
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
const LONG = longPage();

const { b, server } = await openSuite({ server: { routes: { '/long.html': () => LONG } } });
afterAll(() => setSettings(null).catch(() => {}));

async function setSettings(value: object | null): Promise<void> {
  const sw = await worker(b.context);
  await sw.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), value);
}

const badgeOf = (n: number) => (n ? String(n) : '');

/** Waits until badge and highlights show exactly what the engine finds under `opts`. */
async function shows(page: Page, html: string, opts: ScanOptions) {
  // The stylesheet-hidden div is invisible in the browser; linkedom does not apply stylesheets.
  const { findings: want, muted } = expectedView(html, opts, lib, (d: Document) => d.querySelector('.sr-hidden')?.remove());
  // The mute counts too: a mute that leaves the badge's count as it was must not pass on the report before it.
  const sameMuted = (m: Record<string, number> | undefined) => JSON.stringify(Object.entries(m ?? {}).sort()) === JSON.stringify(Object.entries(muted).sort());
  const r = await tabReport(b.context, page.url(), (x) => x.badge === badgeOf(want.length) && x.frames['0']?.jurisdiction === opts.jurisdiction && sameMuted(x.frames['0']?.muted));
  await expect.poll(async () => norm(await highlightedTexts(page))).toEqual(norm(want.map((f) => f.text)));
  return { want, report: r.frames['0'] };
}

describe('settings changes on an open page', () => {
  let page: Page;
  let runs = 0;
  const html = fixtureHtml('clinic.html');
  it('the engine ran for the first read', async () => {
    page = await b.context.newPage();
    await page.goto(server.url('/clinic.html'));
    await shows(page, html, { strictness: 'standard', jurisdiction: 'uk' });
    runs = await engineRuns(page, b.extId);
    expect(runs).toBeGreaterThan(0);
  });

  it('strictness strict, then relaxed: redrawn, and the engine did not run again', async () => {
    await setSettings({ strictness: 'strict' });
    const strict = await shows(page, html, { strictness: 'strict', jurisdiction: 'uk' });
    await setSettings({ strictness: 'relaxed' });
    const relaxed = await shows(page, html, { strictness: 'relaxed', jurisdiction: 'uk' });
    expect(strict.want.length).toBeGreaterThan(relaxed.want.length);
    expect(await engineRuns(page, b.extId)).toBe(runs);
  });

  it('muting a rule: its findings go and are counted, and the engine did not run again', async () => {
    const all = expectedFindings(html, { jurisdiction: 'uk' }, lib, (d: Document) => d.querySelector('.sr-hidden')?.remove());
    const rule = all[0].rule;
    await setSettings({ mutedRules: [rule] });
    const { want, report } = await shows(page, html, { strictness: 'standard', jurisdiction: 'uk', muted: [rule] });
    expect(want.length).toBeLessThan(all.length);
    expect(report.muted[rule]).toBe(all.length - want.length);
    expect(await engineRuns(page, b.extId)).toBe(runs);
  });

  it('choosing a jurisdiction re-derives severities, and the engine did not run again', async () => {
    await setSettings({ jurisdiction: 'us' });
    const { want } = await shows(page, html, { strictness: 'standard', jurisdiction: 'us' });
    const h = await readHighlights(page);
    for (const sev of ['high', 'medium', 'info'] as const) expect(h[`exocheck-${sev}`]?.length ?? 0).toBe(want.filter((f) => f.severity === sev).length);
    expect(await engineRuns(page, b.extId)).toBe(runs);
  });

  it('a change to the page text does run the engine (the counter counts)', async () => {
    await setSettings(null);
    await shows(page, html, { strictness: 'standard', jurisdiction: 'uk' });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Umbilical cord stem cell exosome facial, book now.';
      document.querySelector('main')!.append(p);
    });
    await expect.poll(() => engineRuns(page, b.extId)).toBeGreaterThan(runs);
  });
});

describe('a page long enough to be scanned in chunks', () => {
  it('keeps its chunk cache across a strictness change: the next append runs the engine on one chunk', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/long.html'));
    await shows(page, LONG, { strictness: 'standard', jurisdiction: 'uk' });
    const first = await engineRuns(page, b.extId);
    // More than one chunk went to the engine on the first read.
    expect(first).toBeGreaterThan(2);
    await setSettings({ strictness: 'strict' });
    await shows(page, LONG, { strictness: 'strict', jurisdiction: 'uk' });
    expect(await engineRuns(page, b.extId)).toBe(first);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'New post: umbilical cord stem cell exosome facial, book now.';
      document.body.append(p);
    });
    const after = await page.content();
    await shows(page, after.replace(/<exocheck-overlay[\s\S]*?<\/exocheck-overlay>/, ''), { strictness: 'strict', jurisdiction: 'uk' });
    // The appended post changes only the last chunk: every other chunk's result came from the cache.
    expect((await engineRuns(page, b.extId)) - first).toBe(1);
    await setSettings(null);
    await page.close();
  });
});
