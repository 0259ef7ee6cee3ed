import type { Jurisdiction } from '../engine/types';
import type { Source } from './schema';

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
  /** Ids into LEGAL_SOURCES; empty only when the fact base found nothing to cite. */
  sources: string[];
}

export interface LegalSource extends Source {
  /** The page shows no date; `date` is then the month our fact base was compiled. */
  undated?: boolean;
}

export interface JurisdictionLegal {
  jurisdiction: Jurisdiction;
  /** Who enforces, in one line. */
  regulators: string;
  cells: Record<Origin, Record<Route, LegalCell>>;
}

/** When this table was last checked against the fact base. */
export const LEGAL_STATUS_REVIEWED = '2026-11-23';
const COMPILED = '2026-11';

const S = (s: Omit<LegalSource, 'id'>) => s;
export const LEGAL_SOURCES: Record<string, LegalSource> = Object.fromEntries(
  Object.entries({
    'fda-psn-2019': S({ publisher: 'US Food and Drug Administration', title: 'Public Safety Notification on Exosome Products', date: '2019-12-06', url: 'https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products', verification: 'verified' }),
    'fda-consumer-2020': S({ publisher: 'US Food and Drug Administration', title: 'Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes', date: '2020-07-22', url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes', verification: 'verified' }),
    'fda-eucyt-2020': S({ publisher: 'US Food and Drug Administration', title: 'Warning letter to EUCYT Laboratories LLC (XOsomes)', date: '2020-06-04', url: 'https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/eucyt-laboratories-llc-607182-06042020', verification: 'verified' }),
    'cfr-1271-10': S({ publisher: 'US Code of Federal Regulations (copy on LawStack)', title: '21 CFR 1271.10: when a cell or tissue product is regulated only under section 361', date: COMPILED, undated: true, url: 'https://law.lawstack.com/cfr/21/1271.10/', verification: 'verified' }),
    'sun-dbt-2025': S({ publisher: 'The Irish Sun (reporting a 5 News investigation)', title: 'Department for Business and Trade: human-derived exosomes are banned in cosmetics', date: '2025-11-03', url: 'https://www.thesun.ie/health/16052159/tiktok-skin-treatment-anti-ageing-secret-local-salon/', verification: 'secondary' }),
    'cam-2025': S({ publisher: 'University of Cambridge, Department of Pathology (repost of The Guardian)', title: 'Beauty clinics in UK offering banned treatments derived from human cells', date: '2025-03-31', url: 'https://www.path.cam.ac.uk/news/beauty-clinics-uk-offering-banned-treatments-derived-human-cells', verification: 'secondary' }),
    'bloom-exosomes': S({ publisher: 'Bloom Regulatory (consultancy)', title: 'Exosomes in cosmetics', date: COMPILED, undated: true, url: 'https://www.bloomregulatory.com/articles/exosomes-in-cosmetics', verification: 'secondary' }),
    'aestheticmed': S({ publisher: 'Aesthetic Medicine (UK trade magazine)', title: 'Human-derived exosome products have no MHRA approval for aesthetic use', date: COMPILED, undated: true, url: 'https://mag.aestheticmed.co.uk/articles/287640?article=39-1', verification: 'secondary' }),
    'asa-physiological': S({ publisher: 'Advertising Standards Authority / CAP', title: 'Beauty and cosmetics: physiological effect', date: COMPILED, undated: true, url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-physiological-effect.html', verification: 'verified' }),
    'eu-655-2013': S({ publisher: 'European Union', title: 'Regulation (EU) No 655/2013: common criteria for cosmetic claims', date: '2013', url: 'https://eurlexa.com/act/en/32013R0655/present/text', verification: 'verified' }),
    'ceway-2016': S({ publisher: 'Ceway', title: 'What counts as a cosmetic under Regulation (EC) 1223/2009', date: '2016-05', url: 'https://news.ceway.eu/2016/05/', verification: 'verified' }),
    'zmuni-2024': S({ publisher: 'ZMUni Compliance Centre', title: 'Summary of global requirements for the use of human-derived ingredients in cosmetics', date: '2024-03-29', url: 'https://www.zmuni.com/en/news/summary-of-global-requirements-for-the-use-of-humanderived/', verification: 'secondary' }),
    'oae-2025': S({ publisher: 'OAE Publishing (Extracellular Vesicles and Circulating Nucleic Acids)', title: 'Perspective on the Australian regulatory landscape for extracellular vesicle therapeutics', date: '2025', url: 'https://site.oaecdn.com/articles/evcna.2025.129', verification: 'secondary' }),
    'hc-notice-2025': S({ publisher: 'Health Canada', title: 'Notice: classification of topical products containing human-derived exosomes, extracellular vesicles and/or cell-conditioned media', date: '2025-08-14', url: 'https://www.canada.ca/en/health-canada/programs/consultation-classification-topical-products-containing-human-derived-exosomes-extracellular-vesicles-cell-conditioned-media/notice.html', verification: 'verified' }),
    'mflrc-2026': S({ publisher: 'MFLRC (consultancy)', title: 'Exosome skincare: cosmetic or drug in Canada? (on Health Canada\u2019s April 2026 final notice)', date: '2026-05-24', url: 'https://mflrc.com/article/exosome-skincare-cosmetic-or-drug-canada-health-canada-april-2026', verification: 'secondary' }),
    'eohu': S({ publisher: 'Eastern Ontario Health Unit', title: 'Exosomes for skin rejuvenation', date: COMPILED, undated: true, url: 'https://www.eohu.ca/en/my-community/exosomes-skin-rejuvenation', verification: 'verified' }),
    'tga-biologicals': S({ publisher: 'Therapeutic Goods Administration', title: 'Understanding which therapeutic goods are regulated biologicals', date: COMPILED, undated: true, url: 'https://tga.gov.au/resources/guidance/understanding-which-therapeutic-goods-are-regulated-biologicals', verification: 'verified' }),
    'tga-hct-ads-2021': S({ publisher: 'Therapeutic Goods Administration', title: 'TGA review of advertising of stem cell therapies to the Australian public', date: '2021-04-07', url: 'https://tga.gov.au/news/media-releases/tga-review-advertising-stem-cell-therapies-australian-public', verification: 'verified' }),
    'tga-hct-ads': S({ publisher: 'Therapeutic Goods Administration', title: 'Advertising stem cell and other human cell or tissue (HCT) products', date: COMPILED, undated: true, url: 'https://tga.gov.au/resources/guidance/advertising-stem-cell-and-other-human-cell-or-tissue-hct-products', verification: 'verified' }),
    'newspim-2025': S({ publisher: 'Newspim (reporting MFDS)', title: 'MFDS revises cosmetics labelling and advertising guideline: bare \u201cexosome\u201d and needle wording banned', date: '2025-01-21', url: 'https://newspim.com/news/view/20250121001119', verification: 'secondary' }),
    'kormedi-2010': S({ publisher: 'Kormedi (reporting KFDA)', title: 'Safety standards for human stem-cell culture media in cosmetics', date: '2010-06-25', url: 'https://kormedi.com/1198032', verification: 'secondary' }),
    'sbs-2022': S({ publisher: 'SBS News', title: 'Clinics injecting exosome products registered only as cosmetics', date: '2022-10-05', url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1006922015', verification: 'secondary' }),
    'medicaltimes': S({ publisher: 'Medical Times (lawyer\u2019s column)', title: 'Court upholds licence suspension for injecting an exosome cosmetic', date: COMPILED, undated: true, url: 'https://medicaltimes.com/Main/News/List_Opinion.html?MainCate=7&SubCate=62', verification: 'secondary' }),
    'mhlw-2024': S({ publisher: 'Biyou Hifuko News (reporting MHLW)', title: 'MHLW notice: exosome and culture-supernatant products are not approved medicines', date: '2024-08-01', url: 'https://biyouhifuko.com/news/japan/8491', verification: 'secondary' }),
    'kyodo-2023': S({ publisher: 'Kyodo News', title: 'Exosome treatments fall outside the regenerative medicine safety act', date: '2023-11-10', url: 'https://rd.kyodo-d.info/np/2023111001001554', verification: 'secondary' }),
    'fujita-2024': S({ publisher: 'Stem Cell Reports (Fujita, Hatta, Ikka, Onishi)', title: 'The urgent need for clear and concise regulations on exosome-based interventions', date: '2024-10-24', url: 'https://ouci.dntb.gov.ua/works/4Np8p0O9', verification: 'verified' }),
  }).map(([id, s]) => [id, { id, ...s }]),
);

const c = (status: StatusWord, verification: CellVerification, noteId: NoteId, ...sources: string[]): LegalCell => ({
  status,
  verification,
  noteId,
  note: NOTES[noteId],
  sources,
});

const NOTES_EN = {
  own_blood_unknown: 'Our fact base has no source on exosomes made from your own blood. Not checked.',
  uk_plant_intact: 'May be sold as a cosmetic with appearance-only claims (consultancy view; no regulator statement found).',
  uk_plant_needled: 'No regulator text settles whether a cosmetic applied to needled or lasered skin is still a cosmetic.',
  uk_plant_injected: 'Injection takes it out of cosmetics law and no exosome medicine is licensed. Our reading of medicines law; no MHRA statement found.',
  uk_human_intact: 'The Department for Business and Trade told 5 News that human-derived exosomes are banned in cosmetics.',
  uk_human_needled: 'Human-derived material is banned in any cosmetic, whatever the skin it goes on.',
  uk_human_injected: 'Not licensed for clinical use in the UK and no MHRA approval for aesthetic use (UK trade press).',
  eu_plant_intact: 'Allowed as a cosmetic; claims must meet the common criteria of Regulation 655/2013 and may not say \u201capproved\u201d.',
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
  ca_plant_needled: 'A local health unit says exosome products are drugs, none is approved, and operators should not microneedle them.',
  ca_plant_injected: 'A drug; none is authorised in Canada.',
  ca_human_intact: 'A drug when it claims to treat or to change skin structure or function (2025 notice; final notice 2026 as reported). None is authorised.',
  ca_human_needled: 'A local health unit warns against microneedling exosome products and cites infection risks.',
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
  kr_human_intact: 'Human cell culture media are allowed if they meet MFDS safety standards; cells themselves are banned, and bare \u201cexosome\u201d is banned in adverts.',
  kr_human_needled: 'Needle and MTS wording is banned in adverts; clinic use on needled skin is contested.',
  kr_human_injected: 'Injecting a cosmetic breaches medical law (Ministry of Health and Welfare); complaints of scarring were reported.',
  jp_plant_intact: 'Sold as cosmetics; we found no regulator text confirming this.',
  jp_plant_needled: 'No regulator text found.',
  jp_plant_injected: 'Not an approved medicine and outside the regenerative medicine law; MHLW (2024) told prefectures to act against treatment or approval claims.',
  jp_human_intact: 'Creams with human stem-cell culture extracts are sold; the only source is a supplier\u2019s claim.',
  jp_human_injected: 'Not approved; clinics use \u201cresearch reagent\u201d products with no authority review. Whether the 2025 law change covers exosomes is unconfirmed.',
} as const;
export type NoteId = keyof typeof NOTES_EN;
/** English notes by id; the UI shows the translation under the i18n key `legal_note_<id>`. */
export const NOTES: Readonly<Record<NoteId, string>> = NOTES_EN;

export const LEGAL_STATUS: Record<Jurisdiction, JurisdictionLegal> = {
  uk: {
    jurisdiction: 'uk',
    regulators: 'MHRA (medicines), Trading Standards and OPSS (cosmetics), ASA (adverts)',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'uk_plant_intact', 'bloom-exosomes', 'asa-physiological'),
        needled: c('grey-area', 'unverified', 'uk_plant_needled', 'ceway-2016'),
        injected: c('unlicensed-medicine', 'unverified', 'uk_plant_injected', 'aestheticmed'),
      },
      human: {
        intact: c('banned', 'secondary', 'uk_human_intact', 'sun-dbt-2025', 'cam-2025'),
        needled: c('banned', 'secondary', 'uk_human_needled', 'sun-dbt-2025', 'cam-2025'),
        injected: c('unlicensed-medicine', 'secondary', 'uk_human_injected', 'aestheticmed', 'cam-2025'),
      },
      'own-blood': {
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('unclear', 'unverified', 'own_blood_unknown'),
      },
    },
  },
  eu: {
    jurisdiction: 'eu',
    regulators: 'National medicines agencies and EMA (medicines); national cosmetics authorities',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'eu_plant_intact', 'eu-655-2013', 'bloom-exosomes'),
        needled: c('grey-area', 'unverified', 'eu_plant_needled', 'ceway-2016'),
        injected: c('unlicensed-medicine', 'unverified', 'eu_plant_injected', 'ceway-2016', 'oae-2025'),
      },
      human: {
        intact: c('banned', 'secondary', 'eu_human_intact', 'zmuni-2024', 'sun-dbt-2025'),
        needled: c('banned', 'secondary', 'eu_human_needled', 'zmuni-2024'),
        injected: c('unlicensed-medicine', 'unverified', 'eu_human_injected', 'oae-2025'),
      },
      'own-blood': {
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('unclear', 'unverified', 'own_blood_unknown'),
      },
    },
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
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('grey-area', 'unverified', 'us_blood_injected', 'cfr-1271-10'),
      },
    },
  },
  ca: {
    jurisdiction: 'ca',
    regulators: 'Health Canada (drugs and cosmetics); provincial and local health units',
    cells: {
      'plant-animal': {
        intact: c('case-by-case', 'secondary', 'ca_plant_intact', 'mflrc-2026', 'eohu'),
        needled: c('unlicensed-medicine', 'verified', 'ca_plant_needled', 'eohu'),
        injected: c('unlicensed-medicine', 'verified', 'ca_plant_injected', 'eohu'),
      },
      human: {
        intact: c('case-by-case', 'secondary', 'ca_human_intact', 'hc-notice-2025', 'mflrc-2026'),
        needled: c('unlicensed-medicine', 'verified', 'ca_human_needled', 'eohu'),
        injected: c('unlicensed-medicine', 'verified', 'ca_plant_injected', 'eohu'),
      },
      'own-blood': {
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('unclear', 'unverified', 'own_blood_unknown'),
      },
    },
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
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('grey-area', 'unverified', 'au_blood_injected', 'tga-hct-ads', 'tga-hct-ads-2021'),
      },
    },
  },
  kr: {
    jurisdiction: 'kr',
    regulators: 'Ministry of Food and Drug Safety (MFDS); Ministry of Health and Welfare',
    cells: {
      'plant-animal': {
        intact: c('cosmetic', 'secondary', 'kr_plant_intact', 'newspim-2025'),
        needled: c('grey-area', 'secondary', 'kr_plant_needled', 'newspim-2025', 'medicaltimes'),
        injected: c('not-allowed', 'secondary', 'kr_plant_injected', 'medicaltimes', 'sbs-2022'),
      },
      human: {
        intact: c('cosmetic', 'secondary', 'kr_human_intact', 'kormedi-2010', 'newspim-2025'),
        needled: c('grey-area', 'secondary', 'kr_human_needled', 'newspim-2025', 'medicaltimes'),
        injected: c('not-allowed', 'secondary', 'kr_human_injected', 'medicaltimes', 'sbs-2022'),
      },
      'own-blood': {
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('unclear', 'unverified', 'own_blood_unknown'),
      },
    },
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
        intact: c('cosmetic', 'unverified', 'jp_human_intact'),
        needled: c('grey-area', 'unverified', 'jp_plant_needled'),
        injected: c('grey-area', 'secondary', 'jp_human_injected', 'mhlw-2024', 'kyodo-2023', 'fujita-2024'),
      },
      'own-blood': {
        intact: c('unclear', 'unverified', 'own_blood_unknown'),
        needled: c('unclear', 'unverified', 'own_blood_unknown'),
        injected: c('unclear', 'unverified', 'own_blood_unknown'),
      },
    },
  },
};

/** Is any exosome product approved as a medicine anywhere we cover? No. */
export const APPROVAL = {
  anyApproved: false as const,
  note: 'No exosome product is approved as a medicine by the FDA, Japan\u2019s health ministry or Health Canada; a 2025 review found none approved by any major regulator. Cosmetics are notified, not approved.',
  sources: ['fda-psn-2019', 'fda-consumer-2020', 'mhlw-2024', 'eohu', 'oae-2025'],
};

/** Every source cited by one jurisdiction's table, in first-use order. */
export function sourcesFor(j: Jurisdiction): LegalSource[] {
  const ids = new Set<string>();
  for (const o of ORIGINS) for (const r of ROUTES) for (const id of LEGAL_STATUS[j].cells[o][r].sources) ids.add(id);
  return [...ids].map((id) => LEGAL_SOURCES[id]!);
}
