// The research page, in Chromium with the built extension: a note and a case tag on an entry, a case
// filter, notes and cases kept through JSON and CSV export and import; exports that explain each finding
// (what the finding is, the legal status where the page is aimed); and the audit's CSV imported.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/evidence/csv';
import type { LogEntry } from '../../src/evidence/entry';
import { CSV_COLUMNS } from '../../src/evidence/export-csv';
import { FAMILY_INFO } from '../../src/rules/families';
import { LEGAL_STATUS, ORIGINS } from '../../src/rules/legal-status';
import en from '../../public/_locales/en/messages.json';
import { close, FIXTURES, launch, type Launched } from './lib/popup-launch';
import { entriesWhen, rawRecords, researchUrl, setSettings } from './lib/research';

const A = 'https://glow-clinic.example/research/clinic-a.html';
const B = 'https://skin-studio.example/research/clinic-b.html';
const CLI = join(process.cwd(), 'dist', 'cli', 'exocheck.js');

let l: Launched;
let log: Page;
let tmp: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'exocheck-research-'));
  l = await launch();
  await setSettings(l.context, { researchMode: true });
  log = await l.context.newPage();
  await log.goto(researchUrl(l.extId));
  for (const url of [A, B]) {
    const p = await l.context.newPage();
    await p.goto(url);
  }
  await entriesWhen(log, (es) => es.length === 2, 'both clinics');
  await log.reload();
});
afterAll(async () => {
  if (l) await close(l);
  rmSync(tmp, { recursive: true, force: true });
});

const counts = () => log.getByTestId('shown-counts').textContent();
const entry = (url: string) => log.locator('li.entry', { has: log.locator(`a.entry-title[href="${url}"]`) });

async function annotate(url: string, caseTag: string, note: string) {
  const li = entry(url);
  await li.locator('details.annotate summary').click();
  await li.getByLabel('Case').fill(caseTag);
  await li.getByLabel('Note').fill(note);
  await li.getByRole('button', { name: 'Save note and case' }).click();
  await expect.poll(() => li.getByTestId('note').textContent().catch(() => '')).toBe(note);
}

async function download(button: string): Promise<string> {
  const [d] = await Promise.all([log.waitForEvent('download'), log.getByRole('button', { name: button }).click()]);
  const text = readFileSync(await d.path(), 'utf8');
  files[button] = text;
  return text;
}

async function importFile(name: string, text: string, type: string) {
  await log.locator('input[name=import]').setInputFiles({ name, mimeType: type, buffer: Buffer.from(text) });
  await expect.poll(() => log.getByTestId('notice').textContent()).toContain(`Import of ${name}`);
  return (await log.getByTestId('notice').textContent()) ?? '';
}

async function deleteAll() {
  log.once('dialog', (d) => void d.accept());
  await log.getByRole('button', { name: /^Delete all shown/ }).click();
  await expect.poll(() => rawRecords(log).then((r) => r.length)).toBe(0);
}

