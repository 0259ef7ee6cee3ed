import type { StatusWord } from './legal-status';

// The English of the law where the reader is (src/rules/law-here.ts says which text applies, on which
// sources and how well checked). Each key is the i18n key the card shows; public/_locales/en holds the same
// text (test/unit/law-text.test.ts). Paraphrased from shared/research/legal-facts.md; hedges follow its marks.
// Not imported by the content script: it reads the translated messages instead.

/** "In the UK: <status sentence>": the place, with its article where English needs one. */
export const PLACE_EN = {
  law_place_uk: 'the UK',
  law_place_eu: 'the EU',
  law_place_us: 'the US',
  law_place_ca: 'Canada',
  law_place_au: 'Australia',
  law_place_kr: 'South Korea',
  law_place_jp: 'Japan',
} as const;

/** What a status sentence is about: which source, on which skin (`law_subject_<id>`). */
export const SUBJECT_EN = {
  law_subject_plant_intact: 'plant- or animal-derived exosome products on intact skin',
  law_subject_human_intact: 'human-derived exosome products on intact skin',
  law_subject_plant_needled: 'plant- or animal-derived exosome products on microneedled or lasered skin',
  law_subject_human_needled: 'human-derived exosome products on microneedled or lasered skin',
  law_subject_any_needled: 'exosome products on microneedled or lasered skin',
  law_subject_plant_injected: 'injected plant- or animal-derived exosome products',
  law_subject_human_injected: 'injected human-derived exosome products',
  law_subject_any_injected: 'injected exosome products',
  law_subject_blood_injected: 'injected exosome products made from your own blood',
} as const;

/** One sentence per status word of the legal table, about $WHAT$ (a subject above). */
export const IS_EN: Record<`law_is_${string}`, string> & Record<string, string> = {
  law_is_cosmetic: '$WHAT$ may be sold as cosmetics if they are safe and make only appearance claims; that is not an approval.',
  law_is_banned: '$WHAT$ are banned in cosmetics.',
  law_is_unlicensed_medicine: '$WHAT$ would need a medicines licence, and no exosome product holds one.',
  law_is_unapproved_drug: '$WHAT$ sold to treat a condition are drugs needing FDA approval, and the FDA has approved none.',
  law_is_not_allowed: '$WHAT$ are not allowed.',
  law_is_case_by_case: '$WHAT$ are classified product by product, by their claims and function.',
  law_is_grey_area: 'whether $WHAT$ are lawful is a grey area: no rule we found settles it.',
  law_is_unclear: 'we found no rule on $WHAT$.',
};
export const isKey = (w: StatusWord) => `law_is_${w.replace(/-/g, '_')}`;

/** Is any exosome product approved as a medicine here (the popup and the approval card say the same). */
export const APPROVED_EN = {
  law_approved_uk: 'no exosome medicine is licensed by the MHRA (UK trade press; we found no MHRA statement), and cosmetics are notified, not approved.',
  law_approved_eu: 'we found no EU authorisation for any exosome medicine (not checked with the EMA), and a cosmetic may not claim that an authority approved it.',
  law_approved_us: 'the FDA has approved no exosome product; a registration or a listing is not an approval.',
  law_approved_ca: 'a local public health unit says no exosome product of any source is approved for sale or use in Canada.',
  law_approved_au: 'no exosome product is on the Australian Register of Therapeutic Goods (a 2025 review; we found no TGA statement).',
  law_approved_kr: 'we found no exosome product approved as a medicine; a cosmetic registration is not an approval of injection.',
  law_approved_jp: 'the health ministry says no exosome product is an approved medicine (as reported).',
} as const;

export const LAW_STATUS_NONE_EN = { law_status_none: 'we found no rule or ruling specific to this kind of claim.' } as const;

