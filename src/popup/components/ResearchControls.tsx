// Research mode in the popup: that it is on, whether this page is in the log, and "Log this page" (also a
// page with no findings). Renders nothing while research mode is off. Follows the background's status for
// the tab through storage.session changes, not by polling.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { ResearchRequest, ResearchStatus } from '../../shared/messages';
import { t } from '../../shared/i18n';

const statusKey = (tabId: number) => `research:${tabId}`;
const ask = (msg: ResearchRequest) => browser.runtime.sendMessage(msg) as Promise<ResearchStatus | null>;

function line(s: ResearchStatus | null): string {
  if (!s) return t('research_popup_not_yet');
  if (s.status === 'added' || s.status === 'grown' || s.status === 'unchanged') return t('research_popup_logged', s.findings ?? 0);
  if (s.status === 'skipped') return t(s.reason === 'not-web' ? 'research_popup_not_web' : 'research_popup_off_topic');
  return t(s.reason === 'no-page' ? 'research_popup_no_page' : 'research_popup_error', s.reason ?? '');
}

export function ResearchControls({ tabId, researchMode }: { tabId: number | null | undefined; researchMode: boolean }) {
  const [status, setStatus] = useState<ResearchStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!researchMode || tabId == null) return;
    let live = true;
    const read = () => ask({ type: 'getResearchStatus', tabId }).then((s) => live && setStatus(s ?? null), () => undefined);
    void read();
    const onChange = (changes: Record<string, unknown>, area: string) => area === 'session' && statusKey(tabId) in changes && void read();
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [tabId, researchMode]);

  if (!researchMode || tabId == null) return null;
  const logged = status?.status === 'added' || status?.status === 'grown' || status?.status === 'unchanged';
  const logNow = async () => {
    setBusy(true);
    try {
      setStatus(await ask({ type: 'logPage', tabId }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="research" aria-labelledby="research-h" data-testid="research-controls">
      <h2 id="research-h">{t('research_popup_on')}</h2>
      <p role="status" data-testid="research-status" data-logged={logged ? 'yes' : 'no'}>
        {line(status)}
      </p>
      <button type="button" class="secondary" onClick={() => void logNow()} disabled={busy}>
        {t('research_popup_log_now')}
      </button>{' '}
      <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/research/index.html') })}>
        {t('research_popup_open')}
      </button>
    </section>
  );
}
