// The research capture travels with the top frame's report while research mode is on, and is checked by
// the same validator as the report (shared/messages.ts): every finding inside the text it came with.
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine';
import type { Block } from '../../src/engine/types';
import { captureOf } from '../../src/evidence/capture';
import { isPageCapture, MAX_CAPTURE_CHARS, MAX_CAPTURE_FINDINGS, parseFromContent, parseResearchRequest, type PageCapture } from '../../src/shared/messages';

const blocks: Block[] = [
  { text: 'Exosome facials', kind: 'heading' },
  { text: 'We inject exosomes into the scalp.' },
  { text: 'Our exosomes are FDA approved.' },
  { text: 'Regulators warn that no exosome product is approved.' },
];

function capture(strictness: 'relaxed' | 'standard' | 'strict'): PageCapture {
  const r = scanDocument(blocks, { strictness, jurisdiction: 'uk' });
  return captureOf({ url: 'https://clinic.example/', title: 'Clinic', blocks, all: r.all, shown: r.findings, jurisdiction: 'uk', strictness, visit: 'abc123', truncated: false, onTopic: !r.offTopic });
}

describe('captureOf', () => {
  it('carries every finding the engine made, each marked shown or not, at the reader strictness', () => {
    for (const s of ['relaxed', 'standard', 'strict'] as const) {
      const r = scanDocument(blocks, { strictness: s, jurisdiction: 'uk' });
      const c = capture(s);
      expect(c.findings).toHaveLength(r.all.length);
      expect(c.findings.filter((f) => f.shown)).toHaveLength(r.findings.length);
      expect(c.strictness).toBe(s);
      expect(isPageCapture(c)).toBe(true);
    }
  });

  it('stops at the capture bound and says so', () => {
    const many = Array.from({ length: MAX_CAPTURE_FINDINGS + 5 }, (_, i) => ({ rule: 'r', family: 'injectable' as const, context: 'promotional' as const, severity: 'high' as const, block: 1, start: 0, end: 3, text: 'We ', confidence: i }));
    const c = captureOf({ url: 'https://x.example/', title: 't', blocks, all: many, shown: [], jurisdiction: 'uk', strictness: 'standard', visit: 'v', truncated: false, onTopic: true });
    expect(c.findings).toHaveLength(MAX_CAPTURE_FINDINGS);
    expect(c.truncated).toBe(true);
    expect(isPageCapture(c)).toBe(true);
  });
});

describe('isPageCapture', () => {
  const good = capture('standard');
  it.each([
    ['a finding past its block', (c: PageCapture) => void (c.findings[0]!.end = 999)],
    ['a finding in no block', (c: PageCapture) => void (c.findings[0]!.block = 99)],
    ['a finding without shown', (c: PageCapture) => void delete (c.findings[0] as Partial<(typeof c.findings)[0]>).shown],
    ['an unknown strictness', (c: PageCapture) => void ((c as { strictness: string }).strictness = 'max')],
    ['a visit id with a slash', (c: PageCapture) => void (c.visit = 'a/b')],
    ['too much text', (c: PageCapture) => void (c.blocks = [{ text: 'x'.repeat(MAX_CAPTURE_CHARS + 1) }])],
    ['a block that is not text', (c: PageCapture) => void ((c.blocks as unknown[])[0] = { text: 3 })],
    ['no topic flag', (c: PageCapture) => void delete (c as Partial<PageCapture>).onTopic],
  ])('refuses %s', (_what, spoil) => {
    const c = structuredClone(good);
    spoil(c);
    expect(isPageCapture(c)).toBe(false);
  });

  it('a report with a bad capture is dropped whole; one without a capture is fine', () => {
    const sender = { id: 'ext', tab: { id: 3 }, frameId: 0, url: 'https://clinic.example/' };
    const report = { url: 'https://clinic.example/', findings: [], jurisdiction: 'uk', guess: { jurisdiction: 'uk', evidence: [], confident: false, chosenInSettings: false }, offTopic: false, muted: {}, truncated: false };
    expect(parseFromContent({ type: 'frameReport', report }, sender, 'ext', 'chrome-extension://ext/')).not.toBeNull();
    expect(parseFromContent({ type: 'frameReport', report: { ...report, capture: good } }, sender, 'ext', 'chrome-extension://ext/')).not.toBeNull();
    expect(parseFromContent({ type: 'frameReport', report: { ...report, capture: { ...good, findings: [{}] } } }, sender, 'ext', 'chrome-extension://ext/')).toBeNull();
  });

  it('research requests come only from our own pages', () => {
    const popup = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };
    expect(parseResearchRequest({ type: 'logPage', tabId: 7 }, popup, 'ext', 'chrome-extension://ext/')).toEqual({ type: 'logPage', tabId: 7 });
    expect(parseResearchRequest({ type: 'getResearchStatus', tabId: 7 }, popup, 'ext', 'chrome-extension://ext/')).toEqual({ type: 'getResearchStatus', tabId: 7 });
    expect(parseResearchRequest({ type: 'logPage', tabId: 7 }, { id: 'ext', tab: { id: 7 }, url: 'https://evil.example/' }, 'ext', 'chrome-extension://ext/')).toBeNull();
    expect(parseResearchRequest({ type: 'logPage', tabId: -1 }, popup, 'ext', 'chrome-extension://ext/')).toBeNull();
  });
});
