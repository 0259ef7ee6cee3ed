// The texts behind "Report this" and "Report a false flag": built from a finding, its page and the fact
// base, in the reader's language. Pure (the translator is passed in), so the popup, the in-page card and
// the tests share it. Nothing is sent anywhere: the user copies the text or opens their mail program.
import type { Family, Jurisdiction } from '../engine/types';
import { APPROVAL, LEGAL_STATUS, ORIGINS, type Origin, type Route } from '../rules/legal-status';
import type { FindingSummary } from './messages';
import type { MessageKey } from './i18n';

export type Translate = (key: MessageKey, subs?: string | number | (string | number)[]) => string;

export interface ReportInput {
  finding: Pick<FindingSummary, 'rule' | 'family' | 'context' | 'severity' | 'text' | 'excerpt'>;
  pageUrl: string;
  seenAt: Date;
  jurisdiction: Jurisdiction;
  /** For the date format (the UI language). */
  lang: string;
}

/** Where a mailed false-flag report goes. Empty until the project has a real address: the user picks one. */
export const FEEDBACK_TO = '';

const MAX_QUOTE = 300;
const MAX_URL = 1000;
const us = (s: string) => s.replace(/-/g, '_');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}\u2026` : s);

/** The excerpt already carries the page's own quotation marks (after an optional leading "…"). */
export const hasOwnQuotes = (s: string) => /^[\s\u2026]*["\u201c\u201d\u201e\u00ab\u2018'\u300c\u300e]/.test(s);
export const quoted = (s: string) => (hasOwnQuotes(s) ? s : `\u201c${s}\u201d`);

const familyTitle = (f: Family, tr: Translate) => tr(`family_${us(f)}` as MessageKey);

// Which cells of the legal table a family speaks to: its source (origin) or how it reaches the skin (route).
const ORIGIN_OF: Partial<Record<Family, Origin>> = { 'human-source': 'human', 'plant-or-animal-source': 'plant-animal', autologous: 'own-blood' };
const ROUTE_OF: Partial<Record<Family, Route>> = { injectable: 'injected', 'compromised-skin': 'needled' };
// Families whose claim stands or falls with "is any exosome product approved?".
const APPROVAL_FAMILIES: ReadonlySet<Family> = new Set<Family>(['injectable', 'approval-claim', 'legality-claim', 'medical-claim', 'efficacy-claim', 'safety-claim', 'unverified-product']);

/** What ExoCheck's fact base says that bears on this family where the reader is, one line each. */
export function factsFor(family: Family, j: Jurisdiction, tr: Translate): string[] {
  const lines: string[] = [];
  const origin = ORIGIN_OF[family];
  const route = ROUTE_OF[family];
  if (origin || route) {
    for (const o of origin ? [origin] : ORIGINS) {
      const r = route ?? 'intact';
      const cell = LEGAL_STATUS[j].cells[o][r];
      lines.push(`${tr(`origin_${us(o)}` as MessageKey)} \u00b7 ${tr(`route_${r}`)}: ${tr(`legal_status_${us(cell.status)}` as MessageKey)}. ${tr(`legal_note_${cell.noteId}` as MessageKey)}`);
    }
  }
  if (APPROVAL_FAMILIES.has(family) && !APPROVAL.anyApproved) lines.push(`${tr('legal_approved')} ${tr('card_in_place', tr(`law_place_${j}` as MessageKey))} ${tr(`law_approved_${j}` as MessageKey)}`);
  lines.push(tr('report_text_enforcers', tr(`legal_reg_${j}` as MessageKey)));
  return lines;
}

function seen(d: Date, lang: string): string {
  let local = '';
  try {
    local = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(d);
  } catch {
    // An unknown language tag: the ISO time alone.
  }
  const iso = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return local ? `${local} (${iso})` : iso;
}

/** The complaint, ready to paste into the regulator's form. */
export function complaintText(input: ReportInput, tr: Translate): string {
  const f = input.finding;
  const quote = quoted(clip((f.excerpt || f.text).trim(), MAX_QUOTE));
  return [
    tr('report_text_intro'),
    '',
    tr('report_text_page', clip(input.pageUrl, MAX_URL)),
    tr('report_text_seen', seen(input.seenAt, input.lang)),
    tr('report_text_quote', quote),
    tr('report_text_concern', [familyTitle(f.family, tr), tr(`context_${f.context}`)]),
    '',
    tr('report_text_facts'),
    ...factsFor(f.family, input.jurisdiction, tr).map((l) => `- ${l}`),
    '',
    tr('report_text_footer', f.rule),
  ].join('\n');
}

export interface FalseFlag {
  subject: string;
  body: string;
  /** mailto: with subject and body; no recipient until FEEDBACK_TO is set. */
  href: string;
}

/** A message the reader sends themselves when ExoCheck flagged something that is not a claim. */
export function falseFlag(input: ReportInput, version: string, tr: Translate): FalseFlag {
  const f = input.finding;
  const subject = tr('report_flag_subject', f.rule);
  const body = [
    tr('report_flag_intro'),
    '',
    tr('report_text_page', clip(input.pageUrl, MAX_URL)),
    tr('report_text_quote', quoted(clip((f.excerpt || f.text).trim(), MAX_QUOTE))),
    tr('report_flag_matched', quoted(clip(f.text, MAX_QUOTE))),
    tr('report_flag_rule', [f.rule, familyTitle(f.family, tr), tr(`context_${f.context}`)]),
    tr('report_flag_version', [version, input.jurisdiction.toUpperCase()]),
    '',
    tr('report_flag_why'),
  ].join('\n');
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return { subject, body, href: `mailto:${FEEDBACK_TO}?subject=${enc(subject)}&body=${enc(body)}` };
}
