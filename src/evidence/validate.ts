// Checks one stored or imported entry field by field. Used on import (a colleague's file, a hand-edited
// file) and on every read from IndexedDB (a corrupt record must not take the whole log down with it).
import { CONTEXTS, FAMILIES, JURISDICTIONS, SEVERITIES, STRICTNESS } from '../engine/types';
import type { EvidenceFinding, LogEntry, Snapshot } from './entry';
import { MAX_SNAPSHOTS } from './visit';

/** Bounds on what a journalist types, so a pasted book cannot bloat every export row. */
export const MAX_NOTE = 10_000;
export const MAX_CASE = 100;
const VISIT = /^[\w-]{1,64}$/;

export type Check = { ok: true; value: LogEntry } | { ok: false; errors: string[] };

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const HEX64 = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

export function validateEntry(raw: unknown, path = 'entry'): Check {
  const errors: string[] = [];
  if (!isObj(raw)) return { ok: false, errors: [`${path}: expected an object, got ${describe(raw)}`] };
  const str = (key: string, test?: (s: string) => boolean, what = 'a string') => {
    const v = raw[key];
    if (typeof v !== 'string' || (test && !test(v))) errors.push(`${path}.${key}: expected ${what}, got ${describe(v)}`);
  };
  str('id', (s) => s.length > 0 && s.length <= 200, 'a non-empty string');
  str('url', (s) => s.length > 0, 'a non-empty string');
  str('site');
  str('title');
  str('capturedAt', (s) => ISO.test(s) && !Number.isNaN(Date.parse(s)), 'an ISO 8601 time');
  str('jurisdiction', (s) => (JURISDICTIONS as readonly string[]).includes(s), `one of ${JURISDICTIONS.join('|')}`);
  str('extensionVersion');
  str('rulesVersion');
  str('textHash', (s) => HEX64.test(s), '64 lower-case hex digits (SHA-256)');
  const optStr = (key: string, test: (s: string) => boolean, what: string) => {
    if (raw[key] !== undefined) str(key, test, what);
  };
  const isTime = (s: string) => ISO.test(s) && !Number.isNaN(Date.parse(s));
  optStr('updatedAt', isTime, 'an ISO 8601 time');
  optStr('visit', (s) => VISIT.test(s), 'a visit id (letters, digits, - and _)');
  optStr('note', (s) => s.length <= MAX_NOTE, `a string of at most ${MAX_NOTE} characters`);
  optStr('caseTag', (s) => s.trim().length > 0 && s.length <= MAX_CASE, `a non-empty string of at most ${MAX_CASE} characters`);
  if (raw.truncated !== undefined && typeof raw.truncated !== 'boolean') errors.push(`${path}.truncated: expected true or false, got ${describe(raw.truncated)}`);
  const snaps = raw.snapshots;
  if (snaps !== undefined) {
    if (!Array.isArray(snaps) || snaps.length === 0 || snaps.length > MAX_SNAPSHOTS)
      errors.push(`${path}.snapshots: expected a list of 1 to ${MAX_SNAPSHOTS} page states, got ${describe(snaps)}`);
    else
      snaps.forEach((sn, i) => {
        const p = `${path}.snapshots[${i}]`;
        if (!isObj(sn)) return errors.push(`${p}: expected an object, got ${describe(sn)}`);
        if (typeof sn.textHash !== 'string' || !HEX64.test(sn.textHash)) errors.push(`${p}.textHash: expected 64 lower-case hex digits (SHA-256), got ${describe(sn.textHash)}`);
        if (typeof sn.at !== 'string' || !isTime(sn.at)) errors.push(`${p}.at: expected an ISO 8601 time, got ${describe(sn.at)}`);
        if (!Number.isSafeInteger(sn.findings) || (sn.findings as number) < 0) errors.push(`${p}.findings: expected a non-negative integer, got ${describe(sn.findings)}`);
      });
  }
  const findings = raw.findings;
  if (!Array.isArray(findings)) errors.push(`${path}.findings: expected an array, got ${describe(findings)}`);
  else findings.forEach((f, i) => errors.push(...validateFinding(f, `${path}.findings[${i}]`)));
  if (errors.length) return { ok: false, errors };
  // Rebuild with known keys only, in a fixed order, so what we store is exactly what we validated.
  const r = raw as unknown as LogEntry;
  const value: LogEntry = {
    id: r.id,
    url: r.url,
    site: r.site,
    title: r.title,
    capturedAt: r.capturedAt,
    jurisdiction: r.jurisdiction,
    extensionVersion: r.extensionVersion,
    rulesVersion: r.rulesVersion,
    textHash: r.textHash,
    findings: r.findings.map(cleanFinding),
  };
  if (r.updatedAt !== undefined) value.updatedAt = r.updatedAt;
  if (r.snapshots !== undefined) value.snapshots = r.snapshots.map((sn): Snapshot => ({ textHash: sn.textHash, at: sn.at, findings: sn.findings }));
  if (r.visit !== undefined) value.visit = r.visit;
  if (r.truncated) value.truncated = true;
  if (r.note !== undefined && r.note !== '') value.note = r.note;
  if (r.caseTag !== undefined) value.caseTag = r.caseTag.trim();
  return { ok: true, value };
}

