import type { Severity } from '../engine/types';
import { SEVERITY_LABEL } from './explain';

// A marker's accessible name. Information-level findings are notes, not warnings ("ExoCheck note 3 of 16"),
// and the rule's message keeps one full stop where it already ends in one.
export function markerLabel(i: number, n: number, severity: Severity, message: string, text: string): string {
  const what = severity === 'info' ? 'note' : 'warning';
  const msg = message.trim().replace(/[.\u3002]+$/, '');
  return `ExoCheck ${what} ${i + 1} of ${n}, ${SEVERITY_LABEL[severity]}: ${msg}. \u201c${text}\u201d`;
}
