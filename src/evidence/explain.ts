// What a finding means, in words, for exports that must explain themselves: what it is, the
// family's title and the legal status where the entry's page is aimed. Read from the rules model and the
// legal table through their exported data (never copied here), in English: an export is one file for
// every reader, and the CLI has no browser locale. The labels come from the English locale the UI uses.
import type { Family, Jurisdiction } from '../engine/types';
import { FAMILY_INFO } from '../rules/families';
import { APPROVAL, LEGAL_STATUS, ORIGINS, ROUTES, type LegalCell, type Origin, type Route } from '../rules/legal-status';
import en from '../../public/_locales/en/messages.json';

const label = (key: string): string => (en as Record<string, { message: string } | undefined>)[key]?.message ?? key;
const us = (s: string) => s.replace(/-/g, '_');

/**
 * The cells of the legal table (where exosomes come from × how they reach the skin) a family of claims
 * is about. Families about wording rather than source or route (approval, safety, results…) have none.
 */
const CELLS_OF: Partial<Record<Family, { origin?: Origin; route?: Route }>> = {
  injectable: { route: 'injected' },
  'compromised-skin': { route: 'needled' },
  'human-source': { origin: 'human' },
  'plant-or-animal-source': { origin: 'plant-animal' },
  autologous: { origin: 'own-blood' },
};

export interface Explanation {
  familyTitle: string;
  /** What the finding is, in words: the family's title (rule ids are family.group; the group is internal). */
  message: string;
  /** The status words for the entry's jurisdiction, with how well each is supported. */
  legalStatus: string;
  /** The legal table's notes for those cells, or the family's explanation where it has no cell. */
  legalNote: string;
}

function cellsFor(family: Family, j: Jurisdiction): { where: string; cell: LegalCell }[] {
  const at = CELLS_OF[family];
  if (!at) return [];
  const table = LEGAL_STATUS[j].cells;
  if (at.route) return ORIGINS.map((o) => ({ where: label(`origin_${us(o)}`), cell: table[o][at.route!] }));
  return ROUTES.map((r) => ({ where: label(`route_${r}`), cell: table[at.origin!][r] }));
}

const cache = new Map<string, Explanation>();

export function explain(rule: string, family: Family, j: Jurisdiction): Explanation {
  const key = `${rule}\u0000${family}\u0000${j}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fam = FAMILY_INFO[family];
  const familyTitle = fam?.title ?? family;
  const message = familyTitle;
  const place = label(`jur_${j}`);
  const cells = cellsFor(family, j);
  let legalStatus: string;
  let legalNote: string;
  if (cells.length) {
    const head = CELLS_OF[family]!.route ? label(`route_${CELLS_OF[family]!.route}`) : label(`origin_${us(CELLS_OF[family]!.origin!)}`);
    legalStatus = `${place}, ${head.toLowerCase()}: ${cells
      .map(({ where, cell }) => `${where.toLowerCase()}: ${label(`legal_status_${us(cell.status)}`)} (${label(`verif_${cell.verification}`)})`)
      .join('; ')}`;
    legalNote = cells.map(({ where, cell }) => `${where}: ${cell.note}`).join(' | ');
  } else if (family === 'approval-claim') {
    legalStatus = `${place}: ${label('legal_approved')}`;
    legalNote = label(`law_approved_${j}`);
  } else {
    legalStatus = '';
    legalNote = fam?.explanation ?? '';
  }
  const out = { familyTitle, message, legalStatus, legalNote };
  cache.set(key, out);
  return out;
}
