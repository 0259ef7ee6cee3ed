import type { Jurisdiction } from '../engine/types';
import { SOURCES, type CatalogueSource } from '../rules/sources';

// What the law says about exosome treatments, per jurisdiction, as a 3 × 3 table: where the exosomes
// come from × how they reach the skin. Every cell carries a plain status word, a one-line note and how
// well the fact base supports it (/work/shared/research/legal-facts.md): verified = a regulator's or
// the law's own text was read; secondary = a report of it (news, trade press, consultancy);
// unverified = inference or memory that nobody has checked. Notes say so plainly where it matters.
// Paraphrased throughout; this is not legal advice.

export const ORIGINS = ['plant-animal', 'human', 'own-blood'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ROUTES = ['intact', 'needled', 'injected'] as const;
export type Route = (typeof ROUTES)[number];

/** Status words; the UI translates them (i18n key `legal_status_<word>`, with dashes as underscores). */
export const STATUS_WORDS = ['cosmetic', 'banned', 'unlicensed-medicine', 'unapproved-drug', 'not-allowed', 'case-by-case', 'grey-area', 'unclear'] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

export type CellVerification = 'verified' | 'secondary' | 'unverified';

export interface LegalCell {
  status: StatusWord;
  /** Key into NOTES (and i18n `legal_note_<noteId>`). */
  noteId: string;
  /** The note in English. */
  note: string;
  verification: CellVerification;
  /** Ids into SOURCES (src/rules/sources.ts); empty only when the fact base found nothing to cite. */
  sources: string[];
}

export interface JurisdictionLegal {
  jurisdiction: Jurisdiction;
  /** Who enforces, in one line. */
  regulators: string;
  cells: Record<Origin, Record<Route, LegalCell>>;
  /** Is any exosome product approved as a medicine here? No; this says on what basis (i18n `law_approved_<j>`). */
  approval: { verification: CellVerification; sources: string[] };
}

const c = (status: StatusWord, verification: CellVerification, noteId: NoteId, ...sources: string[]): LegalCell => ({
  status,
  verification,
  noteId,
  note: NOTES[noteId],
  sources,
});

const NOTES_EN = {
  own_blood_unknown: 'Our fact base has no source on exosomes made from your own blood. Not checked.',
  uk_plant_intact: 'May be sold as a cosmetic with appearance-only claims, if not at a pharmacologically active level (a consultancy\u2019s view; no regulator statement found).',
  uk_plant_needled: 'No regulator text settles whether a cosmetic applied to needled or lasered skin is still a cosmetic.',
  uk_plant_injected: 'Injection takes it out of cosmetics law and no exosome medicine is licensed. Our reading of medicines law; no MHRA statement found.',
  uk_human_intact: 'The Department for Business and Trade told 5 News that human-derived exosomes are banned in cosmetics.',
  uk_human_needled: 'Human-derived material is banned in any cosmetic, whatever the skin it goes on.',
  uk_human_injected: 'Not licensed for clinical use in the UK and no MHRA approval for aesthetic use (UK trade press).',
  eu_plant_intact: 'May be sold as a cosmetic if not at a pharmacologically active level (a consultancy\u2019s view); claims must meet Regulation 655/2013 and may not say \u201capproved\u201d.',
  eu_plant_needled: 'Cosmetics are for the outer skin; no regulator text settles use on needled or lasered skin.',
  eu_plant_injected: 'Injected, it is not a cosmetic; no EU authorisation for any exosome medicine was found. Our inference, not checked with EMA.',
  eu_human_intact: 'Products of human origin are banned in cosmetics (Annex II of Regulation 1223/2009; entry number not checked).',
  eu_human_needled: 'Banned in any cosmetic, whatever the skin it goes on.',
  eu_human_injected: 'Would need a medicines authorisation that no product holds. Our inference, not checked with EMA.',
  us_plant_intact: 'A cosmetic only while its claims are about appearance; claims to treat or change the body make it a drug. From memory, not checked against FDA text.',
  us_plant_needled: 'No FDA text on exosomes applied to needled or lasered skin was found.',
  us_plant_injected: 'FDA: exosome products used to treat are drugs and biologics needing approval, and none is approved.',
  us_human_intact: 'No US ban on human material in cosmetics was found. If sold to treat a condition it is a drug or biologic (FDA).',
  us_human_injected: 'FDA: no exosome product is approved; FDA has warned firms selling them and linked one to serious infections.',
  us_blood_injected: 'Some uses of your own cells escape premarket approval only if minimally processed and used for their normal function; whether exosome preparations qualify is not established.',
  ca_plant_intact: 'Health Canada assesses each product (as reported); a local health unit says no exosome product of any source is approved.',
  ca_plant_needled: 'Assessed product by product (as reported); one local health unit calls all exosome products drugs and says not to microneedle them.',
  ca_plant_injected: 'A drug needing authorisation, and none is authorised, says a local health unit; we found no Health Canada statement on injection.',
  ca_human_intact: 'Classified by its claims: a drug if it claims to treat or to change skin structure or function (2025 consultation; 2026 final notice as reported).',
  ca_human_needled: 'Classified by its claims (2025 consultation; 2026 final notice as reported); a local health unit warns against microneedling exosome products.',
  au_plant_intact: 'Probably a cosmetic if it makes no therapeutic claims; no TGA statement on exosomes was found.',
  au_plant_needled: 'No TGA statement on exosomes was found.',
  au_plant_injected: 'A therapeutic good that must be on the ARTG before supply; no exosome product is.',
  au_human_intact: 'Possibly a regulated biological; advertising human cell and tissue products to the public is banned. Not confirmed for exosomes.',
  au_human_needled: 'Possibly a regulated biological. Not confirmed for exosomes.',
  au_human_injected: 'Must be on the ARTG before supply; no exosome product is. Only special-access routes exist.',
  au_blood_injected: 'Products from your own cells can be exempt, but advertising them to the public removes the exemption (TGA). Not confirmed for exosomes.',
  kr_plant_intact: 'Allowed as a cosmetic; adverts must name the source, e.g. \u201cplant exosome\u201d.',
  kr_plant_needled: 'Adverts may not use needle, microneedle or MTS wording (MFDS, Jan 2025); clinic use on needled skin is contested.',
  kr_plant_injected: 'A cosmetic injected into the skin is not a cosmetic; a doctor\u2019s licence suspension for doing so was upheld.',
  kr_human_intact: 'Human cell culture media only under MFDS safety standards; cells are banned. Whether isolated exosomes count is uncertain; bare \u201cexosome\u201d is banned in adverts.',
  kr_human_needled: 'Needle and MTS wording is banned in adverts; clinic use on needled skin is contested.',
  kr_human_injected: 'Injecting a cosmetic breaches medical law (Ministry of Health and Welfare); complaints of scarring were reported.',
  jp_plant_intact: 'Sold as cosmetics; we found no regulator text confirming this.',
  jp_plant_needled: 'No regulator text found.',
  jp_plant_injected: 'Not an approved medicine and outside the regenerative medicine law; MHLW (2024) told prefectures to act against treatment or approval claims.',
  jp_human_intact: 'Creams with human stem-cell culture extracts are sold; the only source saying they are allowed is a supplier\u2019s claim.',
  jp_human_injected: 'Not approved; clinics use \u201cresearch reagent\u201d products with no authority review. Whether the 2025 law change covers exosomes is unconfirmed.',
} as const;
export type NoteId = keyof typeof NOTES_EN;
/** English notes by id; the UI shows the translation under the i18n key `legal_note_<id>`. */
export const NOTES: Readonly<Record<NoteId, string>> = NOTES_EN;

const unknownBlood = () => ({
  intact: c('unclear', 'unverified', 'own_blood_unknown'),
  needled: c('unclear', 'unverified', 'own_blood_unknown'),
  injected: c('unclear', 'unverified', 'own_blood_unknown'),
});

export const LEGAL_STATUS: Record<Jurisdiction, JurisdictionLegal> = {
  uk: {
    jurisdiction: 'uk',
    regulators: 'MHRA (medicines), Trading Standards and OPSS (cosmetics), ASA (adverts)',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'uk_plant_intact', 'bloom-exosomes', 'asa-physiological'),
        needled: c('grey-area', 'unverified', 'uk_plant_needled', 'ceway-2016', 'uk-si-2024-1334'),
        // The inference rests on the cosmetic definition and the medicines advertising rule, not on a
        // statement about human-derived products.
        injected: c('unlicensed-medicine', 'unverified', 'uk_plant_injected', 'ceway-2016', 'uk-si-2024-1334', 'asa-pom'),
      },
      human: {
        intact: c('banned', 'secondary', 'uk_human_intact', 'sun-dbt-2025', 'cam-guardian-2025'),
        needled: c('banned', 'secondary', 'uk_human_needled', 'sun-dbt-2025', 'cam-guardian-2025'),
        injected: c('unlicensed-medicine', 'secondary', 'uk_human_injected', 'aestheticmed', 'cam-guardian-2025'),
      },
      'own-blood': unknownBlood(),
    },
    approval: { verification: 'secondary', sources: ['aestheticmed', 'premiumbeauty-655', 'oae-2025'] },
  },
  eu: {
    jurisdiction: 'eu',
    regulators: 'National medicines agencies and EMA (medicines); national cosmetics authorities',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'eu_plant_intact', 'bloom-exosomes', 'eu-655-2013'),
        needled: c('grey-area', 'unverified', 'eu_plant_needled', 'ceway-2016'),
        injected: c('unlicensed-medicine', 'unverified', 'eu_plant_injected', 'ceway-2016', 'oae-2025'),
      },
      human: {
        intact: c('banned', 'secondary', 'eu_human_intact', 'zmuni-2024', 'cosmeticsinfo-annexes', 'eu-1223-2009'),
        needled: c('banned', 'secondary', 'eu_human_needled', 'zmuni-2024'),
        injected: c('unlicensed-medicine', 'unverified', 'eu_human_injected', 'oae-2025'),
      },
      'own-blood': unknownBlood(),
    },
    approval: { verification: 'secondary', sources: ['oae-2025', 'premiumbeauty-655', 'eu-655-2013'] },
  },
  us: {
    jurisdiction: 'us',
    regulators: 'FDA (drugs, biologics, cosmetics), FTC (advertising)',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'unverified', 'us_plant_intact'),
        needled: c('unclear', 'unverified', 'us_plant_needled'),
        injected: c('unapproved-drug', 'verified', 'us_plant_injected', 'fda-psn-2019', 'fda-consumer-2020'),
      },
      human: {
        intact: c('unclear', 'unverified', 'us_human_intact', 'fda-psn-2019'),
        needled: c('unclear', 'unverified', 'us_plant_needled'),
        injected: c('unapproved-drug', 'verified', 'us_human_injected', 'fda-psn-2019', 'fda-eucyt-2020', 'fda-consumer-2020'),
      },
      'own-blood': {
        ...unknownBlood(),
        injected: c('grey-area', 'unverified', 'us_blood_injected', 'cfr-1271-10'),
      },
    },
    approval: { verification: 'verified', sources: ['fda-psn-2019', 'fda-consumer-2020', 'openfda-ndc'] },
  },
  ca: {
    jurisdiction: 'ca',
    regulators: 'Health Canada (drugs and cosmetics); provincial and local health units',
    cells: {
      // Health Canada's own position on non-human sources is known only from a consultancy's summary; the
      // local health unit's view is shown in the note, not as the national status.
      'plant-animal': {
        intact: c('case-by-case', 'secondary', 'ca_plant_intact', 'mflrc-2026', 'eohu'),
        needled: c('case-by-case', 'secondary', 'ca_plant_needled', 'mflrc-2026', 'eohu'),
        injected: c('unlicensed-medicine', 'verified', 'ca_plant_injected', 'eohu'),
      },
      human: {
        intact: c('case-by-case', 'secondary', 'ca_human_intact', 'hc-notice-2025', 'mflrc-2026'),
        needled: c('case-by-case', 'secondary', 'ca_human_needled', 'hc-notice-2025', 'mflrc-2026', 'eohu'),
        injected: c('unlicensed-medicine', 'verified', 'ca_plant_injected', 'eohu'),
      },
      'own-blood': unknownBlood(),
    },
    approval: { verification: 'verified', sources: ['eohu'] },
  },
  au: {
    jurisdiction: 'au',
    regulators: 'Therapeutic Goods Administration (TGA); state health departments',
    cells: {
      'plant-animal': {
        intact: c('unclear', 'unverified', 'au_plant_intact'),
        needled: c('unclear', 'unverified', 'au_plant_needled'),
        injected: c('unlicensed-medicine', 'secondary', 'au_plant_injected', 'oae-2025'),
      },
      human: {
        intact: c('unclear', 'unverified', 'au_human_intact', 'tga-biologicals', 'tga-hct-ads'),
        needled: c('unclear', 'unverified', 'au_human_needled', 'tga-biologicals'),
        injected: c('unlicensed-medicine', 'secondary', 'au_human_injected', 'oae-2025', 'tga-biologicals'),
      },
      'own-blood': {
        ...unknownBlood(),
        injected: c('grey-area', 'unverified', 'au_blood_injected', 'tga-hct-ads', 'tga-exempt', 'tga-hct-review-2021'),
      },
    },
    approval: { verification: 'secondary', sources: ['oae-2025'] },
  },
  kr: {
    jurisdiction: 'kr',
    regulators: 'Ministry of Food and Drug Safety (MFDS); Ministry of Health and Welfare',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'kr_plant_intact', 'newspim-2025'),
        needled: c('grey-area', 'secondary', 'kr_plant_needled', 'newspim-2025', 'medicaltimes'),
        injected: c('not-allowed', 'secondary', 'kr_plant_injected', 'medicaltimes', 'mbn-mfds', 'sbs-2022'),
      },
      human: {
        // Culture media are allowed under standards; isolated exosomes are not known to be: not "allowed".
        intact: c('case-by-case', 'secondary', 'kr_human_intact', 'kormedi-2010', 'newspim-2025'),
        needled: c('grey-area', 'secondary', 'kr_human_needled', 'newspim-2025', 'medicaltimes'),
        injected: c('not-allowed', 'secondary', 'kr_human_injected', 'medicaltimes', 'mbn-mfds', 'sbs-2022'),
      },
      'own-blood': unknownBlood(),
    },
    approval: { verification: 'secondary', sources: ['sbs-2022', 'mbn-mfds'] },
  },
  jp: {
    jurisdiction: 'jp',
    regulators: 'Ministry of Health, Labour and Welfare (MHLW); prefectures',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'unverified', 'jp_plant_intact'),
        needled: c('grey-area', 'unverified', 'jp_plant_needled'),
        injected: c('grey-area', 'secondary', 'jp_plant_injected', 'mhlw-2024', 'kyodo-2023'),
      },
      human: {
        // The only basis for "allowed" is a supplier's claim: unclear, not allowed.
        intact: c('unclear', 'unverified', 'jp_human_intact', 'highbelem-supplier'),
        needled: c('grey-area', 'unverified', 'jp_plant_needled'),
        injected: c('grey-area', 'secondary', 'jp_human_injected', 'mhlw-2024', 'kyodo-2023', 'fujita-2024', 'nexpert-2025'),
      },
      'own-blood': unknownBlood(),
    },
    approval: { verification: 'secondary', sources: ['mhlw-2024'] },
  },
};

/** Is any exosome product approved as a medicine anywhere we cover? No (per jurisdiction: `approval`). */
export const APPROVAL = {
  anyApproved: false as const,
  sources: ['fda-psn-2019', 'fda-consumer-2020', 'mhlw-2024', 'eohu', 'oae-2025'],
};

/** Every source cited by one jurisdiction's table and approval line, in first-use order. */
export function sourcesFor(j: Jurisdiction): CatalogueSource[] {
  const ids = new Set<string>();
  for (const o of ORIGINS) for (const r of ROUTES) for (const id of LEGAL_STATUS[j].cells[o][r].sources) ids.add(id);
  for (const id of LEGAL_STATUS[j].approval.sources) ids.add(id);
  return [...ids].map((id) => SOURCES[id]!);
}
