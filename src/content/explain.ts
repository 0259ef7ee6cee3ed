// What a card says about a finding, as words in the reader's language: the family's headline, what was
// matched and why it fired, the law where the page is aimed, the paragraph behind it, questions to ask and
// dated sources. Pure: every word comes through `msg` (chrome.i18n in the extension, a messages.json in
// Node), so the card, the tests and any other caller say the same thing.
import type { Finding, Jurisdiction, Severity, Signal } from '../engine/types';
import { FAMILY_INFO } from '../rules/families';
import { lawHere } from '../rules/law-here';
import type { CellVerification } from '../rules/legal-status';
import { LEGAL_REVIEWED, sourceDate, sourcesById } from '../rules/sources';
import type { Verification } from '../rules/schema';

/** A message by i18n key with positional substitutions (chrome.i18n.getMessage semantics). */
export type Lookup = (key: string, subs?: string[]) => string;

export interface Words {
  msg: Lookup;
  /** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for the reader. */
  formatDate: (iso: string) => string;
}

export interface CardSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** The catalogue's date, or null for an undated page. */
  date: string | null;
  /** The date as shown ("6 Dec 2019", "undated page"). */
  dateText: string;
  /** How far the source was checked, in words; empty when it was read at the source. */
  verificationText: string;
}

export interface CardLawLine {
  /** "In the UK: human-derived exosome products on intact skin are banned in cosmetics." */
  text: string;
  /** The legal table's notes the line rests on, with how well they are checked. */
  basis: string[];
  verification: CellVerification | null;
}

export interface CardInfo {
  severity: Severity;
  severityText: string;
  /** The family's headline. */
  message: string;
  /** What was matched and in which context. */
  matched: string;
  /** Why it fired, in words (the signals, or the cue until the engine gives signals). */
  why: string;
  law: CardLawLine[];
  /** The lines of `law` as one text. */
  status: string;
  lawHeading: string;
  /** The paragraph: the jurisdiction's own, or the general text introduced as such. */
  legal: string;
  general: boolean;
  askHeading: string;
  ask: string[];
  sourcesHeading: string;
  sources: CardSource[];
  reviewed: string;
}

const u = (s: string) => s.replace(/-/g, '_');
/** Page words quoted in a card stay short. */
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}\u2026` : s);
const VERIF_KEY: Record<CellVerification | Verification, string> = {
  verified: 'verif_verified', secondary: 'verif_secondary', unverified: 'verif_unverified', recall: 'verif_unverified',
};

/** One signal in words: "the words “book now” in the same sentence". */
export function signalWords(s: Signal, msg: Lookup): string {
  const k = `card_why_${u(s.kind)}`;
  return s.text?.trim() ? msg(`${k}_text`, [clip(s.text.trim())]) : msg(k);
}

/** Why the finding fired: its signals strongest first (at most four each way), else the deciding cue, else nothing. */
export function whyWords(f: Finding, msg: Lookup): string {
  const sig = f.why ?? [];
  if (sig.length) {
    const by = (xs: Signal[]) => xs.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 4).map((s) => signalWords(s, msg));
    const pro = by(sig.filter((s) => s.weight > 0));
    const con = by(sig.filter((s) => s.weight < 0));
    const parts = [];
    if (pro.length) parts.push(msg('card_why', [pro.join('; ')]));
    if (con.length) parts.push(msg('card_why_against', [con.join('; ')]));
    return parts.join(' ');
  }
  return f.cue?.trim() ? msg('card_cue', [clip(f.cue.trim())]) : '';
}

export function cardInfo(f: Finding, jurisdiction: Jurisdiction, w: Words): CardInfo {
  const { msg } = w;
  const fk = u(f.family);
  const fam = FAMILY_INFO[f.family];
  const here = lawHere(f.family, jurisdiction);
  const place = msg(`law_place_${jurisdiction}`);
  const lead = msg('card_in_place', [place]);
  const law = here.lines.map((l) => {
    const sentence = l.what ? msg(l.key, [msg(l.what)]) : msg(l.key);
    const mark = l.verification ? msg(VERIF_KEY[l.verification]) : '';
    return {
      text: `${lead} ${sentence}`,
      basis: l.basis.length
        ? l.basis.map((b) => msg('card_basis', [msg(b.key), msg(VERIF_KEY[b.verification])]))
        : mark ? [msg('card_basis_mark', [mark])] : [],
      verification: l.verification,
    };
  });
  const paragraph = msg(here.paragraph);
  const sources = sourcesById(here.sources).map((s) => {
    const date = sourceDate(s);
    return {
      id: s.id, title: s.title, publisher: s.publisher, url: s.url, date,
      dateText: date ? w.formatDate(date) : msg('source_undated'),
      verificationText: s.verification === 'verified' ? '' : msg(VERIF_KEY[s.verification]),
    };
  });
  return {
    severity: f.severity,
    severityText: msg(`severity_${f.severity}`),
    message: msg(`family_${fk}_msg`),
    matched: msg('card_matched', [clip(f.text, 80), msg(`card_ctx_${f.context}`)]),
    why: whyWords(f, msg),
    law,
    status: law.map((l) => l.text).join(' '),
    lawHeading: msg('card_law_heading', [place]),
    legal: here.general ? `${msg('card_law_general', [place])} ${paragraph}` : paragraph,
    general: here.general,
    askHeading: msg('card_ask_heading'),
    ask: fam.ask.map((_, i) => msg(`family_${fk}_ask_${i + 1}`)),
    sourcesHeading: msg('card_sources_heading'),
    sources,
    reviewed: msg('card_reviewed', [w.formatDate(LEGAL_REVIEWED)]),
  };
}

/**
 * The marker's accessible name: "ExoCheck warning 2 of 9, High concern: <headline> “<quote>”"; an
 * information-level finding is a note, not a warning.
 */
export function markerLabel(i: number, n: number, f: Finding, msg: Lookup): string {
  const message = msg(`family_${u(f.family)}_msg`).replace(/[.\u3002]\s*$/, '');
  return msg(f.severity === 'info' ? 'card_marker_note' : 'card_marker', [String(i + 1), String(n), msg(`severity_${f.severity}`), message, clip(f.text, 80)]);
}