/** Status lines for the families the legal table does not cover (`law_<family>_<j>_status`). */
export const STATUS_LINE_EN = {
  law_safety_claim_uk_status: 'claims in cosmetic adverts need adequate evidence (CAP rules 3.7 and 12.1); we found no ruling on exosome safety claims.',
  law_safety_claim_us_status: 'health claims in adverts need competent and reliable scientific evidence (FTC guidance, as summarised by a law firm).',
  law_medical_claim_uk_status: 'a product presented as treating a condition may not be advertised without a marketing authorisation (CAP rule 12.11).',
  law_medical_claim_eu_status: 'a product sold as a cosmetic can be a medicine by its presentation or function; national authorities decide case by case (as reported).',
  law_medical_claim_us_status: 'the FDA says an exosome product meant to treat a disease or condition is a drug and biological product that needs its approval, and none has it.',
  law_medical_claim_ca_status: 'Health Canada classifies topical products with human-derived exosomes by their function, purpose and claims; a consultancy reports that its 2026 final notice makes those with therapeutic claims drugs.',
  law_medical_claim_au_status: 'a cosmetic that makes therapeutic claims becomes a therapeutic good regulated by the TGA (from memory, not checked against a source).',
  law_medical_claim_kr_status: 'the Ministry of Food and Drug Safety blocks cosmetic adverts with drug-like claims such as \u201cskin cell regeneration\u201d or \u201canti-inflammatory\u201d (as reported).',
  law_medical_claim_jp_status: 'the health ministry told prefectures in 2024 to act against exosome products that claim to treat disease (as reported).',
  law_efficacy_claim_uk_status: 'efficacy claims in cosmetic adverts need adequate scientific evidence (CAP rules 3.7 and 12.1).',
  law_efficacy_claim_eu_status: 'cosmetic claims must be truthful and backed by evidence (Regulation 655/2013).',
  law_efficacy_claim_us_status: 'health claims need competent and reliable scientific evidence, normally trials in people, and words like \u201cpromising\u201d are not a disclaimer (FTC guidance, as summarised by law firms).',
  law_efficacy_claim_kr_status: 'cosmetic adverts may not claim skin becomes \u201cn years younger\u201d (the Ministry of Food and Drug Safety\u2019s January 2025 guideline, as reported).',
  law_efficacy_claim_jp_status: 'companies may sell exosomes only as research reagents and may not claim that they work (a researcher\u2019s account).',
} as const;

