import { defineRules } from './define';

export default defineRules('unverified-product', [
  {
    id: 'unverified-product.count-or-grade',
    keywords: ['exosom', 'particle', 'vesicle', 'evs', 'grade', 'pur', 'concentration', 'potency'],
    message: 'Particle counts, purity or "grade" claims without the method or source behind them.',
    patterns: [
      '\\b\\d+(?:[.,]\\d+)?\\s?(?:billion|million|trillion|bn|b|m|mil)\\+?\\s?(?:exosomes?|particles?|vesicles?|evs)\\b(?: per (?:vial|ml|bottle|treatment))?',
      '\\b(?:pharmaceutical|pharma|medical|clinical|hospital|laboratory|lab)[- ]grade\\b(?: exosomes?)?',
      '\\b\\d{2,3}(?:\\.\\d+)?\\s?% pur(?:e|ity)\\b',
      '\\b(?:ultra-?|highly )?pur(?:e|ified) exosomes?\\b',
      '\\bpurity of \\d+',
      '\\bhigh(?:est)?[- ](?:concentration|potency|purity) exosomes?\\b',
    ],
    examples: {
      match: [
        { text: 'Each vial holds [[10 billion exosomes]].' },
        { text: 'Only [[pharmaceutical grade exosomes]] are used in our clinic.' },
      ],
      nearMiss: [
        'Every day, your healthy cells release billions of exosomes.',
        'There is no unified standard for concentration or purity of exosome products.',
      ],
    },
  },
]);
