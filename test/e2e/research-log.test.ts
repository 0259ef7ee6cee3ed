// Research mode end to end, in Chromium with the built extension: pages browsed with the setting on are
// logged (once per page state), the research page filters, summarises, charts, exports (checked by
// reading the downloaded files), deletes and imports; a full disk and a damaged record fail loudly
// without losing what was logged.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
declare const chrome: { storage: { local: { set(v: unknown): Promise<void>; get(k: string): Promise<unknown> } } };
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/evidence/csv';
import type { LogEntry } from '../../src/evidence/entry';
import { CSV_COLUMNS } from '../../src/evidence/export-csv';
import { parseExport } from '../../src/evidence/import-json';
import { FIXTURES } from './lib/server.mjs';
import { launch, tabReport, worker, type Launched } from './lib/chromium.mjs';
import { axe } from './lib/popup-launch';
import { rawRecords } from './lib/research';

const DIR = path.join(FIXTURES, 'research');
// Each fixture is served under its own made-up host (intercepted, never resolved), so the log has several sites.
const PAGES = {
  a: 'http://glow-clinic.example/hair',
  b: 'http://skin-studio.example/treatments',
  news: 'http://news.example/regulators',
  off: 'http://bakery.example/',
};
const FILES: Record<string, string> = {
  [PAGES.a]: 'clinic-a.html',
  [PAGES.b]: 'clinic-b.html',
  [PAGES.news]: 'news.html',
  [PAGES.off]: 'off-topic.html',
};

let b: Launched;
let exported = '';
const byId = (x: LogEntry, y: LogEntry) => x.id.localeCompare(y.id);
let research: Page;
const reported: Record<string, number> = {};
/** Findings logged per page (every finding, shown or not). */
const logged: Record<string, number> = {};

async function route(context: BrowserContext) {
  await context.route(/^http:\/\/[a-z-]+\.example\//, (r) => {
    const file = FILES[r.request().url()];
    if (!file) return r.fulfill({ status: 404, body: 'not found' });
    return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(DIR, file), 'utf8') });
  });
}

async function waitForRecords(page: Page, n: number, timeout = 10_000): Promise<LogEntry[]> {
  const t0 = Date.now();
  let got: unknown[] = [];
  while (Date.now() - t0 < timeout) {
    got = await rawRecords(page);
    if (got.length === n) return got as LogEntry[];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${n} logged pages, have ${got.length}: ${JSON.stringify(got.map((e) => (e as LogEntry).url))}`);
}

const open: Page[] = [];
/**
 * Opens a page and waits until the content script has reported it; returns its finding count. The tab
 * stays open (closed after the test): the background asks the tab for its text after the report.
 */
async function browse(url: string): Promise<number> {
  const page = await b.context.newPage();
  open.push(page);
  await page.goto(url);
  const rep = await tabReport(b.context, url, (r) => !!r.frames['0']);
  reported[url] = rep.frames['0'].findings.length;
  return reported[url];
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

const shownCounts = (page: Page) => page.getByTestId('shown-counts').textContent();

beforeAll(async () => {
  b = await launch();
  await route(b.context);
  research = await b.context.newPage();
  await research.goto(`chrome-extension://${b.extId}/src/research/index.html`);
});
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});
afterAll(async () => {
  await b?.close();
});

