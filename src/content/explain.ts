/// <reference types="vite/client" />
// What a card says about a finding: the rule's message, why it fired, what it means in the page's
// jurisdiction, dated sources and questions to ask. Family-level facts come from the rules model;
// the per-rule message comes from getRule when the rules index exists.
import type { Finding, Jurisdiction, Severity } from '../engine/types';
import { FAMILY_INFO } from '../rules/families';
import { SOURCES } from '../rules/sources';
import type { Rule, Source } from '../rules/schema';

type RulesIndex = { getRule?: (id: string) => Rule | undefined };
// Optional until src/rules/index.ts lands: the glob resolves to nothing while the file is absent.
const rulesIndex: RulesIndex =
  (Object.values(import.meta.glob('../rules/index.ts', { eager: true }))[0] as RulesIndex | undefined) ?? {};

export const JURISDICTION_NAMES: Record<Jurisdiction, string> = {
  uk: 'the UK', eu: 'the EU', us: 'the US', ca: 'Canada', au: 'Australia', kr: 'South Korea', jp: 'Japan',
};

export const SEVERITY_LABEL: Record<Severity, string> = { high: 'High concern', medium: 'Concern', info: 'For information' };

const CONTEXT_PHRASE: Record<Finding['context'], string> = {
  promotional: 'offered or promoted',
  negated: 'mentioned in a negation',
  cautionary: 'mentioned as a warning',
  question: 'asked about',
  reported: 'reported, not claimed by the page',
};

export interface CardInfo {
  title: string;
  message: string;
  severity: Severity;
  why: string;
  /** One line: what this means where the page is aimed ("In the UK: high concern."). */
  status: string;
  /** The longer explanation behind that status. */
  legal: string;
  sources: Source[];
  ask: string[];
}

export function cardInfo(f: Finding, jurisdiction: Jurisdiction): CardInfo {
  const rule = rulesIndex.getRule?.(f.rule);
  const fam = FAMILY_INFO[f.family];
  const title = rule?.title ?? fam?.title ?? f.family;
  const message = rule?.message ?? title;
  const sevHere = (rule?.severity ?? fam?.severity)?.[jurisdiction] ?? f.severity;
  const why =
    `Matched \u201c${f.text}\u201d, ${CONTEXT_PHRASE[f.context] ?? f.context}` +
    (f.cue ? ` (cue: \u201c${f.cue}\u201d).` : '.');
  const status = `In ${JURISDICTION_NAMES[jurisdiction]}: ${SEVERITY_LABEL[f.context === 'promotional' ? sevHere : f.severity].toLowerCase()}.`;
  const legal = rule?.explanation ?? fam?.explanation ?? '';
  const ids = rule?.sources ?? fam?.sources ?? [];
  const sources = ids.map((id) => SOURCES[id]).filter((s): s is Source => !!s);
  return { title, message, severity: f.severity, why, status, legal, sources, ask: rule?.ask ?? fam?.ask ?? [] };
}
