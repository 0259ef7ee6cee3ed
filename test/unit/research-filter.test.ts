import { beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/evidence/entry';
import { applyFilter, EMPTY_FILTER, exportFileName } from '../../src/research/filter';
import { logCapture } from '../../src/research/log';
import { summarise } from '../../src/evidence/summary';
import { generateEntries } from './research-gen';

let log: LogEntry[];
beforeAll(async () => {
  log = await generateEntries(40, 3);
  // Vary families/severities so the finding-level filters have something to cut.
  log[0] = { ...log[0], findings: log[0].findings.map((f, i) => (i === 0 ? { ...f, family: 'safety-claim', severity: 'info' } : f)) };
});

describe('research page filters', () => {
  it('filters by site and by capture date (inclusive, UTC)', () => {
    const site = log[3].site;
    expect(applyFilter(log, { ...EMPTY_FILTER, site }).every((e) => e.site === site)).toBe(true);
    expect(applyFilter(log, { ...EMPTY_FILTER, site })).toHaveLength(log.filter((e) => e.site === site).length);
    const day = log[0].capturedAt.slice(0, 10);
    expect(applyFilter(log, { ...EMPTY_FILTER, from: day, to: day })).toHaveLength(40);
    expect(applyFilter(log, { ...EMPTY_FILTER, to: '2025-12-31' })).toHaveLength(0);
  });

  it('narrows findings by family and severity, dropping pages left with none', () => {
    const safety = applyFilter(log, { ...EMPTY_FILTER, family: 'safety-claim' });
    expect(safety).toHaveLength(1);
    expect(safety[0].findings).toHaveLength(1);
    expect(log[0].findings).toHaveLength(3); // the log itself is untouched
    const high = applyFilter(log, { ...EMPTY_FILTER, severity: 'high' });
    expect(high).toHaveLength(40);
    expect(high[0].findings).toHaveLength(2);
  });

  it('searches titles, URLs and quotes in their context, case-insensitively', () => {
    expect(applyFilter(log, { ...EMPTY_FILTER, query: 'PAGE/7?' }).map((e) => e.url)).toEqual([log[7].url]);
    expect(applyFilter(log, { ...EMPTY_FILTER, query: 'title 12 ' }).map((e) => e.title)).toEqual([log[12].title]);
    expect(applyFilter(log, { ...EMPTY_FILTER, query: 'injection number 2' })).toHaveLength(40);
    expect(applyFilter(log, { ...EMPTY_FILTER, query: 'no such words' })).toHaveLength(0);
  });

  it('summarises per site, most findings first', () => {
    const s = summarise(log);
    expect(s.reduce((n, x) => n + x.pages, 0)).toBe(40);
    expect(s.reduce((n, x) => n + x.findings, 0)).toBe(120);
    expect(s.map((x) => x.findings)).toEqual([...s.map((x) => x.findings)].sort((a, b) => b - a));
  });

  it('names export files with their counts', () => {
    expect(exportFileName('csv', 3, 7, new Date('2026-11-23T10:00:00Z'))).toBe('exocheck-research-2026-11-23-3pages-7findings.csv');
  });
});

describe('logCapture', () => {
  const base = { title: 't', jurisdiction: 'uk' as const, findings: [], strictness: 'standard' as const, visit: 'v1', truncated: false };
  it('does not log non-web pages or pages that never mention exosomes (before touching storage)', async () => {
    expect(await logCapture({ ...base, url: 'file:///x.html', blocks: [{ text: 'exosome' }], onTopic: true })).toEqual({ status: 'skipped', reason: 'not-web' });
    expect(await logCapture({ ...base, url: 'https://bakery.example/', blocks: [{ text: 'Bread and cakes.' }], onTopic: false })).toEqual({ status: 'skipped', reason: 'off-topic' });
  });
});
