import type { Jurisdiction } from '../../engine/types';
import { formatDate, t, uiLanguage, type MessageKey } from '../../shared/i18n';
import { APPROVAL, LEGAL_SOURCES, LEGAL_STATUS, LEGAL_STATUS_REVIEWED, ORIGINS, ROUTES, sourcesFor, type CellVerification, type LegalSource } from '../../rules/legal-status';
import { RULES_REVIEWED } from '../../rules/families';
import { jurName } from '../../shared/ui/JurisdictionPicker';

const us = (s: string) => s.replace(/-/g, '_');
const MARK: Record<CellVerification, string> = { verified: '✓', secondary: '◐', unverified: '?' };

function SourceItem({ s }: { s: LegalSource }) {
  return (
    <li>
      {s.publisher}, <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>{' '}
      <span class="date">({s.undated ? t('source_undated') : formatDate(s.date)})</span>
      {s.verification !== 'verified' && <span class="verif"> · {t(s.verification === 'secondary' ? 'verif_secondary' : 'verif_unverified')}</span>}
    </li>
  );
}

/** The source × route table for one jurisdiction, then "is anything approved?", notes and dated sources. */
export function LegalStatus({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const table = LEGAL_STATUS[jurisdiction];
  const english = uiLanguage().toLowerCase().startsWith('en');
  const approvalSources = APPROVAL.sources.map((id) => LEGAL_SOURCES[id]!).filter(Boolean);
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
        <strong>{t('legal_approved')}</strong> {t('legal_approved_note')}
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
          {[...new Map([...sourcesFor(jurisdiction), ...approvalSources].map((s) => [s.id, s])).values()].map((s) => (
            <SourceItem s={s} key={s.id} />
          ))}
        </ul>
      </details>
      <p class="reviewed">{t('legal_reviewed', [formatDate(LEGAL_STATUS_REVIEWED), formatDate(RULES_REVIEWED)])}</p>
    </div>
  );
}
