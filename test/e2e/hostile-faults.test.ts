// Faults, in Chromium with the built extension: corrupt settings (garbage, wrong types, a huge array) and a
// corrupt research database (wrong-shaped records written straight into IndexedDB) are detected, reported
// once, and recovered from without losing valid entries; the service worker stopped mid-page loses no
// per-tab state; muted counts are keyed by page (rescans and fragments do not count twice).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { tabReport, worker } from './lib/chromium.mjs';
import { HOSTILE, HOSTILE_SERVER, cdpHighlights, engineOn, norm } from './lib/hostile';
import { fixtureText } from './lib/server.mjs';
import { openSuite } from './lib/suite';
import type { Jurisdiction } from '../../src/engine';

const { b, server } = await openSuite({ server: HOSTILE_SERVER });
const PLAIN = fixtureText(path.join(HOSTILE, 'plain.html'));

async function setLocal(items: Record<string, unknown>) {
  const sw = await worker(b.context);
  await sw.evaluate((i) => chrome.storage.local.set(i), items);
}
async function getLocal(key: string): Promise<unknown> {
  const sw = await worker(b.context);
  return sw.evaluate((k) => chrome.storage.local.get(k).then((o: Record<string, unknown>) => o[k]), key);
}

/** Opens plain.html with a query (a fresh page key), collecting our console warnings. */
async function openPlain(query: string): Promise<{ page: Page; warnings: string[] }> {
  const page = await b.context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('ExoCheck') && warnings.push(m.text()));
  await page.goto(server.url(`plain.html${query}`));
  return { page, warnings };
}

describe('corrupt settings', () => {
  const cases: [string, unknown, { paused?: boolean; warn: RegExp | null }][] = [
    ['a string', 'garbage', { warn: /expected an object, got string/ }],
    ['an array', [1, 2, 3], { warn: /expected an object/ }],
    ['wrong types everywhere', { strictness: 42, jurisdiction: 'mars', pausedSites: 'x', mutedRules: [1, 2], researchMode: 'yes' }, { warn: /strictness.*jurisdiction.*pausedSites.*mutedRules.*researchMode/ }],
    ['a huge array of paused sites (50,000)', { pausedSites: Array.from({ length: 50_000 }, (_, i) => `site${i}.example`) }, { warn: /pausedSites: kept 10000 valid entries/ }],
    ['a damaged list whose valid entry pauses this site', { pausedSites: [42, null, '127.0.0.1', { x: 1 }], strictness: 'bogus' }, { paused: true, warn: /pausedSites: kept 1 valid entry, dropped 3.*|strictness/ }],
  ];
  it.each(cases)('%s: the page is still read with the valid settings, one warning per page', async (_name, value, want) => {
    await setLocal({ settings: value });
    const q = `?case=${encodeURIComponent(_name)}`;
    const { page, warnings } = await openPlain(q);
    const r = await tabReport(b.context, page.url(), (x) => !!x.frames['0']);
    const jurisdiction = r.frames['0'].jurisdiction as Jurisdiction;
    const expected = want.paused ? [] : engineOn(PLAIN, jurisdiction);
    if (!want.paused) expect(expected.length).toBeGreaterThan(0);
    await expect.poll(async () => norm(await cdpHighlights(page))).toEqual(norm(expected.map((f) => f.text)));
    // A paused site shows the grey "off" badge, not an empty one.
    await tabReport(b.context, page.url(), (x) => x.badge === (want.paused ? 'off' : expected.length ? String(expected.length) : ''));
    // A later rescan (the page changes) and a settings event do not warn again on this page.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'More text.' })));
    await page.waitForTimeout(400);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(want.warn!);
    // Storage was not rewritten behind the user's back (the next real change writes a clean value).
    expect(await getLocal('settings')).toEqual(value);
    await page.close();
  });

  it('clean settings again: no warning at all', async () => {
    await setLocal({ settings: { strictness: 'standard' } });
    const { page, warnings } = await openPlain('?case=clean');
    await tabReport(b.context, page.url(), (x) => x.badge !== '');
    await page.waitForTimeout(300);
    expect(warnings).toEqual([]);
    await page.close();
  });
});

