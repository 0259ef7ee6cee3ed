import { defineRules } from './define';

const CONDITION =
  "(?:hair loss|hair thinning|thinning hair|thinning|alopecia|balding(?: hair)?|baldness|acne(?: scars?)?|eczema|psoriasis|rosacea|scars?|scarring|melasma|hyperpigmentation|vitiligo|dermatitis|osteoarthritis|arthritis|erectile dysfunction|long covid|covid-?19|covid|autism|parkinson'?s|multiple sclerosis|lupus|diabetes|cancer|erythema|itching|burns?|injur(?:y|ies)|stretch marks|keloids?|wounds?|ulcers?|neuropathy|tendonitis|tendinitis|inflammation)";

const DISCLAIMER = '\\bnot (?:been )?(?:intended|meant|designed|approved|evaluated|cleared) (?:\\w+ )?to (?:diagnose|treat|cure|prevent|mitigate)|\\bdiagnose, treat, cure,? (?:or|and) prevent';

export default defineRules('medical-claim', [
  {
    id: 'medical-claim.repair',
    keywords: ['repair', 'regenerat', 'regrowth', 'heal', 'recover'],
    message: 'Claims to heal or repair tissue: a medicinal claim for an unlicensed product.',
    patterns: [
      '\\b(?:(?:accelerat\\w*|speed\\w* up|promot\\w*|boost\\w*|enhanc\\w*|support\\w*|stimulat\\w*) )?(?:(?:wound )?healing and )?(?:tissue|joint|cartilage|nerve|muscle|tendon|ligament|organ|bone) (?:repair|regeneration|regrowth|healing)\\b',
      '\\bwound healing\\b(?! research| studies| trials| models?)',
      '\\b(?:accelerat\\w*|speed\\w* up|faster) (?:the )?healing\\b',
      '\\bpro-?healing\\b',
      '\\brecover\\w* from (?:\\w+ ){0,2}(?:injur\\w+|surgery|surgical procedures?|illness|trauma)\\b',
      '\\b(?:repair|regenerat|rebuild|restor)\\w* (?:damaged|injured|diseased) (?:skin|tissues?|cells|hair follicles|joints?)\\b',
    ],
    examples: {
      match: [
        { text: '[[Accelerate healing and tissue repair]]', page: ['When applied, these exosomes can help:'] },
        { text: 'Our exosome shots [[support cartilage repair]] in the knee.' },
        { text: 'Exosomes help patients [[recover from injuries]].' },
      { text: 'Our exosome serum [[repairs damaged skin]] overnight.' },
      ],
      nearMiss: [
        'These exosomes travel to areas that need healing, delivering their cargo to help with tissue repair.',
        'Exosomes improve skin texture and radiance.',
      ],
    },
  },
  {
    id: 'medical-claim.condition',
    keywords: ['hair', 'grow', 'thinning', 'covid', 'injur', 'joint', 'alopecia', 'bald', 'acne', 'eczema', 'psoriasis', 'rosacea', 'scar', 'melasma', 'pigment', 'vitiligo', 'dermatitis', 'arthritis', 'erectile', 'covid', 'autism', 'parkinson', 'sclerosis', 'lupus', 'diabetes', 'cancer', 'erythema', 'itch', 'burn', 'injur', 'stretch', 'keloid', 'wound', 'ulcer', 'neuropathy', 'tendin', 'tendon', 'inflammat', 'cure'],
    message: 'Claims to treat or cure a condition: a medicinal claim for an unlicensed product.',
    patterns: [
      `\\b(?:treat(?:s|ed|ing)?|cur(?:e|es|ed|ing)|heal(?:s|ed)?|revers\\w*|prevent\\w*|stop\\w*|fight\\w*|combat\\w*|eliminat\\w*|fix\\w*|solution for (?:treating )?|remed\\w*|therapy for|treatment (?:of|for)|improv\\w*|reduc\\w*|minimi[sz]\\w*|calm\\w*|sooth\\w*|relie\\w*)(?: [\\w-]+,?){0,5}? ${CONDITION}\\b(?: (?:and|or) (?:irritation|redness))?`,
      `\\b(?:${CONDITION}) (?:treatments?|therapy|therapies|solutions?|cure|relief|repair)\\b`,
      '\\b(?:osteoarthritis|alopecia|androgenetic alopecia)\\b',
      `\\bfor (?:(?:your|the|early|mild|severe|male|female|male-pattern|female-pattern|stubborn|chronic) )?${CONDITION}\\b`,
      '\\banti-?inflammatory\\b',
      '\\b(?:stimulat\\w*|promot\\w*|boost\\w*|restor\\w*|trigger\\w*|encourag\\w*|accelerat\\w*)? ?(?:new )?hair (?:re-?growth|growth)\\b',
      '\\bre-?grow(?:s|ing|th)? (?:\\w+ )?hair\\b',
      '\\bcures?\\b(?: and remedies)?',
    ],
    // The US supplement disclaimer ("not intended to diagnose, treat, cure, or prevent any disease") denies the claim.
    antipatterns: ['\\b(?:no|not a) cure\\b(?! for)', DISCLAIMER],
    examples: {
      match: [
        { text: 'Exosome therapy is an innovative solution for [[treating balding hair]].' },
        { text: 'Exosomes [[reduce inflammation and irritation]] after a peel.' },
        { text: 'Clinics often describe exosomes as working to [[improve texture, pigmentation, scarring]].', context: 'reported', page: ['Exosome facials are a trend.'] },
        { text: 'Our exosome [[hair loss treatment]] restores thick hair.' },
        { text: 'Exosomes [[stimulate hair regrowth]] in thinning areas.' },
        { text: 'We offer exosome injections into the scalp [[for thinning hair]].' },
        { text: 'Schedule your exosome infusion [[for long COVID]] today.' },
      ],
      nearMiss: ['This exosome product is not intended to diagnose, treat, cure, or prevent any disease.', 'Exosome shampoo leaves hair shiny and soft.', 'Exosome facials for dry, dull skin.', 'Exosomes help improve skin texture and reduce fine lines.', 'Exosomes telling your cells to calm inflammation is the theory.'],
    },
  },
]);
