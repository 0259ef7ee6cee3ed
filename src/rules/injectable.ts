import { defineRules } from './define';

// "Polynucleotide injections", "filler injections": the injection is of another product.
const NOT_OTHER = '(?<!(?:polynucleotide|filler|botox|toxin|vitamin|b12|hyaluronic acid|prp|pdrn|anti-wrinkle|cortisone|steroid|insulin|collagen|fat)s? )';

export default defineRules('injectable', [
  {
    id: 'injectable.inject',
    keywords: ['inject', 'shot', 'jab'],
    message: 'Exosomes offered by injection: no exosome product is licensed as an injectable medicine.',
    patterns: [
      `\\b${NOT_OTHER}(?:inject(?:s|ed|ing)?|injections?)\\b(?: (?:of |with )?(?:the |these |our |their |your )?(?:\\w+ )?exosomes?\\b)?`,
      '\\bexosomes? (?:\\w+ )?(?:injections?|shots?|jabs?)\\b',
      '\\bexosomes? (?:are |is |being |were |get |gets )?(?:\\w+ )?injected\\b',
    ],
    examples: {
      match: [
        { text: 'We [[inject exosomes]] into the scalp to wake up hair follicles.' },
        { text: 'Book your [[exosome hair injections]] today.' },
        { text: 'If someone is offering to [[inject exosomes]], that is a very clear red flag.', context: 'cautionary' },
        { text: 'Is this product being [[injected]] or applied topically?', context: 'question', page: ['Ask about the exosomes used.'] },
        { text: 'Apply them to the skin rather than [[injecting]] them.', context: 'negated', page: ['Exosome serums are popular.'] },
      ],
      nearMiss: [
        'Would you inject a dermal filler without knowing its composition?',
        'Polynucleotide injections use purified DNA fragments, unlike exosome serums.',
        'Our exosome serum is massaged gently into clean skin.',
      ],
    },
  },
  {
    id: 'injectable.injectable',
    keywords: ['injectable'],
    message: 'Exosomes described as an injectable: injected exosomes are an unlicensed medicine.',
    topic: 'sentence',
    near: 8,
    patterns: ['\\b(?:regenerative |skin |exosome )?injectables?\\b(?: (?:exosomes?|protocols?|treatments?|therap(?:y|ies)))?'],
    examples: {
      match: [
        { text: 'Our [[injectable exosome]] therapy restores volume.' },
        { text: 'However, human-derived exosomes and [[injectable exosomes]] are where the biggest dangers lie.', context: 'cautionary' },
      ],
      nearMiss: [
        'Their biological activity often exceeds that of typical skincare or injectables.',
        'If you are new to regenerative injectables, read our guide to polynucleotides before you compare them with the latest serums and exosomes.',
      ],
    },
  },
  {
    id: 'injectable.route',
    keywords: ['intradermal', 'subcutaneous', 'intravenous', 'intra-articular', 'intraarticular', 'intramuscular', 'mesotherapy', 'iv ', 'drip', 'infusion', 'booster'],
    message: 'An injection route (intradermal, intravenous, drip, skin booster) for exosomes.',
    topic: 'sentence',
    patterns: [
      '\\b(?:intradermal(?:ly)?|subcutaneous(?:ly)?|intravenous(?:ly)?|intra-?articular(?:ly)?|intramuscular(?:ly)?|mesotherapy|iv (?:drips?|infusions?|therapy|exosomes?)|exosome (?:drips?|infusions?|skin boosters?)|skin boosters?)\\b',
    ],
    examples: {
      match: [
        { text: 'We offer [[IV exosome]] therapy for recovery.' },
        { text: 'Exosomes delivered [[intradermally]] reach deeper layers.' },
      ],
      nearMiss: ['Exosome serum is applied to the surface of the skin after cleansing.', 'A hydrating exosome facial for dry skin.'],
    },
  },
]);
