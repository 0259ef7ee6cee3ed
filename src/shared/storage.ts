import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY, diffFromDefaults, validateSettings, type Settings } from './settings';

// Settings live in storage.local under one key, validated on every read and stored as differences from
// the defaults (see settings.ts). Every writer goes through `updateSettings`, so the popup and the
// options page never store an unvalidated object. The content script listens to storage.onChanged.

/** The part of a storage area we use; tests pass an in-memory one. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const MUTED_COUNTS_KEY = 'mutedCounts';
/** Page → rule → findings already counted there, so rescanning a page does not count them again. */
export const MUTED_SEEN_KEY = 'mutedSeen';
const MAX_MUTED_COUNT_ENTRIES = 1000;
const MAX_SEEN_PAGES = 200;

// Read-modify-write of the counts runs one at a time within this page or worker (scans can finish
// together); across contexts a lost increment only makes a count slightly low.
let countsQueue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = countsQueue.then(job, job);
  countsQueue = run.catch(() => undefined);
  return run;
}

const local = (): StorageAreaLike => browser.storage.local as unknown as StorageAreaLike;

let warned = false;
/** Reports a corrupt stored value once per page, not on every read. */
function warnOnce(errors: string[]): void {
  if (warned || errors.length === 0) return;
  warned = true;
  console.warn(`ExoCheck: stored settings were partly invalid and fell back to defaults: ${errors.join('; ')}`);
}
/** For tests. */
export function resetWarnings(): void {
  warned = false;
}

export async function loadSettings(area: StorageAreaLike = local()): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (e) {
    warnOnce([`could not read settings: ${String(e)}`]);
    return validateSettings(undefined).settings;
  }
  const { settings, errors } = validateSettings(raw);
  warnOnce(errors);
  return settings;
}

export async function saveSettings(settings: Settings, area: StorageAreaLike = local()): Promise<Settings> {
  // Validate what we are about to write too, so a bug in a caller cannot store junk.
  const { settings: clean } = validateSettings(settings);
  const diff = diffFromDefaults(clean);
  if (Object.keys(diff).length === 0) await area.remove(SETTINGS_KEY);
  else await area.set({ [SETTINGS_KEY]: diff });
  return clean;
}

/** Read, change, write. `change` gets a fresh copy and returns the fields to change. */
export async function updateSettings(
  change: (s: Settings) => Partial<Settings>,
  area: StorageAreaLike = local(),
): Promise<Settings> {
  const current = await loadSettings(area);
  return saveSettings({ ...current, ...change(structuredClone(current)) }, area);
}

/** Lower-case, no trailing dot, no port: the form stored in pausedSites. */
export function normaliseHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** A site is paused when its hostname or a parent domain of it is in the list. */
export function isSitePaused(settings: Pick<Settings, 'pausedSites'>, hostname: string): boolean {
  const h = normaliseHostname(hostname);
  return settings.pausedSites.some((p) => h === p || h.endsWith(`.${p}`));
}

export function pauseSite(hostname: string, area?: StorageAreaLike): Promise<Settings> {
  const h = normaliseHostname(hostname);
  if (!h) return Promise.reject(new Error('pauseSite: empty hostname'));
  return updateSettings((s) => ({ pausedSites: s.pausedSites.includes(h) ? s.pausedSites : [...s.pausedSites, h] }), area);
}

/** Unpauses the hostname and any parent domain entry that covered it. */
export function unpauseSite(hostname: string, area?: StorageAreaLike): Promise<Settings> {
  const h = normaliseHostname(hostname);
  return updateSettings((s) => ({ pausedSites: s.pausedSites.filter((p) => !(h === p || h.endsWith(`.${p}`))) }), area);
}

export function muteRule(ruleId: string, area?: StorageAreaLike): Promise<Settings> {
  if (!ruleId) return Promise.reject(new Error('muteRule: empty rule id'));
  return updateSettings((s) => ({ mutedRules: s.mutedRules.includes(ruleId) ? s.mutedRules : [...s.mutedRules, ruleId] }), area);
}

