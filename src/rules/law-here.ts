import type { Family, Jurisdiction } from '../engine/types';
import { FAMILY_INFO } from './families';
import { LEGAL_STATUS, type CellVerification, type LegalCell, type Origin, type Route } from './legal-status';

// The law where the reader is, per family × jurisdiction, as i18n keys (no English here: the content script
// loads this, and the words come from _locales; src/rules/law-text.ts holds the English).
// - Families the legal table covers take their status sentences from its cells, so the card and the popup
//   cannot disagree; the cell's note is shown as the basis, with the cell's verification mark.
// - Other families have a status line only where the fact base has something for that jurisdiction.
// - The paragraph is the jurisdiction's own where the fact base has one, else the family's general text,
//   and the card then says that it is general.

export interface LawRef {
  sources: string[];
  verification: CellVerification;
}
const ref = (verification: CellVerification, ...sources: string[]): LawRef => ({ verification, sources });
type PerPlace = { readonly [F in Family]?: { readonly [J in Jurisdiction]?: LawRef } };

/** Status lines of families the table does not cover: i18n `law_<family>_<j>_status`. */
export const STATUS_LINES: PerPlace = {
  'safety-claim': {
    uk: ref('verified', 'asa-cosmetic-claims'),
    us: ref('secondary', 'ftc-health-2022'),
  },
  'medical-claim': {
    uk: ref('verified', 'asa-pom'),
    eu: ref('secondary', 'ec-claims-guide-2013', 'ansm-neostem'),
    us: ref('verified', 'fda-psn-2019', 'fda-consumer-2020'),
    ca: ref('secondary', 'hc-notice-2025', 'mflrc-2026'),
    au: ref('unverified'),
    kr: ref('secondary', 'chosun-mfds-2025'),
    jp: ref('secondary', 'mhlw-2024'),
  },
  'efficacy-claim': {
    uk: ref('verified', 'asa-cosmetic-claims'),
    eu: ref('verified', 'eu-655-2013'),
    us: ref('secondary', 'ftc-health-2022'),
    kr: ref('secondary', 'newspim-2025'),
    jp: ref('verified', 'cira-fujita-2025'),
  },
};

/** Paragraphs for one family in one jurisdiction: i18n `law_<family>_<j>`; the sources they cite. */
export const PARAGRAPHS: PerPlace = {
  injectable: {
    uk: ref('unverified', 'ceway-2016', 'uk-si-2024-1334', 'aestheticmed', 'asa-pom'),
    eu: ref('unverified', 'ceway-2016', 'oae-2025'),
    us: ref('verified', 'fda-psn-2019', 'fda-consumer-2020', 'fda-eucyt-2020'),
    ca: ref('verified', 'eohu'),
    au: ref('secondary', 'tga-biologicals', 'oae-2025'),
    kr: ref('secondary', 'mbn-mfds', 'medicaltimes'),
    jp: ref('secondary', 'kyodo-2023', 'cira-fujita-2025', 'mhlw-2024', 'nexpert-2025'),
  },
  'human-source': {
    uk: ref('secondary', 'sun-dbt-2025', 'uk-si-2024-1334', 'cam-guardian-2025'),
    eu: ref('secondary', 'cosmeticsinfo-annexes', 'zmuni-2024', 'eu-1223-2009'),
    us: ref('unverified', 'fda-psn-2019'),
    ca: ref('secondary', 'hc-notice-2025', 'mflrc-2026'),
    au: ref('unverified', 'tga-biologicals', 'tga-hct-ads'),
    kr: ref('secondary', 'kormedi-2010', 'newspim-2025'),
    jp: ref('unverified', 'highbelem-supplier', 'mhlw-2024'),
  },
  'approval-claim': {
    uk: ref('secondary', 'premiumbeauty-655', 'uk-si-2024-1334', 'aestheticmed'),
    eu: ref('secondary', 'premiumbeauty-655', 'eu-655-2013', 'oae-2025'),
    us: ref('verified', 'fda-psn-2019', 'openfda-ndc', 'fda-patients-2021'),
    ca: ref('verified', 'eohu'),
    au: ref('secondary', 'oae-2025'),
    kr: ref('secondary', 'sbs-2022', 'newspim-2025'),
    jp: ref('secondary', 'mhlw-2024'),
  },
  'legality-claim': {
    uk: ref('secondary', 'saveface', 'consultingroom-2025', 'sun-dbt-2025'),
    us: ref('verified', 'fda-psn-2019'),
    kr: ref('secondary', 'sbs-2022', 'medicaltimes'),
    jp: ref('verified', 'cira-fujita-2025'),
  },
  'safety-claim': {
    uk: ref('secondary', 'cam-guardian-2025'),
    us: ref('verified', 'fda-psn-2019', 'fda-eucyt-2020', 'fda-patients-2021'),
    ca: ref('verified', 'eohu'),
    kr: ref('verified', 'nahm-2024', 'sbs-2022'),
    jp: ref('verified', 'fujita-2024', 'kyodo-2024'),
  },
  'medical-claim': {
    uk: ref('verified', 'asa-hair-loss', 'asa-physiological'),
    eu: ref('secondary', 'ansm-neostem', 'cosmeticobs-art20'),
    us: ref('verified', 'fda-eucyt-2020', 'ftc-amniotic-2019'),
    ca: ref('verified', 'eohu'),
  },
  'efficacy-claim': {
    uk: ref('verified', 'asa-cosmetic-claims', 'asa-go-groopie-2013'),
    eu: ref('secondary', 'valutazione-655'),
  },
  'compromised-skin': {
    uk: ref('unverified', 'ceway-2016', 'uk-si-2024-1334', 'saveface'),
    eu: ref('unverified', 'ceway-2016', 'zmuni-2024'),
    ca: ref('verified', 'eohu'),
    kr: ref('secondary', 'newspim-2025', 'medicaltimes'),
  },
  'unverified-product': {
    us: ref('verified', 'fda-eucyt-2020'),
    kr: ref('secondary', 'sbs-2022'),
    jp: ref('verified', 'cira-fujita-2025'),
  },
  'plant-or-animal-source': {
    uk: ref('secondary', 'bloom-exosomes', 'consultingroom-2025'),
    eu: ref('secondary', 'bloom-exosomes', 'eu-655-2013'),
    ca: ref('secondary', 'mflrc-2026', 'eohu'),
    kr: ref('secondary', 'newspim-2025'),
  },
  autologous: {
    us: ref('verified', 'cfr-1271-10'),
    au: ref('verified', 'tga-hct-ads', 'tga-exempt'),
  },
};

