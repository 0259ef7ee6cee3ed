import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS, FAMILIES, JURISDICTIONS, SEVERITIES, STRICTNESS } from '../../src/engine/types';
import { LEGAL_STATUS, NOTES, ORIGINS, ROUTES, STATUS_WORDS } from '../../src/rules/legal-status';

// Every locale must carry every key of the default locale with the same placeholders, so no user ever
// sees a half-translated sentence or a raw "$COUNT$"; every key the UI asks for must exist.

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const DIR = 'public/_locales';
const locales = readdirSync(DIR).filter((d) => statSync(join(DIR, d)).isDirectory());
const load = (loc: string): Messages => JSON.parse(readFileSync(join(DIR, loc, 'messages.json'), 'utf8'));
const en = load('en');

const placeholderNames = (msg: string) => [...msg.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('ships en, es and ko', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['en', 'es', 'ko']));
  });

  it('the manifest default locale exists', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    expect(locales).toContain(manifest.default_locale);
  });

  it.each(locales)('%s has exactly the keys of en', (loc) => {
    const m = load(loc);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)('%s: every message is non-empty and its placeholders match en', (loc) => {
    const m = load(loc);
    for (const [key, entry] of Object.entries(m)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim().length, `${loc}.${key}`).toBeGreaterThan(0);
      const used = placeholderNames(entry.message);
      const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
      expect([...new Set(used)].sort(), `${loc}.${key}: used vs declared`).toEqual(declared);
      expect(declared, `${loc}.${key}: same placeholders as en`).toEqual(Object.keys(en[key]?.placeholders ?? {}).map((k) => k.toLowerCase()).sort());
      for (const [name, p] of Object.entries(entry.placeholders ?? {}))
        expect(p.content, `${loc}.${key}.${name}`).toBe(en[key]!.placeholders![name]!.content);
    }
  });

  it('es and ko are real translations, not copies of en', () => {
    for (const loc of ['es', 'ko']) {
      const m = load(loc);
      const same = Object.keys(en).filter((k) => m[k]!.message === en[k]!.message && en[k]!.message.length > 12);
      expect(same, loc).toEqual([]);
    }
    const ko = load('ko');
    const hangul = Object.values(ko).filter((e) => /[가-힣]/.test(e.message)).length;
    expect(hangul / Object.keys(ko).length).toBeGreaterThan(0.8);
  });

  it('every key used by the popup, options page and manifest exists in en', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(tsx?|html)$/.test(f)) files.push(p);
      }
    };
    for (const d of ['src/popup', 'src/options']) walk(d);
    const keys = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of readFileSync('manifest.json', 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
  });

  it('every key the UI builds from data exists in en', () => {
    const us = (s: string) => s.replace(/-/g, '_');
    const keys = [
      ...STATUS_WORDS.map((w) => `legal_status_${us(w)}`),
      ...JURISDICTIONS.map((j) => `jur_${j}`),
      ...FAMILIES.flatMap((f) => [`family_${us(f)}`, `family_${us(f)}_why`]),
      ...SEVERITIES.map((s) => `severity_${s}`),
      ...CONTEXTS.map((c) => `context_${c}`),
      ...ORIGINS.map((o) => `origin_${us(o)}`),
      ...ROUTES.map((r) => `route_${r}`),
      ...STRICTNESS.flatMap((s) => [`strictness_${s}`, `strictness_${s}_desc`]),
      ...['verified', 'secondary', 'unverified'].map((v) => `verif_${v}`),
      ...['uk', 'ca', 'au', 'us'].map((p) => `reason_postcode_${p}`),
    ];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('the English legal notes and regulators in the locale match the data exactly', () => {
    for (const [id, text] of Object.entries(NOTES)) expect(en[`legal_note_${id}`]?.message, id).toBe(text);
    for (const j of JURISDICTIONS) expect(en[`legal_reg_${j}`]?.message, j).toBe(LEGAL_STATUS[j].regulators);
    const noteKeys = Object.keys(en).filter((k) => k.startsWith('legal_note_'));
    expect(noteKeys.length).toBe(Object.keys(NOTES).length);
  });
});
