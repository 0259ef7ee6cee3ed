import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { getMutedCounts, onMutedCountsChanged, unmuteRule, unpauseSite } from '../shared/storage';
import { useSettings } from '../shared/ui/use-settings';
import { StrictnessControl } from '../shared/ui/Strictness';
import { JurisdictionPicker } from '../shared/ui/JurisdictionPicker';
import { MutedRow } from '../shared/ui/MutedRow';

function useMutedCounts(): Record<string, number> {
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    let live = true;
    const load = () => getMutedCounts().then((c) => live && setCounts(c));
    load();
    const off = onMutedCountsChanged(load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return counts;
}

export function Options() {
  const [settings, update, settingsError] = useSettings();
  const counts = useMutedCounts();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(0), 1500);
    return () => clearTimeout(timer);
  }, [saved]);
  const act = (p: Promise<unknown>) => p.then(() => setSaved(Date.now()), (e) => setError(String(e)));

  if (!settings) return <main><p role="status">…</p></main>;
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p role="status" aria-live="polite">{saved ? <span class="saved">{t('options_saved')}</span> : null}</p>
      {(error || settingsError) && <p class="error" role="alert">{t('error_generic', error ?? settingsError ?? '')}</p>}

      <section aria-labelledby="general-h">
        <h2 id="general-h">{t('options_general')}</h2>
        <StrictnessControl idPrefix="opt-strict" value={settings.strictness} onChange={(s) => act(update({ strictness: s }))} />
        <JurisdictionPicker id="opt-jurisdiction" value={settings.jurisdiction} onChange={(v) => act(update({ jurisdiction: v }))} />
        <p class="hint">{t('options_jurisdiction_desc')}</p>
      </section>

      <section aria-labelledby="muted-h">
        <h2 id="muted-h">{t('options_muted_heading')}</h2>
        {settings.mutedRules.length === 0 ? (
          <p data-testid="muted-none">{t('options_muted_none')}</p>
        ) : (
          <ul class="rows" data-testid="muted-list">
            {settings.mutedRules.map((rule) => (
              <MutedRow key={rule} rule={rule} detail={t('options_muted_count', counts[rule] ?? 0)} onUnmute={(r) => act(unmuteRule(r))} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="paused-h">
        <h2 id="paused-h">{t('options_paused_heading')}</h2>
        {settings.pausedSites.length === 0 ? (
          <p data-testid="paused-none">{t('options_paused_none')}</p>
        ) : (
          <ul class="rows" data-testid="paused-list">
            {settings.pausedSites.map((host) => (
              <li key={host} data-host={host}>
                <span>{host}</span>
                <button type="button" class="secondary" onClick={() => act(unpauseSite(host))}>
                  {t('options_remove')}
                  <span class="sr-only"> ({host})</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="research-h">
        <h2 id="research-h">{t('options_research_heading')}</h2>
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id="research"
            checked={settings.researchMode}
            aria-describedby="research-desc"
            onChange={(e) => act(update({ researchMode: (e.currentTarget as HTMLInputElement).checked }))}
          />
          <label for="research">{t('options_research_label')}</label>
        </div>
        <p class="hint" id="research-desc">{t('options_research_desc')}</p>
        {settings.researchMode && (
          <button type="button" class="secondary" onClick={() => act(browser.tabs.create({ url: browser.runtime.getURL('src/research/index.html') }))}>
            {t('options_research_open')}
          </button>
        )}
      </section>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('options_privacy_heading')}</h2>
        <p>{t('options_privacy_text')}</p>
      </section>
    </main>
  );
}
