// The research page as a reader sees it, in Chromium with the built extension: in the browser's language
// (en, es, ko) with family titles instead of ids, chart colours that can be told apart and read against
// the page in light and dark, and no axe violations with every part of an entry open.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, formatHex, parse, wcagContrast, type Color } from 'culori';
import type { Family } from '../../src/engine/types';
import { expectedFindings } from './lib/expected';
import { axe, close, launch, type Launched } from './lib/popup-launch';
import { entriesWhen, researchUrl, setSettings } from './lib/research';
import enMessages from '../../public/_locales/en/messages.json';
import esMessages from '../../public/_locales/es/messages.json';
import koMessages from '../../public/_locales/ko/messages.json';

const PAGE = 'https://exosome-menu.example/research/many-claims.html';
const MESSAGES = { en: enMessages, es: esMessages, ko: koMessages } as Record<string, Record<string, { message: string }>>;

let l: Launched | null = null;
afterEach(async () => {
  if (l) await close(l);
  l = null;
});

async function researchPage(lang?: string): Promise<Page> {
  l = await launch(undefined, lang ? { lang } : {});
  const log = await l.context.newPage();
  await log.goto(researchUrl(l.extId));
  await setSettings(l.context, { researchMode: true });
  await (await l.context.newPage()).goto(PAGE);
  await entriesWhen(log, (es) => es.length === 1, 'the menu page');
  await log.reload();
  await log.getByTestId('family-chart').waitFor();
  return log;
}

const hex = (css: string) => formatHex(parse(css)!)!;
const dE = differenceCiede2000();
const sim = (f: (c: Color) => Color) => (h: string) => f(parse(h)!);
const deut = sim(filterDeficiencyDeuter(1));
const prot = sim(filterDeficiencyProt(1));

describe.each(['en', 'es', 'ko'])('the research page in %s', (lang) => {
  it('is in that language, with family titles', async () => {
    const log = await researchPage(lang);
    const m = MESSAGES[lang]!;
    expect(await log.locator('h1').textContent()).toBe(m.research_title!.message);
    expect(await log.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    expect(await log.getByRole('button', { name: m.research_export_csv!.message }).count()).toBe(1);
    const legend = await log.getByTestId('chart-legend').locator('li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-family')!, li.textContent!.trim()]));
    expect(legend.length).toBeGreaterThan(2);
    for (const [family, text] of legend) expect(text).toBe(m[`family_${family.replace(/-/g, '_')}`]!.message);
    const options = await log.locator('select[name=family] option').allTextContents();
    expect(options).toContain(m.family_human_source!.message);
    expect(options).not.toContain('human-source');
  });
});