/** Which cells of the legal table answer for a family; 'pair' = plant/animal and human on one route. */
type Pick = readonly [Origin | 'pair', Route];
const TABLE: { readonly [F in Family]?: readonly Pick[] } = {
  injectable: [['pair', 'injected']],
  'compromised-skin': [['pair', 'needled']],
  'human-source': [['human', 'intact']],
  'plant-or-animal-source': [['plant-animal', 'intact']],
  'legality-claim': [['plant-animal', 'intact'], ['human', 'intact'], ['pair', 'injected']],
  autologous: [['own-blood', 'injected']],
};

export interface LawLine {
  /** i18n key of the sentence; with `what`, a `law_is_<status>` template whose $WHAT$ is the key `what`. */
  key: string;
  what?: string;
  /** The table notes this line rests on (i18n keys), each with its own cell's mark. */
  basis: { key: string; verification: CellVerification }[];
  /** null for "we found nothing specific". */
  verification: CellVerification | null;
  sources: string[];
}

export interface LawHere {
  family: Family;
  jurisdiction: Jurisdiction;
  lines: LawLine[];
  /** i18n key of the paragraph. */
  paragraph: string;
  /** True when the paragraph is the family's general text: the fact base has nothing more for this jurisdiction. */
  general: boolean;
  /** Every source behind the lines and the paragraph, in order of first citation. */
  sources: string[];
}

const RANK: Record<CellVerification, number> = { unverified: 0, secondary: 1, verified: 2 };
const weakest = (a: CellVerification, b: CellVerification) => (RANK[a] <= RANK[b] ? a : b);
const u = (s: string) => s.replace(/-/g, '_');
const SHORT: Record<Origin, string> = { 'plant-animal': 'plant', human: 'human', 'own-blood': 'blood' };

function cellLine(cells: LegalCell[], subject: string): LawLine {
  return {
    key: `law_is_${u(cells[0]!.status)}`,
    what: `law_subject_${subject}`,
    basis: cells
      .filter((c, i) => cells.findIndex((d) => d.noteId === c.noteId) === i)
      .map((c) => ({ key: `legal_note_${c.noteId}`, verification: c.verification })),
    verification: cells.map((c) => c.verification).reduce(weakest),
    sources: cells.flatMap((c) => c.sources),
  };
}

function tableLines(picks: readonly Pick[], j: Jurisdiction): LawLine[] {
  const cells = LEGAL_STATUS[j].cells;
  return picks.flatMap(([origin, route]) => {
    if (origin !== 'pair') return [cellLine([cells[origin][route]], `${SHORT[origin]}_${route}`)];
    const plant = cells['plant-animal'][route];
    const human = cells.human[route];
    // One sentence when both sources have the same status; otherwise one per source.
    return plant.status === human.status
      ? [cellLine([plant, human], `any_${route}`)]
      : [cellLine([plant], `plant_${route}`), cellLine([human], `human_${route}`)];
  });
}

/** What the card says about the law for a finding of `family` on a page in `j`. */
export function lawHere(family: Family, j: Jurisdiction): LawHere {
  const picks = TABLE[family];
  let lines: LawLine[];
  if (picks) lines = tableLines(picks, j);
  else if (family === 'approval-claim') {
    const a = LEGAL_STATUS[j].approval;
    lines = [{ key: `law_approved_${j}`, basis: [], verification: a.verification, sources: a.sources }];
  } else {
    const s = STATUS_LINES[family]?.[j];
    lines = [s ? { key: `law_${u(family)}_${j}_status`, basis: [], verification: s.verification, sources: s.sources }
      : { key: 'law_status_none', basis: [], verification: null, sources: [] }];
  }
  const p = PARAGRAPHS[family]?.[j];
  const sources = [...lines.flatMap((l) => l.sources), ...(p ? p.sources : FAMILY_INFO[family].sources)];
  return {
    family,
    jurisdiction: j,
    lines,
    paragraph: p ? `law_${u(family)}_${j}` : `family_${u(family)}_text`,
    general: !p,
    sources: [...new Set(sources)],
  };
}
