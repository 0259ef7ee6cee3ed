import type { Jurisdiction } from '../../engine/types';
import { formatDate, t, uiLanguage, type MessageKey } from '../../shared/i18n';
import { LEGAL_STATUS, ORIGINS, ROUTES, sourcesFor, type CellVerification } from '../../rules/legal-status';
import { formatIsoDate, LEGAL_REVIEWED, sourceDate, type CatalogueSource } from '../../rules/sources';
import { jurName } from '../../shared/ui/JurisdictionPicker';

const us = (s: string) => s.replace(/-/g, '_');
const MARK: Record<CellVerification, string> = { verified: '✓', secondary: '◐', unverified: '?' };

// One catalogue (src/rules/sources.ts) dates every source here and on the in-page card.
function SourceItem({ s }: { s: CatalogueSource }) {
  const date = sourceDate(s);
  return (
    <li data-source={s.id}>
      {s.publisher}, <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>{' '}
      <span class="date">({date ? <time dateTime={date}>{formatIsoDate(date, uiLanguage())}</time> : t('source_undated')})</span>
      {s.verification !== 'verified' && <span class="verif"> · {t(s.verification === 'secondary' ? 'verif_secondary' : 'verif_unverified')}</span>}
    </li>
  );
}

/** The source × route table for one jurisdiction, then "is anything approved?", notes and dated sources. */
export function LegalStatus({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const table = LEGAL_STATUS[jurisdiction];
  const english = uiLanguage().toLowerCase().startsWith('en');
  return (
    <div class="legal" data-testid="legal" data-jurisdiction={jurisdiction}>
      <table class="legal-table">
        <caption>{t('legal_table_caption', jurName(jurisdiction))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legal_col_origin')}</th>
            {ROUTES.map((r) => (
              <th scope="col" key={r}>{t(`route_${r}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ORIGINS.map((o) => (
            <tr key={o}>
              <th scope="row">{t(`origin_${us(o)}` as MessageKey)}</th>
              {ROUTES.map((r) => {
                const cell = table.cells[o][r];
                return (
                  <td key={r} class={`status st-${cell.status} v-${cell.verification}`} data-testid={`cell-${o}-${r}`} title={t(`legal_note_${cell.noteId}` as MessageKey)}>
                    <span class="word">{t(`legal_status_${us(cell.status)}` as MessageKey)}</span>{' '}
                    <span class="mark" aria-hidden="true">{MARK[cell.verification]}</span>
                    <span class="sr-only">({t(`verif_${cell.verification}`)})</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="legend" aria-hidden="true">
        ✓ {t('verif_verified')} · ◐ {t('verif_secondary')} · ? {t('verif_unverified')}
      </p>
      <p class="approved" data-testid="any-approved">
        <strong>{t('legal_approved')}</strong> {t('card_in_place', t(`law_place_${jurisdiction}` as MessageKey))} {t(`law_approved_${jurisdiction}` as MessageKey)}
      </p>
      <details class="notes">
        <summary>{t('legal_notes')}</summary>
        {!english && <p class="hint">{t('legal_notes_english')}</p>}
        <p>{t('legal_regulators', t(`legal_reg_${jurisdiction}`))}</p>
        <dl>
          {ORIGINS.flatMap((o) =>
            ROUTES.map((r) => {
              const cell = table.cells[o][r];
              return [
                <dt key={`${o}-${r}-t`}>
                  {t(`origin_${us(o)}` as MessageKey)} · {t(`route_${r}`)}
                </dt>,
                <dd key={`${o}-${r}-d`}>{t(`legal_note_${cell.noteId}` as MessageKey)}</dd>,
              ];
            }),
          )}
        </dl>
        <h3>{t('legal_sources')}</h3>
        <ul class="sources" lang="en">
          {sourcesFor(jurisdiction).map((s) => (
            <SourceItem s={s} key={s.id} />
          ))}
        </ul>
      </details>
      <p class="reviewed">{t('card_reviewed', formatDate(LEGAL_REVIEWED))}</p>
    </div>
  );
}
