import type { Strictness } from '../../engine/types';
import { t } from '../../shared/i18n';
import { StrictnessControl } from '../../shared/ui/Strictness';

interface Props {
  host: string;
  paused: boolean;
  onPause: (paused: boolean) => void;
  strictness: Strictness;
  onStrictness: (s: Strictness) => void;
}

/** The two controls people reach for first, at the top of the popup (as uBlock Origin and Grammarly do). */
export function SiteControls({ host, paused, onPause, strictness, onStrictness }: Props) {
  return (
    <section class="controls" aria-labelledby="controls-h" data-testid="controls">
      <h2 id="controls-h" class="sr-only">{t('popup_controls_heading')}</h2>
      {host && (
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id="pause"
            checked={paused}
            aria-describedby="pause-host"
            onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="pause">{t('site_pause')}</label>
          <span id="pause-host" class="sr-only">{t('site_pause_host', host)}</span>
        </div>
      )}
      <StrictnessControl idPrefix="strict" compact value={strictness} onChange={onStrictness} />
    </section>
  );
}
