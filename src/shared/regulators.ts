// Where a reader can report an exosome advert or a harm, per jurisdiction: a plain page the user opens
// (ExoCheck itself fetches nothing). Chosen from the bodies ../shared/research/legal-facts.md names as
// enforcing in each place; each address was checked against a stored copy of the page (December 2026).
import type { Jurisdiction } from '../engine/types';

export type RegulatorId = 'asa' | 'mhra-yellow-card' | 'fda-medwatch' | 'ftc' | 'mfds' | 'tga-ads' | 'hc-ads' | 'hc-side-effect' | 'pmda';

export interface Regulator {
  id: RegulatorId;
  /** The body's own name (a proper noun, not translated). */
  name: string;
  url: string;
  /** What the page takes: a complaint about the advert, or a report of harm or an unlicensed product. */
  takes: 'advert' | 'harm';
}

const R = {
  // UK: the ASA administers the CAP Code the fact base's rulings come from (§1.3); the MHRA's Yellow Card
  // takes suspected problems with medicines and unlicensed or fake ones (§1.2).
  asa: { id: 'asa', name: 'Advertising Standards Authority (ASA)', url: 'https://www.asa.org.uk/make-a-complaint/guide-to-making-a-complaint.html', takes: 'advert' },
  'mhra-yellow-card': { id: 'mhra-yellow-card', name: 'MHRA Yellow Card', url: 'https://yellowcard.mhra.gov.uk/', takes: 'harm' },
  // US: FDA's 2020 consumer alert tells consumers to report harm to MedWatch (§3.1); the FTC acted on
  // deceptive stem-cell marketing (§3.7).
  'fda-medwatch': { id: 'fda-medwatch', name: 'FDA MedWatch', url: 'https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program', takes: 'harm' },
  ftc: { id: 'ftc', name: 'Federal Trade Commission (FTC)', url: 'https://reportfraud.ftc.gov/', takes: 'advert' },
  // Korea: MFDS runs the advertising guideline and the online sweeps (§6.2); its site has a report form
  // for illegal online sales and adverts, and its consumer line is 1399.
  mfds: { id: 'mfds', name: '식품의약품안전처 (MFDS)', url: 'https://www.mfds.go.kr/', takes: 'advert' },
  // Australia: the TGA handles complaints about advertising therapeutic goods, HCT products included (§5).
  'tga-ads': { id: 'tga-ads', name: 'Therapeutic Goods Administration (TGA)', url: 'https://www.tga.gov.au/how-make-complaint-about-advertising', takes: 'advert' },
  // Canada: Health Canada classifies these products (§4) and takes complaints about illegal marketing of
  // drugs, and reports of side effects.
  'hc-ads': { id: 'hc-ads', name: 'Health Canada', url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/regulatory-requirements-advertising/health-product-advertising-incidents/how-report-complaint.html', takes: 'advert' },
  'hc-side-effect': { id: 'hc-side-effect', name: 'Health Canada (MedEffect)', url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/medeffect-canada/adverse-reaction-reporting.html', takes: 'harm' },
  // Japan: MHLW left enforcement to the prefectures (§7), which publish no common form; PMDA takes
  // patients' reports of harm.
  pmda: { id: 'pmda', name: 'PMDA (医薬品医療機器総合機構)', url: 'https://www.pmda.go.jp/safety/reports/patients/0004.html', takes: 'harm' },
} as const satisfies Record<RegulatorId, Regulator>;

/**
 * Where to send a report, advert complaints first. The EU has none: complaints go to each country's own
 * authorities, and the fact base names no EU-wide body that takes them (the popup says so).
 */
export const REGULATORS: Record<Jurisdiction, readonly Regulator[]> = {
  uk: [R.asa, R['mhra-yellow-card']],
  us: [R.ftc, R['fda-medwatch']],
  kr: [R.mfds],
  au: [R['tga-ads']],
  ca: [R['hc-ads'], R['hc-side-effect']],
  jp: [R.pmda],
  eu: [],
};
