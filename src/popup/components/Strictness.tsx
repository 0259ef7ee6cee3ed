import { STRICTNESS, type Strictness } from '../../engine/types';
import { t } from '../../shared/i18n';

const LABEL = { relaxed: 'strictness_relaxed', standard: 'strictness_standard', strict: 'strictness_strict' } as const;
const DESC = { relaxed: 'strictness_relaxed_desc', standard: 'strictness_standard_desc', strict: 'strictness_strict_desc' } as const;

/** Three levels as a native radio group: arrow keys move between them, and the change applies at once. */
export function StrictnessControl({ value, onChange, idPrefix }: { value: Strictness; onChange: (s: Strictness) => void; idPrefix: string }) {
  return (
    <fieldset class="radio-group">
      <legend>{t('strictness_heading')}</legend>
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
            <span class="desc" id={`${idPrefix}-${s}-desc`}>{t(DESC[s])}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
