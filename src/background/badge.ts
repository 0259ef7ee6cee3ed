// What the toolbar button shows for a tab: the count on the badge in the worst severity's colour, a
// distinct "off" badge on a paused site (a paused site must not look like a clean one), and a tooltip
// that says the count and the worst severity in the reader's language. Pure: tests call it directly.
import type { Severity } from '../engine/types';
import type { TabState } from '../shared/messages';
import type { MessageKey } from '../shared/i18n';

export const BADGE_COLORS: Record<Severity | 'paused', string> = { high: '#b3261e', medium: '#b26a00', info: '#4a5d7e', paused: '#5f6368' };

export interface Badge {
  text: string;
  /** Background colour; white text on each of these keeps at least 4.5:1. */
  color: string;
  title: string;
}

type Translate = (key: MessageKey, subs?: string | number | (string | number)[]) => string;

export function worstSeverity(counts: TabState['counts']): Severity | null {
  return counts.high ? 'high' : counts.medium ? 'medium' : counts.info ? 'info' : null;
}

/** `state` null: nothing has reported for this tab (a new page loading, a browser page). */
export function badgeFor(state: TabState | null, paused: boolean, t: Translate): Badge {
  if (paused) return { text: t('badge_paused'), color: BADGE_COLORS.paused, title: t('badge_title_paused') };
  if (!state) return { text: '', color: BADGE_COLORS.info, title: t('extName') };
  const { counts } = state;
  const worst = worstSeverity(counts);
  if (!worst) return { text: '', color: BADGE_COLORS.info, title: t(state.offTopic ? 'badge_title_off_topic' : 'badge_title_none') };
  return {
    text: counts.total > 999 ? '999+' : String(counts.total),
    color: BADGE_COLORS[worst],
    title: t('badge_title_count', [counts.total, t(`severity_${worst}`)]),
  };
}
