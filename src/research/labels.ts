// Words the research page shows for the log's data: family titles, severities, contexts, strictness and
// the import and storage problems, in the reader's language (the locale keys the popup uses too).
import type { Context, Family, Severity, Strictness } from '../engine/types';
import type { ImportProblem } from '../evidence/import';
import { NO_SITE } from '../evidence/summary';
import { t, type MessageKey } from '../shared/i18n';
import { LOG_FULL_MESSAGE } from './db';

const us = (s: string) => s.replace(/-/g, '_');

export const familyTitle = (f: Family) => t(`family_${us(f)}` as MessageKey);
export const severityLabel = (s: Severity) => t(`severity_${s}` as MessageKey);
export const contextLabel = (c: Context) => t(`context_${c}` as MessageKey);
export const strictnessLabel = (s: Strictness) => t(`strictness_${s}` as MessageKey);

const PROBLEM: Record<ImportProblem, MessageKey> = {
  'not-json': 'research_import_not_json',
  'not-ours': 'research_import_not_ours',
  'bad-version': 'research_import_not_ours',
  'no-entries': 'research_import_not_ours',
  newer: 'research_import_newer',
  'summary-csv': 'research_import_summary',
  'not-csv-export': 'research_import_not_csv',
  empty: 'research_import_empty',
};
export const importProblem = (p: ImportProblem) => t(PROBLEM[p]);

/** A storage error in the reader's language where we know it; other errors keep their technical text. */
export const storageError = (message: string) => (message === LOG_FULL_MESSAGE ? t('research_log_full') : message);

/** Entries whose address has no host name (a local file) are grouped under one row. */
export const siteName = (s: string) => (s === NO_SITE || s === '' ? t('research_no_site') : s);
