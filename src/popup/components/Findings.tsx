import { useState } from 'preact/hooks';
import { FAMILIES, SEVERITIES, type Family, type Jurisdiction } from '../../engine/types';
import type { TabFinding } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { hasOwnQuotes } from '../../shared/report-text';
import { familyTitle, ruleLabel } from '../../shared/ui/rule-label';
import { ReportPanel } from './ReportPanel';

const sevRank = (s: TabFinding['severity']) => SEVERITIES.indexOf(s);

/** Findings grouped by family, most serious group first. */
export function groupByFamily(findings: readonly TabFinding[]): [Family, TabFinding[]][] {
  const groups = new Map<Family, TabFinding[]>();
  for (const f of findings) groups.set(f.family, [...(groups.get(f.family) ?? []), f]);
  const worst = (list: TabFinding[]) => Math.min(...list.map((f) => sevRank(f.severity)));
  return [...groups].sort((a, b) => worst(a[1]) - worst(b[1]) || FAMILIES.indexOf(a[0]) - FAMILIES.indexOf(b[0]));
}

/** The excerpt with the matched words marked; plain text nodes only. Our quote marks only where the page has none. */
function Quote({ f }: { f: TabFinding }) {
  const text = f.excerpt || f.text;
  const cls = hasOwnQuotes(text) ? 'own-quotes' : undefined;
  const at = f.excerpt.indexOf(f.text);
  if (at < 0 || !f.text) return <q class={cls}>{text}</q>;
  return (
    <q class={cls}>
      {f.excerpt.slice(0, at)}
      <mark>{f.text}</mark>
      {f.excerpt.slice(at + f.text.length)}
    </q>
  );
}

/** "Report…": the panel is built when first opened (a page can have hundreds of findings). */
function Report({ f, pageUrl, jurisdiction }: { f: TabFinding; pageUrl: string; jurisdiction: Jurisdiction }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="report" data-testid="report" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t('report_open')}
        <span class="sr-only"> ({f.text})</span>
      </summary>
      {open && <ReportPanel finding={f} pageUrl={pageUrl} jurisdiction={jurisdiction} />}
    </details>
  );
}

interface Props {
  findings: readonly TabFinding[];
  pageUrl: string;
  jurisdiction: Jurisdiction;
  onReveal: (index: number) => void;
  onMute: (rule: string) => void;
}

export function FindingsList({ findings, pageUrl, jurisdiction, onReveal, onMute }: Props) {
  return (
    <section aria-labelledby="findings-h">
      <h2 id="findings-h">{t('findings_heading')}</h2>
      {groupByFamily(findings).map(([family, list]) => (
        <div class="family" key={family}>
          <h3>
            {familyTitle(family)} <span class="n">({list.length})</span>
          </h3>
          <ul class="findings">
            {list.map((f) => (
              <li key={f.index} class={`finding sev-${f.severity}`} data-testid="finding" data-rule={f.rule}>
                <button type="button" class="quote" onClick={() => onReveal(f.index)} title={t('finding_show')}>
                  <span class="sr-only">{t('finding_show')}: </span>
                  <Quote f={f} />
                </button>
                <div class="meta">
                  <span class={`pill sev-${f.severity}`}>{t(`severity_${f.severity}`)}</span>
                  <span class="ctx">{t(`context_${f.context}`)}</span>
                  <button type="button" class="link mute" onClick={() => onMute(f.rule)}>
                    {t('finding_mute')}
                    <span class="sr-only"> ({ruleLabel(f.rule)})</span>
                  </button>
                </div>
                <Report f={f} pageUrl={pageUrl} jurisdiction={jurisdiction} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
