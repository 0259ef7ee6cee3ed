import { describe, expect, it } from 'vitest';
import { parseFromContent, parseFromPopup, parseToContent, countFindings } from '../../src/shared/messages';

const ID = 'abc';
const ORIGIN = 'chrome-extension://abc/';
const report = {
  url: 'https://clinic.example/',
  findings: [{ rule: 'r', family: 'injectable', context: 'promotional', severity: 'high', text: 'exosome injections', excerpt: 'We offer exosome injections' }],
  jurisdiction: 'uk',
  guess: { jurisdiction: 'uk', evidence: [{ kind: 'domain', value: '.co.uk' }], confident: true, chosenInSettings: false },
  offTopic: false,
  muted: {},
  truncated: false,
};

describe('message validation', () => {
  it('accepts a frame report only from a tab of this extension', () => {
    const tabSender = { id: ID, url: 'https://clinic.example/', tab: { id: 3 }, frameId: 0 };
    expect(parseFromContent({ type: 'frameReport', report }, tabSender, ID, ORIGIN)).not.toBeNull();
    expect(parseFromContent({ type: 'frameReport', report }, { ...tabSender, id: 'other' }, ID, ORIGIN)).toBeNull();
    expect(parseFromContent({ type: 'frameReport', report }, { id: ID, url: ORIGIN + 'popup.html' }, ID, ORIGIN)).toBeNull();
    expect(parseFromContent({ type: 'frameReport', report: { ...report, jurisdiction: 'mars' } }, tabSender, ID, ORIGIN)).toBeNull();
    const bad = { ...report, findings: [{ ...report.findings[0], severity: 'catastrophic' }] };
    expect(parseFromContent({ type: 'frameReport', report: bad }, tabSender, ID, ORIGIN)).toBeNull();
    expect(parseFromContent({ type: 'getTabState', tabId: 1 }, tabSender, ID, ORIGIN)).toBeNull();
  });

  it('takes the jurisdiction guess as data only: known evidence kinds, short values, both flags', () => {
    const tabSender = { id: ID, url: 'https://clinic.example/', tab: { id: 3 }, frameId: 0 };
    const withGuess = (guess: unknown) => parseFromContent({ type: 'frameReport', report: { ...report, guess } }, tabSender, ID, ORIGIN);
    expect(withGuess({ ...report.guess, evidence: [{ kind: 'locale', value: 'en-GB' }, { kind: 'default', value: '' }] })).not.toBeNull();
    // English phrases (the old wire format) are refused, as are unknown kinds and missing flags.
    expect(withGuess(['domain ends in .co.uk'])).toBeNull();
    expect(withGuess({ ...report.guess, evidence: [{ kind: 'vibes', value: 'x' }] })).toBeNull();
    expect(withGuess({ ...report.guess, evidence: [{ kind: 'domain', value: 'x'.repeat(101) }] })).toBeNull();
    expect(withGuess({ ...report.guess, evidence: Array(21).fill({ kind: 'domain', value: '.uk' }) })).toBeNull();
    expect(withGuess({ ...report.guess, confident: 'yes' })).toBeNull();
    const { chosenInSettings: _, ...noFlag } = report.guess;
    expect(withGuess(noFlag)).toBeNull();
    expect(withGuess({ ...report.guess, jurisdiction: 'mars' })).toBeNull();
    const { offTopic: __, ...noTopic } = report;
    expect(parseFromContent({ type: 'frameReport', report: noTopic }, tabSender, ID, ORIGIN)).toBeNull();
  });

  it('accepts popup requests only from our extension pages', () => {
    const popup = { id: ID, url: ORIGIN + 'src/popup/index.html' };
    expect(parseFromPopup({ type: 'getTabState', tabId: 4 }, popup, ID, ORIGIN)).toEqual({ type: 'getTabState', tabId: 4 });
    expect(parseFromPopup({ type: 'revealFinding', tabId: 4, index: 2 }, popup, ID, ORIGIN)).toEqual({ type: 'revealFinding', tabId: 4, index: 2 });
    expect(parseFromPopup({ type: 'getTabState', tabId: 4 }, { id: ID, url: 'https://evil.example/', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(parseFromPopup({ type: 'getTabState', tabId: -1 }, popup, ID, ORIGIN)).toBeNull();
    expect(parseFromPopup({ type: 'revealFinding', tabId: 4, index: 1.5 }, popup, ID, ORIGIN)).toBeNull();
  });

  it('lets the content script take orders only from the background or our pages', () => {
    expect(parseToContent({ type: 'nextFinding' }, { id: ID, url: ORIGIN + 'service-worker-loader.js' }, ID, ORIGIN)).toEqual({ type: 'nextFinding' });
    expect(parseToContent({ type: 'revealFinding', index: 0 }, { id: ID, url: ORIGIN + 'p.html', tab: { id: 2 } }, ID, ORIGIN)).toEqual({ type: 'revealFinding', index: 0 });
    // another content script of ours, in some tab, is not a valid sender
    expect(parseToContent({ type: 'nextFinding' }, { id: ID, url: 'https://x.example/', tab: { id: 2 } }, ID, ORIGIN)).toBeNull();
    expect(parseToContent({ type: 'nextFinding' }, { id: 'zzz' }, ID, ORIGIN)).toBeNull();
    expect(parseToContent({ type: 'eval', code: '1' }, { id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('counts by severity', () => {
    expect(countFindings([{ severity: 'high' }, { severity: 'info' }, { severity: 'high' }])).toEqual({ high: 2, medium: 0, info: 1, total: 3 });
  });
});
