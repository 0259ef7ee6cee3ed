import { defineRules } from './define';

const PLANT_STEM = '(?<!(?:plant|apple|rose|grape|botanical|fruit|flower|lilac|edelweiss|argan|ginseng|orchid|lotus|alpine|callus|swiss)[- ])';
const NOT_CELL_THERAPY = '(?! (?:products?|therapy|therapies|treatments?|clinics?|transplants?|research|banks?|banking|industry|tourism|reports|journal|translational))';

export default defineRules('human-source', [
  {
    id: 'human-source.human-derived',
    keywords: ['human'],
    message: 'Exosomes of human origin: banned in cosmetics in the UK and EU.',
    patterns: [
      '\\b(?<!non-)human[- ]?(?:derived|origin|sourced|source[sd]?|based)\\b(?: (?:cosmetic )?(?:exosomes?|cells?|stem cells?|tissues?|ingredients?|materials?|products?))?',
      '\\b(?<!non-)human (?:exosomes?|cells?|tissues?|stem cells?|placentas?|umbilical cords?|adipose|donors?|fat|fibroblasts?)\\b',
      '\\b(?:exosomes?|cells?|tissues?|ingredients?|products?|materials?) of human origin\\b',
      '\\b(?:of|from) human (?:origin|cells?|tissues?|sources?|donors?|placentas?)\\b',
      '\\bhuman tissue origin\\b',
      '\\bhuman (?:cell-?|stem cell-?)?(?:conditioned (?:media|medium)|culture (?:media|medium|fluid|supernatant))\\b',
    ],
    examples: {
      match: [
        { text: 'Our facial uses [[human-derived exosomes]] for maximum results.' },
        { text: 'The use of [[ingredients of human origin]] is strictly prohibited.', context: 'cautionary', page: ['Exosome facials are popular.'] },
        { text: 'Are [[human exosomes]] legal in UK cosmetic treatments?', context: 'question' },
      ],
      nearMiss: [
        'Exosomes are about 1,000 times smaller than the width of a human hair.',
        'Human trials of exosome serums are still limited.',
      ],
    },
  },
  {
    id: 'human-source.stem-cell',
    keywords: ['stem', 'msc', 'mesenchymal'],
    message: 'Exosomes from human stem cells: a human-origin ingredient.',
    patterns: [
      `\\b(?:mesenchymal (?:stem|stromal) cells?|${PLANT_STEM}stem[- ]cells?${NOT_CELL_THERAPY})(?:[- ](?:derived|conditioned))?(?: (?:culture (?:media|medium|fluid|supernatant)|exosomes?|secretome|media|medium|cultures?|extracts?))?(?: \\(mscs?\\))?`,
      '\\bmscs?\\b(?:[- ]derived)?(?: exosomes?)?',
    ],
    examples: {
      match: [
        { text: 'Our exosomes are harvested from young, healthy [[stem cells]].' },
        { text: 'We use [[stem-cell exosomes]] in every facial.' },
        { text: 'The serum blends exosomes with [[stem cell culture fluid]] from Korea.' },
        { text: 'Many exosomes are derived from [[mesenchymal stem cells (MSCs)]].', page: ['Exosome sources vary.'] },
      ],
      nearMiss: [
        'Our serum contains apple stem cell exosomes for glowing skin.',
        'The FDA regulates stem cell products and exosome products.',
      ],
    },
  },
  {
    id: 'human-source.bare',
    keywords: ['humans'],
    message: 'Humans named as a source of exosomes.',
    requires: '\\b(?:derived|sources?|origin)\\b',
    patterns: ['\\bhumans\\b'],
    examples: {
      match: [{ text: 'Exosomes can be derived from plants, sheep or [[humans]].', context: 'reported', page: ['Warning: exosome facials carry serious risks.', 'Human exosomes are illegal in cosmetics.'] }],
      nearMiss: ['Exosomes are tested on humans in clinical trials.'],
    },
  },
  {
    id: 'human-source.tissue',
    keywords: ['umbilical', 'cord', 'wharton', 'placent', 'amniotic', 'embryonic', 'adipose', 'marrow', 'foreskin', 'liposuction', 'fat cells', 'donor'],
    message: 'Exosomes from human tissue (umbilical cord, placenta, amniotic fluid, fat, bone marrow, donors).',
    patterns: [
      "\\b(?:umbilical[- ]cords?(?: blood| tissues?| stem cells?)?|cord[- ]blood|wharton'?s jelly|placental?s?(?: tissues?)?|amniotic(?: fluid| membranes?| tissues?)?|embryonic(?: tissues?| stem cells?)?|adipose(?:[- ]derived)?(?: tissues?| stem cells?)?|bone marrow|foreskin|liposuction|fat cells|donor(?:s| tissues?| cells| consent| materials?| placentas?)?)\\b",
    ],
    antipatterns: ['\\bdonor (?:list|register|card|organs?)\\b'],
    examples: {
      match: [
        { text: 'Our [[umbilical cord]] exosome facial is the ultimate glow-up.' },
        { text: 'Some products use exosomes derived from [[placental or amniotic tissues]].', context: 'reported', page: ['A warning: exosome sources raise serious concerns.', 'Human material is illegal in cosmetics.'] },
        { text: 'Suppliers rarely explain [[donor consent]] for these exosomes, which is a serious concern.', context: 'cautionary' },
      ],
      nearMiss: ['Exosomes are tiny vesicles that cells release.', 'Plant cells grown in a bioreactor release exosome-like vesicles.'],
    },
  },
]);
