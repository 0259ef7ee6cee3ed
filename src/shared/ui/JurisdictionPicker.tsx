import { JURISDICTIONS, type Jurisdiction } from '../../engine/types';
import type { ReportedGuess } from '../messages';
import { t, type MessageKey } from '../i18n';
import { evidenceList } from './evidence';

export const jurName = (j: Jurisdiction) => t(`jur_${j}` as MessageKey);

interface Props {
  value: Jurisdiction | 'auto';
  onChange: (v: Jurisdiction | 'auto') => void;
  /** The page's guess, when there is a page (the options page has none). */
  guess?: Pick<ReportedGuess, 'jurisdiction' | 'evidence' | 'confident'> | null;
  id: string;
}

/** Whose rules apply: automatic (with the page's guess and why) or one jurisdiction chosen by hand. */
export function JurisdictionPicker({ value, onChange, guess, id }: Props) {
  const showGuess = value === 'auto' && guess;
  return (
    <div class="jurisdiction">
      <label for={id}>{t('jurisdiction_label')}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Jurisdiction | 'auto')} aria-describedby={showGuess ? `${id}-why` : undefined}>
        <option value="auto">{guess ? t('jurisdiction_auto', jurName(guess.jurisdiction)) : t('jurisdiction_auto_plain')}</option>
        {JURISDICTIONS.map((j) => (
          <option value={j} key={j}>
            {jurName(j)}
          </option>
        ))}
      </select>
      {showGuess && (
        <p class="why" id={`${id}-why`} data-confident={String(guess.confident)}>
          {t('jurisdiction_guessed', [jurName(guess.jurisdiction), evidenceList(guess.evidence)])}
          {/* The engine's own judgement of its guess, not a reading of the reasons' wording. */}
          {!guess.confident && <> {t('jurisdiction_weak')}</>}
        </p>
      )}
    </div>
  );
}
