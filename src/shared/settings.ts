import { JURISDICTIONS, STRICTNESS, type Jurisdiction, type Strictness } from '../engine/types';

// Settings are validated on every read (Dark Reader style) and only differences from the defaults are
// stored (uBO style): a corrupt or foreign value falls back to its default instead of breaking the UI,
// and a changed default reaches users who never touched that setting.

export interface Settings {
  strictness: Strictness;
  jurisdiction: Jurisdiction | 'auto';
  /** Hostnames where ExoCheck is paused. */
  pausedSites: string[];
  /** Rule ids the user muted. */
  mutedRules: string[];
  researchMode: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  strictness: 'standard',
  jurisdiction: 'auto',
  pausedSites: [],
  mutedRules: [],
  researchMode: false,
});

const MAX_LIST = 10_000;
const isListItem = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length < 300;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST && v.every(isListItem);

/**
 * A damaged list keeps its good entries: one bad paused site must not unpause every other site. At most
 * MAX_LIST distinct entries are kept (and only that many more are looked at, so a huge array costs little).
 */
function salvageList(v: unknown[]): { kept: string[]; dropped: number } {
  const kept = new Set<string>();
  let dropped = 0;
  const n = Math.min(v.length, MAX_LIST * 2);
  let i = 0;
  for (; i < n && kept.size < MAX_LIST; i++) {
    if (isListItem(v[i])) kept.add(v[i] as string);
    else dropped++;
  }
  // Entries never looked at are dropped too.
  return { kept: [...kept], dropped: dropped + (v.length - i) };
}

const validators: { [K in keyof Settings]: (v: unknown) => boolean } = {
  strictness: (v) => (STRICTNESS as readonly unknown[]).includes(v),
  jurisdiction: (v) => v === 'auto' || (JURISDICTIONS as readonly unknown[]).includes(v),
  pausedSites: isStringList,
  mutedRules: isStringList,
  researchMode: (v) => typeof v === 'boolean',
};

export interface Validated {
  settings: Settings;
  /** One line per key that was present but invalid and fell back to its default. */
  errors: string[];
}

/** Reads whatever storage returned; keys we do not know are ignored, bad values fall back. */
export function validateSettings(raw: unknown): Validated {
  const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: [], mutedRules: [] };
  const errors: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) errors.push(`settings: expected an object, got ${typeof raw}`);
    return { settings, errors };
  }
  const rec = raw as Record<string, unknown>;
  for (const key of Object.keys(validators) as (keyof Settings)[]) {
    if (!Object.hasOwn(rec, key)) continue;
    const value = rec[key];
    if (validators[key](value)) {
      (settings as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...new Set(value)] : value;
    } else if ((key === 'pausedSites' || key === 'mutedRules') && Array.isArray(value)) {
      const { kept, dropped } = salvageList(value);
      settings[key] = kept;
      errors.push(`settings.${key}: kept ${kept.length} valid entr${kept.length === 1 ? 'y' : 'ies'}, dropped ${dropped} invalid or beyond ${MAX_LIST}`);
    } else {
      errors.push(`settings.${key}: invalid value ${JSON.stringify(value)?.slice(0, 60)}; using the default`);
    }
  }
  return { settings, errors };
}

/** What to store: only the keys whose value differs from the default. */
export function diffFromDefaults(settings: Settings): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const a = settings[key];
    const b = DEFAULT_SETTINGS[key];
    const same = Array.isArray(a) ? a.length === 0 && (b as unknown[]).length === 0 : a === b;
    if (!same) (out as Record<string, unknown>)[key] = a;
  }
  return out;
}

export const SETTINGS_KEY = 'settings';
