// The research page: the journalist's evidence log. It renders the evidence library (src/evidence) over the
// log in IndexedDB: filter, summarise, chart, annotate, delete, export, import.
import browser from 'webextension-polyfill';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { toCsv } from '../evidence/export-csv';
import { toHtml } from '../evidence/export-html';
import { toJson } from '../evidence/export-json';
import { ImportError, parseImport } from '../evidence/import';
import { storedFindings, type LogEntry } from '../evidence/entry';
import { distinctFindings, summarise } from '../evidence/summary';
import { EXTENSION_VERSION } from '../evidence/versions';
import { t, uiLanguage } from '../shared/i18n';
import { addEntries, deleteEntries, openResearchDb, putEntry, readEntries, type ReadResult } from './db';
import { saveFile } from './download';
import { EntryItem } from './EntryItem';
import { Filters } from './Filters';
import { applyFilter, casesOf, EMPTY_FILTER, exportFileName, type Filter } from './filter';
import { importProblem, storageError } from './labels';
import { CHANGE_CHANNEL, LOG_STATUS_KEY, type LogStatus } from './log';
import { SiteSummary } from './SiteSummary';

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] };

export function App() {
  const [log, setLog] = useState<ReadResult>({ entries: [], corrupt: [] });
  const [loaded, setLoaded] = useState(false);
  const [filter, setFilter] = useState<Filter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [logStatus, setLogStatus] = useState<LogStatus | null>(null);

  const reload = useCallback(async () => {
    try {
      const r = await readEntries(await openResearchDb());
      r.entries.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
      setLog(r);
    } catch (e) {
      setNotice({ kind: 'error', text: storageError((e as Error).message) });
    } finally {
      setLoaded(true);
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    document.title = t('research_title');
    void reload();
    const ch = new BroadcastChannel(CHANGE_CHANNEL);
    ch.onmessage = () => void reload();
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    const readStatus = async () => setLogStatus(((await browser.storage.local.get(LOG_STATUS_KEY))[LOG_STATUS_KEY] as LogStatus | undefined) ?? null);
    void readStatus();
    const onStorage = (changes: Record<string, unknown>) => LOG_STATUS_KEY in changes && void readStatus();
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      ch.close();
      document.removeEventListener('visibilitychange', onVisible);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [reload]);

  const shown = useMemo(() => applyFilter(log.entries, filter), [log.entries, filter]);
  const sites = useMemo(() => [...new Set(log.entries.map((e) => e.site))].sort(), [log.entries]);
  const cases = useMemo(() => casesOf(log.entries), [log.entries]);
  const summary = useMemo(() => summarise(shown), [shown]);
  const shownFindings = useMemo(() => summary.reduce((n, s) => n + s.findings, 0), [summary]);
  const allFindings = useMemo(() => distinctFindings(log.entries), [log.entries]);
  const selectedShown = shown.filter((e) => selected.has(e.id));
  const byId = useMemo(() => new Map(log.entries.map((e) => [e.id, e])), [log.entries]);

  const exportAs = (kind: 'csv' | 'json' | 'html') => {
    const by = `ExoCheck ${EXTENSION_VERSION}`;
    // A file holds every finding of every entry shown; its name and the notice count what it holds.
    const findings = storedFindings(shown);
    const name = exportFileName(kind, shown.length, findings);
    if (kind === 'csv') saveFile(name, toCsv(shown).text, 'text/csv;charset=utf-8');
    else if (kind === 'json') saveFile(name, toJson(shown, by), 'application/json');
    else saveFile(name, toHtml(shown, by), 'text/html;charset=utf-8');
    setNotice({ kind: 'ok', text: t('research_exported', [shown.length, findings, name]) });
  };

  const remove = async (ids: string[], which: 'selected' | 'shown') => {
    if (ids.length === 0) return;
    if (!window.confirm(t(which === 'selected' ? 'research_confirm_delete_selected' : 'research_confirm_delete_shown', ids.length))) return;
    try {
      await deleteEntries(await openResearchDb(), ids);
      setSelected(new Set());
      setNotice({ kind: 'ok', text: t('research_deleted', ids.length) });
    } catch (e) {
      setNotice({ kind: 'error', text: storageError((e as Error).message) });
    }
    await reload();
  };

  const importFile = async (file: File) => {
    try {
      const parsed = parseImport(await file.text());
      const { added, duplicates, annotated } = await addEntries(await openResearchDb(), parsed.entries);
      const skipped = parsed.total - parsed.entries.length;
      const lines = [t('research_import_done', [file.name, added.length, duplicates, skipped, parsed.total])];
      if (parsed.skippedRows) lines.push(t('research_import_rows', parsed.skippedRows));
      if (annotated) lines.push(t('research_import_annotated', annotated));
      setNotice({ kind: skipped || parsed.skippedRows ? 'error' : 'ok', text: lines.join(' '), details: parsed.errors.slice(0, 50) });
    } catch (e) {
      const why = e instanceof ImportError ? `${importProblem(e.problem)} (${e.message})` : storageError((e as Error).message);
      setNotice({ kind: 'error', text: t('research_import_failed', [file.name, why]) });
    }
    await reload();
  };

  const annotate = async (entry: LogEntry, note: string, caseTag: string): Promise<boolean> => {
    const next: LogEntry = { ...entry };
    delete next.note;
    delete next.caseTag;
    if (note.trim()) next.note = note;
    if (caseTag.trim()) next.caseTag = caseTag.trim();
    try {
      await putEntry(await openResearchDb(), next);
      await reload();
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: storageError((e as Error).message) });
      return false;
    }
  };

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <main>
      <h1>{t('research_title')}</h1>
      <p class="muted">
        {t('research_intro')} <span data-testid="totals">{t('research_totals', [log.entries.length, allFindings])}</span>
      </p>

      {logStatus && (
        <p class="banner error" role="alert" data-testid="log-status">
          {t('research_log_status', [logStatus.url, storageError(logStatus.error)])}
        </p>
      )}
      {log.corrupt.length > 0 && (
        <p class="banner error" role="alert" data-testid="corrupt">
          {t(log.corrupt.length === 1 ? 'research_corrupt_one' : 'research_corrupt_many', [log.corrupt.length, log.corrupt[0]!.errors[0] ?? ''])}
        </p>
      )}
      {notice && (
        <div class={`banner ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <Filters filter={filter} onChange={setFilter} sites={sites} cases={cases} />

      <p data-testid="shown-counts" aria-live="polite">
        {t('research_shown_counts', [shown.length, log.entries.length, shownFindings])}
      </p>

      <section aria-label={t('research_actions')} class="actions">
        <button type="button" onClick={() => exportAs('csv')} disabled={!shown.length}>
          {t('research_export_csv')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!shown.length}>
          {t('research_export_json')}
        </button>
        <button type="button" onClick={() => exportAs('html')} disabled={!shown.length}>
          {t('research_export_html')}
        </button>
        <label class="file">
          {t('research_import')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            name="import"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
        <button type="button" class="danger" onClick={() => void remove(selectedShown.map((e) => e.id), 'selected')} disabled={!selectedShown.length}>
          {t('research_delete_selected', selectedShown.length)}
        </button>
        <button type="button" class="danger" onClick={() => void remove(shown.map((e) => e.id), 'shown')} disabled={!shown.length}>
          {t('research_delete_shown', shown.length)}
        </button>
      </section>

      <SiteSummary sites={summary} />

      <section aria-labelledby="pages-h">
        <h2 id="pages-h">{t('research_pages')}</h2>
        {loaded && shown.length === 0 && <p class="muted">{t(log.entries.length ? 'research_none_match' : 'research_empty')}</p>}
        <datalist id="cases">
          {cases.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <ul class="entries" data-testid="entries">
          {shown.map((e) => (
            <EntryItem key={e.id} entry={byId.get(e.id) ?? e} shown={e} checked={selected.has(e.id)} onToggle={() => toggle(e.id)} onAnnotate={annotate} />
          ))}
        </ul>
      </section>
    </main>
  );
}
