import type { Family } from '../engine/types';
import type { FamilyInfo } from './schema';

// What each family means for a reader, per jurisdiction. Explanations paraphrase
// shared/research/legal-facts.md; where that file marks a point as recall or inference, the text says so.

export const RULES_REVIEWED = '2026-11-23';

const info: FamilyInfo[] = [
  {
    family: 'injectable',
    title: 'Exosomes offered by injection',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'medium' },
    explanation:
      'No exosome product is authorised as a medicine by the FDA, and none is listed by Health Canada, the TGA or Japan\'s MHLW. ' +
      'Injecting a product takes it out of the cosmetics rules everywhere we checked, so an injected exosome product would be an ' +
      'unlicensed medicine. In Korea a doctor\'s licence suspension for injecting an exosome cosmetic was upheld. The FDA has linked ' +
      'unapproved exosome products to sepsis, and case reports describe granulomas and skin necrosis after cosmetic exosome injections. ' +
      'The UK position rests on general medicines law: we found no MHRA statement about exosomes specifically. In Japan injection is ' +
      'not prohibited outright, but no product is approved and the ministry has told regional authorities to act on drug-like claims.',
    ask: [
      'Is this product injected, or only applied to the skin?',
      'Which licensed medicine is being injected, and what is its licence number?',
      'Who makes it, and can I see the packaging and batch number before treatment?',
    ],
    sources: ['fda-psn-2019', 'fda-consumer-2020', 'kr-injection-court', 'nahm-2024', 'thai-necrosis-2024', 'mhlw-2024', 'eohu'],
  },
  {
    family: 'human-source',
    title: 'Exosomes from human cells or tissue',
    severity: { uk: 'high', eu: 'high', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Material of human origin (stem cells, umbilical cord, placenta, fat or donor tissue) may not be used in cosmetics in the UK and EU: ' +
      'the UK Department for Business and Trade has said human-derived exosomes are banned in cosmetic products (as reported by the press; ' +
      'the EU Annex II entry number is not yet checked against the regulation). Health Canada treats human-derived exosome topicals that ' +
      'make structure or function claims as drugs. Korea bans human cells and tissue in cosmetics and allows culture media only under ' +
      'safety standards. Experts have warned of disease transmission, and donor screening is often undisclosed.',
    ask: [
      'What exactly are these exosomes made from: plant, animal or human cells?',
      'Can I see the ingredient list (INCI names) and the manufacturer\'s documentation?',
      'If human-derived, under which authorisation is it supplied?',
    ],
    sources: ['dbt-sun-2025', 'cam-guardian-2025', 'eu-1223-2009', 'hc-notice-2025', 'mfds-ads-2025', 'aestheticmed-uk'],
  },
  {
    family: 'approval-claim',
    title: 'Claims of regulatory approval',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'high' },
    explanation:
      'The FDA has stated that there are no FDA-approved exosome products. No exosome medicine is authorised in Canada or Japan, and a ' +
      '2025 review found no extracellular-vesicle therapy with full approval from any major regulator (for the EMA and MHRA this rests on ' +
      'that review, not on their own statements). Cosmetics are notified, not approved: EU claims rules forbid presenting a cosmetic as ' +
      'approved by an authority, and an FDA registration or listing number is not an approval.',
    ask: [
      'Which regulator approved this product, and what is the approval or licence number?',
      'Is that an approval of this product, or a registration of the company or a notification of a cosmetic?',
    ],
    sources: ['fda-psn-2019', 'fda-consumer-2020', 'eu-655-2013', 'oae-2025', 'mhlw-2024', 'eohu', 'asa-lamphall-2012'],
  },
  {
    family: 'legality-claim',
    title: 'Blanket claims that the treatment is legal',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Whether an exosome treatment is lawful depends on what the exosomes are made from and how they are used. In the UK and EU, plant- or ' +
      'animal-derived exosomes may be sold as topical cosmetics; human-derived material is banned in cosmetics, and injection would need a ' +
      'medicines licence that no exosome product holds. A statement that "exosome therapy is legal" without those limits is misleading. ' +
      'Use on microneedled or lasered skin is a grey area: no regulator text settles it.',
    ask: [
      'Legal in which form: topical only, or also injected or after microneedling?',
      'What is the source of the exosomes, and is that source allowed in cosmetics here?',
    ],
    sources: ['saveface-2025', 'dbt-sun-2025', 'bloom-2024', 'fda-psn-2019'],
  },
  {
    family: 'safety-claim',
    title: 'Absolute safety claims',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Serious harms have been reported after exosome products: sepsis in Nebraska in 2019 (FDA), delayed granulomas in Korea and skin ' +
      'necrosis in Thailand after injections. The ISEV warns that isolating vesicles easily introduces contaminants. Being "DNA-free" does ' +
      'not remove these risks. Claims such as "completely safe" or "no side effects" are not supported by the evidence.',
    ask: [
      'What side effects have been reported, and how often?',
      'How is the product tested for sterility and contamination?',
    ],
    sources: ['fda-psn-2019', 'isev-2020', 'nahm-2024', 'thai-necrosis-2024', 'ftc-health-2022'],
  },
  {
    family: 'medical-claim',
    title: 'Claims to treat or heal a condition',
    severity: { uk: 'high', eu: 'high', us: 'high', ca: 'high', au: 'high', kr: 'high', jp: 'high' },
    explanation:
      'Claims to treat, cure or repair a disease or tissue (hair loss, acne, scars, inflammation, joints, wounds) present a product as a ' +
      'medicine. In the UK such claims need a marketing authorisation (CAP rule 12.11), and the ASA treats hair-loss and "repair" claims as ' +
      'medicinal. In the US an exosome product intended to treat a disease is a drug and biological product needing FDA approval, which ' +
      'none has. Japan\'s MHLW has asked regional authorities to act on exosome products claiming to treat disease.',
    ask: [
      'Is this product licensed as a medicine for this condition? Under which licence?',
      'What published human trials support this use?',
    ],
    sources: ['asa-pom', 'asa-physiological', 'asa-hair-loss', 'fda-psn-2019', 'fda-consumer-2020', 'mhlw-2024'],
  },
  {
    family: 'efficacy-claim',
    title: 'Overstated evidence or results',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'A 2024 overview of 17 systematic reviews found the evidence for exosomes in aesthetic medicine methodologically weak, with poor ' +
      'characterisation of what was used. Claims such as "clinically proven", "guaranteed" or "lasts 6-8 months" need robust human evidence ' +
      'for the product itself (CAP rules 3.7 and 12.1; EU Regulation 655/2013). The FTC says words like "promising" are not a disclaimer.',
    ask: ['Which published trial, on this product, supports this result?', 'What happens if it does not work?'],
    sources: ['rahman-2024', 'asa-cosmetic-claims', 'eu-655-2013', 'ftc-health-2022', 'asa-go-groopie-2013'],
  },
  {
    family: 'compromised-skin',
    title: 'Exosomes on microneedled or lasered skin',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'high', jp: 'medium' },
    explanation:
      'Cosmetics are made for intact skin. Applying exosomes straight after microneedling or laser opens a route into the skin that cosmetic ' +
      'safety assessments do not cover. No regulator text we found settles whether this is lawful in the UK or EU (a grey area). Korea has ' +
      'banned needle and microneedle wording in cosmetic adverts, and a Korean legal commentary argues that delivering cosmetics into the skin ' +
      'is also a problem.',
    ask: [
      'Is the product made to be used on skin after microneedling or laser?',
      'What is its source, and does its safety assessment cover broken skin?',
    ],
    sources: ['saveface-2025', 'mfds-ads-2025', 'kr-injection-court', 'eohu'],
  },
  {
    family: 'unverified-product',
    title: 'Quality claims without characterisation',
    severity: { uk: 'medium', eu: 'medium', us: 'medium', ca: 'medium', au: 'medium', kr: 'medium', jp: 'medium' },
    explanation:
      'Particle counts, "pharmaceutical grade" or purity figures mean little without the source and the method used to measure them. ' +
      'The MISEV guidelines set minimum characterisation for extracellular vesicles, and a 2024 review found most studies did not meet ' +
      'such standards. The ISEV warns that "purified exosome" claims from clinics should be viewed with caution.',
    ask: ['How was the particle count or purity measured, and by whom?', 'Can I see the certificate of analysis for this batch?'],
    sources: ['misev-2023', 'isev-2020', 'rahman-2024'],
  },
  {
    family: 'plant-or-animal-source',
    title: 'Plant- or animal-derived exosomes',
    severity: { uk: 'info', eu: 'info', us: 'info', ca: 'info', au: 'info', kr: 'info', jp: 'info' },
    explanation:
      'Plant- and animal-derived exosomes (for example from roses, green tea, bovine colostrum or salmon) may be sold as topical cosmetics in ' +
      'the UK and EU if they meet the ordinary cosmetic rules and make only cosmetic claims. That is not an approval, and the evidence is ' +
      'still thin. In Canada a public health unit says no exosome product of any source is approved.',
    ask: ['Which plant or animal is the source, and can I see the ingredient list?', 'Is it applied only on intact skin?'],
    sources: ['bloom-2024', 'saveface-2025', 'mfds-ads-2025', 'eohu'],
  },
  {
    family: 'autologous',
    title: 'Exosomes from your own blood',
    severity: { uk: 'info', eu: 'info', us: 'info', ca: 'info', au: 'medium', kr: 'info', jp: 'info' },
    explanation:
      'Exosome-rich preparations from a patient\'s own blood or platelet-rich plasma avoid donor material, but they are not standardised ' +
      'products and their effects are not established. In Australia, advertising human cell and tissue products to the public is ' +
      'prohibited, and that includes autologous products.',
    ask: ['How is the preparation made from my blood, and in what kind of facility?', 'What evidence supports this use?'],
    sources: ['tga-hct-ads', 'fda-consumer-2020'],
  },
];

export const FAMILY_INFO: Readonly<Record<Family, FamilyInfo>> = Object.freeze(
  Object.fromEntries(info.map((f) => [f.family, f])) as Record<Family, FamilyInfo>,
);
