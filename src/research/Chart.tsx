// Findings by family per site as inline SVG bars (Preact elements, no chart library). The summary table
// beside it carries the same numbers for screen readers; each segment also has a <title> tooltip.
import { FAMILIES, type Family } from '../engine/types';
import type { SiteSummary } from '../evidence/summary';

// Eleven distinguishable colours (Tableau-like), each dark enough for white-on-colour legend swatches.
const COLORS: Record<Family, string> = {
  injectable: '#c0392b',
  'human-source': '#8e44ad',
  'approval-claim': '#2471a3',
  'legality-claim': '#117a65',
  'safety-claim': '#b9770e',
  'medical-claim': '#6e2c00',
  'efficacy-claim': '#1f618d',
  'compromised-skin': '#a93226',
  'unverified-product': '#5d6d7e',
  'plant-or-animal-source': '#1e8449',
  autologous: '#7d3c98',
};

const ROW = 22;
const LABEL = 180;
const WIDTH = 640;

export function FamilyChart({ sites }: { sites: SiteSummary[] }) {
  const shown = sites.filter((s) => s.findings > 0).slice(0, 15);
  if (shown.length === 0) return <p class="muted">No findings to chart.</p>;
  const max = Math.max(...shown.map((s) => s.findings));
  const used = FAMILIES.filter((f) => shown.some((s) => s.family[f]));
  const barW = WIDTH - LABEL - 50;
  const height = shown.length * ROW + 8;
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-label={`Findings by family for the ${shown.length} sites with most findings`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
        data-testid="family-chart"
      >
        {shown.map((s, i) => {
          let x = LABEL;
          const y = i * ROW + 4;
          return (
            <g key={s.site} data-site={s.site}>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
                {s.site.length > 26 ? `${s.site.slice(0, 25)}…` : s.site}
              </text>
              {used.map((f) => {
                const n = s.family[f] ?? 0;
                if (!n) return null;
                const w = (n / max) * barW;
                const rect = (
                  <rect key={f} x={x} y={y} width={Math.max(w, 1)} height={ROW - 6} fill={COLORS[f]} data-family={f} data-count={n}>
                    <title>{`${s.site}: ${n} ${f}`}</title>
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
        <ul class="legend">
          {used.map((f) => (
            <li key={f}>
              <span class="swatch" style={{ background: COLORS[f] }} aria-hidden="true" />
              {f}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
