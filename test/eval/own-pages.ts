// Pages written by us (not from the corpus, never trained on): what a reader should see on each, line by
// line. `npm run eval` prints how many of these the engine gets, with or without ../shared; measured, not
// gated (the unit tests keep only the unmistakable parts: test/unit/engine-behaviour.test.ts).
import type { Context, Family } from '../../src/engine/types';

export type Expect = [line: number, family: Family, context: Context | Context[], quote: string];
export interface OwnPage { name: string; lines: string[]; expected: Expect[] }

export const OWN_PAGES: OwnPage[] = [
  {
    name: 'flags a clinic advert as promotional, with high severity for injections, human sources and approval claims',
    lines: [
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
    ],
    expected: [
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
    ],
  },
  {
    name: 'reads a news report that warns as warnings, denials, reports and questions, not as claims',
    lines: [
      'Regulators warn over exosome facials sold on social media',
      'Health officials have warned that exosome injections offered in salons are illegal and can cause serious infections.',
      'No exosome product has been approved by the FDA, and the agency says claims otherwise are simply untrue.',
      'Some clinics claim their exosomes cure hair loss, but experts say there is no good evidence.',
      'Patients should ask whether the exosomes are derived from human umbilical cord tissue.',
      'Dermatologists say microneedling followed by exosome serums may push unknown material into the skin.',
      'Plant-derived exosomes, by contrast, can be sold legally as cosmetics.',
      'Is it safe to inject exosomes into the scalp?',
      'A spokesperson said the clinic would never inject exosomes.',
    ],
    expected: [
      [1, 'injectable', 'cautionary', 'exosome injections'],
      [2, 'approval-claim', 'negated', 'approved by the FDA'],
      [3, 'medical-claim', 'reported', 'cure hair loss'],
      [4, 'human-source', 'question', 'umbilical cord'],
      [5, 'compromised-skin', 'cautionary', 'microneedling'],
      [6, 'plant-or-animal-source', 'promotional', 'Plant-derived'],
      [7, 'injectable', 'question', 'inject'],
      [8, 'injectable', 'negated', 'inject'],
    ],
  },
  {
    name: 'reads a clinic FAQ: questions, denials and the answers that still make claims',
    lines: [
        'Exosome Therapy FAQs',
        'Is exosome therapy FDA approved?',
        'Exosomes are not FDA approved, but they are completely safe.',
        'There are no side effects and no downtime.',
        'Unlike injections, our exosome serum is applied topically.',
        'We do not use human-derived exosomes; ours are plant-derived.',
        'Yes! Exosomes can treat hair loss and alopecia.',
        'We never use stem cell exosomes.',
      ],
    expected: [
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
  },
  {
    name: 'reads a US clinic page: exemption claims are flagged, the standard FDA disclaimer is not a cure claim',
    lines: [
        'Exosome Therapy in Miami',
        "Our exosomes are derived from Wharton's jelly mesenchymal stem cells and sourced from an FDA-registered lab.",
        'Exosomes are regulated by the FDA as 361 HCT/Ps, so no approval is needed.',
        'This product is not intended to diagnose, treat, cure, or prevent any disease.',
        'Exosome therapy is not FDA approved to treat any condition.',
        'Call today to schedule your exosome IV infusion for long COVID.',
      ],
    expected: [
        [1, 'human-source', 'promotional', "Wharton's jelly"],
        [1, 'approval-claim', 'promotional', 'FDA-registered'],
        [2, 'legality-claim', 'promotional', '361 HCT/Ps'],
        [4, 'approval-claim', 'negated', 'FDA approved'],
        [5, 'injectable', 'promotional', 'IV infusion'],
        [5, 'medical-claim', 'promotional', 'long COVID'],
      ],
  },
  {
    name: 'reads research being described as reported, not as a claim',
    lines: ['What are exosomes?', 'Exosomes are being studied for wound healing.', 'In mice, exosomes reduced inflammation after injury.'],
    expected: [
        [1, 'medical-claim', 'reported', 'wound healing'],
        [2, 'medical-claim', 'reported', 'reduced inflammation'],
      ],
  },
  {
    name: 'catches claims in casual social posts',
    lines: ['obsessed with my exosome facial, no side effects at all', 'my derm did microneedling + exosomes and my skin is amazing'],
    expected: [
        [0, 'safety-claim', 'promotional', 'no side effects'],
        [1, 'compromised-skin', 'promotional', 'microneedling + exosomes'],
      ],
  },
];
