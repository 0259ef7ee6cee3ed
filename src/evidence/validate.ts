// Checks one stored or imported entry field by field. Used on import (a colleague's file, a hand-edited
// file) and on every read from IndexedDB (a corrupt record must not take the whole log down with it).
import { CONTEXTS, FAMILIES, JURISDICTIONS, SEVERITIES } from '../engine/types';
import type { EvidenceFinding, LogEntry } from './entry';

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
  return { ok: true, value };
}

function validateFinding(f: unknown, path: string): string[] {
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
  return out;
}
