import type { Context, Family, Finding, Jurisdiction, Severity, Strictness } from './types';
import { FAMILY_INFO } from '../rules/families';

/** Family × jurisdiction decides a promotional claim's severity; any other context is information. */
export function severityOf(family: Family, context: Context, jurisdiction: Jurisdiction): Severity {
  return context === 'promotional' ? FAMILY_INFO[family].severity[jurisdiction] : 'info';
}

/**
 * relaxed: high-severity promotional findings only; standard: high and medium promotional;
 * strict: everything, including info-level, non-promotional mentions and picky rules.
 */
export function visible(f: Pick<Finding, 'context' | 'severity'>, strictness: Strictness, picky = false): boolean {
  if (strictness === 'strict') return true;
  if (picky || f.context !== 'promotional') return false;
  return strictness === 'relaxed' ? f.severity === 'high' : f.severity !== 'info';
}
