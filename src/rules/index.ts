import type { Rule, RuleSpec } from './schema';
import { FAMILY_INFO, RULES_REVIEWED } from './families';
import injectable from './injectable';
import humanSource from './human-source';
import approvalClaim from './approval-claim';
import legalityClaim from './legality-claim';
import safetyClaim from './safety-claim';
import medicalClaim from './medical-claim';
import efficacyClaim from './efficacy-claim';
import compromisedSkin from './compromised-skin';
import unverifiedProduct from './unverified-product';
import plantOrAnimalSource from './plant-or-animal-source';
import autologous from './autologous';
import multilingual from './multilingual';

export { FAMILY_INFO, RULES_REVIEWED } from './families';
export { SOURCES } from './sources';
export type { Rule, RuleSpec, Source, FamilyInfo } from './schema';

export const RULE_SPECS: readonly RuleSpec[] = [
  ...injectable, ...humanSource, ...approvalClaim, ...legalityClaim, ...safetyClaim, ...medicalClaim, ...efficacyClaim,
  ...compromisedSkin, ...unverifiedProduct, ...plantOrAnimalSource, ...autologous, ...multilingual,
];

/** Every rule with its family's explanation, questions, sources and severities merged in. */
export const RULES: readonly Rule[] = RULE_SPECS.map((spec) => {
  const { family: _f, ...fam } = FAMILY_INFO[spec.family];
  return { ...fam, ...spec, reviewed: RULES_REVIEWED };
});

const byId = new Map(RULES.map((r) => [r.id, r]));
export const getRule = (id: string): Rule | undefined => byId.get(id);
