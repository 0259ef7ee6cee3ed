import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, diffFromDefaults, validateSettings, type Settings } from '../../src/shared/settings';
import { JURISDICTIONS, STRICTNESS } from '../../src/engine/types';

// validateSettings/diffFromDefaults are what storage.ts relies on: junk in, defaults out, never a throw,
// and what we store (the diff) reads back as exactly the settings we meant.

const validSettings = fc.record<Settings>({
  strictness: fc.constantFrom(...STRICTNESS),
  jurisdiction: fc.constantFrom('auto' as const, ...JURISDICTIONS),
  pausedSites: fc.uniqueArray(fc.domain(), { maxLength: 5 }),
  mutedRules: fc.uniqueArray(fc.stringMatching(/^[a-z-]+\.[a-z-]+$/), { maxLength: 5 }),
  researchMode: fc.boolean(),
});

describe('validateSettings', () => {
  it('never throws and always returns complete, valid settings', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { settings, errors } = validateSettings(raw);
        expect(STRICTNESS).toContain(settings.strictness);
        expect(['auto', ...JURISDICTIONS]).toContain(settings.jurisdiction);
        expect(Array.isArray(settings.pausedSites) && Array.isArray(settings.mutedRules)).toBe(true);
        expect(typeof settings.researchMode).toBe('boolean');
        expect(Array.isArray(errors)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stored diff reads back as the same settings (round trip)', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        const stored = JSON.parse(JSON.stringify(diffFromDefaults(s)));
        expect(validateSettings(stored)).toEqual({ settings: s, errors: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('the defaults store nothing', () => {
    expect(diffFromDefaults({ ...DEFAULT_SETTINGS, pausedSites: [], mutedRules: [] })).toEqual({});
  });

  it('keeps good keys when others are bad, and names each bad one', () => {
    const { settings, errors } = validateSettings({ strictness: 'strict', jurisdiction: 'fr', researchMode: 'yes', extra: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, strictness: 'strict' });
    expect(errors).toHaveLength(2);
    expect(errors.join(' ')).toMatch(/jurisdiction/);
    expect(errors.join(' ')).toMatch(/researchMode/);
  });

  it('salvages the good entries of oversized or malformed lists (and says so), and de-duplicates good ones', () => {
    // Changed by the hardening work (#7): a damaged list keeps its valid entries instead of emptying.
    const huge = validateSettings({ mutedRules: Array(10_001).fill('a.b') });
    expect(huge.settings.mutedRules).toEqual(['a.b']);
    expect(huge.errors.join(' ')).toMatch(/mutedRules: kept 1 valid entry/);
    const many = validateSettings({ pausedSites: Array.from({ length: 50_000 }, (_, i) => `s${i}.example`) });
    expect(many.settings.pausedSites).toHaveLength(10_000);
    expect(many.errors.join(' ')).toMatch(/pausedSites: kept 10000 valid entries, dropped 40000/);
    expect(validateSettings({ pausedSites: ['a.com', ''] }).settings.pausedSites).toEqual(['a.com']);
    expect(validateSettings({ pausedSites: ['a.com', 42, null, { x: 1 }, 'b.com'] }).settings.pausedSites).toEqual(['a.com', 'b.com']);
    expect(validateSettings({ pausedSites: ['a.com', 'a.com', 'b.com'] }).settings.pausedSites).toEqual(['a.com', 'b.com']);
  });

  it('does not share list instances with the frozen defaults', () => {
    const a = validateSettings(undefined).settings;
    a.mutedRules.push('x.y');
    expect(validateSettings(undefined).settings.mutedRules).toEqual([]);
    expect(DEFAULT_SETTINGS.mutedRules).toEqual([]);
  });
});
