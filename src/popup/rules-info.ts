/// <reference types="vite/client" />
// Optional access to the lead's rules model. The globs resolve to nothing while a file is absent, so
// the popup builds and degrades (titles from i18n, no rule messages) before the rules land.
import type { Family } from '../engine/types';
import type { FamilyInfo, Rule } from '../rules/schema';

type RulesModule = { getRule?: (id: string) => Rule | undefined; RULES_REVIEWED?: string; FAMILY_INFO?: Partial<Record<Family, FamilyInfo>> };
const modules = Object.values(import.meta.glob<RulesModule>(['../rules/index.ts', '../rules/families.ts'], { eager: true }));
const pick = <K extends keyof RulesModule>(k: K): RulesModule[K] => modules.map((m) => m[k]).find((v) => v !== undefined);

export const getRule = (id: string): Rule | undefined => pick('getRule')?.(id);
export const RULES_REVIEWED: string | undefined = pick('RULES_REVIEWED');
export const familyInfo = (f: Family): FamilyInfo | undefined => pick('FAMILY_INFO')?.[f];

/** A short human label for a rule id: its title or message when the rules model has it. */
export function ruleLabel(id: string): string {
  const r = getRule(id);
  return r?.message ?? r?.title ?? id;
}
