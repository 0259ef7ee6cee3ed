import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { guessJurisdiction, type Evidence } from '../../src/engine/jurisdiction';
import { EVIDENCE_KINDS } from '../../src/shared/messages';

// The jurisdiction guess travels as data (kind + value) and each UI words it; this pins the popup's
// wording for every kind and value the engine produces, and that no English phrase is parsed back.
vi.mock('webextension-polyfill', async () => {
  const { enGetMessage } = await import('./en-messages');
  return { default: { i18n: { getMessage: enGetMessage, getUILanguage: () => 'en' } } };
});
const { evidenceText, evidenceList } = await import('../../src/shared/ui/evidence');

const ALL: Evidence[] = [
  { kind: 'domain', jurisdiction: 'uk', value: '.co.uk', weight: 4 },
  ...['£', '€', 'A$', 'C$', '₩', '¥', 'US$', '$'].map((value) => ({ kind: 'currency' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  ...['+44', '+61', '+82', '+81', '+1', '+EU'].map((value) => ({ kind: 'phone' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  ...['uk', 'ca', 'au', 'us'].map((value) => ({ kind: 'postcode' as const, jurisdiction: 'us' as const, value, weight: 1 })),
  { kind: 'lang', jurisdiction: 'uk', value: 'en-GB', weight: 2 },
  { kind: 'locale', jurisdiction: 'kr', value: 'ko', weight: 0.5 },
  { kind: 'default', jurisdiction: 'us', value: '', weight: 0 },
];

describe('jurisdiction evidence in the popup', () => {
  it.each(ALL.map((e) => [`${e.kind} ${e.value}`, e] as const))('%s is worded from a message, keeping its value', (_, e) => {
    const out = evidenceText(e);
    expect(out).not.toMatch(/^reason_|\$[A-Z_]+\$/);
    expect(out.length).toBeGreaterThan(3);
    if (e.value && e.kind !== 'postcode' && e.value !== '+EU') expect(out).toContain(e.value);
  });

  it('words every evidence kind of the engine (the wire list and the engine type agree)', () => {
    const kinds = new Set(ALL.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...EVIDENCE_KINDS].sort());
  });

  it('says "no clear signal" when there is no evidence at all', () => {
    expect(evidenceList([])).toBe('no clear signal on the page');
    expect(evidenceList(guessJurisdiction({ hostname: 'a.co.uk', text: '£5' }).evidence)).toBe('domain ends in .co.uk, prices in £');
  });

  it('the weak-guess note follows the engine: a bare "$" is not confident, .co.uk with £ is', () => {
    expect(guessJurisdiction({ text: 'Only $99 today' }).confident).toBe(false);
    expect(guessJurisdiction({ hostname: 'a.co.uk', text: '£5' }).confident).toBe(true);
  });

  it('no UI parses English reason phrases back, and the magic "chosen in settings" string is gone', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = `${d}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) files.push(p);
      }
    };
    walk('src');
    for (const f of files) {
      const s = readFileSync(f, 'utf8');
      expect(s, f).not.toMatch(/chosen in settings/);
      expect(s, f).not.toMatch(/jurisdictionReasons/);
      if (!f.startsWith('src/engine/') && !f.startsWith('src/cli/')) expect(s, f).not.toMatch(/\^\(?your browser language|\/\^domain ends in/);
    }
  });
});
