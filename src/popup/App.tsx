import browser from 'webextension-polyfill';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Family, Jurisdiction } from '../engine/types';
import { t } from '../shared/i18n';
import { isSitePaused, muteRule, pauseSite, unmuteRule, unpauseSite } from '../shared/storage';
import { hostnameOf } from '../shared/tab-state';
import { useSettings } from '../shared/ui/use-settings';
import { JurisdictionPicker, jurName } from '../shared/ui/JurisdictionPicker';
import { MutedRow } from '../shared/ui/MutedRow';
import { resolveTabId, revealFinding } from './tab';
import { useTabState } from './use-tab-state';
import { groupByFamily, FindingsList } from './components/Findings';
import { CountsBar } from './components/Counts';
import { SiteControls } from './components/SiteControls';
import { LegalStatus } from './components/LegalStatus';
import { FamilyNotes } from './components/FamilyNotes';
import { BeforeYouBook } from './components/BeforeYouBook';
import { ResearchControls } from './components/ResearchControls';

// Order, top to bottom: the site switch and strictness (what people reach for), the findings, the law
// (its table behind a disclosure), then the family notes and questions. The first view fits 600 px.
export function App() {
  const [settings, update, settingsError] = useSettings();
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const state = useTabState(tabId);
  const [error, setError] = useState<string | null>(null);
  // Without a page to guess from (browser pages), the browser language decides.
  const fallback = useMemo(() => {
    const g = guessJurisdiction({ locale: navigator.language });
    return { jurisdiction: g.jurisdiction, evidence: g.evidence, confident: g.confident };
  }, []);

  useEffect(() => {
    resolveTabId().then(setTabId, (e) => {
      setError(String(e));
      setTabId(null);
    });
  }, []);

  const act = (p: Promise<unknown>) => p.catch((e) => setError(String(e)));

  if (!settings || state === undefined) return <p class="loading" role="status">{t('popup_loading')}</p>;

  const host = state ? hostnameOf(state.url) : '';
  const paused = host !== '' && isSitePaused(settings, host);
  // The page reports its own guess even while a jurisdiction is chosen by hand, so "Automatic" can name it.
  const guess = state?.guess ?? (state ? null : fallback);
  const jurisdiction: Jurisdiction = settings.jurisdiction !== 'auto' ? settings.jurisdiction : guess?.jurisdiction ?? fallback.jurisdiction;
  const offTopic = !!state && !paused && state.offTopic && state.findings.length === 0;
  const findings = paused ? [] : state?.findings ?? [];
  const families: Family[] = groupByFamily(findings).map(([f]) => f);
  const mutedHere = Object.entries(state?.muted ?? {}).filter(([rule, n]) => n > 0 && settings.mutedRules.includes(rule));

  return (
    <main>
      <header>
        <h1>ExoCheck</h1>
        {host && <span class="host" title={host}>{host}</span>}
      </header>

      {(error || settingsError) && <p class="error" role="alert">{t('error_generic', error ?? settingsError ?? '')}</p>}

      <SiteControls
        host={host}
        paused={paused}
        onPause={(on) => act(on ? pauseSite(host) : unpauseSite(host))}
        strictness={settings.strictness}
        onStrictness={(s) => act(update({ strictness: s }))}
      />

      {!state && <p class="notice">{t('popup_no_page')}</p>}
      {paused && <p class="notice" data-testid="paused-notice">{t('popup_paused')}</p>}
      {offTopic && (
        <p class="notice calm" data-testid="off-topic">
          {t('popup_off_topic')}
        </p>
      )}
      {state && !paused && !offTopic && (
        <>
          {state.counts.total > 0 && <CountsBar counts={state.counts} />}
          {state.truncated && <p class="notice">{t('popup_truncated')}</p>}
          {findings.length === 0 ? (
            <p class="notice" data-testid="no-findings">{t('popup_no_findings')}</p>
          ) : (
            <FindingsList
              findings={findings}
              pageUrl={state.url}
              jurisdiction={jurisdiction}
              onReveal={(i) => tabId != null && act(revealFinding(tabId, i))}
              onMute={(rule) => act(muteRule(rule))}
            />
          )}
          {mutedHere.length > 0 && (
            <section aria-labelledby="muted-h" class="muted">
              <h2 id="muted-h">{t('muted_heading')}</h2>
              <ul class="rows">
                {mutedHere.map(([rule, n]) => (
                  <MutedRow key={rule} rule={rule} testid="muted-rule" detail={t('popup_muted_count', n)} onUnmute={(r) => act(unmuteRule(r))} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      {!offTopic && (
        <section aria-labelledby="legal-h" class="law">
          <h2 id="legal-h">{t('legal_heading')}</h2>
          <JurisdictionPicker id="jurisdiction" value={settings.jurisdiction} onChange={(v) => act(update({ jurisdiction: v }))} guess={guess} />
          <details class="legal-disclosure" data-testid="legal-disclosure">
            <summary>{t('popup_legal_table_open', jurName(jurisdiction))}</summary>
            <LegalStatus jurisdiction={jurisdiction} />
          </details>
        </section>
      )}

      <FamilyNotes families={families} />
      {!offTopic && <BeforeYouBook families={families} />}
      <ResearchControls tabId={tabId} researchMode={settings.researchMode} />

      <footer>
        <p class="privacy">{t('privacy_line')}</p>
        <button type="button" class="link" onClick={() => act(browser.runtime.openOptionsPage())}>
          {t('open_options')}
        </button>
      </footer>
    </main>
  );
}
