import type { CueKind, CueSpec, FamilyPolicy, LanguagePack, ModelWeights, RulesModel } from '../engine/model';
import { FAMILIES, type Family } from '../engine/types';
import { FAMILY_INFO } from './families';

// The pieces of the rules model put together: the language packs (src/rules/lang/*.json), the cue specs
// (cues.json), each family's severities (families.ts) and kind, and the trained weights (weights.json).

/** claim: asserted or denied; mention: a thing named (a route, a source); info: context for the reader. */
const KIND: Record<Family, FamilyPolicy['kind']> = {
  injectable: 'mention',
  'human-source': 'mention',
  'approval-claim': 'claim',
  'legality-claim': 'claim',
  'safety-claim': 'claim',
  'medical-claim': 'claim',
  'efficacy-claim': 'claim',
  'compromised-skin': 'mention',
  'unverified-product': 'claim',
  'plant-or-animal-source': 'info',
  autologous: 'info',
};

export function assembleModel(packs: LanguagePack[], cues: Record<CueKind, CueSpec>, weights: ModelWeights | null): RulesModel {
  const families = Object.fromEntries(FAMILIES.map((f) => [f, { severity: FAMILY_INFO[f].severity, kind: KIND[f] }])) as Record<Family, FamilyPolicy>;
  // English first: its loanwords count on every page, and pack order is the order terms are tried in.
  const sorted = [...packs].sort((a, b) => (a.language === 'en' ? -1 : b.language === 'en' ? 1 : a.language < b.language ? -1 : 1));
  const version = weights?.trainedOn ? `packs:${sorted.map((p) => p.language).join(',')}` : 'untrained';
  return { version, packs: sorted, cues, families, weights };
}