describe('research mode', () => {
  it('logs nothing while research mode is off', async () => {
    expect(await browse(PAGES.a)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await rawRecords(research)).toEqual([]);
  });

  it('logs each exosome page once per page state, with quotes anchored in the page text', async () => {
    const sw = await worker(b.context);
    await sw.evaluate(() => chrome.storage.local.set({ settings: { researchMode: true } }));
    await browse(PAGES.a);
    await browse(PAGES.b);
    await browse(PAGES.news);
    await browse(PAGES.off); // says nothing about exosomes: not research, not logged
    const log = await waitForRecords(research, 3);
    await browse(PAGES.a); // unchanged revisit
    await new Promise((r) => setTimeout(r, 500));
    expect(await rawRecords(research)).toHaveLength(3);

    const a = log.find((e) => e.url === PAGES.a)!;
    expect(a.site).toBe('glow-clinic.example');
    expect(a.title).toBe('Glow Clinic: hair restoration');
    expect(a.textHash).toMatch(/^[0-9a-f]{64}$/);
    // Every finding is logged, each with whether the reader saw it at their strictness.
    expect(a.findings.length).toBeGreaterThanOrEqual(reported[PAGES.a]);
    expect(a.findings.filter((f) => f.shown)).toHaveLength(reported[PAGES.a]);
    expect(a.findings.every((f) => f.strictness === 'standard')).toBe(true);
    for (const e of log) logged[e.url] = e.findings.length;
    const first = a.findings[0];
    expect(first.quote.toLowerCase()).toContain('injection');
    // Anchored in the page text: prefix, quote and suffix put the sentence back together.
    expect(first.prefix + first.quote + first.suffix).toContain('We offer exosome injections into the scalp');
    expect(first.fragmentLink).toMatch(/^http:\/\/glow-clinic\.example\/hair#:~:text=.*injections/);
    expect(log.find((e) => e.url === PAGES.news)!.findings.filter((f) => f.shown)).toHaveLength(reported[PAGES.news]);
  });

  it('shows the log with filters, a per-site table and a family chart', async () => {
    await research.reload();
    const total = logged[PAGES.a] + logged[PAGES.b] + logged[PAGES.news];
    await expect.poll(() => shownCounts(research)).toBe(`Showing 3 of 3 pages, ${total} findings.`);
    const rows = await research.getByTestId('site-summary').locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('glow-clinic.example'))).toBe(true);
    const bars = await research.locator('[data-testid="family-chart"] rect').evaluateAll((rs) =>
      rs.map((r) => ({ site: r.closest('g')!.getAttribute('data-site'), family: r.getAttribute('data-family'), n: Number(r.getAttribute('data-count')) })),
    );
    expect(bars.filter((x) => x.site === 'glow-clinic.example').reduce((n, x) => n + x.n, 0)).toBe(logged[PAGES.a]);
    expect(bars.some((x) => x.family === 'injectable')).toBe(true);

    await research.locator('select[name=site]').selectOption('glow-clinic.example');
    await expect.poll(() => shownCounts(research)).toBe(`Showing 1 of 3 pages, ${logged[PAGES.a]} findings.`);
    await research.locator('select[name=site]').selectOption('');
    await research.locator('input[name=query]').fill('SCALP');
    await expect.poll(() => shownCounts(research)).toBe(`Showing 1 of 3 pages, ${logged[PAGES.a]} findings.`);
    await research.locator('input[name=query]').fill('');
    const today = new Date().toISOString().slice(0, 10);
    await research.locator('input[name=from]').fill('2000-01-01');
    await research.locator('input[name=to]').fill('2000-12-31');
    await expect.poll(() => shownCounts(research)).toBe(`Showing 0 of 3 pages, 0 findings.`);
    await research.locator('input[name=to]').fill(today);
    await expect.poll(() => shownCounts(research)).toBe(`Showing 3 of 3 pages, ${total} findings.`);
  });

  it('exports the filtered log as CSV (guarded against formulas), and all of it as JSON and HTML', async () => {
    await research.locator('select[name=site]').selectOption('skin-studio.example');
    const csv = await download(research, 'Export CSV');
    expect(csv.name).toMatch(new RegExp(`^exocheck-research-\\d{4}-\\d{2}-\\d{2}-1pages-${logged[PAGES.b]}findings\\.csv$`));
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain('\r\n');
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toHaveLength(Math.max(1, logged[PAGES.b]));
    const col = (n: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(n);
    expect(rows[1][col('url')]).toBe(PAGES.b);
    expect(rows[1][col('title')]).toBe(`'=cmd|' /C calc'!A0 Skin Studio`);
    // The prefix starts with '=': the export guards it with a leading apostrophe.
    expect(rows[1][col('prefix')]).toBe(`'=SUM(A1)+cmd Our exosome `);
    expect(rows[1][col('quote')].toLowerCase()).toMatch(/^injection/);

    await research.locator('select[name=site]').selectOption('');
    const json = await download(research, 'Export JSON');
    exported = json.text;
    const parsed = parseExport(json.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.url).sort()).toEqual([PAGES.a, PAGES.b, PAGES.news].sort());
    expect(JSON.parse(json.text).counts.findings).toBe(logged[PAGES.a] + logged[PAGES.b] + logged[PAGES.news]);
    const stored = (await rawRecords(research)) as LogEntry[];
    expect([...parsed.entries].sort(byId)).toEqual([...stored].sort(byId));

    const html = await download(research, 'Export HTML report');
    expect(html.name).toMatch(/\.html$/);
    expect(html.text).toContain(`3 pages, ${parsed.entries.reduce((n, e) => n + e.findings.length, 0)} findings`);
    expect(html.text).not.toMatch(/<script/i);
    expect(html.text).toContain('=cmd|&#39; /C calc&#39;!A0 Skin Studio');
  });

  it('deletes the selected page, and a JSON import brings it back without duplicating the others', async () => {
    research.once('dialog', (d) => void d.accept());
    await research.getByRole('checkbox', { name: 'Select Regulators look at exosome marketing' }).check();
    await research.getByRole('button', { name: /^Delete selected \(1\)$/ }).click();
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 2 of 2 pages/);
    expect((await rawRecords(research)).map((e) => (e as LogEntry).url).sort()).toEqual([PAGES.a, PAGES.b].sort());

    await research.locator('input[name=import]').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => research.getByTestId('notice').textContent()).toContain('Import of log.json: 1 new, 2 already in the log, 0 skipped as invalid (of 3).');
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 3 of 3 pages/);
    // The file also explains each finding (message, legal status); what comes back is exactly what was logged.
    const back = parseExport(exported).entries;
    expect(((await rawRecords(research)) as LogEntry[]).sort(byId)).toEqual(back.sort(byId));
  });

  it('reports a bad import by field path and imports the valid entries', async () => {
    const data = JSON.parse(exported);
    data.entries = [
      { ...data.entries[0], url: 'http://new.example/1', id: 'n1', site: 'new.example' },
      { ...data.entries[0], url: 'http://new.example/2', id: 'n2', capturedAt: 'yesterday' },
    ];
    await research.locator('input[name=import]').setInputFiles({ name: 'partly-bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    const notice = research.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('1 new, 0 already in the log, 1 skipped as invalid (of 2)');
    expect(await notice.textContent()).toContain('entries[1].capturedAt: expected an ISO 8601 time, got "yesterday"');
    await research.locator('input[name=import]').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}') });
    await expect.poll(() => notice.textContent()).toContain('Import of junk.json failed; nothing was imported. Not an ExoCheck research export');
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 4 of 4 pages/);
  });

  it('a full disk fails the import loudly and keeps every logged page (store.add stubbed to throw QuotaExceededError)', async () => {
    const before = ((await rawRecords(research)) as LogEntry[]).sort(byId);
    await research.evaluate(() => {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = quota;
      IDBObjectStore.prototype.put = quota;
    });
    const data = JSON.parse(exported);
    data.entries = [1, 2, 3].map((i) => ({ ...data.entries[0], url: `http://full.example/${i}`, id: `full${i}` }));
    await research.locator('input[name=import]').setInputFiles({ name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await expect.poll(() => research.getByTestId('notice').textContent()).toContain(
      'Import of more.json failed; nothing was imported. Research log is full: export and delete old entries',
    );
    await research.reload(); // drops the stub
    expect(((await rawRecords(research)) as LogEntry[]).sort(byId)).toEqual(before);
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 4 of 4 pages/);
  });

  it('a full disk while browsing is shown on the research page, and nothing logged is lost', async () => {
    const before = ((await rawRecords(research)) as LogEntry[]).sort(byId);
    const sw = await worker(b.context);
    await sw.evaluate(() => {
      IDBObjectStore.prototype.add = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    FILES['http://full.example/page'] = 'clinic-a.html';
    await browse('http://full.example/page');
    const status = () => worker(b.context).then((w) => w.evaluate(async () => ((await chrome.storage.local.get('researchLogStatus')) as Record<string, { error?: string }>).researchLogStatus?.error ?? null));
    await expect.poll(status, { timeout: 10_000 }).toBe('Research log is full: export and delete old entries');
    await expect
      .poll(() => research.getByTestId('log-status').textContent({ timeout: 500 }).catch(() => ''), { timeout: 10_000 })
      .toBe('The last page could not be logged (http://full.example/page): Research log is full: export and delete old entries');
    expect(((await rawRecords(research)) as LogEntry[]).sort(byId)).toEqual(before);
  });

  it('has no axe violations in light and dark themes, with findings expanded', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await research.emulateMedia({ colorScheme });
      await research.locator('details summary').first().click();
      expect(await axe(research), colorScheme).toEqual([]);
      await research.locator('details summary').first().click();
    }
    await research.emulateMedia({ colorScheme: 'light' });
    if (process.env.RESEARCH_SCREENSHOT) await research.screenshot({ path: process.env.RESEARCH_SCREENSHOT, fullPage: true });
  });

  it('skips a damaged record on read, says so, and keeps showing the valid ones', async () => {
    await research.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const r = indexedDB.open('exocheck-research');
          r.onsuccess = () => {
            const tx = r.result.transaction('entries', 'readwrite');
            tx.objectStore('entries').put({ id: 'damaged', url: 42, findings: 'x', capturedAt: '2026-01-01T00:00:00Z' });
            tx.oncomplete = () => {
              r.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    const warnings: string[] = [];
    research.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await research.reload();
    await expect.poll(() => research.getByTestId('corrupt').textContent()).toContain('1 damaged record was skipped (kept in storage, not deleted): entry damaged.url: expected a non-empty string');
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 4 of 4 pages/);
    await research.getByRole('button', { name: 'Clear filters' }).click(); // re-render without a re-read
    expect(warnings.filter((w) => w.includes('skipped 1 corrupt record'))).toHaveLength(1);
    expect((await rawRecords(research)).length).toBe(5);
  });

  it('deletes every page the filters show, and only those (a cancelled confirm deletes nothing)', async () => {
    await research.locator('select[name=site]').selectOption('new.example');
    await expect.poll(() => shownCounts(research)).toMatch(/^Showing 1 of 4 pages, \d+ findings\.$/);
    research.once('dialog', (d) => void d.dismiss());
    await research.getByRole('button', { name: 'Delete all shown (1)' }).click();
    expect(await rawRecords(research)).toHaveLength(5);
    research.once('dialog', (d) => void d.accept());
    await research.getByRole('button', { name: 'Delete all shown (1)' }).click();
    await expect.poll(() => shownCounts(research)).toBe('Showing 0 of 3 pages, 0 findings.');
    const left = (await rawRecords(research)) as LogEntry[];
    expect(left.some((e) => e.id === 'damaged')).toBe(true); // a damaged record is never deleted behind the user's back
    expect(left.some((e) => e.site === 'new.example')).toBe(false);
    expect(left).toHaveLength(4);
  });

  it('made no request outside the intercepted fixture hosts and the extension', () => {
    const foreign = b.requests.filter((u) => !/^http:\/\/[a-z-]+\.example\//.test(u) && !u.startsWith(`chrome-extension://${b.extId}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});
