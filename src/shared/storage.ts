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
const MAX_MUTED_COUNT_ENTRIES = 1000;

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
  const counts = await getMutedCounts(area);
  if (ruleId in counts) {
    delete counts[ruleId];
    await writeMutedCounts(counts, area);
  }
  return s;
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

/** Adds a scan's hidden-finding counts (rule id → n) to the stored totals. */
export async function bumpMutedCounts(add: Record<string, number>, area: StorageAreaLike = local()): Promise<Record<string, number>> {
  const counts = await getMutedCounts(area);
  let changed = false;
  for (const [k, v] of Object.entries(add)) {
    if (!k || !Number.isSafeInteger(v) || v <= 0) continue;
    counts[k] = Math.min(Number.MAX_SAFE_INTEGER, (counts[k] ?? 0) + v);
    changed = true;
  }
  if (changed) await writeMutedCounts(counts, area);
  return counts;
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