/** Unmutes a rule and forgets how many findings it hid. */
export async function unmuteRule(ruleId: string, area: StorageAreaLike = local()): Promise<Settings> {
  const s = await updateSettings((s) => ({ mutedRules: s.mutedRules.filter((r) => r !== ruleId) }), area);
  await serial(async () => {
    const counts = await getMutedCounts(area);
    if (ruleId in counts) {
      delete counts[ruleId];
      await writeMutedCounts(counts, area);
    }
    const seen = await readSeen(area);
    let changed = false;
    for (const rules of Object.values(seen))
      if (ruleId in rules) {
        delete rules[ruleId];
        changed = true;
      }
    if (changed) await area.set({ [MUTED_SEEN_KEY]: seen });
  });
  return s;
}

async function readSeen(area: StorageAreaLike): Promise<Record<string, Record<string, number>>> {
  let raw: unknown;
  try {
    raw = (await area.get(MUTED_SEEN_KEY))[MUTED_SEEN_KEY];
  } catch {
    return {};
  }
  const out: Record<string, Record<string, number>> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [page, rules] of Object.entries(raw as Record<string, unknown>)) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) continue;
    const r: Record<string, number> = {};
    for (const [k, v] of Object.entries(rules as Record<string, unknown>)) if (Number.isSafeInteger(v) && (v as number) > 0) r[k] = v as number;
    out[page] = r;
  }
  return out;
}

/** Rule id → number of findings its mute has hidden so far (corrupt entries are dropped). */
export async function getMutedCounts(area: StorageAreaLike = local()): Promise<Record<string, number>> {
  let raw: unknown;
  try {
    raw = (await area.get(MUTED_COUNTS_KEY))[MUTED_COUNTS_KEY];
  } catch {
    return {};
  }
  const out: Record<string, number> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>))
    if (k.length > 0 && k.length < 300 && Number.isSafeInteger(v) && (v as number) > 0) out[k] = v as number;
  return out;
}

async function writeMutedCounts(counts: Record<string, number>, area: StorageAreaLike): Promise<void> {
  const entries = Object.entries(counts);
  if (entries.length === 0) return area.remove(MUTED_COUNTS_KEY);
  // Keep the map small: if it ever grows past the cap, keep the largest counts.
  const kept = entries.length > MAX_MUTED_COUNT_ENTRIES ? entries.sort((a, b) => b[1] - a[1]).slice(0, MAX_MUTED_COUNT_ENTRIES) : entries;
  return area.set({ [MUTED_COUNTS_KEY]: Object.fromEntries(kept) });
}

/**
 * Adds a scan's hidden-finding counts (rule id → n) to the stored totals. With `page` (the URL without
 * its fragment), a rescan of the same page only adds what is new there: rescanning after a settings
 * change or a DOM update does not count the same hidden findings twice.
 */
export function bumpMutedCounts(add: Record<string, number>, page?: string, area: StorageAreaLike = local()): Promise<Record<string, number>> {
  return serial(async () => {
    const counts = await getMutedCounts(area);
    const seen = page ? await readSeen(area) : {};
    const before = page ? (seen[page] ?? {}) : {};
    const now: Record<string, number> = { ...before };
    let changed = false;
    for (const [k, v] of Object.entries(add)) {
      if (!k || !Number.isSafeInteger(v) || v <= 0) continue;
      const delta = v - (before[k] ?? 0);
      if (page) now[k] = Math.max(v, before[k] ?? 0);
      if (delta <= 0) continue;
      counts[k] = Math.min(Number.MAX_SAFE_INTEGER, (counts[k] ?? 0) + delta);
      changed = true;
    }
    if (changed) await writeMutedCounts(counts, area);
    if (page && JSON.stringify(now) !== JSON.stringify(before)) {
      // Re-insert the page last, and keep only the most recent pages.
      delete seen[page];
      seen[page] = now;
      const pages = Object.keys(seen);
      for (const old of pages.slice(0, Math.max(0, pages.length - MAX_SEEN_PAGES))) delete seen[old];
      await area.set({ [MUTED_SEEN_KEY]: seen });
    }
    return counts;
  });
}

/** Calls `listener` with validated settings whenever they change in storage.local. Returns an unsubscribe. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    const { settings, errors } = validateSettings(changes[SETTINGS_KEY]!.newValue);
    warnOnce(errors);
    listener(settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Calls `listener` when the muted counts change. Returns an unsubscribe. */
export function onMutedCountsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && MUTED_COUNTS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export { DEFAULT_SETTINGS };
