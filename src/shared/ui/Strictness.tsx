import { STRICTNESS, type Strictness } from '../../engine/types';
import { t } from '../i18n';

const LABEL = { relaxed: 'strictness_relaxed', standard: 'strictness_standard', strict: 'strictness_strict' } as const;
const DESC = { relaxed: 'strictness_relaxed_desc', standard: 'strictness_standard_desc', strict: 'strictness_strict_desc' } as const;

interface Props {
  value: Strictness;
  onChange: (s: Strictness) => void;
  idPrefix: string;
  /** One row of three (the popup's top): only the chosen level's description shows; each is still announced. */
  compact?: boolean;
}

/** Three levels as a native radio group: arrow keys move between them, and the change applies at once. */
export function StrictnessControl({ value, onChange, idPrefix, compact = false }: Props) {
  return (
    <fieldset class={compact ? 'radio-group compact' : 'radio-group'} data-testid="strictness">
      <legend>{t('strictness_heading')}</legend>
      <div class="radios">
        {STRICTNESS.map((s) => (
          <div class="radio" key={s}>
            <input
              type="radio"
              id={`${idPrefix}-${s}`}
              name={`${idPrefix}-strictness`}
              value={s}
              checked={value === s}
              aria-describedby={`${idPrefix}-${s}-desc`}
              onChange={() => onChange(s)}
            />
            <label for={`${idPrefix}-${s}`}>
              <strong>{t(LABEL[s])}</strong>
              <span class={compact ? 'desc sr-only' : 'desc'} id={`${idPrefix}-${s}-desc`}>
                {t(DESC[s])}
              </span>
            </label>
          </div>
        ))}
      </div>
      {compact && (
        <p class="desc chosen" aria-hidden="true">
          {t(DESC[value])}
        </p>
      )}
    </fieldset>
  );
}
