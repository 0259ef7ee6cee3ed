// The research log in IndexedDB (extension origin: shared by the background, which writes, and the
// research page, which reads, deletes and imports). Rules: a write that cannot be stored fails loudly with
// a message the user can act on; a write never half-happens (one transaction each); a corrupt record is
// skipped on read and reported once, and never deleted behind the user's back.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogEntry } from '../evidence/entry';
import { validateEntry } from '../evidence/validate';

export const DB_NAME = 'exocheck-research';
export const STORE = 'entries';
// 2: one entry per visit that grows, so (url, textHash) is no longer unique (a later visit may grow into a
// state an earlier one ended in); entries are found by visit.
const VERSION = 2;

interface ResearchDB extends DBSchema {
  entries: {
    key: string;
    value: LogEntry;
    indexes: { url: string; site: string; capturedAt: string; capture: [string, string]; visit: string };
  };
}

export type ResearchDb = IDBPDatabase<ResearchDB>;

export const LOG_FULL_MESSAGE = 'Research log is full: export and delete old entries';

export class ResearchLogFullError extends Error {
  override name = 'ResearchLogFullError';
  constructor(readonly cause?: unknown) {
    super(LOG_FULL_MESSAGE);
  }
}

export class ResearchLogError extends Error {
  override name = 'ResearchLogError';
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const isQuota = (e: unknown) => e instanceof Error && QUOTA_NAMES.has(e.name);

function rethrow(e: unknown, what: string): never {
  if (isQuota(e)) throw new ResearchLogFullError(e);
  if (e instanceof ResearchLogFullError || e instanceof ResearchLogError) throw e;
  throw new ResearchLogError(`Could not ${what} the research log: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
}

let dbPromise: Promise<ResearchDb> | null = null;

export function openResearchDb(): Promise<ResearchDb> {
  dbPromise ??= openDB<ResearchDB>(DB_NAME, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      const store = db.objectStoreNames.contains(STORE) ? tx.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: 'id' });
      if (oldVersion < 1) {
        store.createIndex('url', 'url');
        store.createIndex('site', 'site');
        store.createIndex('capturedAt', 'capturedAt');
      }
      // Entries logged before are kept as they are; only the indexes change.
      if (store.indexNames.contains('capture')) store.deleteIndex('capture');
      store.createIndex('capture', ['url', 'textHash']);
      if (!store.indexNames.contains('visit')) store.createIndex('visit', 'visit');
    },
    terminated() {
      dbPromise = null;
    },
  }).catch((e: unknown) => {
    dbPromise = null;
    rethrow(e, 'open');
  });
  return dbPromise;
}

export interface AddResult {
  added: LogEntry[];
  /** Entries whose page state (url + textHash) or id was already logged. */
  duplicates: number;
  /** Of those, entries already logged without a note or case that took the incoming one (an import). */
  annotated: number;
}

/** A note or case the log lacks and the incoming copy has: a colleague's annotations come in with a re-import. */
function annotate(have: LogEntry, incoming: LogEntry): LogEntry | null {
  const note = have.note ?? incoming.note;
  const caseTag = have.caseTag ?? incoming.caseTag;
  if (note === have.note && caseTag === have.caseTag) return null;
  const out = { ...have };
  if (note !== undefined) out.note = note;
  if (caseTag !== undefined) out.caseTag = caseTag;
  return out;
}

/**
 * Adds entries in ONE transaction: either all new ones are stored or none is (a full disk aborts the
 * whole import, and everything logged before stays as it was).
 */
export async function addEntries(db: ResearchDb, entries: readonly LogEntry[]): Promise<AddResult> {
  const added: LogEntry[] = [];
  let duplicates = 0;
  let annotated = 0;
  let txError: () => DOMException | null = () => null;
  try {
    const tx = db.transaction(STORE, 'readwrite');
    txError = () => tx.error;
    const store = tx.objectStore(STORE);
    const byCapture = store.index('capture');
    for (const e of entries) {
      const checked = validateEntry(e);
      if (!checked.ok) throw new ResearchLogError(`Refusing to store an invalid entry: ${checked.errors.join('; ')}`);
      const sameKey = (await byCapture.getKey([e.url, e.textHash])) ?? (await store.getKey(e.id));
      if (sameKey !== undefined) {
        duplicates++;
        const have = await store.get(sameKey);
        const checkedHave = have && validateEntry(have);
        const merged = checkedHave && checkedHave.ok ? annotate(checkedHave.value, checked.value) : null;
        if (merged) {
          await store.put(merged);
          annotated++;
        }
        continue;
      }
      await store.add(checked.value);
      added.push(checked.value);
    }
    await tx.done;
  } catch (e) {
    // A full disk usually shows up as the transaction aborting, with the quota error on tx.error.
    const aborted = txError();
    rethrow(aborted && isQuota(aborted) ? aborted : e, 'write to');
  }
  return { added, duplicates, annotated };
}

/** Replaces one stored entry (a visit that grew, a note edited), validated first, in one transaction. */
export async function putEntry(db: ResearchDb, entry: LogEntry): Promise<LogEntry> {
  const checked = validateEntry(entry);
  if (!checked.ok) throw new ResearchLogError(`Refusing to store an invalid entry: ${checked.errors.join('; ')}`);
  try {
    await db.put(STORE, checked.value);
  } catch (e) {
    rethrow(e, 'write to');
  }
  return checked.value;
}

/** One valid entry by id, or null (absent or damaged). */
export async function getEntry(db: ResearchDb, id: string): Promise<LogEntry | null> {
  try {
    const r = validateEntry(await db.get(STORE, id));
    return r.ok ? r.value : null;
  } catch (e) {
    rethrow(e, 'read');
  }
}

/** Valid entries recorded for a visit or for an address (damaged ones are left alone). */
export async function entriesBy(db: ResearchDb, index: 'visit' | 'url', key: string): Promise<LogEntry[]> {
  try {
    const out: LogEntry[] = [];
    for (const raw of await db.getAllFromIndex(STORE, index, key)) {
      const r = validateEntry(raw);
      if (r.ok) out.push(r.value);
    }
    return out;
  } catch (e) {
    rethrow(e, 'read');
  }
}

export interface ReadResult {
  entries: LogEntry[];
  /** Records that failed validation: skipped (not deleted), with why. */
  corrupt: { key: string; errors: string[] }[];
}

const reportedCorrupt = new Set<string>();

/** All valid entries, oldest first. Each corrupt record is reported to the console once per page load. */
export async function readEntries(db: ResearchDb): Promise<ReadResult> {
  const entries: LogEntry[] = [];
  const corrupt: ReadResult['corrupt'] = [];
  try {
    let cursor = await db.transaction(STORE).store.index('capturedAt').openCursor();
    const seen = new Set<string>();
    while (cursor) {
      seen.add(String(cursor.primaryKey));
      const r = validateEntry(cursor.value, `entry ${String(cursor.primaryKey)}`);
      if (r.ok) entries.push(r.value);
      else corrupt.push({ key: String(cursor.primaryKey), errors: r.errors });
      cursor = await cursor.continue();
    }
    // A record whose capturedAt is missing or not a string is not in that index at all: find it by key.
    const keys = await db.getAllKeys(STORE);
    for (const key of keys) {
      if (seen.has(key)) continue;
      const r = validateEntry(await db.get(STORE, key), `entry ${key}`);
      if (r.ok) entries.push(r.value);
      else corrupt.push({ key, errors: r.errors });
    }
  } catch (e) {
    rethrow(e, 'read');
  }
  const fresh = corrupt.filter((c) => !reportedCorrupt.has(c.key));
  if (fresh.length) {
    for (const c of fresh) reportedCorrupt.add(c.key);
    console.warn(`ExoCheck research log: skipped ${fresh.length} corrupt record(s): ${fresh.map((c) => c.errors[0]).join('; ')}`);
  }
  return { entries, corrupt };
}

/** Deletes in one transaction: all of the given ids, or (on error) none. */
export async function deleteEntries(db: ResearchDb, ids: readonly string[]): Promise<number> {
  try {
    const tx = db.transaction(STORE, 'readwrite');
    for (const id of ids) await tx.store.delete(id);
    await tx.done;
  } catch (e) {
    rethrow(e, 'delete from');
  }
  return ids.length;
}
