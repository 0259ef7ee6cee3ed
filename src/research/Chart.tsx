// Findings by family per site as inline SVG bars (Preact elements, no chart library). The summary table
// beside it carries the same numbers for screen readers; each segment also has a <title> tooltip.
import { FAMILIES, type Family } from '../engine/types';
import type { SiteSummary } from '../evidence/summary';
import { t } from '../shared/i18n';
import { familyTitle, siteName } from './labels';
import { familyVar, paletteCss } from './palette';

const ROW = 22;
const LABEL = 180;
const WIDTH = 640;

const CSS = paletteCss();
const colorOf = (f: Family) => `var(${familyVar(f)})`;

export function FamilyChart({ sites }: { sites: SiteSummary[] }) {
  const shown = sites.filter((s) => s.findings > 0).slice(0, 15);
  if (shown.length === 0) return <p class="muted">{t('research_chart_empty')}</p>;
  const max = Math.max(...shown.map((s) => s.findings));
  const used = FAMILIES.filter((f) => shown.some((s) => s.family[f]));
  const barW = WIDTH - LABEL - 50;
  const height = shown.length * ROW + 8;
  return (
    <figure class="chart">
      <style>{CSS}</style>
      <svg role="img" aria-label={t('research_chart_label', shown.length)} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: `${WIDTH}px` }} data-testid="family-chart">
        {shown.map((s, i) => {
          let x = LABEL;
          const y = i * ROW + 4;
          const name = siteName(s.site);
          return (
            <g key={s.site} data-site={s.site}>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
                {name.length > 26 ? `${name.slice(0, 25)}…` : name}
              </text>
              {used.map((f) => {
                const n = s.family[f] ?? 0;
                if (!n) return null;
                const w = (n / max) * barW;
                const rect = (
                  <rect key={f} x={x} y={y} width={Math.max(w, 1)} height={ROW - 6} style={{ fill: colorOf(f) }} data-family={f} data-count={n}>
                    <title>{t('research_chart_bar', [name, n, familyTitle(f)])}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + ROW / 2 + 4} class="chart-label">
                {s.findings}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend" data-testid="chart-legend">
          {used.map((f) => (
            <li key={f} data-family={f}>
              <span class="swatch" style={{ background: colorOf(f) }} aria-hidden="true" />
              {familyTitle(f)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
