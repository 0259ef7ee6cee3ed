// Generated messages and senders against every validator in src/shared/messages.ts: nothing throws, a
// sender that is not this extension (or is the wrong kind of context) never gets through, and whatever is
// accepted is rebuilt from known keys only (no extra fields, no prototype tricks reach a listener).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFromContent, parseFromPopup, parseToContent } from '../../src/shared/messages';

const ID = 'ourid';
const ORIGIN = 'chrome-extension://ourid/';

const sender = fc.record(
  {
    id: fc.constantFrom(ID, 'otherid', '', undefined),
    url: fc.constantFrom(`${ORIGIN}src/popup/index.html`, 'https://evil.example/', 'chrome-extension://otherid/x.html', undefined),
    tab: fc.option(fc.record({ id: fc.option(fc.integer(), { nil: undefined }) }), { nil: undefined }),
    frameId: fc.option(fc.integer(), { nil: undefined }),
  },
  { requiredKeys: [] },
);

const finding = fc.record({
  rule: fc.string(),
  family: fc.constantFrom('injectable', 'efficacy-claim', 'bogus'),
  context: fc.constantFrom('promotional', 'cautionary', 'x'),
  severity: fc.constantFrom('high', 'medium', 'info', 'critical'),
  text: fc.string(),
  excerpt: fc.string(),
});
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom('frameReport', 'getTabState', 'revealFinding', 'nextFinding', 'getPageCapture', '__proto__'), tabId: fc.anything(), index: fc.anything() }),
  fc.record({
    type: fc.constant('frameReport'),
    report: fc.record({
      url: fc.oneof(fc.string(), fc.integer()),
      findings: fc.array(finding, { maxLength: 5 }),
      jurisdiction: fc.constantFrom('uk', 'us', 'eu', 'nowhere'),
      guess: fc.record({
        jurisdiction: fc.constantFrom('uk', 'us', 'nowhere'),
        evidence: fc.array(fc.record({ kind: fc.constantFrom('domain', 'currency', 'lang', 'nonsense'), value: fc.string() }), { maxLength: 3 }),
        confident: fc.oneof(fc.boolean(), fc.constant(1)),
        chosenInSettings: fc.boolean(),
      }),
      offTopic: fc.oneof(fc.boolean(), fc.constant('no')),
      muted: fc.dictionary(fc.string(), fc.oneof(fc.nat(), fc.double())),
      truncated: fc.oneof(fc.boolean(), fc.constant('no')),
      longestTaskMs: fc.option(fc.double(), { nil: undefined }),
      peakTaskMs: fc.option(fc.double(), { nil: undefined }),
    }),
  }),
);

describe('message validators on generated input', () => {
  it('never throw, and only accept our own senders', () => {
    fc.assert(
      fc.property(message, sender, (raw, s) => {
        const c = parseFromContent(raw, s, ID, ORIGIN);
        const p = parseFromPopup(raw, s, ID, ORIGIN);
        const t = parseToContent(raw, s, ID, ORIGIN);
        if (s.id !== ID) expect([c, p, t]).toEqual([null, null, null]);
        // A content script's report needs a tab and a non-extension page.
        if (c) expect(typeof s.tab?.id === 'number' && !(s.url ?? '').startsWith(ORIGIN)).toBe(true);
        // Popup requests only from our extension pages.
        if (p) expect((s.url ?? '').startsWith(ORIGIN)).toBe(true);
        // Orders to the content script only from the background (no tab) or our pages.
        if (t) expect(s.tab === undefined || (s.url ?? '').startsWith(ORIGIN)).toBe(true);
        // What comes out carries only the keys of its type.
        if (p) expect(Object.keys(p).sort()).toEqual(p.type === 'getTabState' ? ['tabId', 'type'] : ['index', 'tabId', 'type']);
        if (t) expect(Object.keys(t).every((k) => k === 'type' || k === 'index')).toBe(true);
        if (c) expect(Object.keys(c).sort()).toEqual(['report', 'type']);
      }),
      { numRuns: 3000 },
    );
  });

  it('are not fooled by a __proto__ key, and return a fresh object without it', () => {
    const proto = JSON.parse('{"type":"getTabState","tabId":1,"__proto__":{"polluted":true}}');
    const got = parseFromPopup(proto, { id: ID, url: `${ORIGIN}p.html` }, ID, ORIGIN);
    expect(got).toEqual({ type: 'getTabState', tabId: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((got as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
