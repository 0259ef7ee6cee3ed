import { defineRules } from './define';

export default defineRules('safety-claim', [
  {
    id: 'safety-claim.absolute',
    keywords: ['safe', 'risk', 'side', 'free', 'adverse', 'complication', 'allergic', 'zero', 'without'],
    message: 'An absolute safety claim: serious harms have been reported after exosome products.',
    patterns: [
      '\\b(?:completely|totally|100%|perfectly|entirely|absolutely|fully|inherently|guaranteed|proven to be|clinically proven to be) safe\\b',
      "\\b(?:is|are) (?:very |extremely |really |also |always )?safe\\b(?! to say)",
      '\\bsafe (?:and|&) (?:effective|natural|gentle|painless)\\b',
      '\\bsafest\\b',
      '\\b(?:risk|side[- ]?effect)[- ]free\\b',
      '\\bno (?:known )?(?:side[- ]?effects?|risks?|adverse (?:effects?|reactions?)|complications|allergic reactions?)\\b',
      '\\bzero (?:risks?|side[- ]?effects?)\\b',
      '\\bwithout (?:any )?(?:risks?|side[- ]?effects?)\\b',
      '\\bno risk of (?:rejection|reaction|infection|allergy)\\b',
    ],
    antipatterns: ['\\bsafe (?:to say|practitioners?|hands|clinics?|space|assumption)\\b'],
    examples: {
      match: [
        { text: 'Our exosome facial is [[completely safe]] for every skin type.' },
        { text: 'Exosome treatments have [[no side effects]] and no downtime.' },
        { text: 'Watch for guarantees of "[[no risk]]" when exosomes are sold.', context: 'cautionary' },
        { text: 'These products have not been [[proven to be safe]].', context: 'negated', page: ['Exosome products are sold online.'] },
      ],
      nearMiss: [
        'Find a safe practitioner with the register before any exosome treatment.',
        'Exosome side effects such as swelling and infection have been reported.',
      ],
    },
  },
  {
    id: 'safety-claim.dna-free',
    keywords: ['dna', 'cell-free', 'cell free'],
    message: '"DNA-free" or "cell-free" offered as proof of safety: contamination and quality risks remain.',
    patterns: [
      '\\bdna[- ]free(?: (?:equals|means|=|so) (?:no risk|risk[- ]free|safe)(?: of rejection)?)?',
      '\\bcell[- ]free (?:equals|means|=|so) (?:no risk|risk[- ]free|safe)(?: of rejection)?',
      '\\b(?:the )?(?:absence|lack) of dna\\b',
      '\\bcontains? no dna\\b',
    ],
    examples: {
      match: [
        { text: 'Because they are [[DNA-free so no risk of rejection]], exosomes suit everyone.' },
        { text: '[[The absence of DNA]] does not eliminate fundamental safety concerns about exosomes.', context: 'negated' },
      ],
      nearMiss: ['Exosomes carry RNA and proteins between cells.', 'Free consultation for exosome facials this month.'],
    },
  },
]);
