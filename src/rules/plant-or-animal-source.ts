import { defineRules } from './define';

const SOURCE = '(?:plants?|botanical|vegetable|fruit|flower|roses?|apples?|grapes?|ginseng|green tea|aloe|centella|lemon|citrus|orange|broccoli|ginger|lavender|lilac|edelweiss|bovine|milk|colostrum|bovine colostrum|salmon|fish|yeast|probiotic|lactobacillus|bacterial?|algae|seaweed|animals?)';
const NOT_SOURCE = ['\\b(?:polynucleotides?|pdrn|salmon (?:sperm|dna)|fish dna)\\b', '\\bcontaminat\\w*'];

export default defineRules('plant-or-animal-source', [
  {
    id: 'plant-or-animal-source.derived',
    keywords: ['plant', 'botanical', 'vegetable', 'vegan', 'non-human', 'animal', 'bovine', 'porcine', 'equine', 'milk', 'colostrum', 'salmon', 'fish', 'marine', 'yeast', 'bacteri', 'probiotic', 'rose', 'apple', 'grape', 'ginseng', 'green tea', 'aloe', 'centella', 'lemon', 'citrus', 'orange', 'broccoli', 'ginger', 'lavender', 'lilac', 'edelweiss', 'lactobacillus', 'algae', 'seaweed'],
    message: 'Plant- or animal-derived exosomes: allowed as topical cosmetics in the UK and EU, not approved as medicines.',
    patterns: [
      '\\b(?:plant|botanical|vegetable|vegan|non-human|animal|bovine|porcine|equine|milk|colostrum|salmon|fish|marine|yeast|bacteria|probiotic)[- ](?:derived|based|sourced|origin)(?: (?:cosmetic )?(?:exosome-like (?:vesicles|nanoparticles)|exosome [\\w-]+|exosomes?|vesicles))?\\b',
      `\\b${SOURCE}(?: stem[- ]cells?| callus)? (?:exosomes?|exosome-like (?:vesicles|nanoparticles)|extracellular vesicles|evs)\\b`,
      `\\bexosomes? (?:(?:derived|sourced|extracted|made|isolated) )?from (?:\\w+ ){0,2}?${SOURCE}(?: sources?)?\\b(?: such as (?:[\\w-]+ ){1,2}(?:or|and) [\\w-]+)?`,
    ],
    antipatterns: NOT_SOURCE,
    examples: {
      match: [
        { text: 'Our facial uses [[rose stem cell exosomes]] for calm, glowing skin.' },
        { text: 'Be sure that they use [[plant-derived exosomes]].' },
        { text: 'A newer generation of products use [[plant-based exosome-like vesicles]].', context: 'reported', page: ['Exosome sources vary.'] },
      ],
      nearMiss: [
        'Polynucleotide injections use DNA fragments from salmon, unlike exosome serums.',
        'Vesicle fractions can be contaminated by animal-derived components during exosome isolation.',
      ],
    },
  },
  {
    id: 'plant-or-animal-source.bare',
    keywords: ['plant', 'animal'],
    message: 'A plant or animal source for exosomes.',
    requires: '\\b(?:derived|sources?|origin|exosomes?|vesicles)\\b',
    patterns: ['(?<!manufacturing |power )\\b(?:plants?|animals?)\\b(?! (?:studies|models?|testing|tested|trials|experiments|research|cruelty|welfare|-derived|-based))'],
    antipatterns: NOT_SOURCE,
    examples: {
      match: [
        { text: 'Exosomes are tiny vesicles that can be derived from [[plants]], sheep or humans.', context: 'reported' },
        { text: 'Source material (e.g. [[plant]], mesenchymal stem cells, placental)', context: 'reported', page: ['There is no unified standard for exosome products:'] },
      ],
      nearMiss: ['Exosome research began with animal studies.', 'Our exosome manufacturing plant is in Korea.'],
    },
  },
]);
