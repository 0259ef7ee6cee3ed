// The research page: the journalist's evidence log. Filter, summarise, chart, delete, export, import.
import browser from 'webextension-polyfill';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { FAMILIES, SEVERITIES, type Family, type Severity } from '../engine/types';
import { FamilyChart } from './Chart';
import { addEntries, deleteEntries, openResearchDb, readEntries, type ReadResult } from './db';
import { saveFile } from './download';
import { countFindings, type LogEntry } from '../evidence/entry';
import { toCsv } from '../evidence/export-csv';
import { toHtml } from '../evidence/export-html';
import { toJson } from '../evidence/export-json';
import { applyFilter, EMPTY_FILTER, exportFileName, type Filter } from './filter';
import { ImportError, parseExport } from '../evidence/import-json';
import { CHANGE_CHANNEL, LOG_STATUS_KEY, type LogStatus } from './log';
import { summarise } from '../evidence/summary';
import { EXTENSION_VERSION } from '../evidence/versions';

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
      setNotice({ kind: 'error', text: (e as Error).message });
    } finally {
      setLoaded(true);
    }
  }, []);

  useEffect(() => {
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
  const summary = useMemo(() => summarise(shown), [shown]);
  const shownFindings = countFindings(shown);
  const selectedShown = shown.filter((e) => selected.has(e.id));

  const set = <K extends keyof Filter>(k: K, v: Filter[K]) => setFilter((f) => ({ ...f, [k]: v }));

  const exportAs = (kind: 'csv' | 'json' | 'html') => {
    const by = `ExoCheck ${EXTENSION_VERSION}`;
    const name = exportFileName(kind, shown.length, shownFindings);
    if (kind === 'csv') saveFile(name, toCsv(shown).text, 'text/csv;charset=utf-8');
    else if (kind === 'json') saveFile(name, toJson(shown, by), 'application/json');
    else saveFile(name, toHtml(shown, by), 'text/html;charset=utf-8');
    setNotice({ kind: 'ok', text: `Exported ${shown.length} pages and ${shownFindings} findings as ${name}.` });
  };

  const remove = async (ids: string[], what: string) => {
    if (ids.length === 0) return;
    if (!window.confirm(`Delete ${what} (${ids.length} ${ids.length === 1 ? 'page' : 'pages'})? Export first if you may need them.`)) return;
    try {
      await deleteEntries(await openResearchDb(), ids);
      setSelected(new Set());
      setNotice({ kind: 'ok', text: `Deleted ${ids.length} ${ids.length === 1 ? 'page' : 'pages'}.` });
    } catch (e) {
      setNotice({ kind: 'error', text: (e as Error).message });
    }
    await reload();
  };

  const importFile = async (file: File) => {
    try {
      const parsed = parseExport(await file.text());
      const { added, duplicates } = await addEntries(await openResearchDb(), parsed.entries);
      const skipped = parsed.total - parsed.entries.length;
      setNotice({
        kind: skipped ? 'error' : 'ok',
        text: `Import of ${file.name}: ${added.length} new, ${duplicates} already in the log, ${skipped} skipped as invalid (of ${parsed.total}).`,
        details: parsed.errors.slice(0, 50),
      });
    } catch (e) {
      const msg = e instanceof ImportError ? e.message : (e as Error).message;
      setNotice({ kind: 'error', text: `Import of ${file.name} failed; nothing was imported. ${msg}` });
    }
    await reload();
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
      <h1>ExoCheck research log</h1>
      <p class="muted">
        Pages you visit with research mode on are logged here, on this computer only. Nothing is uploaded. {log.entries.length} pages and{' '}
        {countFindings(log.entries)} findings in the log.
      </p>

      {logStatus && (
        <p class="banner error" role="alert" data-testid="log-status">
          The last page could not be logged ({logStatus.url}): {logStatus.error}
        </p>
      )}
      {log.corrupt.length > 0 && (
        <p class="banner error" role="alert" data-testid="corrupt">
          {log.corrupt.length} damaged {log.corrupt.length === 1 ? 'record was' : 'records were'} skipped (kept in storage, not deleted): {log.corrupt[0].errors[0]}
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

      <section aria-label="Filters" class="filters">
        <label>
          Site
          <select value={filter.site} onChange={(e) => set('site', e.currentTarget.value)} name="site">
            <option value="">All sites</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Family
          <select value={filter.family} onChange={(e) => set('family', e.currentTarget.value as Family | '')} name="family">
            <option value="">All families</option>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select value={filter.severity} onChange={(e) => set('severity', e.currentTarget.value as Severity | '')} name="severity">
            <option value="">Any severity</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          From (UTC)
          <input type="date" name="from" value={filter.from} onInput={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label>
          To (UTC)
          <input type="date" name="to" value={filter.to} onInput={(e) => set('to', e.currentTarget.value)} />
        </label>
        <label class="grow">
          Search quotes (with context), titles and URLs
          <input type="search" name="query" value={filter.query} onInput={(e) => set('query', e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => setFilter(EMPTY_FILTER)}>
          Clear filters
        </button>
      </section>

      <p data-testid="shown-counts" aria-live="polite">
        Showing {shown.length} of {log.entries.length} pages, {shownFindings} findings.
      </p>

      <section aria-label="Actions" class="actions">
        <button type="button" onClick={() => exportAs('csv')} disabled={!shown.length}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!shown.length}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportAs('html')} disabled={!shown.length}>
          Export HTML report
        </button>
        <label class="file">
          Import JSON
          <input
            type="file"
            accept=".json,application/json"
            name="import"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
        <button type="button" class="danger" onClick={() => void remove(selectedShown.map((e) => e.id), 'the selected pages')} disabled={!selectedShown.length}>
          Delete selected ({selectedShown.length})
        </button>
        <button type="button" class="danger" onClick={() => void remove(shown.map((e) => e.id), 'every page shown')} disabled={!shown.length}>
          Delete all shown ({shown.length})
        </button>
      </section>

      <section aria-labelledby="sum-h">
        <h2 id="sum-h">By site</h2>
        <FamilyChart sites={summary} />
        <table class="summary" data-testid="site-summary">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Pages</th>
              <th scope="col">With findings</th>
              <th scope="col">Findings</th>
              <th scope="col">High</th>
              <th scope="col">Medium</th>
              <th scope="col">Info</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((s) => (
              <tr key={s.site}>
                <th scope="row">{s.site}</th>
                <td>{s.pages}</td>
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

      <section aria-labelledby="pages-h">
        <h2 id="pages-h">Pages</h2>
        {loaded && shown.length === 0 && <p class="muted">{log.entries.length ? 'No page matches these filters.' : 'The log is empty. Turn on research mode in the options and browse.'}</p>}
        <ul class="entries" data-testid="entries">
          {shown.map((e) => (
            <EntryItem key={e.id} entry={e} checked={selected.has(e.id)} onToggle={() => toggle(e.id)} />
          ))}
        </ul>
      </section>
    </main>
  );
}

function EntryItem({ entry: e, checked, onToggle }: { entry: LogEntry; checked: boolean; onToggle: () => void }) {
  const label = e.title || e.url;
  return (
    <li class="entry" data-entry-id={e.id}>
      <div class="entry-head">
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={`Select ${label}`} />
        <div>
          <a href={/^https?:/i.test(e.url) ? e.url : undefined} target="_blank" rel="noreferrer noopener" class="entry-title">
            {label}
          </a>
          <div class="muted small">
            {e.site} · {e.capturedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} · {e.findings.length} {e.findings.length === 1 ? 'finding' : 'findings'} · page text SHA-256{' '}
            <code title={e.textHash}>{e.textHash.slice(0, 12)}…</code>
          </div>
        </div>
      </div>
      {e.findings.length > 0 && (
        <details>
          <summary>Findings</summary>
          <ol class="findings">
            {e.findings.map((f, i) => (
              <li key={i} class={`sev-${f.severity}`}>
                <q>
                  <span class="ctx">…{f.prefix}</span>
                  <mark>{f.quote}</mark>
                  <span class="ctx">{f.suffix}…</span>
                </q>
                <div class="small">
                  {f.family} · {f.rule} · {f.context} · {f.severity}
                  {f.cue ? ` · cue: ${f.cue}` : ''} ·{' '}
                  <a href={/^https?:/i.test(f.fragmentLink) ? f.fragmentLink : undefined} target="_blank" rel="noreferrer noopener">
                    open at quote
                  </a>
                </div>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
