import browser from 'webextension-polyfill';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { guessJurisdiction } from '../engine/jurisdiction';
import type { Family, Jurisdiction } from '../engine/types';
import type { TabState } from '../shared/messages';
import { t } from '../shared/i18n';
import { isSitePaused, muteRule, pauseSite, unmuteRule, unpauseSite } from '../shared/storage';
import { useSettings } from './use-settings';
import { fetchTabState, hostnameOf, resolveTabId, revealFinding } from './tab';
import { groupByFamily, FindingsList } from './components/Findings';
import { CountsBar } from './components/Counts';
import { StrictnessControl } from './components/Strictness';
import { JurisdictionPicker } from './components/JurisdictionPicker';
import { LegalStatus } from './components/LegalStatus';
import { FamilyNotes } from './components/FamilyNotes';
import { BeforeYouBook } from './components/BeforeYouBook';
import { ResearchControls } from './components/ResearchControls';
import { ruleLabel } from './rules-info';

const POLL_MS = 1500;
/** The reason the content script gives when the jurisdiction was set by hand (src/content/scanner.ts). */
const CHOSEN_IN_SETTINGS = 'chosen in settings';

export function App() {
  const [settings, update, settingsError] = useSettings();
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const fallback = useMemo(() => guessJurisdiction({ locale: navigator.language }), []);
  // The page's own guess, remembered while a manual choice hides it: the content script then reports
  // the chosen jurisdiction, not its guess, until it rescans in automatic mode.
  const pageGuess = useRef<{ jurisdiction: Jurisdiction; reasons: string[] } | null>(null);

  useEffect(() => {
    resolveTabId().then(setTabId, (e) => {
      setError(String(e));
      setTabId(null);
    });
  }, []);

  const refresh = useCallback(async () => {
    if (tabId == null) return;
    setState(await fetchTabState(tabId));
  }, [tabId]);

  // The content script rescans when settings change and reports to the background; poll so the popup
  // follows (a message costs nothing and no page text is involved).
  useEffect(() => {
    if (tabId == null) {
      if (tabId === null) setState(null);
      return;
    }
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId, refresh]);
  useEffect(() => {
    const timers = [150, 600].map((ms) => setTimeout(refresh, ms));
    return () => timers.forEach(clearTimeout);
  }, [settings, refresh]);

  const act = (p: Promise<unknown>) => p.catch((e) => setError(String(e)));

  if (!settings || state === undefined) return <p class="loading" role="status">{t('popup_loading')}</p>;

  const host = state ? hostnameOf(state.url) : '';
  const paused = host !== '' && isSitePaused(settings, host);
  if (state?.jurisdiction && !state.jurisdictionReasons.includes(CHOSEN_IN_SETTINGS))
    pageGuess.current = { jurisdiction: state.jurisdiction, reasons: state.jurisdictionReasons };
  // Without a guess from the page (browser pages, before the scan, or hidden by a manual choice since
  // the popup opened), the browser language decides.
  const guess = pageGuess.current ?? (state?.jurisdiction ? null : fallback);
  const guessed: Jurisdiction = guess?.jurisdiction ?? fallback.jurisdiction;
  const reasons = guess?.reasons ?? [];
  const jurisdiction: Jurisdiction = settings.jurisdiction === 'auto' ? guessed : settings.jurisdiction;
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

      {!state && <p class="notice">{t('popup_no_page')}</p>}
      {paused && <p class="notice" data-testid="paused-notice">{t('popup_paused')}</p>}
      {state && !paused && (
        <>
          <CountsBar counts={state.counts} />
          {state.truncated && <p class="notice">{t('popup_truncated')}</p>}
          {findings.length === 0 ? (
            <p class="notice" data-testid="no-findings">{t('popup_no_findings')}</p>
          ) : (
            <FindingsList
              findings={findings}
              onReveal={(i) => tabId != null && act(revealFinding(tabId, i))}
              onMute={(rule) => act(muteRule(rule))}
            />
          )}
          {mutedHere.length > 0 && (
            <section aria-labelledby="muted-h" class="muted">
              <h2 id="muted-h">{t('muted_heading')}</h2>
              <ul>
                {mutedHere.map(([rule, n]) => (
                  <li key={rule} data-testid="muted-rule" data-rule={rule}>
                    {t('muted_line', [ruleLabel(rule), n])}{' '}
                    <button type="button" class="link" onClick={() => act(unmuteRule(rule))}>
                      {t('muted_unmute')}
                      <span class="sr-only"> ({ruleLabel(rule)})</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      <section aria-labelledby="legal-h">
        <h2 id="legal-h">{t('legal_heading')}</h2>
        <JurisdictionPicker
          id="jurisdiction"
          value={settings.jurisdiction}
          onChange={(v) => act(update({ jurisdiction: v }))}
          guessed={guess ? guessed : null}
          reasons={reasons}
        />
        <LegalStatus jurisdiction={jurisdiction} />
      </section>

      <FamilyNotes families={families} />

      <section aria-labelledby="settings-h">
        <h2 id="settings-h" class="sr-only">{t('open_options')}</h2>
        <StrictnessControl idPrefix="strict" value={settings.strictness} onChange={(s) => act(update({ strictness: s }))} />
        {host && (
          <div class="switch">
            <input
              type="checkbox"
              role="switch"
              id="pause"
              checked={paused}
              aria-describedby="pause-host"
              onChange={(e) => act((e.currentTarget as HTMLInputElement).checked ? pauseSite(host) : unpauseSite(host))}
            />
            <label for="pause">{t('site_pause')}</label>
            <span id="pause-host" class="sr-only">{t('site_pause_host', host)}</span>
          </div>
        )}
      </section>

      <BeforeYouBook families={families} />
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
