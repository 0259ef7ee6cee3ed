// One log entry: the page, its text hash and visit, the journalist's note and case, and its findings.
import { useEffect, useState } from 'preact/hooks';
import type { LogEntry } from '../evidence/entry';
import { MAX_CASE, MAX_NOTE } from '../evidence/validate';
import { t } from '../shared/i18n';
import { contextLabel, familyTitle, severityLabel, strictnessLabel } from './labels';

const when = (iso: string) => iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
const web = (url: string) => (/^https?:/i.test(url) ? url : undefined);

function Annotate({ entry: e, onSave }: { entry: LogEntry; onSave: (note: string, caseTag: string) => Promise<boolean> }) {
  const [note, setNote] = useState(e.note ?? '');
  const [caseTag, setCaseTag] = useState(e.caseTag ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setNote(e.note ?? '');
    setCaseTag(e.caseTag ?? '');
  }, [e.note, e.caseTag]);
  const id = `n-${e.id}`;
  return (
    <details class="annotate">
      <summary>{t(e.note || e.caseTag ? 'research_edit_note' : 'research_add_note')}</summary>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          void onSave(note, caseTag).then(setSaved);
        }}
      >
        <label for={`${id}-case`}>{t('research_case')}</label>
        <input id={`${id}-case`} name="case" list="cases" maxLength={MAX_CASE} value={caseTag} onInput={(ev) => (setCaseTag(ev.currentTarget.value), setSaved(false))} />
        <label for={`${id}-note`}>{t('research_note')}</label>
        <textarea id={`${id}-note`} name="note" rows={3} maxLength={MAX_NOTE} value={note} onInput={(ev) => (setNote(ev.currentTarget.value), setSaved(false))} />
        <button type="submit">{t('research_save_note')}</button>
        {saved && (
          <span role="status" class="muted small">
            {t('research_saved')}
          </span>
        )}
      </form>
    </details>
  );
}

export function EntryItem({
  entry: e,
  shown,
  checked,
  onToggle,
  onAnnotate,
}: {
  /** The entry as stored (saved with its note). */
  entry: LogEntry;
  /** The same entry with only the findings the filters keep. */
  shown: LogEntry;
  checked: boolean;
  onToggle: () => void;
  onAnnotate: (e: LogEntry, note: string, caseTag: string) => Promise<boolean>;
}) {
  const label = e.title || e.url;
  const states = e.snapshots && e.snapshots.length > 1 ? e.snapshots : null;
  const n = shown.findings.length;
  return (
    <li class="entry" data-entry-id={e.id}>
      <div class="entry-head">
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={t('research_select', label)} />
        <div>
          <a href={web(e.url)} target="_blank" rel="noreferrer noopener" class="entry-title">
            {label}
          </a>
          {e.caseTag && (
            <span class="case" data-testid="case-tag">
              {e.caseTag}
            </span>
          )}
          <div class="muted small">
            {e.site} · {when(e.capturedAt)} · {n === 1 ? t('research_finding_one') : t('research_findings_n', n)}
            {e.updatedAt && <> · {t('research_grew', when(e.updatedAt))}</>}
          </div>
          <div class="muted small hash">
            {t('research_text_hash')} <code data-testid="text-hash">{e.textHash}</code>
          </div>
          {e.truncated && <div class="muted small">{t('research_truncated')}</div>}
          {e.note && (
            <p class="note" data-testid="note">
              {e.note}
            </p>
          )}
        </div>
      </div>
      <Annotate entry={e} onSave={(note, caseTag) => onAnnotate(e, note, caseTag)} />
      {states && (
        <details>
          <summary>{t('research_states', states.length)}</summary>
          <ol class="states small" data-testid="states">
            {states.map((s, i) => (
              <li key={i}>
                {when(s.at)}: <code>{s.textHash}</code> · {s.findings === 1 ? t('research_finding_one') : t('research_findings_n', s.findings)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {n > 0 && (
        <details>
          <summary>{t('research_findings')}</summary>
          <ol class="findings">
            {shown.findings.map((f, i) => (
              <li key={i} class={`sev-${f.severity}`} data-rule={f.rule}>
                <q>
                  <span class="ctx">…{f.prefix}</span>
                  <mark>{f.quote}</mark>
                  <span class="ctx">{f.suffix}…</span>
                </q>
                <div class="small">
                  <strong>{familyTitle(f.family)}</strong> · {f.rule} · {contextLabel(f.context)} · {severityLabel(f.severity)}
                  {f.cue ? <> · {t('research_cue', f.cue)}</> : null}
                  {f.shown !== undefined && (
                    <>
                      {' '}
                      · <span data-testid="seen">{t(f.shown ? 'research_was_shown' : 'research_not_shown', f.strictness ? strictnessLabel(f.strictness) : '?')}</span>
                    </>
                  )}
                  {f.textHash && <> · {t('research_seen_earlier')}</>} ·{' '}
                  <a href={web(f.fragmentLink)} target="_blank" rel="noreferrer noopener">
                    {t('research_open_at_quote')}
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
