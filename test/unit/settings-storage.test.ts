import { beforeEach, describe, expect, it, vi } from 'vitest';

// storage.ts binds browser.storage.local by default; these tests pass their own area, and the mock only
// stands in for the polyfill's import-time check (it throws outside an extension) and onChanged.
const listeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {},
      onChanged: {
        addListener: (l: (typeof listeners)[number]) => listeners.push(l),
        removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
}));

const storage = await import('../../src/shared/storage');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (keys: string | string[]) => {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

beforeEach(() => {
  storage.resetWarnings();
  vi.restoreAllMocks();
});

describe('loadSettings', () => {
  it('empty storage gives the defaults without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await storage.loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a corrupt value falls back to the default and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const area = memoryArea({ settings: { strictness: 'paranoid', jurisdiction: 'uk', pausedSites: 'x', mutedRules: ['a'] } });
    const s = await storage.loadSettings(area);
    expect(s).toEqual({ ...DEFAULT_SETTINGS, jurisdiction: 'uk', mutedRules: ['a'] });
    await storage.loadSettings(area);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/strictness/);
  });

  it.each([['a string'], [42], [[1, 2]], [null]])('a foreign value (%j) gives the defaults', async (v) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await storage.loadSettings(memoryArea({ settings: v }))).toEqual(DEFAULT_SETTINGS);
  });

  it('a storage error gives the defaults instead of throwing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const area = { ...memoryArea(), get: async () => Promise.reject(new Error('quota')) };
    expect(await storage.loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('saveSettings / updateSettings', () => {
  it('stores only what differs from the defaults', async () => {
    const area = memoryArea();
    await storage.saveSettings({ ...DEFAULT_SETTINGS, strictness: 'strict', pausedSites: [], mutedRules: [] }, area);
    expect(area.data).toEqual({ settings: { strictness: 'strict' } });
  });

  it('removes the key when everything is back to default', async () => {
    const area = memoryArea({ settings: { strictness: 'strict' } });
    await storage.updateSettings(() => ({ strictness: 'standard' }), area);
    expect(area.data).toEqual({});
  });

  it('keeps other stored settings when one changes', async () => {
    const area = memoryArea({ settings: { jurisdiction: 'kr', mutedRules: ['r1'] } });
    await storage.updateSettings(() => ({ researchMode: true }), area);
    expect(area.data.settings).toEqual({ jurisdiction: 'kr', mutedRules: ['r1'], researchMode: true });
  });

  it('never writes an invalid value even if a caller passes one', async () => {
    const area = memoryArea();
    await storage.updateSettings(() => ({ strictness: 'bogus' as never }), area);
    expect(area.data).toEqual({});
  });
});

describe('pause and mute', () => {
  it('pauses and unpauses a hostname, normalised', async () => {
    const area = memoryArea();
    let s = await storage.pauseSite('Clinic.Example.CO.UK.', area);
    expect(s.pausedSites).toEqual(['clinic.example.co.uk']);
    s = await storage.pauseSite('clinic.example.co.uk', area);
    expect(s.pausedSites).toEqual(['clinic.example.co.uk']);
    expect(storage.isSitePaused(s, 'clinic.example.co.uk')).toBe(true);
    expect(storage.isSitePaused(s, 'other.example.co.uk')).toBe(false);
    s = await storage.unpauseSite('clinic.example.co.uk', area);
    expect(s.pausedSites).toEqual([]);
    expect(area.data).toEqual({});
  });

  it('a paused parent domain covers its subdomains, not look-alikes', () => {
    const s = { pausedSites: ['example.com'] };
    expect(storage.isSitePaused(s, 'www.example.com')).toBe(true);
    expect(storage.isSitePaused(s, 'example.com')).toBe(true);
    expect(storage.isSitePaused(s, 'badexample.com')).toBe(false);
  });

  it('rejects an empty hostname or rule id rather than storing it', async () => {
    await expect(storage.pauseSite('  ', memoryArea())).rejects.toThrow(/empty/);
    await expect(storage.muteRule('', memoryArea())).rejects.toThrow(/empty/);
  });

  it('mutes and unmutes a rule; unmuting forgets its count', async () => {
    const area = memoryArea();
    await storage.muteRule('injectable.injection', area);
    await storage.muteRule('injectable.injection', area);
    expect((await storage.loadSettings(area)).mutedRules).toEqual(['injectable.injection']);
    await storage.bumpMutedCounts({ 'injectable.injection': 3, other: 1 }, undefined, area);
    await storage.unmuteRule('injectable.injection', area);
    expect((await storage.loadSettings(area)).mutedRules).toEqual([]);
    expect(await storage.getMutedCounts(area)).toEqual({ other: 1 });
  });
});

describe('muted counts', () => {
  it('adds up across scans and ignores bad numbers', async () => {
    const area = memoryArea();
    await storage.bumpMutedCounts({ a: 2 }, undefined, area);
    await storage.bumpMutedCounts({ a: 3, b: 1, c: -4, d: 1.5, e: Number.NaN }, undefined, area);
    expect(await storage.getMutedCounts(area)).toEqual({ a: 5, b: 1 });
  });

  it('a corrupt stored map reads as empty or drops bad entries', async () => {
    expect(await storage.getMutedCounts(memoryArea({ mutedCounts: 'junk' }))).toEqual({});
    expect(await storage.getMutedCounts(memoryArea({ mutedCounts: { a: 2, b: 'x', c: -1 } }))).toEqual({ a: 2 });
  });

  it('does not write when nothing was added', async () => {
    const area = memoryArea();
    await storage.bumpMutedCounts({}, undefined, area);
    expect(area.data).toEqual({});
  });
});

describe('muted counts per page', () => {
  it('a rescan of the same page does not count the same hidden findings again', async () => {
    const area = memoryArea();
    await storage.bumpMutedCounts({ a: 2 }, 'https://x.example/p', area);
    await storage.bumpMutedCounts({ a: 2 }, 'https://x.example/p', area);
    await storage.bumpMutedCounts({ a: 1 }, 'https://x.example/p', area); // fewer now: nothing to add
    expect(await storage.getMutedCounts(area)).toEqual({ a: 2 });
    await storage.bumpMutedCounts({ a: 3, b: 1 }, 'https://x.example/p', area); // the page grew
    expect(await storage.getMutedCounts(area)).toEqual({ a: 3, b: 1 });
    await storage.bumpMutedCounts({ a: 2 }, 'https://y.example/', area); // another page
    expect(await storage.getMutedCounts(area)).toEqual({ a: 5, b: 1 });
  });

  it('concurrent bumps in one context are not lost', async () => {
    const area = memoryArea();
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.bumpMutedCounts({ a: 1 }, `https://x.example/${i}`, area)));
    expect(await storage.getMutedCounts(area)).toEqual({ a: 20 });
  });

  it('remembers at most 200 pages, dropping the oldest', async () => {
    const area = memoryArea();
    for (let i = 0; i < 205; i++) await storage.bumpMutedCounts({ a: 1 }, `https://x.example/${i}`, area);
    const seen = area.data.mutedSeen as Record<string, unknown>;
    expect(Object.keys(seen)).toHaveLength(200);
    expect(seen['https://x.example/0']).toBeUndefined();
    expect(seen['https://x.example/204']).toEqual({ a: 1 });
  });

  it('unmuting forgets the rule on every page, so muting it again counts afresh', async () => {
    const area = memoryArea();
    await storage.muteRule('a', area);
    await storage.bumpMutedCounts({ a: 2 }, 'https://x.example/p', area);
    await storage.unmuteRule('a', area);
    expect(await storage.getMutedCounts(area)).toEqual({});
    await storage.bumpMutedCounts({ a: 2 }, 'https://x.example/p', area);
    expect(await storage.getMutedCounts(area)).toEqual({ a: 2 });
  });

  it('a corrupt seen map is ignored', async () => {
    const area = memoryArea({ mutedSeen: 'junk' });
    await storage.bumpMutedCounts({ a: 1 }, 'https://x.example/p', area);
    expect(await storage.getMutedCounts(area)).toEqual({ a: 1 });
  });
});

describe('onSettingsChanged', () => {
  it('delivers validated settings for the local area only, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = storage.onSettingsChanged((s) => seen.push(s));
    for (const l of [...listeners]) l({ settings: { newValue: { strictness: 'strict' } } }, 'local');
    for (const l of [...listeners]) l({ settings: { newValue: { strictness: 'strict' } } }, 'sync');
    for (const l of [...listeners]) l({ other: { newValue: 1 } }, 'local');
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, strictness: 'strict' }]);
    off();
    expect(listeners).toHaveLength(0);
  });

  it('a removed key (all defaults) delivers the defaults', () => {
    const seen: unknown[] = [];
    const off = storage.onSettingsChanged((s) => seen.push(s));
    for (const l of [...listeners]) l({ settings: {} }, 'local');
    expect(seen).toEqual([DEFAULT_SETTINGS]);
    off();
  });
});
