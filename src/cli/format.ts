import { describeEvidence, type Evidence } from '../engine/jurisdiction';
import type { Finding, Severity } from '../engine/types';
import { FAMILY_INFO } from '../rules/families';
import { BOM, csvRow } from '../evidence/csv';

export interface FileReport {
  file: string;
  jurisdiction: string;
  /** Why the guess chose it; undefined when --jurisdiction chose it. */
  evidence?: Evidence[];
  findings: Finding[];
  blocks: { text: string }[];
  truncated: boolean;
}

// On the command line the fallback is the system locale (LANG, Intl), not a browser's language as in the
// extension; every other piece of evidence reads as the engine words it.
export const evidencePhrase = (e: Evidence): string => (e.kind === 'locale' ? `system locale is ${e.value}` : describeEvidence(e));

export const reasonsOf = (r: Pick<FileReport, 'evidence'>): string[] => (r.evidence ? r.evidence.map(evidencePhrase) : ['chosen with --jurisdiction']);

const ORDER: Severity[] = ['high', 'medium', 'info'];
const LABEL: Record<Severity, string> = { high: 'HIGH', medium: 'MEDIUM', info: 'INFO' };

/** Readable: per file, findings grouped by severity, each with its quote, context and the rule's message. */
export function formatText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const reasons = reasonsOf(r);
    out.push(`${r.file}  (jurisdiction ${r.jurisdiction.toUpperCase()}${reasons.length ? `: ${reasons.join(', ')}` : ''})`);
    if (r.truncated) out.push('  note: file is larger than the limit; only its start was scanned');
    if (!r.findings.length) out.push('  no findings at this strictness');
    for (const sev of ORDER) {
      const group = r.findings.filter((f) => f.severity === sev);
      if (!group.length) continue;
      out.push(`  ${LABEL[sev]} (${group.length})`);
      for (const f of group) {
        out.push(`    "${f.text}"  [${f.family}, ${f.context}${f.cue ? `: "${f.cue}"` : ''}]`);
        out.push(`      ${FAMILY_INFO[f.family].title}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

const row = (r: FileReport, f: Finding) => ({
  file: r.file, jurisdiction: r.jurisdiction, rule: f.rule, family: f.family, context: f.context, severity: f.severity,
  block: f.block, start: f.start, end: f.end, text: f.text, cue: f.cue ?? '',
});

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({ file: r.file, jurisdiction: r.jurisdiction, reasons: reasonsOf(r), truncated: r.truncated, findings: r.findings })),
    null,
    2,
  ) + '\n';
}

export function formatJsonl(reports: FileReport[]): string {
  return reports.flatMap((r) => r.findings.map((f) => JSON.stringify(row(r, f)))).join('\n') + (reports.some((r) => r.findings.length) ? '\n' : '');
}

export function formatCsv(reports: FileReport[]): string {
  const header = ['file', 'jurisdiction', 'rule', 'family', 'context', 'severity', 'block', 'start', 'end', 'text', 'cue'];
  const parts = [BOM, csvRow(header)];
  for (const r of reports) for (const f of r.findings) parts.push(csvRow(Object.values(row(r, f))));
  return parts.join('');
}
