// Research mode, in Chromium with the built extension: an infinite feed is one log entry per visit that
// grows as the page loads more, counted by distinct findings; every finding is logged (all contexts and
// severities) with the reader's strictness and whether it was shown; the page text hash is kept and shown.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/dom/extract';
import type { LogEntry } from '../../src/evidence/entry';
import { expectedFindings } from './lib/expected';
import { close, FIXTURES, launch, tabIdFor, type Launched } from './lib/popup-launch';
import { entriesWhen, rawRecords, researchUrl, setSettings } from './lib/research';

const FEED = 'https://chirper.example/research/feed-scroll.html';
const MIXED = 'https://scalp-clinic.example/research/mixed.html';

let l: Launched;
let log: Page;
const of = (url: string) => (es: LogEntry[]) => es.filter((e) => e.url === url);

beforeAll(async () => {
  l = await launch();
  await setSettings(l.context, { researchMode: true });
  log = await l.context.newPage();
  await log.goto(researchUrl(l.extId));
});
afterAll(async () => {
  if (l) await close(l);
});

async function siteRow(site: string): Promise<Record<string, number>> {
  await log.reload();
  const row = log.getByTestId('site-summary').locator('tbody tr', { hasText: site });
  await row.waitFor();
  const cells = (await row.locator('td').allTextContents()).map(Number);
  const bars = await log.locator(`[data-testid="family-chart"] g[data-site="${site}"] rect`).evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0));
  return { pages: cells[0]!, visits: cells[1]!, withFindings: cells[2]!, findings: cells[3]!, chart: bars };
}

describe('an infinite feed', () => {
  let page: Page;
  let first: LogEntry;

  it('is one entry per visit that grows with each load, and the site counts distinct findings', async () => {
    page = await l.context.newPage();
    await page.goto(FEED);
    await tabIdFor(l, FEED);
    await entriesWhen(log, (es) => of(FEED)(es).length === 1, 'the feed');
    for (let load = 1; load <= 4; load++) {
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      await entriesWhen(log, (es) => of(FEED)(es).some((e) => (e.snapshots?.length ?? 1) >= load + 1), `load ${load}`);
    }
    await new Promise((r) => setTimeout(r, 500));
    const mine = of(FEED)((await rawRecords(log)) as LogEntry[]);
    expect(mine).toHaveLength(1);
    first = mine[0]!;
    expect(first.snapshots).toHaveLength(5);
    expect(first.textHash).toBe(first.snapshots!.at(-1)!.textHash);
    // Every post's claim is in the entry, and only once.
    for (let n = 1; n <= 15; n++) expect(first.findings.filter((f) => `${f.prefix}${f.quote}`.includes(`Post ${n} from`)).length, `post ${n}`).toBeGreaterThan(0);
    const keys = first.findings.map((f) => `${f.rule}|${f.quote}|${f.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sumOfLoads = first.snapshots!.reduce((n, s) => n + s.findings, 0);
    expect(sumOfLoads).toBeGreaterThan(first.findings.length);
    expect(await siteRow('chirper.example')).toEqual({ pages: 1, visits: 1, withFindings: 1, findings: first.findings.length, chart: first.findings.length });
  });

  it('an unchanged reload is not logged again; a visit to the changed feed is a new entry, counted without repeats', async () => {
    await page.reload();
    await tabIdFor(l, FEED);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await new Promise((r) => setTimeout(r, 1500));
    expect(of(FEED)((await rawRecords(log)) as LogEntry[])).toHaveLength(1);

    await page.evaluate(() => localStorage.setItem('pinned', 'Pinned: our exosomes are FDA approved.'));
    await page.reload();
    const both = of(FEED)(await entriesWhen(log, (es) => of(FEED)(es).length === 2, 'a second visit'));
    const second = both.find((e) => e.id !== first.id)!;
    expect(second.visit).not.toBe(first.visit);
    const pinned = second.findings.filter((f) => `${f.prefix}${f.quote}${f.suffix}`.includes('Pinned: ')).length;
    expect(pinned).toBeGreaterThan(0);
    expect(await siteRow('chirper.example')).toEqual({ pages: 1, visits: 2, withFindings: 1, findings: first.findings.length + pinned, chart: first.findings.length + pinned });
    await page.close();
  });
});

describe('what a page logs', () => {
  it('every finding, all contexts and severities, with the strictness the reader had and whether it was shown', async () => {
    await setSettings(l.context, { strictness: 'relaxed' });
    const page = await l.context.newPage();
    await page.goto(MIXED);
    const [e] = of(MIXED)(await entriesWhen(log, (es) => of(MIXED)(es).length === 1, 'the mixed page'));
    const expected = expectedFindings('research/mixed.html', 'relaxed', e!.jurisdiction);
    expect(expected.all.length, 'the fixture has findings a relaxed reader does not see').toBeGreaterThan(expected.findings.length);
    expect(e!.findings).toHaveLength(expected.all.length);
    expect(e!.findings.filter((f) => f.shown)).toHaveLength(expected.findings.length);
    expect(e!.findings.every((f) => f.strictness === 'relaxed')).toBe(true);
    expect(new Set(e!.findings.map((f) => f.context))).toEqual(new Set(expected.all.map((f) => f.context)));

    // The reader turns strictness up on the page: what they now see is marked shown, at strict.
    await setSettings(l.context, { strictness: 'strict' });
    const [g] = of(MIXED)(await entriesWhen(log, (es) => of(MIXED)(es).some((x) => x.findings.every((f) => f.shown)), 'every finding shown'));
    expect(g!.findings.filter((f) => f.strictness === 'relaxed')).toHaveLength(expected.findings.length);
    expect(g!.findings.filter((f) => f.strictness === 'strict')).toHaveLength(expected.all.length - expected.findings.length);
    await setSettings(l.context, { strictness: 'standard' });
    await page.close();
  });

  it('the SHA-256 of the page text, shown in full on the research page', async () => {
    const [e] = of(MIXED)((await rawRecords(log)) as LogEntry[]);
    const { document } = parseHTML(readFileSync(join(FIXTURES, 'research/mixed.html'), 'utf8'));
    const text = extractBlocks(document.body as unknown as Node).map((b) => b.text).join('\n');
    expect(e!.textHash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    await log.reload();
    const shown = log.locator(`[data-entry-id="${e!.id}"] [data-testid="text-hash"]`);
    await expect.poll(() => shown.textContent()).toBe(e!.textHash);
  });
});
