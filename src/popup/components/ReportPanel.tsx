import { useMemo, useRef } from 'preact/hooks';
import type { Jurisdiction } from '../../engine/types';
import type { TabFinding } from '../../shared/messages';
import { t, uiLanguage } from '../../shared/i18n';
import { REGULATORS } from '../../shared/regulators';
import { complaintText, falseFlag } from '../../shared/report-text';
import { jurName } from '../../shared/ui/JurisdictionPicker';
import { CopyButton } from './CopyButton';

interface Props {
  finding: TabFinding;
  pageUrl: string;
  jurisdiction: Jurisdiction;
}

/**
 * "Report this": a complaint ready to paste, and the regulator's own page for the reader to open (a plain
 * link: the extension requests nothing). "Wrong flag?": a prefilled e-mail the reader sends themselves.
 */
export function ReportPanel({ finding, pageUrl, jurisdiction }: Props) {
  const input = useMemo(
    () => ({ finding, pageUrl, seenAt: new Date(), jurisdiction, lang: uiLanguage() }),
    [finding, pageUrl, jurisdiction],
  );
  const text = useMemo(() => complaintText(input, t), [input]);
  const flag = useMemo(() => falseFlag(input, __EXOCHECK_VERSION__, t), [input]);
  const area = useRef<HTMLTextAreaElement>(null);
  const flagArea = useRef<HTMLTextAreaElement>(null);
  const id = `report-${finding.index}`;
  const regulators = REGULATORS[jurisdiction];
  return (
    <div class="report-panel" data-testid="report-panel">
      <h4 id={`${id}-h`}>{t('report_heading', jurName(jurisdiction))}</h4>
      {regulators.length === 0 ? (
        <p data-testid="report-none">{t('report_none_eu')}</p>
      ) : (
        <ul class="regulators" data-testid="regulators">
          {regulators.map((r) => (
            <li key={r.id} data-regulator={r.id}>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.name}
              </a>
              <span class="sub"> · {t(r.takes === 'advert' ? 'report_takes_advert' : 'report_takes_harm')}</span>
            </li>
          ))}
        </ul>
      )}
      {jurisdiction === 'kr' && <p class="hint">{t('report_kr_phone')}</p>}
      {jurisdiction === 'jp' && <p class="hint">{t('report_jp_prefecture')}</p>}
      <label for={`${id}-text`}>{t('report_text_label')}</label>
      <textarea id={`${id}-text`} ref={area} readOnly rows={7} value={text} data-testid="report-text" />
      <p class="actions">
        <CopyButton text={text} label={t('report_copy')} fallback={() => area.current} />
      </p>
      <h4>{t('report_flag_heading')}</h4>
      <p class="hint">{t('report_flag_desc')}</p>
      <textarea id={`${id}-flag`} ref={flagArea} readOnly rows={4} value={flag.body} aria-label={t('report_flag_heading')} data-testid="flag-text" />
      <p class="actions">
        <a class="button-link" href={flag.href} data-testid="flag-mailto">
          {t('report_flag_mail')}
        </a>{' '}
        <CopyButton text={`${flag.subject}\n\n${flag.body}`} label={t('report_copy')} fallback={() => flagArea.current} />
      </p>
    </div>
  );
}
