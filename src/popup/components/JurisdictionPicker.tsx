import { JURISDICTIONS, type Jurisdiction } from '../../engine/types';
import { t, type MessageKey } from '../../shared/i18n';
import { isWeakGuess, translateReason } from '../reasons';

export const jurName = (j: Jurisdiction) => t(`jur_${j}` as MessageKey);

interface Props {
  value: Jurisdiction | 'auto';
  onChange: (v: Jurisdiction | 'auto') => void;
  /** The page's guess, when there is a page. */
  guessed?: Jurisdiction | null;
  reasons?: readonly string[];
  id: string;
}

export function JurisdictionPicker({ value, onChange, guessed, reasons = [], id }: Props) {
  const showGuess = value === 'auto' && guessed;
  return (
    <div class="jurisdiction">
      <label for={id}>{t('jurisdiction_label')}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Jurisdiction | 'auto')} aria-describedby={showGuess ? `${id}-why` : undefined}>
        <option value="auto">{guessed ? t('jurisdiction_auto', jurName(guessed)) : t('jurisdiction_auto_plain')}</option>
        {JURISDICTIONS.map((j) => (
          <option value={j} key={j}>
            {jurName(j)}
          </option>
        ))}
      </select>
      {showGuess && (
        <p class="why" id={`${id}-why`}>
          {t('jurisdiction_guessed', [jurName(guessed), reasons.map(translateReason).join(', ') || t('reason_default')])}
          {isWeakGuess(reasons) && <> {t('jurisdiction_weak')}</>}
        </p>
      )}
    </div>
  );
}
