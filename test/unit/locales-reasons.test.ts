import { describe, expect, it, vi } from 'vitest';
import { describeEvidence, guessJurisdiction, type Evidence } from '../../src/engine/jurisdiction';

// The content script sends the jurisdiction guess's reasons as English phrases; the popup maps each back
// to a message key so Spanish and Korean users read them in their language. This pins the contract:
// every phrase the engine can produce is recognised, with its value carried over.

const en = (await import('../../public/_locales/en/messages.json', { with: { type: 'json' } })).default as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      // A tiny stand-in for chrome.i18n.getMessage over the real en messages.
      getMessage: (key: string, subs?: string[]) => {
        const m = en[key];
        if (!m) return '';
        return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
          const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
          return subs?.[Number(content.slice(1)) - 1] ?? '';
        });
      },
      getUILanguage: () => 'en',
    },
  },
}));
const { translateReason, isWeakGuess } = await import('../../src/popup/reasons');

const ALL: Evidence[] = [
  { kind: 'domain', jurisdiction: 'uk', value: '.co.uk', weight: 4 },
  ...['£', '€', 'A$', 'C$', '₩', '¥', 'US$', '$'].map((value) => ({ kind: 'currency' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  ...['+44', '+61', '+82', '+81', '+1', '+EU'].map((value) => ({ kind: 'phone' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  ...['uk', 'ca', 'au', 'us'].map((value) => ({ kind: 'postcode' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  { kind: 'lang', jurisdiction: 'uk', value: 'en-GB', weight: 2 },
  { kind: 'locale', jurisdiction: 'kr', value: 'ko', weight: 0.5 },
  { kind: 'default', jurisdiction: 'us', value: '', weight: 0 },
];

describe('jurisdiction reasons in the popup', () => {
  it.each(ALL.map((e) => [describeEvidence(e), e] as const))('"%s" maps to a message, keeping its value', (phrase, e) => {
    const out = translateReason(phrase);
    expect(out).not.toMatch(/^reason_|\$[A-Z_]+\$/);
    // With the real en messages the round trip gives back the same phrase.
    expect(out).toBe(phrase);
    if (e.value && e.kind !== 'postcode' && e.value !== '+EU') expect(out).toContain(e.value);
  });

  it('an unknown phrase passes through unchanged', () => {
    expect(translateReason('something new')).toBe('something new');
  });

  it('flags a guess resting on the browser locale or on nothing as weak', () => {
    expect(isWeakGuess(guessJurisdiction({ locale: 'en-GB' }).reasons)).toBe(true);
    expect(isWeakGuess(guessJurisdiction({}).reasons)).toBe(true);
    expect(isWeakGuess(guessJurisdiction({ hostname: 'a.co.uk', text: '£5' }).reasons)).toBe(false);
  });

  it('covers every evidence kind the engine produces for real pages', () => {
    const texts = ['£1 +44 20 7946 0958 London W1G 9PF', '€1 +49 30 123456', 'A$1 +61 2 9876 5432 Sydney NSW 2000', 'C$1 +1 416 555 0199 Ottawa K1A 0B1', '30만원 +82 2 1234 5678', '¥1 +81 3 1234 5678', 'US$1 $5 +1 212 555 0199 Austin, TX 78701'];
    for (const text of texts)
      for (const r of guessJurisdiction({ text, hostname: 'x.co.uk', lang: 'en-GB' }).reasons) expect(translateReason(r), r).toBe(r);
  });
});
