import { defineRules } from './define';

export default defineRules('autologous', [
  {
    id: 'autologous.own-blood',
    keywords: ['autologous', 'platelet', 'prp', 'own', 'self-derived', 'blood'],
    message: "Exosome preparations from the patient's own blood: not standardised, effects not established.",
    topic: 'sentence',
    patterns: [
      '\\bautologous\\b(?: (?:exosomes?|products?|sources?|approach|prp|plasma|serum|cells|preparations?))?',
      '\\bplatelet[- ]rich (?:plasma|fibrin)\\b(?: \\(prp\\))?',
      '\\bprp\\b',
      "\\b(?:the )?(?:patient'?s|your|their|client'?s) own (?:prp|blood|plasma|platelets|cells|fat|serum)(?: (?:or|and) (?:blood|plasma) components)?\\b",
      "\\bfrom (?:your|the patient'?s) (?:own )?blood\\b",
      '\\bself-derived\\b',
    ],
    examples: {
      match: [
        { text: "Some clinicians extract exosome-rich vesicles directly from [[the patient's own PRP or blood components]].", context: 'reported' },
        { text: 'We prepare exosomes [[from your own blood]] in our clinic.' },
      ],
      nearMiss: ['Exosomes are applied after the facial.', 'Our exosome serum is made in a laboratory.'],
    },
  },
]);
