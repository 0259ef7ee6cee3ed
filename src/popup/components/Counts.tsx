import { SEVERITIES } from '../../engine/types';
import type { Counts } from '../../shared/messages';
import { t } from '../../shared/i18n';

/** One tile per severity; a tile at zero is drawn plain, never in red or amber. */
export function CountsBar({ counts }: { counts: Counts }) {
  return (
    <section class="counts" aria-labelledby="counts-h">
      <h2 id="counts-h">
        {t('counts_heading')}: <span data-testid="count-total">{t('counts_total', counts.total)}</span>
      </h2>
      <ul>
        {SEVERITIES.map((s) => (
          <li class={counts[s] ? `count sev-${s}` : 'count zero'} key={s} data-testid={`tile-${s}`}>
            <span class="num" data-testid={`count-${s}`}>{counts[s]}</span>
            <span class="label">{t(`severity_${s}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