export function validateFinding(f: unknown, path: string): string[] {
  const errors: string[] = [];
  if (!isObj(f)) return [`${path}: expected an object, got ${describe(f)}`];
  if (typeof f.quote !== 'string' || f.quote.length === 0) errors.push(`${path}.quote: expected a non-empty string, got ${describe(f.quote)}`);
  for (const key of ['prefix', 'suffix', 'rule', 'fragmentLink'] as const) {
    if (typeof f[key] !== 'string') errors.push(`${path}.${key}: expected a string, got ${describe(f[key])}`);
  }
  const oneOf = (key: string, list: readonly string[]) => {
    if (typeof f[key] !== 'string' || !list.includes(f[key] as string))
      errors.push(`${path}.${key}: expected one of ${list.join('|')}, got ${describe(f[key])}`);
  };
  oneOf('family', FAMILIES);
  oneOf('context', CONTEXTS);
  oneOf('severity', SEVERITIES);
  if (f.cue !== undefined && typeof f.cue !== 'string') errors.push(`${path}.cue: expected a string, got ${describe(f.cue)}`);
  for (const key of ['start', 'end'] as const) {
    if (!Number.isSafeInteger(f[key]) || (f[key] as number) < 0)
      errors.push(`${path}.${key}: expected a non-negative integer, got ${describe(f[key])}`);
  }
  if (!errors.length && (f.end as number) < (f.start as number)) errors.push(`${path}.end: is before start`);
  if (f.strictness !== undefined) oneOf('strictness', STRICTNESS);
  if (f.shown !== undefined && typeof f.shown !== 'boolean') errors.push(`${path}.shown: expected true or false, got ${describe(f.shown)}`);
  if (f.textHash !== undefined && (typeof f.textHash !== 'string' || !HEX64.test(f.textHash)))
    errors.push(`${path}.textHash: expected 64 lower-case hex digits (SHA-256), got ${describe(f.textHash)}`);
  return errors;
}

function cleanFinding(f: EvidenceFinding): EvidenceFinding {
  const out: EvidenceFinding = {
    quote: f.quote,
    prefix: f.prefix,
    suffix: f.suffix,
    rule: f.rule,
    family: f.family,
    context: f.context,
    severity: f.severity,
    start: f.start,
    end: f.end,
    fragmentLink: f.fragmentLink,
  };
  if (f.cue !== undefined) out.cue = f.cue;
  if (f.strictness !== undefined) out.strictness = f.strictness;
  if (f.shown !== undefined) out.shown = f.shown;
  if (f.textHash !== undefined) out.textHash = f.textHash;
  return out;
}