/** The paragraph "what the law and the evidence say" for one family in one jurisdiction (`law_<family>_<j>`). */
export const PARAGRAPH_EN = {
  law_injectable_uk: 'The law defines a cosmetic as a product for the outside of the body, so on our reading an injected product is not one. We found no MHRA statement on exosomes: that an injected exosome product is an unlicensed medicine is our reading of medicines law, and UK trade press reports that human-derived exosome products are not licensed for clinical use. A product that is medicinal by function or presentation may not be advertised without a marketing authorisation (CAP rule 12.11).',
  law_injectable_eu: 'EU law defines a cosmetic as a product for the outside of the body, so on our reading an injected product is not one. We found no EU authorisation for any exosome medicine, and a 2025 review found no extracellular-vesicle therapy with full approval from any major regulator; we did not check this with the EMA.',
  law_injectable_us: 'The FDA says exosome products used to treat diseases or conditions are drugs and biological products that need its approval, that none is approved, and that claims they fall outside these rules are untrue. In 2019 patients in Nebraska became seriously ill after an unapproved exosome product, and the FDA sent its maker a warning letter.',
  law_injectable_ca: 'An Ontario public health unit says exosome products are drugs that need a licence number, that none is approved, and that operators should not use them on the skin, by injection or by microneedling. We found no Health Canada statement on injected exosomes.',
  law_injectable_au: 'A biological must be on the Australian Register of Therapeutic Goods before it is supplied, and a 2025 review says exosome products reach patients only through special-access routes. We found no TGA statement on exosomes, and whether they count as biologicals is not confirmed.',
  law_injectable_kr: 'A product injected into the skin is not a cosmetic, and clinics must use licensed drugs or devices for procedures in the skin (the Ministry of Food and Drug Safety, as reported). A court upheld a doctor\u2019s three-month licence suspension for injecting an exosome cosmetic; the health ministry regards such injections as a breach of medical law.',
  law_injectable_jp: 'Exosomes are not cells, so they fall outside Japan\u2019s regenerative medicine safety law, and injecting them is not banned outright. No exosome product is an approved medicine: clinics use products sold as research reagents, and in 2024 the health ministry told prefectures to act against drug-like claims (as reported). Whether the law\u2019s 2025 amendment covers exosomes is not confirmed.',
  law_human_source_uk: 'The Department for Business and Trade told a 5 News journalist that human-derived exosomes are banned in cosmetic products and that using them is illegal (as reported). Great Britain keeps the EU cosmetics regulation, whose Annex 2 lists substances banned in cosmetics. Scientists quoted by The Guardian warned of disease transmission and said exosomes cannot reliably be separated from viruses.',
  law_human_source_eu: 'Annex II of the EU Cosmetics Regulation lists substances that may not be used in cosmetics, and consultancies and press report that cells, tissues and products of human origin are among them. We have not checked the entry\u2019s number or wording against the regulation itself.',
  law_human_source_us: 'We found no US ban on human material in cosmetics (from memory, not checked). The FDA says an exosome product sold to treat a disease or condition is a drug and biological product that needs its approval; whether a topical product made from human cells is also a biologic is unclear.',
  law_human_source_ca: 'Health Canada consulted in 2025 on how to classify topical products with human-derived exosomes, vesicles or conditioned media, as drugs or as cosmetics, by their function, purpose and claims. A consultancy reports that a final notice in April 2026 treats those with structure, function or therapeutic claims as drugs; we have not seen the final notice itself.',
  law_human_source_au: 'The TGA regulates biologicals: things made from or containing human cells or tissues and used, for example, to treat disease or change how the body works. Whether cell-free exosomes made from human cells count is not confirmed, and we found no TGA statement on exosomes. If they count, advertising them to the public would be banned, as it is for human cell and tissue products.',
  law_human_source_kr: 'Korea bans human cells and tissue in cosmetics, but allows culture media from human cells that meet the Ministry of Food and Drug Safety\u2019s standards on donors, facilities and testing (as reported). Whether isolated exosomes fall under that standard is uncertain. Since January 2025, adverts may not use wording that implies human-derived content, such as a bare \u201cexosome\u201d; \u201cplant exosome\u201d is allowed.',
  law_human_source_jp: 'Creams with human stem-cell culture extracts are sold in Japan; the only source we have saying they are allowed is an ingredient supplier\u2019s claim. The health ministry said in 2024 that no exosome or culture-supernatant product is an approved medicine (as reported).',
  law_approval_claim_uk: 'A cosmetic is notified before sale, not approved, and a notification is not an approval. We found no MHRA statement on exosomes; UK trade press reports that human-derived exosome products have no MHRA approval for aesthetic use. \u201cCE marked\u201d does not apply to cosmetics (from memory, not checked against a source).',
  law_approval_claim_eu: 'Cosmetics have no pre-market approval in the EU, and the common criteria for cosmetic claims (Regulation 655/2013) do not allow a claim that an authority approved the product (as reported). We found no EU authorisation for any exosome medicine, and from memory (not checked) cosmetics carry no CE mark.',
  law_approval_claim_us: 'The FDA has stated that there are no FDA-approved exosome products. An FDA registration, a listing or an NDC number is not an approval, and the FDA has warned that clinics use registrations and trial listings to mislead patients (as reported).',
  law_approval_claim_ca: 'An Ontario public health unit says no exosome product, whether from human, animal or plant sources, is approved for sale or use in Canada, and that such products need a drug or natural-product licence number. We found no Health Canada statement saying so directly.',
  law_approval_claim_au: 'A therapeutic good must be on the Australian Register of Therapeutic Goods before supply. A 2025 review says no exosome product is, and that none has full approval from any major regulator. We found no TGA statement on exosomes.',
  law_approval_claim_kr: 'We found no exosome product approved as a medicine in Korea. Products that clinics injected were registered only as cosmetics, which need no sterility testing or product approval (SBS, 2022); since 2025, adverts may not use \u201chospital-only\u201d or similar medical-endorsement wording (as reported).',
  law_approval_claim_jp: 'The health ministry\u2019s notice of July 2024 says exosome and culture-supernatant products are not approved medicines and are sold as research reagents, and it told prefectures to act against products that imply drug approval (as reported).',
  law_legality_claim_uk: 'Save Face, a register of accredited practitioners, warns that some of the most hyped exosome offerings are provided in ways that are not legal in the UK, and that the source and the route decide. A clinic director has claimed human-derived exosomes are not illegal for topical use; that contradicts the Department for Business and Trade\u2019s statement (both as reported).',
  law_legality_claim_us: 'The FDA\u2019s 2019 notification says exosome products used to treat diseases are regulated as drugs and biologics and need its review and approval, and that clinics saying otherwise are wrong.',
  law_legality_claim_kr: 'Some Korean clinic staff admitted to reporters that injecting exosome cosmetics is illegal, and a court upheld a doctor\u2019s licence suspension for doing so (as reported).',
  law_legality_claim_jp: 'Nothing in Japanese law stops doctors using exosomes in treatment, but there is no authority review of the products (a researcher\u2019s account); being unregulated is not being approved.',
  law_safety_claim_uk: 'Scientists quoted by The Guardian warned that human-derived exosomes could transmit disease and might speed the growth of an undiagnosed melanoma, and that exosomes cannot reliably be separated from viruses (as reported).',
  law_safety_claim_us: 'In 2019 fewer than five patients in Nebraska became seriously ill, some with sepsis, after an exosome product made from placentas; the FDA\u2019s warning letter to its maker cited about 152 sterility failures that were not properly investigated. The FDA has also received reports of blindness, tumours and infections after unapproved regenerative products (as reported).',
  law_safety_claim_ca: 'An Ontario public health unit warns of contamination, including blood-borne viruses such as hepatitis C and HIV, and links exosome products to sepsis.',
  law_safety_claim_kr: 'Eight Korean women developed delayed granulomas weeks to months after exosome injections for skin rejuvenation (a 2024 case series), and complaints of scarring and redness after injected exosome cosmetics were reported to the National Assembly in 2022 (as reported).',
  law_safety_claim_jp: 'Japanese press reported a death after exosome administration and a lung cancer that grew rapidly after an \u201cexosome\u201d injection at a beauty clinic (cited by Fujita and colleagues, 2024). The Japanese Society for Regenerative Medicine says the risks are comparable to those of cultured-cell medicines (as reported).',
  law_medical_claim_uk: 'The CAP code treats claims to prevent or cure hair loss as likely to be medicinal, because hair growth is a body function. Claims to regenerate or repair cells or deeper skin are physiological claims: the ASA says they need a very high level of evidence and are likely to be unacceptable for a cosmetic.',
  law_medical_claim_eu: 'In 2017 France\u2019s medicines agency had two serums sold as cosmetics withdrawn because they met the definition of a medicine by presentation and by function (not exosome products; as reported). A cosmetic may not be labelled or advertised as having functions it does not have (Article 20 of Regulation 1223/2009).',
  law_medical_claim_us: 'The FDA has sent warning letters to exosome makers whose products were marketed for diseases, including COVID-19, and the FTC obtained refunds from a clinic that made unsupported claims for \u201camniotic stem cell\u201d therapy (not exosomes).',
  law_medical_claim_ca: 'An Ontario public health unit says exosome products are drugs that need a drug or natural-product licence number, and that none is approved.',
  law_efficacy_claim_uk: 'The ASA accepts that a cosmetic can reduce the appearance of wrinkles, not the wrinkles themselves. It upheld complaints against a \u201cstem cell\u201d serum whose claims to reverse signs of ageing and rejuvenate cells were not substantiated.',
  law_efficacy_claim_eu: 'Evidence for an ingredient is not enough: it must be present at an effective concentration, and studies must be relevant to the product and to the benefit claimed (as summarised by a consultancy).',
  law_compromised_skin_uk: 'The law defines a cosmetic as a product for the outside of the body, and no regulator text we found settles whether a product applied to skin just opened by needles or a laser is still one. Human-derived material is banned in any cosmetic, whatever the skin it goes on. Save Face says the route matters as much as the source.',
  law_compromised_skin_eu: 'EU law defines a cosmetic as a product for the outside of the body; no regulator text we found settles use on needled or lasered skin. Human-derived material is banned in any cosmetic (as reported).',
  law_compromised_skin_ca: 'An Ontario public health unit tells operators not to use exosome products by microneedling, and cites infection risks.',
  law_compromised_skin_kr: 'Since January 2025, cosmetic adverts may not use \u201cneedle\u201d, \u201cmicroneedle\u201d or \u201cMTS\u201d wording that misstates how the product is used, and the ministry blocks adverts claiming ingredients reach the dermis with MTS devices (as reported). A lawyer\u2019s column argues that delivering cosmetics into the skin with MTS is also a problem.',
  law_unverified_product_us: 'The FDA\u2019s warning letter to one exosome maker found deficient donor screening, unvalidated processes and about 152 sterility failures that were not properly investigated.',
  law_unverified_product_kr: 'Exosome products injected in Korean clinics were registered only as cosmetics, which need no sterility testing or product approval (as reported by SBS News in 2022).',
  law_unverified_product_jp: 'Exosome products in Japan are sold as research reagents, with no authority review of their quality (a researcher\u2019s account).',
  law_plant_or_animal_source_uk: 'This rests on regulatory consultancies\u2019 view, not a regulator\u2019s statement: non-human exosomes may be used in cosmetics if they are not present at a level that acts pharmacologically (otherwise the product would be a medicine) and the product is presented as a cosmetic. An aesthetics adviser found that a brand sold to her as \u201cplant-based\u201d contained 12.5% human material (as reported).',
  law_plant_or_animal_source_eu: 'This rests on a consultancy\u2019s view, not a regulator\u2019s statement: non-human exosomes may be used in cosmetics if they are not present at a pharmacologically active level. Claims must meet the common criteria of Regulation 655/2013.',
  law_plant_or_animal_source_ca: 'Health Canada assesses plant, animal and synthetic products case by case (as reported by a consultancy); an Ontario public health unit says no exosome product of any source is approved.',
  law_plant_or_animal_source_kr: 'Adverts must name the source, such as \u201cplant exosome\u201d or \u201cmilk exosome\u201d; a bare \u201cexosome\u201d is banned because it implies human-derived content (the January 2025 guideline, as reported).',
  law_autologous_us: 'A product made from a patient\u2019s own cells avoids FDA premarket approval only if it meets strict conditions, such as minimal processing and use for its normal function (21 CFR 1271.10); whether exosome preparations can meet them is not established.',
  law_autologous_au: 'Products made from a patient\u2019s own cells can be excluded from TGA regulation, but advertising them to the public removes the exclusion, and advertising human cell and tissue products to the public is banned. Whether exosome preparations count as such products is not confirmed.',
} as const;

/** Every English law_* message, by i18n key. */
export const LAW_EN: Readonly<Record<string, string>> = {
  ...PLACE_EN, ...SUBJECT_EN, ...IS_EN, ...APPROVED_EN, ...LAW_STATUS_NONE_EN, ...STATUS_LINE_EN, ...PARAGRAPH_EN,
};
