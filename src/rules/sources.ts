import type { Source } from './schema';

// The one catalogue of sources for the whole product: the card, the popup's legal table and the CLI all cite
// these ids. Every entry comes from shared/research/legal-facts.md (the fact base):
// - `verification` copies the fact base's mark on that URL: verified = the regulator's, court's or journal's
//   own page was read; secondary = a report, copy, consultancy or trade page; recall = not read at all.
// - `date` is the page's own date as the fact base gives it, to the precision it gives (day, month or year).
//   Where the fact base dates the event a report describes, not the report, the title names the event's date.
//   Pages that show no date are `undated`: the UI says "undated" and never shows `date` for them.
// test/unit/sources.test.ts checks every URL and date against the fact base.

export interface CatalogueSource extends Source {
  /**
   * The page shows no date. `date` then holds the month our fact base was compiled (when the page was read),
   * because the rules schema requires one; it is never shown as the source's date.
   */
  undated?: true;
}

/** When the legal content (the table, the family texts, the per-jurisdiction paragraphs) was last checked against the fact base. */
export const LEGAL_REVIEWED = '2026-12-03';
/** The month the fact base was compiled (per the UX review); stands in for the date of undated pages, never shown. */
const READ = '2026-11';

type Entry = Omit<CatalogueSource, 'id' | 'date'> & { date?: string };
const undated = (e: Omit<Entry, 'date'>): Entry => ({ ...e, undated: true });

