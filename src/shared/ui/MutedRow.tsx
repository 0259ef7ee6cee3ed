import { t } from '../i18n';
import { ruleLabel } from './rule-label';

interface Props {
  rule: string;
  /** What the mute has hidden, in the page's words ("3 hidden", "has hidden 7 findings"). */
  detail: string;
  onUnmute: (rule: string) => void;
  testid?: string;
}

/** One muted rule with its count and an Unmute button, in the popup and on the options page. */
export function MutedRow({ rule, detail, onUnmute, testid }: Props) {
  return (
    <li data-rule={rule} data-testid={testid} class="muted-row">
      <span>
        {ruleLabel(rule)} <span class="sub">· {detail}</span>
      </span>
      <button type="button" class="secondary" onClick={() => onUnmute(rule)}>
        {t('muted_unmute')}
        {/* Several rows have the same visible word: the rule is named for screen readers, never its id. */}
        <span class="sr-only"> ({ruleLabel(rule)})</span>
      </button>
    </li>
  );
}
