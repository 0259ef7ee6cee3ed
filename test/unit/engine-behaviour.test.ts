import { describe, expect, it } from 'vitest';
import { scanDocument, scanText } from '../../src/engine';
import type { Family } from '../../src/engine/types';
import { OWN_PAGES } from '../eval/own-pages';

// The line-by-line expectations on these pages are in test/eval/own-pages.ts, printed by `npm run eval`:
// many are judgement calls the learned model may get wrong, and a unit test must not pin them. What is
// asserted here is what no reasonable judgement gets wrong.

const lines = (name: string) => OWN_PAGES.find((p) => p.name.startsWith(name))!.lines;
const scan = (ls: string[], strictness: 'strict' | 'standard' = 'strict') =>
  scanDocument(ls.map((text) => ({ text })), { strictness, jurisdiction: 'uk' });

describe('engine on pages it was not tuned on (our own)', () => {
  it('flags a clinic advert: promotional injections at high severity, human sources, approval claims', () => {
    const { all } = scan(lines('flags a clinic advert'));
    const promo = (family: Family) => all.filter((f) => f.family === family && f.context === 'promotional');
    expect(promo('injectable').length).toBeGreaterThan(0);
    expect(promo('injectable').every((f) => f.severity === 'high')).toBe(true);
    expect(promo('human-source').length).toBeGreaterThan(0);
    expect(promo('approval-claim').length).toBeGreaterThan(0);
    expect(all.filter((f) => f.block === 11)).toEqual([]);
  });

  it('gives a news report that warns no injection or approval warning at the default strictness', () => {
    const shown = scan(lines('reads a news report'), 'standard').findings;
    expect(shown.filter((f) => f.family === 'injectable' || f.family === 'approval-claim').map((f) => f.text)).toEqual([]);
  });

  it('does not read a denial of approval as an approval claim', () => {
    const { all } = scan(['Exosome therapy FAQ', 'Exosome therapy is not FDA approved to treat any condition.']);
    expect(all.filter((f) => f.family === 'approval-claim' && f.context === 'promotional')).toEqual([]);
  });

  it('does not read the standard FDA disclaimer on a US clinic page as a cure claim', () => {
    const { all } = scan(lines('reads a US clinic page'));
    expect(all.filter((f) => f.block === 3 && f.context === 'promotional')).toEqual([]);
  });

  it('leaves pages about other treatments and lab science alone', () => {
    expect(scanText('Polynucleotide injections are FDA approved for nothing, yet clinics inject them.\nBook your filler today!').all).toEqual([]);
    const lab = scanText('Exosomes were isolated by ultracentrifugation and characterised by nanoparticle tracking analysis.\nParticle size was 100 nm.');
    expect(lab.all).toEqual([]);
    expect(lab.offTopic).toBe(false);
  });

  it('finds claims hidden with zero-width characters, soft hyphens and look-alike letters, quoting the page as written', () => {
    const lines = ['We offer exo\u200Bsome in\u00ADjections.', 'Our ехоsomes are FDA аpproved.']; // Cyrillic е, х, о, а
    const { all } = scanDocument(lines.map((text) => ({ text })), { strictness: 'strict' });
    const families = all.map((f) => f.family);
    expect(families).toContain('injectable');
    expect(families).toContain('approval-claim');
    for (const f of all) expect(lines[f.block]!.slice(f.start, f.end)).toBe(f.text);
    expect(all.find((f) => f.family === 'injectable')!.text).toContain('in\u00ADjections');
  });
});

describe('strictness and mutes', () => {
  const page = [
    'Our exosome injections are FDA approved.', // injectable high, approval high
    'Exosomes reduce the appearance of wrinkles and are completely safe.', // safety medium
    'Our rose stem cell exosomes are vegan.', // plant info
    'Some clinics claim exosomes are risk-free.', // safety reported
  ].map((text) => ({ text }));

  it('relaxed shows high-severity promotional findings only; standard adds medium; strict shows everything', () => {
    const relaxed = scanDocument(page, { strictness: 'relaxed' }).findings;
    const standard = scanDocument(page, { strictness: 'standard' }).findings;
    const strict = scanDocument(page, { strictness: 'strict' }).findings;
    expect(new Set(relaxed.map((f) => f.severity))).toEqual(new Set(['high']));
    expect(relaxed.every((f) => f.context === 'promotional')).toBe(true);
    expect(standard.some((f) => f.severity === 'medium')).toBe(true);
    expect(standard.every((f) => f.context === 'promotional' && f.severity !== 'info')).toBe(true);
    expect(strict.some((f) => f.severity === 'info' && f.context === 'promotional')).toBe(true);
    expect(strict.some((f) => f.context === 'reported')).toBe(true);
    expect(relaxed.length).toBeLessThan(standard.length);
    expect(standard.length).toBeLessThan(strict.length);
  });

  it('drops muted rules from what is shown but counts them', () => {
    const r = scanDocument(page, { strictness: 'strict', muted: ['injectable.inject'] });
    expect(r.findings.some((f) => f.rule === 'injectable.inject')).toBe(false);
    expect(r.muted['injectable.inject']).toBe(1);
    expect(r.all.some((f) => f.rule === 'injectable.inject')).toBe(true);
  });

  it('rates severity by jurisdiction: human-source is high in the UK, medium in the US', () => {
    const p = [{ text: 'Our facial uses human-derived exosomes.' }];
    expect(scanDocument(p, { jurisdiction: 'uk' }).findings[0].severity).toBe('high');
    expect(scanDocument(p, { jurisdiction: 'us' }).findings[0].severity).toBe('medium');
  });

  it('takes the cheap path on pages that never mention exosomes', () => {
    const r = scanText('Botox injections cure everything and are completely safe. FDA approved!'.repeat(100));
    expect(r.offTopic).toBe(true);
    expect(r.all).toEqual([]);
  });
});

describe('scanning a page in pieces', () => {
  it('gives the same findings when the page languages are computed once and passed in', async () => {
    const { pageLanguages } = await import('../../src/engine');
    const page = ['Nuestros exosomas están aprobados por la FDA.', 'Ofrecemos inyecciones de exosomas para la alopecia.', 'Los resultados son garantizados.'].map((text) => ({ text }));
    const whole = scanDocument(page, { strictness: 'strict' }).all;
    const langs = pageLanguages(page);
    expect(langs).toContain('es');
    expect(scanDocument(page, { strictness: 'strict', languages: langs }).all).toEqual(whole);
    expect(whole.map((f) => f.family)).toEqual(expect.arrayContaining(['approval-claim', 'injectable']));
  });
});
