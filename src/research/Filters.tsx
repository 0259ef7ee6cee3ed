// The research page's filter bar. One <select> component for the four choice filters.
import type { ComponentChildren } from 'preact';
import { FAMILIES, SEVERITIES, type Family, type Severity } from '../engine/types';
import { t } from '../shared/i18n';
import { EMPTY_FILTER, NO_CASE, type Filter } from './filter';
import { familyTitle, severityLabel } from './labels';

function Choice({ label, name, value, onChange, children }: { label: string; name: string; value: string; onChange: (v: string) => void; children: ComponentChildren }) {
  return (
    <label>
      {label}
      <select value={value} name={name} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </label>
  );
}

export function Filters({ filter, onChange, sites, cases }: { filter: Filter; onChange: (f: Filter) => void; sites: string[]; cases: string[] }) {
  const set = <K extends keyof Filter>(k: K, v: Filter[K]) => onChange({ ...filter, [k]: v });
  return (
    <section aria-label={t('research_filters')} class="filters">
      <Choice label={t('research_filter_site')} name="site" value={filter.site} onChange={(v) => set('site', v)}>
        <option value="">{t('research_all_sites')}</option>
        {sites.map((s) => (
          <option key={s} value={s}>
            {s || t('research_no_site')}
          </option>
        ))}
      </Choice>
      <Choice label={t('research_filter_case')} name="case" value={filter.caseTag} onChange={(v) => set('caseTag', v)}>
        <option value="">{t('research_all_cases')}</option>
        <option value={NO_CASE}>{t('research_no_case')}</option>
        {cases.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Choice>
      <Choice label={t('research_filter_family')} name="family" value={filter.family} onChange={(v) => set('family', v as Family | '')}>
        <option value="">{t('research_all_families')}</option>
        {FAMILIES.map((f) => (
          <option key={f} value={f}>
            {familyTitle(f)}
          </option>
        ))}
      </Choice>
      <Choice label={t('research_filter_severity')} name="severity" value={filter.severity} onChange={(v) => set('severity', v as Severity | '')}>
        <option value="">{t('research_any_severity')}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {severityLabel(s)}
          </option>
        ))}
      </Choice>
      <label>
        {t('research_filter_from')}
        <input type="date" name="from" value={filter.from} onInput={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        {t('research_filter_to')}
        <input type="date" name="to" value={filter.to} onInput={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label class="grow">
        {t('research_filter_query')}
        <input type="search" name="query" value={filter.query} onInput={(e) => set('query', e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" name="shown-only" checked={filter.shownOnly} onChange={(e) => set('shownOnly', e.currentTarget.checked)} />
        {t('research_shown_only')}
      </label>
      <button type="button" onClick={() => onChange(EMPTY_FILTER)}>
        {t('research_clear_filters')}
      </button>
    </section>
  );
}