describe('corrupt research database', () => {
  it('wrong-shaped records are skipped and reported once, valid ones shown, none deleted, logging goes on', async () => {
    const research = await b.context.newPage();
    const warnings: string[] = [];
    research.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await research.goto(`chrome-extension://${b.extId}/src/research/index.html`);
    await research.getByTestId('shown-counts').waitFor();
    const raw = () =>
      research.evaluate(
        () =>
          new Promise<unknown[]>((ok, fail) => {
            const r = indexedDB.open('exocheck-research');
            r.onsuccess = () => {
              const q = r.result.transaction('entries').objectStore('entries').getAll();
              q.onsuccess = () => {
                r.result.close();
                ok(q.result);
              };
              q.onerror = () => fail(q.error);
            };
            r.onerror = () => fail(r.error);
          }),
      );
    await research.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const hash = (c: string) => c.repeat(64);
          const finding = { quote: 'exosome injections', prefix: 'We offer ', suffix: ' into the scalp', rule: 'injectable.x', family: 'injectable', context: 'promotional', severity: 'high', start: 9, end: 27, fragmentLink: 'https://a.example/#:~:text=exosome%20injections' };
          const valid = (n: number) => ({ id: `valid-${n}`, url: `https://clinic${n}.example/`, site: `clinic${n}.example`, title: `Clinic ${n}`, capturedAt: `2026-01-0${n}T10:00:00.000Z`, jurisdiction: 'uk', extensionVersion: '0.1.0', rulesVersion: '2026-01-01', textHash: hash(String(n)), findings: [finding] });
          const records: unknown[] = [
            valid(1),
            valid(2),
            { id: 'bad-empty' },
            { ...valid(3), id: 'bad-finding', findings: [{ quote: '' }] },
            { ...valid(4), id: 'bad-time', capturedAt: 12345 },
            { ...valid(5), id: 'bad-hash', textHash: 'zz' },
            { ...valid(6), id: 'bad-findings', findings: 'x'.repeat(100_000) },
            { ...valid(7), id: 'bad-types', url: ['a'], site: null, jurisdiction: 'atlantis' },
          ];
          const r = indexedDB.open('exocheck-research');
          r.onsuccess = () => {
            const tx = r.result.transaction('entries', 'readwrite');
            for (const rec of records) tx.objectStore('entries').put(rec);
            tx.oncomplete = () => {
              r.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
          r.onerror = () => fail(r.error);
        }),
    );
    expect(await raw()).toHaveLength(8);
    await research.reload();
    await expect.poll(() => research.getByTestId('shown-counts').textContent()).toMatch(/^Showing 2 of 2 pages/);
    const banner = await research.getByTestId('corrupt').textContent();
    expect(banner).toMatch(/^6 damaged records were skipped \(kept in storage, not deleted\)/);
    await research.getByRole('button', { name: 'Clear filters' }).click();
    expect(warnings.filter((w) => /skipped 6 corrupt record/.test(w))).toHaveLength(1);
    // Each problem is named by its field.
    expect(warnings.join('\n')).toMatch(/entry bad-time\.capturedAt: expected an ISO 8601 time/);
    expect(warnings.join('\n')).toMatch(/entry bad-hash\.textHash/);

    // Logging still works next to the damaged records.
    await setLocal({ settings: { researchMode: true } });
    const { page } = await openPlain('?research=1');
    await tabReport(b.context, page.url(), (x) => x.badge !== '');
    await expect.poll(async () => (await raw()).length, { timeout: 10_000 }).toBe(9);
    await research.reload();
    await expect.poll(() => research.getByTestId('shown-counts').textContent()).toMatch(/^Showing 3 of 3 pages/);
    expect(await research.getByTestId('corrupt').textContent()).toMatch(/^6 damaged records/);
    await setLocal({ settings: {} });
    await page.close();
    await research.close();
  });
});

