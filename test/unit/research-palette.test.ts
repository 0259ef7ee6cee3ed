// The research chart's colours: every family distinguishable from every other in each theme, readable
// against the page (WCAG 1.4.11: 3:1 for graphics), and the pairs readers confused (injectable and
// compromised skin, approval and results) apart for red-green colour vision deficiencies too.
import { describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { FAMILIES, type Family } from '../../src/engine/types';
import { BACKGROUND, PALETTE, type Theme } from '../../src/research/palette';

const dE = differenceCiede2000();
const color = (hex: string): Color => parse(hex)!;
const deut = (hex: string) => filterDeficiencyDeuter(1)(color(hex));
const prot = (hex: string) => filterDeficiencyProt(1)(color(hex));
const PAIRS: [Family, Family][] = [
  ['injectable', 'compromised-skin'],
  ['approval-claim', 'efficacy-claim'],
];

describe.each(['light', 'dark'] as Theme[])('%s palette', (theme) => {
  const pal = PALETTE[theme];
  it('has a colour for every family, all different', () => {
    expect(Object.keys(pal).sort()).toEqual([...FAMILIES].sort());
  });
  it('reaches 3:1 against the page background', () => {
    for (const f of FAMILIES) expect(wcagContrast(pal[f], BACKGROUND[theme]), f).toBeGreaterThanOrEqual(3);
  });
  it('keeps every two families at least 20 apart (CIEDE2000)', () => {
    for (const a of FAMILIES) for (const b of FAMILIES) if (a < b) expect(dE(pal[a], pal[b]), `${a} / ${b}`).toBeGreaterThanOrEqual(20);
  });
  it('keeps the confusable pairs apart under deuteranopia and protanopia', () => {
    for (const [a, b] of PAIRS) {
      expect(dE(pal[a], pal[b]), `${a} / ${b}`).toBeGreaterThanOrEqual(30);
      expect(dE(deut(pal[a]), deut(pal[b])), `${a} / ${b} deuteranopia`).toBeGreaterThanOrEqual(15);
      expect(dE(prot(pal[a]), prot(pal[b])), `${a} / ${b} protanopia`).toBeGreaterThanOrEqual(15);
    }
  });
});