const ENTRIES: Record<string, Entry> = {
  // United States
  'fda-psn-2019': { publisher: 'US Food and Drug Administration', title: 'Public Safety Notification on Exosome Products', date: '2019-12-06', url: 'https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products', verification: 'verified' },
  'fda-consumer-2020': { publisher: 'US Food and Drug Administration', title: 'Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes', date: '2020-07-22', url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes', verification: 'verified' },
  'fda-eucyt-2020': { publisher: 'US Food and Drug Administration', title: 'Warning letter to EUCYT Laboratories LLC (XOsomes)', date: '2020-06-04', url: 'https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/eucyt-laboratories-llc-607182-06042020', verification: 'verified' },
  'fda-patients-2021': { publisher: 'MS Views and News (copy of FDA patient information)', title: 'Important patient and consumer information about regenerative medicine therapies', date: '2021-06-03', url: 'https://msviewsandnews.org/blog/important-patient-and-consumer-information-about-regenerative-medicine-therapies-diseases-and-conditions-not-yet-approved-for-this-therapy', verification: 'secondary' },
  'openfda-ndc': undated({ publisher: 'openFDA (US Food and Drug Administration)', title: 'NDC directory entry for an unfinished "Exosomes" product (a listing, not an approval)', url: 'https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2288051-002%22', verification: 'verified' }),
  'cfr-1271-10': undated({ publisher: 'US Code of Federal Regulations (copy on LawStack)', title: '21 CFR 1271.10: when a cell or tissue product is regulated only under section 361', url: 'https://law.lawstack.com/cfr/21/1271.10/', verification: 'verified' }),
  'ftc-health-2022': { publisher: 'Venable LLP, summarising the US Federal Trade Commission', title: 'FTC announces Health Products Compliance Guidance', date: '2022-12-20', url: 'https://www.venable.com/insights/blogs/2022/12/ftc-announces-health-products-compliance-guidance', verification: 'secondary' },
  'ftc-amniotic-2019': { publisher: 'US Federal Trade Commission', title: 'FTC returns almost $515,000 to consumers who bought deceptively marketed amniotic stem cell therapy', date: '2019-04', url: 'https://www.ftc.gov/news-events/news/press-releases/2019/04/ftc-returns-almost-515000-consumers-who-bought-deceptively-marketed-amniotic-stem-cell-therapy', verification: 'verified' },

  // United Kingdom
  'uk-si-2024-1334': { publisher: 'legislation.gov.uk', title: 'SI 2024/1334: amends the assimilated Cosmetics Regulation 1223/2009 (Annexes 2 and 3)', date: '2024', url: 'https://legislation.gov.uk/en/uksi/2024/1334/note/made/data.xht?view=snippet&wrap=true', verification: 'verified' },
  'sun-dbt-2025': { publisher: 'The Irish Sun, reporting a 5 News investigation', title: 'Department for Business and Trade: human-derived exosomes are banned in cosmetics', date: '2025-11-03', url: 'https://www.thesun.ie/health/16052159/tiktok-skin-treatment-anti-ageing-secret-local-salon/', verification: 'secondary' },
  'cam-guardian-2025': { publisher: 'University of Cambridge, Department of Pathology (repost of The Guardian)', title: 'Beauty clinics in UK offering banned treatments derived from human cells', date: '2025-03-31', url: 'https://www.path.cam.ac.uk/news/beauty-clinics-uk-offering-banned-treatments-derived-human-cells', verification: 'secondary' },
  'bloom-exosomes': undated({ publisher: 'Bloom Regulatory (consultancy)', title: 'Exosomes in cosmetics', url: 'https://www.bloomregulatory.com/articles/exosomes-in-cosmetics', verification: 'secondary' }),
  'consultingroom-2025': { publisher: 'Consulting Room (UK aesthetics site)', title: 'Are UK clinics using illegal human-derived exosomes?', date: '2025-11', url: 'https://consultingroom.com/blog/are-uk-clinics-using-illegal-humanderived-exosomes', verification: 'secondary' },
  'aestheticmed': undated({ publisher: 'Aesthetic Medicine (UK trade magazine)', title: 'Human-derived exosome products have no MHRA approval for aesthetic use', url: 'https://mag.aestheticmed.co.uk/articles/287640?article=39-1', verification: 'secondary' }),
  'saveface': undated({ publisher: 'Save Face (accredited register)', title: 'Exosome therapy in the UK: patient safety warning', url: 'https://www.saveface.co.uk/en/blog/post/exosome-therapy-uk-patient-safety-warning', verification: 'verified' }),
  'asa-pom': undated({ publisher: 'Advertising Standards Authority / CAP', title: 'Healthcare: prescription-only medicines (CAP rules 12.11 and 12.12)', url: 'https://www.asa.org.uk/advice-online/healthcare-prescription-only-medicine.html', verification: 'verified' }),
  'asa-physiological': undated({ publisher: 'Advertising Standards Authority / CAP', title: 'Beauty and cosmetics: physiological effect', url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-physiological-effect.html', verification: 'verified' }),
  'asa-hair-loss': undated({ publisher: 'Advertising Standards Authority / CAP', title: 'Hair and hair loss', url: 'https://www.asa.org.uk/advice-online/hair-hair-loss.html', verification: 'verified' }),
  'asa-cosmetic-claims': undated({ publisher: 'Advertising Standards Authority', title: 'A compact guide to cosmetic ad claims', url: 'https://www.asa.org.uk/news/a-compact-guide-to-cosmetic-ad-claims.html', verification: 'verified' }),
  'asa-go-groopie-2013': { publisher: 'Advertising Standards Authority', title: 'ASA ruling on Go Groopie Ltd (Apple Stem Cell Serum)', date: '2013', url: 'https://www.asa.org.uk/rulings/Go-Groopie-Ltd-A13-232087.html', verification: 'verified' },

  // European Union
  'eu-1223-2009': { publisher: 'European Union', title: 'Regulation (EC) No 1223/2009 on cosmetic products, Annex II (prohibited substances)', date: '2009', url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj', verification: 'recall' },
  'cosmeticsinfo-annexes': undated({ publisher: 'CosmeticsInfo', title: 'General provisions of the Cosmetics Regulation of the European Union (Annex II: prohibited substances)', url: 'https://www.cosmeticsinfo.org/glossary/general-provisions-of-the-cosmetics-regulation-of-the-european-union/', verification: 'verified' }),
  'zmuni-2024': { publisher: 'ZMUni Compliance Centre (consultancy)', title: 'Summary of global requirements for the use of human-derived ingredients in cosmetics', date: '2024-03-29', url: 'https://www.zmuni.com/en/news/summary-of-global-requirements-for-the-use-of-humanderived/', verification: 'secondary' },
  // The address is Ceway's news archive for May 2016: the month is in the address.
  'ceway-2016': { publisher: 'Ceway', title: 'What counts as a cosmetic under Regulation (EC) 1223/2009', date: '2016-05', url: 'https://news.ceway.eu/2016/05/', verification: 'verified' },
  'eu-655-2013': { publisher: 'European Union (text on EUR-Lexa)', title: 'Regulation (EU) No 655/2013: common criteria for cosmetic claims', date: '2013', url: 'https://eurlexa.com/act/en/32013R0655/present/text', verification: 'verified' },
  'premiumbeauty-655': undated({ publisher: 'Premium Beauty News', title: 'Common criteria for cosmetic claims: no claim of approval by an authority', url: 'http://premiumbeautynews.com/en/common-criteria-for-cosmetic,5676', verification: 'secondary' }),
  'valutazione-655': undated({ publisher: 'Valutazione Sicurezza Cosmetici (consultancy)', title: 'Cosmetic claims: the common criteria explained (truthfulness, evidential support, honesty)', url: 'https://valutazionesicurezzacosmetici.it/en/claims', verification: 'secondary' }),
  'cosmeticobs-art20': undated({ publisher: 'CosmeticOBS', title: 'Claims: the common criteria (Article 20 of Regulation 1223/2009)', url: 'https://cosmeticobs.com/en/articles/cosmetic-regulations-18/claims-the-common-criteria-1882/', verification: 'verified' }),
  'ec-claims-guide-2013': { publisher: 'European Commission (copy on Scribd)', title: 'Guidelines to Regulation 655/2013 on common criteria for cosmetic claims', date: '2013', url: 'https://www.scribd.com/document/655020390/guide-reg-claims-en', verification: 'secondary' },
  'ansm-neostem': undated({ publisher: 'CosmeticOBS', title: 'ANSM bans two Neostem products sold as cosmetics (decision of 13 Mar 2017)', url: 'https://cosmeticobs.com/fr/articles/ansm-47/interdiction-de-deux-produits-neostem-3853/', verification: 'secondary' }),

  // Canada
  'hc-notice-2025': { publisher: 'Health Canada', title: 'Notice: classification of topical products containing human-derived exosomes, extracellular vesicles and/or cell-conditioned media (consultation)', date: '2025-08-14', url: 'https://www.canada.ca/en/health-canada/programs/consultation-classification-topical-products-containing-human-derived-exosomes-extracellular-vesicles-cell-conditioned-media/notice.html', verification: 'verified' },
  'mflrc-2026': { publisher: 'MFLRC (consultancy)', title: 'Exosome skincare: cosmetic or drug in Canada? (on Health Canada\u2019s April 2026 final notice)', date: '2026-05-24', url: 'https://mflrc.com/article/exosome-skincare-cosmetic-or-drug-canada-health-canada-april-2026', verification: 'secondary' },
  'eohu': undated({ publisher: 'Eastern Ontario Health Unit (a local public health unit)', title: 'Exosomes for skin rejuvenation', url: 'https://www.eohu.ca/en/my-community/exosomes-skin-rejuvenation', verification: 'verified' }),

  // Australia
  'tga-biologicals': undated({ publisher: 'Therapeutic Goods Administration', title: 'Understanding which therapeutic goods are regulated biologicals', url: 'https://tga.gov.au/resources/guidance/understanding-which-therapeutic-goods-are-regulated-biologicals', verification: 'verified' }),
  'tga-hct-ads': undated({ publisher: 'Therapeutic Goods Administration', title: 'Advertising stem cell and other human cell or tissue (HCT) products', url: 'https://tga.gov.au/resources/guidance/advertising-stem-cell-and-other-human-cell-or-tissue-hct-products', verification: 'verified' }),
  'tga-hct-review-2021': { publisher: 'Therapeutic Goods Administration', title: 'TGA review of advertising of stem cell therapies to the Australian public (media release)', date: '2021-04-07', url: 'https://tga.gov.au/news/media-releases/tga-review-advertising-stem-cell-therapies-australian-public', verification: 'verified' },
  'tga-exempt': undated({ publisher: 'Therapeutic Goods Administration', title: 'Biological products that are exempt or excluded from TGA regulation', url: 'https://tga.gov.au/how-we-regulate/supply-therapeutic-good/supply-biological/confirm-your-product-regulated-biological/biological-products-are-exempt-or-excluded-tga-regulation', verification: 'verified' }),
  'oae-2025': { publisher: 'Extracellular Vesicles and Circulating Nucleic Acids (OAE Publishing)', title: 'Perspective on the Australian regulatory landscape for extracellular vesicle therapeutics', date: '2025', url: 'https://site.oaecdn.com/articles/evcna.2025.129', verification: 'secondary' },

  // South Korea
  'newspim-2025': { publisher: 'Newspim, reporting the Ministry of Food and Drug Safety', title: 'MFDS revises its cosmetics labelling and advertising guideline: bare \u201cexosome\u201d and needle wording banned', date: '2025-01-21', url: 'https://newspim.com/news/view/20250121001119', verification: 'secondary' },
  // The fact base dates the announcement this report describes: 25 Jun 2010.
  'kormedi-2010': { publisher: 'Kormedi, reporting the Korea Food and Drug Administration', title: 'Safety standards for human stem-cell culture media in cosmetics', date: '2010-06-25', url: 'https://kormedi.com/1198032', verification: 'secondary' },
  'mbn-mfds': undated({ publisher: 'MBN Money, reporting the Ministry of Food and Drug Safety', title: 'Clinics must use licensed drugs or devices for intradermal procedures; an injected product is not a cosmetic', url: 'https://mbnmoney.mbn.co.kr/news/view?news_no=MM1004827801', verification: 'secondary' }),
  'chosun-mfds-2025': { publisher: 'Chosun Biz, reporting the Ministry of Food and Drug Safety', title: 'Online sweep with the Korea Cosmetic Association: 237 cosmetic adverts with drug-like claims', date: '2025-05', url: 'https://prod.biz.chosun.com/en/en-retail/2025/05/26/GPOOQYC3DZHJFJORGNJNLDRQA4', verification: 'secondary' },
  'sbs-2022': { publisher: 'SBS News', title: 'Clinics injecting exosome products registered only as cosmetics', date: '2022-10-05', url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1006922015', verification: 'secondary' },
  'medicaltimes': undated({ publisher: 'Medical Times (a lawyer\u2019s column; date of judgment not shown)', title: 'Court upholds a licence suspension for injecting an exosome cosmetic', url: 'https://medicaltimes.com/Main/News/List_Opinion.html?MainCate=7&SubCate=62', verification: 'secondary' }),
  'nahm-2024': { publisher: 'Dermatological Reviews (Nahm et al.)', title: 'Delayed necrotising granulomas after cosmetic exosome injections: eight cases', date: '2024', url: 'https://ouci.dntb.gov.ua/works/7npNRkLl', verification: 'verified' },

  // Japan
  // The fact base's summary table dates this report 1 Aug 2024; the notice it reports is of 31 Jul 2024.
  'mhlw-2024': { publisher: 'Biyou Hifuko News, reporting the Ministry of Health, Labour and Welfare', title: 'MHLW notice of 31 Jul 2024: exosome and culture-supernatant products are not approved medicines', date: '2024-08-01', url: 'https://biyouhifuko.com/news/japan/8491', verification: 'secondary' },
  'kyodo-2023': { publisher: 'Kyodo News', title: 'Exosome treatments fall outside the regenerative medicine safety act', date: '2023-11-10', url: 'https://rd.kyodo-d.info/np/2023111001001554', verification: 'secondary' },
  'kyodo-2024': { publisher: 'Kyodo News (on docomo topics)', title: 'Regenerative medicine society publishes guidance on clinical use of extracellular vesicles', date: '2024-04-30', url: 'https://topics.smt.docomo.ne.jp/article/kyodo_nor/world/kyodo_nor-2024043001001486', verification: 'secondary' },
  'fujita-2024': { publisher: 'Stem Cell Reports (Fujita, Hatta, Ikka, Onishi)', title: 'The urgent need for clear and concise regulations on exosome-based interventions', date: '2024-10-24', url: 'https://ouci.dntb.gov.ua/works/4Np8p0O9', verification: 'verified' },
  'cira-fujita-2025': { publisher: 'CiRA Uehiro Research Division (Kyoto University)', title: 'Column vol. 58: exosomes sold as research reagents, with no authority review', date: '2025-02-18', url: 'https://uehiro-ethics.cira.kyoto-u.ac.jp/column/vol58', verification: 'verified' },
  'highbelem-supplier': undated({ publisher: 'High Belem (a Taiwanese ingredient supplier; a commercial claim)', title: 'Human stem-cell culture extracts in cosmetics in Japan and Korea', url: 'https://highbelem.sofnongroup.com.tw/en/brand/blog_detail.php?uID=6&Key=178', verification: 'secondary' }),
  // The fact base marks what this page says as uncertain; the page is a law firm's, so a secondary source.
  'nexpert-2025': undated({ publisher: 'Nexpert Law (law firm)', title: 'The amended Act on the Safety of Regenerative Medicine (in force 31 May 2025)', url: 'https://nexpert-law.com/yakkihoiryoho/?p=2254', verification: 'secondary' }),

  // Evidence and safety
  'isev-2020': { publisher: 'International Society for Extracellular Vesicles', title: 'Patient information and safety notice: extracellular vesicles, exosomes and unproven therapies', date: '2020-08-08', url: 'https://www.isev.org/patient-information-and-safety-notice--extracellular-vesicles-exosomes-and-unproven-therapies', verification: 'verified' },
  'misev-2023': { publisher: 'Journal of Extracellular Vesicles (Welsh et al.)', title: 'Minimal information for studies of extracellular vesicles (MISEV2023)', date: '2024-02-14', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10850029/', verification: 'verified' },
  'rahman-2024': { publisher: 'Aesthetic Plastic Surgery (Rahman et al.)', title: 'Exosomes Exposed: overview systematic review on evidence versus expectation in aesthetic and regenerative medicine', date: '2024', url: 'https://ouci.dntb.gov.ua/works/4w0yLMbl', verification: 'verified' },
  'thai-necrosis-2024': { publisher: 'Journal of Cosmetic Dermatology (Tawanwongsri and Vachiramon)', title: 'Skin necrosis after intradermal injection of lyophilized exosome: a case report', date: '2024', url: 'https://discovery.researcher.life/article/skin-necrosis-after-intradermal-injection-of-lyophilized-exosome-a-case-report-and-a-review-of-the-literature/e4d2a604a8443829bd5bbcdeaf939e63', verification: 'verified' },
};

export const SOURCES: Readonly<Record<string, CatalogueSource>> = Object.freeze(
  Object.fromEntries(Object.entries(ENTRIES).map(([id, e]) => [id, { id, ...e, date: e.date ?? READ }])),
);

/** The source's date for display: its ISO date at the precision the fact base gives, or null when the page is undated. */
export function sourceDate(s: CatalogueSource): string | null {
  return s.undated ? null : s.date;
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's format, at the precision it has ("Dec 6, 2019", "2013"). */
export function formatIsoDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) opts.month = 'short';
  if (d) opts.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(lang, opts).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
  } catch {
    return iso;
  }
}

/** Looks up cited ids; unknown ids are dropped here and caught by test/unit/sources.test.ts. */
export function sourcesById(ids: readonly string[]): CatalogueSource[] {
  return [...new Set(ids)].map((id) => SOURCES[id]).filter((s): s is CatalogueSource => !!s);
}