describe('muted counts, keyed by page', () => {
  it('rescans, fragment changes and reloads of one page do not count its hidden findings again', async () => {
    const { page: probe } = await openPlain('?mute=probe');
    const rep = await tabReport(b.context, probe.url(), (x) => x.badge !== '');
    const rule = rep.frames['0'].findings[0].rule;
    await probe.close();
    await setLocal({ settings: { mutedRules: [rule] }, mutedCounts: {}, mutedSeen: {} });
    const { page } = await openPlain('?mute=1#first');
    // How many findings the mute hides on this page is the engine's count; what matters is that it stays.
    await expect.poll(async () => ((await getLocal('mutedCounts')) as Record<string, number> | undefined)?.[rule] ?? 0).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const hidden = ((await getLocal('mutedCounts')) as Record<string, number>)[rule];
    const seen = (await getLocal('mutedSeen')) as Record<string, unknown>;
    expect(Object.keys(seen)).toContain(server.url('plain.html?mute=1')); // no #fragment in the key
    expect(Object.keys(seen).filter((k) => k.includes('#'))).toEqual([]);
    // A DOM change (partial rescan), a fragment change and a reload: same page, same hidden findings.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'More text.' })));
    await page.evaluate(() => (location.hash = '#second'));
    await page.waitForTimeout(600);
    await page.reload();
    await tabReport(b.context, page.url(), (x) => !!x.frames['0']);
    await page.waitForTimeout(600);
    expect(await getLocal('mutedCounts')).toEqual({ [rule]: hidden });
    // Another page adds its own.
    const { page: other } = await openPlain('?mute=2');
    await expect.poll(() => getLocal('mutedCounts')).toEqual({ [rule]: 2 * hidden });
    await setLocal({ settings: {} });
    await page.close();
    await other.close();
  });
});

// Last: after the stop, Playwright's handle on the worker is dead, so no later test may use it.
describe('service worker stopped mid-page', () => {
  it('keeps every frame of the tab: the popup still gets the findings, and the badge stays and updates', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('nest.html?d=2'));
    await expect.poll(() => page.frames().length).toBe(3);
    const first = await tabReport(b.context, page.url(), (r) => Object.keys(r.frames).length === 3 && r.badge !== '', 15_000);
    const total = Number(first.badge);
    expect(total).toBeGreaterThanOrEqual(3);
    // Read as the popup does, from an extension page (the old worker handle is dead after the stop).
    const ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extId}/src/popup/index.html`);
    const ask = () =>
      ext.evaluate(async (id) => {
        const s = (await chrome.runtime.sendMessage({ type: 'getTabState', tabId: id })) as { counts: { total: number }; findings: { frameId: number }[] };
        return { total: s.counts.total, frames: new Set(s.findings.map((f) => f.frameId)).size, badge: await chrome.action.getBadgeText({ tabId: id }) };
      }, first.tabId);
    const oldSw = await worker(b.context);
    await oldSw.evaluate(() => ((self as unknown as { alive: number }).alive = 1));
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The old worker really stopped: it no longer answers (Playwright keeps a dead handle to it).
    const answer = await Promise.race([oldSw.evaluate(() => (self as unknown as { alive: number }).alive).catch(() => 'gone'), new Promise((r) => setTimeout(() => r('no answer'), 3000))]);
    expect(answer).not.toBe(1);
    // The popup's request starts a new worker, which reads every frame's findings back from storage.session.
    expect(await ask()).toEqual({ total, frames: 3, badge: String(total) });
    // A new finding in the top frame joins the other frames' stored ones, and the badge follows.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'We offer umbilical cord stem cell exosome injections. Book today!' })));
    await expect.poll(ask, { timeout: 10_000 }).toMatchObject({ frames: 3 });
    await expect.poll(async () => (await ask()).total, { timeout: 10_000 }).toBeGreaterThan(total);
    const after = await ask();
    expect(after.badge).toBe(String(after.total));
    expect(after.frames).toBe(3);
    await ext.close();
    await page.close();
  });
});
