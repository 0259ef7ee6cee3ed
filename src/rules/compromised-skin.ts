import { defineRules } from './define';

const PROCEDURE =
  '(?:micro-?needl\\w*|micro-?needles?|derma-? ?(?:rollers?|rolling|pens?|stamps?)|(?:fractional |co2 |erbium )?lasers?(?! clinic| hair removal)(?: treatments?| resurfacing)?|micro-?punctur\\w*|mts|skin needling|collagen induction therapy|rf microneedling|microdermabrasion)';

export default defineRules('compromised-skin', [
  {
    id: 'compromised-skin.after-procedure',
    keywords: ['needl', 'derma', 'laser', 'punctur', 'mts', 'collagen induction', 'microdermabrasion'],
    message: 'Exosomes applied to skin opened by microneedling or laser: a route cosmetic safety rules do not cover.',
    topic: 'sentence',
    patterns: [
      `\\b(?:after|following|post-?|with|combined with|alongside|during|plus|paired with|in conjunction with|in combination with|together with|through|via|using|add-ons? to|added to|used with|applied (?:after|with|during))(?: [\\w-]+,?){0,3}? ${PROCEDURE}\\b(?:(?:,? (?:or|and) |, )${PROCEDURE})?`,
      `\\b${PROCEDURE} (?:with|and|plus|\\+|followed by|then) (?:\\w+ )?exosomes?\\b(?: (?:serums?|treatments?|facials?))?`,
      `\\bexosomes? (?:\\w+ )?(?:micro-?needling|facial with micro-?needling)\\b`,
      `\\bpost-(?:micro-?needling|laser|procedure|peel)\\b`,
    ],
    examples: {
      match: [
        { text: "They're commonly [[used with microneedling, laser treatments]] and other procedures.", page: ['Exosomes are a breakthrough.'] },
        { text: 'Exosome therapy [[combined with a derma roller]] is an innovative solution.' },
        { text: 'Many customers find that [[microneedling with exosomes]] is highly effective.' },
        { text: 'Exosomes are the ideal [[post-laser]] recovery serum.' },
        { text: 'When you apply an unknown exosome product [[after microneedling or laser treatment]], you experiment on compromised skin.', context: 'cautionary' },
      ],
      nearMiss: ['At Premier Laser Clinic, exosome serums are applied to clean skin.', 'Microneedling from £150 per session, exosome serum sold separately at reception.'],
    },
  },
  {
    id: 'compromised-skin.barrier',
    keywords: ['compromised', 'open', 'broken', 'damaged', 'channel'],
    message: 'Products introduced to compromised skin.',
    patterns: ['\\b(?:any |the )?(?:products? )?(?:you )?(?:introduce|apply|applied) (?:\\w+ )?(?:to|into|onto) (?:open|compromised|broken|damaged) skin(?: barriers?)?\\b', '\\bcompromised skin(?: barriers?)?\\b', '\\bopen(?:ed)? (?:micro-?)?channels\\b'],
    examples: {
      match: [
        { text: 'The same rigor should apply to [[any product you introduce to compromised skin]] in your practice.', context: 'cautionary', page: ['Exosome products vary.'] },
        { text: 'Exosomes flood the [[open micro-channels]] for deeper results.' },
      ],
      nearMiss: ['Exosome serum is gentle on sensitive skin.', 'Always patch test any exosome product on intact skin.'],
    },
  },
]);
