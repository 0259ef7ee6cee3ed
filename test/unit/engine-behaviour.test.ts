import { describe, expect, it } from 'vitest';
import { scanDocument, scanText } from '../../src/engine';
import type { Context, Family } from '../../src/engine/types';

// Pages written for this test (not from the dev corpus): a clinic advert, a news report, social posts.
// They pin what a reader should see on wording the rules were not tuned on.

type Expect = [line: number, family: Family, context: Context, quote: string];

function check(lines: string[], expected: Expect[]) {
  const { all } = scanDocument(lines.map((text) => ({ text })), { strictness: 'strict', jurisdiction: 'uk' });
  for (const [line, family, context, quote] of expected) {
    const hit = all.find((f) => f.block === line && f.family === family && f.text.includes(quote));
    expect(hit, `${family} "${quote}" on line ${line}: got ${JSON.stringify(all.filter((f) => f.block === line).map((f) => [f.family, f.context, f.text]))}`).toBeDefined();
    expect(hit!.context, `${family} "${quote}"`).toBe(context);
  }
  return all;
}

describe('engine on pages it was not tuned on', () => {
  it('flags a clinic advert as promotional, with high severity for injections, human sources and approval claims', () => {
    const page = [
      'Exosome Hair Regrowth at Lumiere Aesthetics London',
      'Our exosome hair restoration injections wake up dormant follicles and reverse thinning in just three sessions.',
      'We use the finest umbilical cord-derived exosomes, sourced from a laboratory in Korea.',
      'Each 5ml vial contains 25 billion exosomes for maximum potency.',
      'ExoGlow is FDA cleared and CE marked, so you can relax.',
      'The treatment is completely natural and risk-free.',
      'Exosomes heal acne scars and calm rosacea flare-ups.',
      'After microneedling, we massage exosomes into the open channels for deeper absorption.',
      'Results last up to 18 months and are guaranteed.',
      'IV exosome drips are also available for recovery and anti-ageing.',
      'Exosomes are 100% legal in the UK when performed by a nurse prescriber.',
      'Book your free consultation today!',
    ];
    const all = check(page, [
      [0, 'medical-claim', 'promotional', 'Hair Regrowth'], // CAP treats hair growth claims as medicinal
      [1, 'injectable', 'promotional', 'injections'],
      [1, 'medical-claim', 'promotional', 'reverse thinning'],
      [2, 'human-source', 'promotional', 'umbilical cord'],
      [3, 'unverified-product', 'promotional', '25 billion exosomes'],
      [4, 'approval-claim', 'promotional', 'FDA cleared'],
      [5, 'safety-claim', 'promotional', 'risk-free'],
      [6, 'medical-claim', 'promotional', 'acne scars'],
      [7, 'compromised-skin', 'promotional', 'microneedling'],
      [8, 'efficacy-claim', 'promotional', 'last up to 18 months'],
      [9, 'injectable', 'promotional', 'IV exosome'],
      [10, 'legality-claim', 'promotional', 'legal in the UK'],
    ]);
    expect(all.find((f) => f.family === 'injectable')!.severity).toBe('high');
    expect(all.filter((f) => f.block === 11)).toEqual([]);
  });

  it('reads a news report that warns as warnings, denials, reports and questions, not as claims', () => {
    const page = [
      'Regulators warn over exosome facials sold on social media',
      'Health officials have warned that exosome injections offered in salons are illegal and can cause serious infections.',
      'No exosome product has been approved by the FDA, and the agency says claims otherwise are simply untrue.',
      'Some clinics claim their exosomes cure hair loss, but experts say there is no good evidence.',
      'Patients should ask whether the exosomes are derived from human umbilical cord tissue.',
      'Dermatologists say microneedling followed by exosome serums may push unknown material into the skin.',
      'Plant-derived exosomes, by contrast, can be sold legally as cosmetics.',
      'Is it safe to inject exosomes into the scalp?',
      'A spokesperson said the clinic would never inject exosomes.',
    ];
    const all = check(page, [
      [1, 'injectable', 'cautionary', 'exosome injections'],
      [2, 'approval-claim', 'negated', 'approved by the FDA'],
      [3, 'medical-claim', 'reported', 'cure hair loss'],
      [4, 'human-source', 'question', 'umbilical cord'],
      [5, 'compromised-skin', 'cautionary', 'microneedling'],
      [6, 'plant-or-animal-source', 'promotional', 'Plant-derived'],
      [7, 'injectable', 'question', 'inject'],
      [8, 'injectable', 'negated', 'inject'],
    ]);
    // Nothing on this page is a warning-level claim at the default strictness.
    const shown = scanDocument(page.map((text) => ({ text })), { strictness: 'standard' }).findings;
    expect(shown.map((f) => [f.family, f.text])).toEqual([]);
    expect(all.length).toBeGreaterThan(7);
  });

  it('reads a clinic FAQ: questions, denials and the answers that still make claims', () => {
    check(
      [
        'Exosome Therapy FAQs',
        'Is exosome therapy FDA approved?',
        'Exosomes are not FDA approved, but they are completely safe.',
        'There are no side effects and no downtime.',
        'Unlike injections, our exosome serum is applied topically.',
        'We do not use human-derived exosomes; ours are plant-derived.',
        'Yes! Exosomes can treat hair loss and alopecia.',
        'We never use stem cell exosomes.',
      ],
      [
        [1, 'approval-claim', 'question', 'FDA approved'],
        [2, 'approval-claim', 'negated', 'FDA approved'],
        [2, 'safety-claim', 'promotional', 'completely safe'],
        [3, 'safety-claim', 'promotional', 'no side effects'],
        [4, 'injectable', 'negated', 'injections'],
        [5, 'human-source', 'negated', 'human-derived'],
        [5, 'plant-or-animal-source', 'promotional', 'plant-derived'],
        [6, 'medical-claim', 'promotional', 'hair loss'],
        [7, 'human-source', 'negated', 'stem cell'],
      ],
    );
  });

  it('reads a US clinic page: exemption claims are flagged, the standard FDA disclaimer is not a cure claim', () => {
    const all = check(
      [
        'Exosome Therapy in Miami',
        "Our exosomes are derived from Wharton's jelly mesenchymal stem cells and sourced from an FDA-registered lab.",
        'Exosomes are regulated by the FDA as 361 HCT/Ps, so no approval is needed.',
        'This product is not intended to diagnose, treat, cure, or prevent any disease.',
        'Exosome therapy is not FDA approved to treat any condition.',
        'Call today to schedule your exosome IV infusion for long COVID.',
      ],
      [
        [1, 'human-source', 'promotional', "Wharton's jelly"],
        [1, 'approval-claim', 'promotional', 'FDA-registered'],
        [2, 'legality-claim', 'promotional', '361 HCT/Ps'],
        [4, 'approval-claim', 'negated', 'FDA approved'],
        [5, 'injectable', 'promotional', 'IV infusion'],
        [5, 'medical-claim', 'promotional', 'long COVID'],
      ],
    );
    expect(all.filter((f) => f.block === 3)).toEqual([]);
  });

  it('reads research being described as reported, not as a claim', () => {
    check(
      ['What are exosomes?', 'Exosomes are being studied for wound healing.', 'In mice, exosomes reduced inflammation after injury.'],
      [
        [1, 'medical-claim', 'reported', 'wound healing'],
        [2, 'medical-claim', 'reported', 'reduced inflammation'],
      ],
    );
  });

  it('catches claims in casual social posts', () => {
    check(
      ['obsessed with my exosome facial, no side effects at all', 'my derm did microneedling + exosomes and my skin is amazing'],
      [
        [0, 'safety-claim', 'promotional', 'no side effects'],
        [1, 'compromised-skin', 'promotional', 'microneedling + exosomes'],
      ],
    );
  });

  it('leaves pages about other treatments and lab science alone', () => {
    expect(scanText('Polynucleotide injections are FDA approved for nothing, yet clinics inject them.\nBook your filler today!').all).toEqual([]);
    const lab = scanText('Exosomes were isolated by ultracentrifugation and characterised by nanoparticle tracking analysis.\nParticle size was 100 nm.');
    expect(lab.all).toEqual([]);
    expect(lab.offTopic).toBe(false);
  });

  it('finds claims hidden with zero-width characters, soft hyphens and look-alike letters, quoting the page as written', () => {
    const hidden = 'We offer exo\u200Bsome in\u00ADjections and our ехоsomes are FDA аpproved.'; // Cyrillic е, х, о, а
    const { all } = scanText(hidden, { strictness: 'strict' });
    const families = all.map((f) => f.family);
    expect(families).toContain('injectable');
    expect(families).toContain('approval-claim');
    for (const f of all) expect(hidden.slice(f.start, f.end)).toBe(f.text);
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
