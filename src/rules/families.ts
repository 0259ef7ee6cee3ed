import type { Family } from '../engine/types';
import type { FamilyInfo } from './schema';
import { LEGAL_REVIEWED } from './sources';

// What each family means for a reader. `message` is the card's headline; `explanation` is the general
// paragraph, shown where the fact base has nothing for the reader's jurisdiction (the law where the reader
// is comes from src/rules/law-here.ts). All paraphrase shared/research/legal-facts.md and say so where it
// is a report, a consultancy's view, inference or memory. The English here is the text of the i18n keys
// family_<id>_msg, family_<id>_text and family_<id>_ask_<n> (test/unit/law-text.test.ts keeps them equal).

/** The one review date of the legal content (see src/rules/sources.ts). */
export const RULES_REVIEWED = LEGAL_REVIEWED;

export interface FamilyText extends FamilyInfo {
  /** The card's headline for any finding of this family. */
  message: string;
}

const info: FamilyText[] = [
  {
    family: 'injectable',
    title: 'Exosomes offered by injection',
    message: 'Exosomes offered by injection: we found no regulator that has approved an exosome product as a medicine.',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'medium' },
    explanation:
      'We found no exosome product approved as a medicine: the FDA and Japan\u2019s health ministry say none is, and a 2025 review found ' +
      'none with full approval from any major regulator. How injection is treated differs by country: in the US the FDA treats ' +
      'those used to treat a condition as drugs needing its approval, in Korea injecting a cosmetic breaches medical law, in the UK and EU it is our reading that they would be ' +
      'unlicensed medicines, and in Japan injection is not banned outright. Serious infections, granulomas and skin necrosis have been ' +
      'reported after exosome injections.',
    ask: [
      'Is this product injected, or only applied to the skin?',
      'Which licensed medicine is being injected, and what is its licence number?',
      'Who makes it, and can I see the packaging and batch number before treatment?',
    ],
    sources: ['fda-psn-2019', 'mhlw-2024', 'oae-2025', 'medicaltimes', 'nahm-2024', 'thai-necrosis-2024'],
  },
  {
    family: 'human-source',
    title: 'Exosomes from human cells or tissue',
    message: 'Exosomes made from human cells or tissue: banned in cosmetics in the UK and the EU, and experts warn of disease transmission.',
    severity: { uk: 'high', eu: 'high', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Material of human origin (stem cells, umbilical cord, placenta, fat or donor tissue) is treated very differently from country to ' +
      'country: the UK and the EU ban it in cosmetics, Korea allows only culture media that meet safety standards, and elsewhere the ' +
      'rules are unclear or turn on the product\u2019s claims. Scientists have warned that such material can transmit disease and that exosomes cannot ' +
      'reliably be separated from viruses, and donor screening is often undisclosed.',
    ask: [
      'What exactly are these exosomes made from: plant, animal or human cells?',
      'Can I see the ingredient list (INCI names) and the manufacturer\u2019s documentation?',
      'If human-derived, under which authorisation is it supplied?',
    ],
    sources: ['sun-dbt-2025', 'zmuni-2024', 'kormedi-2010', 'cam-guardian-2025'],
  },
  {
    family: 'approval-claim',
    title: 'Claims of regulatory approval',
    message: 'A claim of approval: no regulator we checked has approved an exosome product as a medicine, and cosmetics are notified, not approved.',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'high' },
    explanation:
      'The FDA has stated that no exosome product is FDA-approved, Japan\u2019s health ministry says none is an approved medicine, and a ' +
      '2025 review found no extracellular-vesicle therapy with full approval from any major regulator. Cosmetics are notified, not ' +
      'approved: EU claims rules forbid presenting a cosmetic as approved by an authority, and an FDA registration or listing number ' +
      'is not an approval.',
    ask: [
      'Which regulator approved this product, and what is the approval or licence number?',
      'Is that an approval of this product, or a registration of the company or a notification of a cosmetic?',
    ],
    sources: ['fda-psn-2019', 'mhlw-2024', 'oae-2025', 'premiumbeauty-655', 'openfda-ndc'],
  },
  {
    family: 'legality-claim',
    title: 'Blanket claims that the treatment is legal',
    message: 'A claim that the treatment is legal: that depends on what the exosomes are made from and how they are applied.',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Whether an exosome treatment is lawful depends on what the exosomes are made from and how they reach the skin, and the answer ' +
      'differs by country. A statement that \u201cexosome therapy is legal\u201d leaves out those limits. Use on microneedled or lasered ' +
      'skin is a grey area that no regulator text we found settles.',
    ask: [
      'Legal in which form: topical only, or also injected or after microneedling?',
      'What is the source of the exosomes, and is that source allowed in cosmetics here?',
    ],
    sources: ['saveface', 'ceway-2016'],
  },
  {
    family: 'safety-claim',
    title: 'Absolute safety claims',
    message: 'A claim of safety: infections, granulomas and skin necrosis have been reported after exosome treatments.',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Serious harms have been reported after exosome products: serious infections in Nebraska in 2019 (FDA), delayed granulomas in ' +
      'Korea and skin necrosis in Thailand after injections. The ISEV warns that isolating vesicles easily introduces impurities and ' +
      'contaminants. Claims such as \u201ccompletely safe\u201d or \u201cno side effects\u201d are not supported by the published evidence.',
    ask: ['What side effects have been reported, and how often?', 'How is the product tested for sterility and contamination?'],
    sources: ['fda-psn-2019', 'isev-2020', 'nahm-2024', 'thai-necrosis-2024'],
  },
  {
    family: 'medical-claim',
    title: 'Claims to treat or heal a condition',
    message: 'A claim to treat a condition: that presents the product as a medicine, and no exosome product is approved as one.',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'high' },
    explanation:
      'Claims to treat, cure or prevent a disease or condition (hair loss, acne, scars, inflammation, joints, wounds) present a product ' +
      'as a medicine. We found no exosome product approved as a medicine by any regulator we cover: the FDA and Japan\u2019s health ' +
      'ministry say so, and a 2025 review found none with full approval from any major regulator.',
    ask: ['Is this product licensed as a medicine for this condition? Under which licence?', 'What published human trials support this use?'],
    sources: ['fda-psn-2019', 'mhlw-2024', 'oae-2025'],
  },
  {
    family: 'efficacy-claim',
    title: 'Overstated evidence or results',
    message: 'A claim about results: the published evidence for exosomes in aesthetic medicine is weak.',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'A 2024 overview of 17 systematic reviews found the evidence for exosomes in aesthetic and regenerative medicine methodologically ' +
      'weak, with poor description of what was used. Claims such as \u201cclinically proven\u201d, \u201cguaranteed\u201d or \u201clasts 6\u20138 ' +
      'months\u201d need robust evidence in people, for the product itself.',
    ask: ['Which published trial, on this product, supports this result?', 'What happens if it does not work?'],
    sources: ['rahman-2024'],
  },
  {
    family: 'compromised-skin',
    title: 'Exosomes on microneedled or lasered skin',
    message: 'Exosomes on microneedled or lasered skin: cosmetics are made for intact skin, and we found no regulator text that settles this use.',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'high', jp: 'medium' },
    explanation:
      'Cosmetics are made for the outside of the body. Applying exosomes straight after microneedling or laser opens a route into the ' +
      'skin that we found no regulator text settling, and the ISEV warns that vesicle preparations easily carry contaminants.',
    ask: [
      'Is the product made to be used on skin after microneedling or laser?',
      'What is its source, and does its safety assessment cover broken skin?',
    ],
    sources: ['ceway-2016', 'isev-2020'],
  },
  {
    family: 'unverified-product',
    title: 'Quality claims without characterisation',
    message: 'A quality or purity claim that cannot be checked without the source and the test method.',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Particle counts, \u201cpharmaceutical grade\u201d or purity figures mean little without the source and the method used to measure ' +
      'them. The MISEV guidelines set minimum characterisation for extracellular vesicles, a 2024 review found widespread failure to ' +
      'meet such standards, and the ISEV says clinics\u2019 \u201cpurified exosome\u201d claims should be viewed with caution.',
    ask: ['How was the particle count or purity measured, and by whom?', 'Can I see the certificate of analysis for this batch?'],
    sources: ['misev-2023', 'isev-2020', 'rahman-2024'],
  },
  {
    family: 'plant-or-animal-source',
    title: 'Plant- or animal-derived exosomes',
    message: 'Exosomes from plants or animals: sold as cosmetics in some countries, with appearance-only claims; that is not an approval.',
    severity: { uk: 'info', eu: 'info', us: 'info', ca: 'info', au: 'info', kr: 'info', jp: 'info' },
    explanation:
      'Plant- and animal-derived exosomes (for example from roses, green tea, bovine colostrum or salmon) are sold as topical cosmetics ' +
      'in several countries. Where that is allowed it is not an approval: the product must be safe and make only cosmetic claims. The ' +
      'evidence of benefit is thin, and one product sold as \u201cplant-based\u201d was reported to contain human material.',
    ask: ['Which plant or animal is the source, and can I see the ingredient list?', 'Is it applied only on intact skin?'],
    sources: ['bloom-exosomes', 'rahman-2024', 'consultingroom-2025'],
  },
  {
    family: 'autologous',
    title: 'Exosomes from your own blood',
    message: 'Exosomes from your own blood: not a standardised product, and we found no evidence that establishes its effect.',
    severity: { uk: 'info', eu: 'info', us: 'info', ca: 'info', au: 'medium', kr: 'info', jp: 'info' },
    explanation:
      'Exosome-rich preparations from a patient\u2019s own blood or platelet-rich plasma avoid donor material, but how they are made and ' +
      'tested varies from clinic to clinic, and we found no evidence that establishes their effect. Our fact base has a regulator\u2019s ' +
      'text on them only for the US and Australia, and neither settles whether exosome preparations qualify.',
    ask: ['How is the preparation made from my blood, and in what kind of facility?', 'What evidence supports this use?'],
    sources: ['cfr-1271-10', 'tga-hct-ads'],
  },
];

export const FAMILY_INFO: Readonly<Record<Family, FamilyText>> = Object.freeze(
  Object.fromEntries(info.map((f) => [f.family, f])) as Record<Family, FamilyText>,
);
