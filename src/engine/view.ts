import type { Context, Family, Finding, Jurisdiction, Severity, Strictness } from './types';
import { severityOf as bundledSeverity, visible } from './severity';

// Strictness, mutes and jurisdiction are views over findings already computed: changing any of them
// re-filters `ScanResult.all` and never runs the engine again.

export interface ViewOptions {
  strictness: Strictness;
  jurisdiction: Jurisdiction;
  muted?: readonly string[];
}

export interface View {
  /** Findings shown, in the order given, with severities for the jurisdiction. */
  findings: Finding[];
  /** Per muted rule id, how many shown findings the mute hid. */
  muted: Record<string, number>;
}

export type SeverityOf = (family: Family, context: Context, jurisdiction: Jurisdiction) => Severity;

export function viewOf(all: readonly Finding[], opts: ViewOptions, severityOf: SeverityOf = bundledSeverity): View {
  const mutedIds = new Set(opts.muted ?? []);
  const muted: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const f of all) {
    const severity = severityOf(f.family, f.context, opts.jurisdiction);
    const shown = severity === f.severity ? f : { ...f, severity };
    if (!visible(shown, opts.strictness)) continue;
    if (mutedIds.has(f.rule)) {
      muted[f.rule] = (muted[f.rule] ?? 0) + 1;
      continue;
    }
    findings.push(shown);
  }
  return { findings, muted };
}
