// Per-site totals: the family chart and the table that carries the same numbers for screen readers.
import type { SiteSummary as Summary } from '../evidence/summary';
import { t } from '../shared/i18n';
import { FamilyChart } from './Chart';
import { siteName } from './labels';

export function SiteSummary({ sites }: { sites: Summary[] }) {
  return (
    <section aria-labelledby="sum-h">
      <h2 id="sum-h">{t('research_by_site')}</h2>
      <p class="muted small">{t('research_distinct_note')}</p>
      <FamilyChart sites={sites} />
      <table class="summary" data-testid="site-summary">
        <thead>
          <tr>
            <th scope="col">{t('research_col_site')}</th>
            <th scope="col">{t('research_col_pages')}</th>
            <th scope="col">{t('research_col_visits')}</th>
            <th scope="col">{t('research_col_with_findings')}</th>
            <th scope="col">{t('research_col_findings')}</th>
            <th scope="col">{t('research_col_high')}</th>
            <th scope="col">{t('research_col_medium')}</th>
            <th scope="col">{t('research_col_info')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.site}>
              <th scope="row">{siteName(s.site)}</th>
              <td>{s.pages}</td>
              <td>{s.captures}</td>
              <td>{s.pagesWithFindings}</td>
              <td>{s.findings}</td>
              <td>{s.severity.high}</td>
              <td>{s.severity.medium}</td>
              <td>{s.severity.info}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
