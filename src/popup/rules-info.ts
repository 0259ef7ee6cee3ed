/// <reference types="vite/client" />
// Family-level facts from the lead's rules model. The glob resolves to nothing while the file is absent,
// so the popup builds and degrades (titles from i18n) without it. The full rules index (patterns and
// examples, ~40 kB) is deliberately not imported: the popup only needs labels, and the i18n family
// titles are translated where rule messages are English only.
import { FAMILIES, type Family } from '../engine/types';
import type { FamilyInfo } from '../rules/schema';
import { t, type MessageKey } from '../shared/i18n';

type FamiliesModule = { RULES_REVIEWED?: string; FAMILY_INFO?: Partial<Record<Family, FamilyInfo>> };
const mod = (Object.values(import.meta.glob<FamiliesModule>('../rules/families.ts', { eager: true }))[0] ?? {}) as FamiliesModule;

export const RULES_REVIEWED: string | undefined = mod.RULES_REVIEWED;
export const familyInfo = (f: Family): FamilyInfo | undefined => mod.FAMILY_INFO?.[f];

/** A rule id's family, from the id's first segment ("injectable.injection" → injectable). */
export function familyOfRule(id: string): Family | undefined {
  const head = id.split('.')[0] as Family;
  return (FAMILIES as readonly string[]).includes(head) ? head : undefined;
}

/** A readable label for a rule id: its family's translated title, with the id to tell rules apart. */
export function ruleLabel(id: string): string {
  const f = familyOfRule(id);
  return f ? `${t(`family_${f.replace(/-/g, '_')}` as MessageKey)} (${id})` : id;
}