describe('notes and case tags', () => {
  it('are added on the research page, filter the log, and are stored with the entry', async () => {
    await annotate(A, 'Hair clinics 2026', 'Phoned on 3 Nov; "=no reply".\nFollow up.');
    await annotate(B, 'Skin studios', 'Second source needed.');
    await expect.poll(() => entry(A).getByTestId('case-tag').textContent()).toBe('Hair clinics 2026');
    await log.locator('select[name=case]').selectOption('Hair clinics 2026');
    await expect.poll(counts).toMatch(/^Showing 1 of 2 pages/);
    await log.locator('input[name=query]').fill('second source');
    await expect.poll(counts).toMatch(/^Showing 0 of 2 pages/);
    await log.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(counts).toMatch(/^Showing 2 of 2 pages/);
    const stored = (await rawRecords(log)) as LogEntry[];
    expect(stored.find((e) => e.url === A)).toMatchObject({ caseTag: 'Hair clinics 2026', note: 'Phoned on 3 Nov; "=no reply".\nFollow up.' });
  });

  it('survive a JSON export, delete and import', async () => {
    const before = ((await rawRecords(log)) as LogEntry[]).sort((x, y) => x.id.localeCompare(y.id));
    const json = await download('Export JSON');
    await deleteAll();
    expect(await importFile('log.json', json, 'application/json')).toContain('2 new, 0 already in the log, 0 skipped as invalid (of 2).');
    expect(((await rawRecords(log)) as LogEntry[]).sort((x, y) => x.id.localeCompare(y.id))).toEqual(before);
  });

  it('survive a CSV export, delete and import, and the CSV explains each finding', async () => {
    const before = ((await rawRecords(log)) as LogEntry[]).sort((x, y) => x.id.localeCompare(y.id));
    const csv = await download('Export CSV');
    const rows = parseCsv(csv);
    const col = (r: string[], n: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(n)]!;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const label = (k: string) => (en as Record<string, { message: string }>)[k]!.message;
    for (const r of rows.slice(1)) {
      expect(col(r, 'message'), col(r, 'rule')).toBe(FAMILY_INFO[col(r, 'family') as keyof typeof FAMILY_INFO].title);
      if (col(r, 'family') === 'injectable') {
        const j = col(r, 'jurisdiction') as keyof typeof LEGAL_STATUS;
        for (const o of ORIGINS) expect(col(r, 'legal_status')).toContain(label(`legal_status_${LEGAL_STATUS[j].cells[o].injected.status.replace(/-/g, '_')}`));
        expect(col(r, 'legal_note')).toContain(LEGAL_STATUS[j].cells.human.injected.note);
      }
    }
    expect(rows.slice(1).some((r) => col(r, 'family') === 'injectable')).toBe(true);
    expect(rows.slice(1).filter((r) => col(r, 'url') === A).every((r) => col(r, 'case') === 'Hair clinics 2026')).toBe(true);
    await deleteAll();
    expect(await importFile('log.csv', csv, 'text/csv')).toContain('2 new, 0 already in the log, 0 skipped as invalid (of 2).');
    // A CSV does not hold the visit's page states and id; everything else comes back.
    const strip = (e: LogEntry) => {
      const { snapshots: _s, visit: _v, ...rest } = e;
      return rest;
    };
    expect(((await rawRecords(log)) as LogEntry[]).sort((x, y) => x.id.localeCompare(y.id)).map(strip)).toEqual(before.map(strip));
  });

  it('the HTML report carries the note, the case and what each finding means', async () => {
    const html = await download('Export HTML report');
    expect(html).toContain('Hair clinics 2026');
    expect(html).toContain('Phoned on 3 Nov; &quot;=no reply&quot;.\nFollow up.');
    const j = ((await rawRecords(log)) as LogEntry[]).find((e) => e.url === A)!.jurisdiction;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(esc(LEGAL_STATUS[j].cells.human.injected.note));
    expect(html).toContain(esc(FAMILY_INFO[((await rawRecords(log)) as LogEntry[]).find((e) => e.url === A)!.findings[0]!.family].title));
  });
});

describe("the audit's CSV", () => {
  it('imports into the research page, every finding of it', async () => {
    const dir = join(tmp, 'pages');
    execFileSync('mkdir', ['-p', dir]);
    for (const f of ['clinic-a.html', 'news.html', 'mixed.html']) copyFileSync(join(FIXTURES, 'research', f), join(dir, f));
    const out = join(tmp, 'audit.csv');
    execFileSync(process.execPath, [CLI, 'audit', dir, '--format', 'csv', '--out', out], { stdio: 'pipe' });
    const text = readFileSync(out, 'utf8');
    const findings = parseCsv(text).slice(1).filter((r) => r[CSV_COLUMNS.indexOf('finding_index')] !== '').length;
    expect(findings).toBeGreaterThan(0);
    await deleteAll();
    expect(await importFile('audit.csv', text, 'text/csv')).toContain('Import of audit.csv: 3 new, 0 already in the log, 0 skipped as invalid (of 3).');
    const stored = (await rawRecords(log)) as LogEntry[];
    expect(stored.reduce((n, e) => n + e.findings.length, 0)).toBe(findings);
    await expect.poll(counts).toMatch(/^Showing 3 of 3 pages/);
  });

  it('the audit summary and other files are refused with a reason, and nothing is imported', async () => {
    const summary = readFileSync(join(tmp, 'audit-summary.csv'), 'utf8');
    expect(await importFile('audit-summary.csv', summary, 'text/csv')).toContain("nothing was imported. This is the audit's per-site summary");
    expect(await importFile('notes.txt', 'Dear editor, my notes.', 'text/plain')).toContain('nothing was imported. Not an ExoCheck research export');
    expect(await rawRecords(log)).toHaveLength(3);
  });
});
