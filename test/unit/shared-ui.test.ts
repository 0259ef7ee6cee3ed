import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

// The options page and the popup share their controls through src/shared/ui/; neither reaches into the
// other's folder (the review found the options page borrowing popup components).
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : /\.(tsx?|css)$/.test(e.name) ? [`${dir}/${e.name}`] : []));
const imports = (f: string) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)].map((m) => m[1]!);

describe('shared UI', () => {
  it('the options page imports nothing from the popup, and the popup nothing from the options page', () => {
    for (const f of files('src/options')) expect(imports(f).filter((i) => i.includes('/popup/')), f).toEqual([]);
    for (const f of files('src/popup')) expect(imports(f).filter((i) => i.includes('/options/')), f).toEqual([]);
  });

  it('both pages use the shared strictness control, jurisdiction picker, settings hook and muted row', () => {
    const uses = (dir: string) => new Set(files(dir).flatMap(imports).filter((i) => i.includes('shared/ui/')).map((i) => i.replace(/^.*shared\/ui\//, '')));
    for (const dir of ['src/options', 'src/popup']) {
      const u = uses(dir);
      for (const m of ['use-settings', 'JurisdictionPicker', 'MutedRow', 'ui.css']) expect(u, `${dir} uses ${m}`).toContain(m);
    }
    expect(files('src/shared/ui').some((f) => f.endsWith('/Strictness.tsx'))).toBe(true);
  });

  it('shared UI does not import the popup or options either', () => {
    for (const f of files('src/shared/ui')) expect(imports(f).filter((i) => /\/(popup|options)\//.test(i)), f).toEqual([]);
  });
});
