// The research page and the popup's research controls are translated like the popup: every key they use
// exists, and research keys sit as one contiguous block prefixed research_ in every locale.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'public/_locales';
const locales = readdirSync(DIR).filter((d) => statSync(join(DIR, d)).isDirectory());
const keysOf = (loc: string) => Object.keys(JSON.parse(readFileSync(join(DIR, loc, 'messages.json'), 'utf8')));

function sources(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f)) out.push(p);
    }
  };
  walk('src/research');
  out.push('src/popup/components/ResearchControls.tsx');
  return out;
}

describe('research page locales', () => {
  const en = new Set(keysOf('en'));
  it('every key the research page and research controls use exists', () => {
    const used = new Set<string>();
    for (const f of sources()) for (const m of readFileSync(f, 'utf8').matchAll(/'(research_[a-z0-9_]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(locales)('%s keeps the research_ keys in one block', (loc) => {
    const keys = keysOf(loc);
    const at = keys.map((k, i) => (k.startsWith('research_') ? i : -1)).filter((i) => i >= 0);
    expect(at.length).toBeGreaterThan(60);
    expect(at.at(-1)! - at[0]! + 1).toBe(at.length);
  });

  it('the page shows no English sentence of its own outside the locales', () => {
    for (const f of sources().filter((x) => x.endsWith('.tsx'))) {
      const jsxText = [...readFileSync(f, 'utf8').matchAll(/(?<!=)>\s*([A-Za-z][A-Za-z ,.'-]{3,})\s*</g)].map((m) => m[1]);
      expect(jsxText, f).toEqual([]);
    }
  });
});