describe('chart colours', () => {
  it('can be told apart and read against the page, in light and dark', async () => {
    const log = await researchPage();
    const families = [...new Set(expectedFindings('research/many-claims.html', 'strict', 'uk').all.map((f) => f.family))];
    for (const pair of [['injectable', 'compromised-skin'], ['approval-claim', 'efficacy-claim']]) expect(families, 'the fixture shows both').toEqual(expect.arrayContaining(pair));
    for (const colorScheme of ['light', 'dark'] as const) {
      await log.emulateMedia({ colorScheme });
      await expect.poll(() => log.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('');
      const seen = await log.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        bars: [...document.querySelectorAll('[data-testid="family-chart"] rect')].map((r) => [r.getAttribute('data-family')!, getComputedStyle(r).fill]),
        swatches: [...document.querySelectorAll('[data-testid="chart-legend"] li')].map((li) => [li.getAttribute('data-family')!, getComputedStyle(li.querySelector('.swatch')!).backgroundColor]),
      }));
      const bg = hex(seen.bg);
      const color = new Map(seen.bars.map(([f, c]) => [f as Family, hex(c!)]));
      expect(color.size, colorScheme).toBe(families.length);
      for (const [f, c] of seen.swatches) expect(hex(c!), `${colorScheme} legend ${f}`).toBe(color.get(f as Family));
      for (const [f, c] of color) expect(wcagContrast(c, bg), `${colorScheme} ${f} on ${bg}`).toBeGreaterThanOrEqual(3);
      const list = [...color];
      for (let i = 0; i < list.length; i++)
        for (let k = i + 1; k < list.length; k++) expect(dE(list[i]![1], list[k]![1]), `${colorScheme} ${list[i]![0]} / ${list[k]![0]}`).toBeGreaterThanOrEqual(20);
      for (const [a, b] of [['injectable', 'compromised-skin'], ['approval-claim', 'efficacy-claim']] as [Family, Family][]) {
        expect(dE(deut(color.get(a)!), deut(color.get(b)!)), `${colorScheme} ${a} / ${b}, deuteranopia`).toBeGreaterThanOrEqual(15);
        expect(dE(prot(color.get(a)!), prot(color.get(b)!)), `${colorScheme} ${a} / ${b}, protanopia`).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('accessibility', () => {
  it('has no axe violations in light and dark, with the note editor, page states and findings open', async () => {
    const log = await researchPage();
    for (const d of await log.locator('li.entry details summary').all()) await d.click();
    await log.locator('li.entry input[name=case]').fill('Menu case');
    await log.getByRole('button', { name: 'Save note and case' }).click();
    await log.getByTestId('case-tag').waitFor();
    for (const d of await log.locator('li.entry details:not([open]) summary').all()) await d.click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await log.emulateMedia({ colorScheme });
      expect(await axe(log), colorScheme).toEqual([]);
    }
  });
});

describe('a log from the version before', () => {
  it('is kept when the log moves to one entry per visit (database version 1 to 2), and logging goes on', async () => {
    l = await launch();
    const opts = await l.context.newPage();
    await opts.goto(`chrome-extension://${l.extId}/src/options/index.html`);
    // The version-1 store as it was: a unique (url, textHash) index, no visit index, an entry of the old shape.
    const old = {
      id: 'old1', url: 'https://old.example/a', site: 'old.example', title: 'Old page', capturedAt: '2026-01-02T03:04:05.000Z', jurisdiction: 'uk',
      extensionVersion: '0.1.0', rulesVersion: 'rules-2026-01-01', textHash: 'b'.repeat(64),
      findings: [{ quote: 'exosome injections', prefix: 'We offer ', suffix: ' here.', rule: 'injectable.injection', family: 'injectable', context: 'promotional', severity: 'high', start: 9, end: 27, fragmentLink: 'https://old.example/a#:~:text=exosome%20injections' }],
    };
    await opts.evaluate(
      (entry) =>
        new Promise<void>((ok, fail) => {
          const r = indexedDB.open('exocheck-research', 1);
          r.onupgradeneeded = () => {
            const s = r.result.createObjectStore('entries', { keyPath: 'id' });
            s.createIndex('url', 'url');
            s.createIndex('site', 'site');
            s.createIndex('capturedAt', 'capturedAt');
            s.createIndex('capture', ['url', 'textHash'], { unique: true });
            s.add(entry);
          };
          r.onsuccess = () => {
            r.result.close();
            ok();
          };
          r.onerror = () => fail(r.error);
        }),
      old,
    );
    const log = await l.context.newPage();
    await log.goto(researchUrl(l.extId));
    await expect.poll(() => log.getByTestId('shown-counts').textContent()).toBe('Showing 1 of 1 pages, 1 findings.');
    await setSettings(l.context, { researchMode: true });
    await (await l.context.newPage()).goto(PAGE);
    const all = await entriesWhen(log, (es) => es.length === 2, 'the old entry and a new one');
    expect(all.find((e) => e.id === 'old1')).toEqual(old);
    const indexes = await log.evaluate(
      () =>
        new Promise<[string, boolean][]>((ok) => {
          const r = indexedDB.open('exocheck-research');
          r.onsuccess = () => {
            const s = r.result.transaction('entries').objectStore('entries');
            ok([...s.indexNames].map((n) => [n, s.index(n).unique]));
            r.result.close();
          };
        }),
    );
    expect(Object.fromEntries(indexes)).toEqual({ capture: false, capturedAt: false, site: false, url: false, visit: false });
  });
});
