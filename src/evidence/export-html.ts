// A report a journalist can attach or archive: one self-contained file, readable offline for years.
// Every string from a page is escaped; there is no script, and the CSP forbids loading anything at all.
// English, like the CSV: one report for every reader, the same from the CLI and the extension.
import { storedFindings, type LogEntry } from './entry';
import { explain } from './explain';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

// Only http(s) links become clickable; a logged "javascript:" or "data:" URL stays plain text.
function link(href: string, label: string): string {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(href).protocol);
  } catch {
    ok = false;
  }
  return ok
    ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(label)}</a>`
    : `<span>${escapeHtml(label)}</span>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:2rem 0 .25rem;overflow-wrap:anywhere}
.meta{color:#555;font-size:.85rem;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
mark{background:#ffe08a}.ctx{color:#555}.note{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:.5rem}.why{color:#333;font-size:.9rem}.sev-high{color:#a00;font-weight:600}.none{color:#555;font-style:italic}`;

export function toHtml(entries: readonly LogEntry[], exportedBy: string, now = new Date()): string {
  const findings = storedFindings(entries);
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>ExoCheck research log (${entries.length} pages, ${findings} findings)</title>`,
    `<style>${STYLE}</style></head><body>`,
    '<h1>ExoCheck research log</h1>',
    `<p class="meta" id="counts">${entries.length} pages, ${findings} findings. Exported ${escapeHtml(now.toISOString())} by ${escapeHtml(exportedBy)}.</p>`,
  );
  for (const e of entries) {
    const states = e.snapshots && e.snapshots.length > 1 ? e.snapshots : null;
    out.push(
      '<section>',
      `<h2>${escapeHtml(e.title || e.url)}</h2>`,
      `<p class="meta">${link(e.url, e.url)}<br>Captured ${escapeHtml(e.capturedAt)}${e.updatedAt ? `, last grew ${escapeHtml(e.updatedAt)}` : ''} · jurisdiction ${escapeHtml(e.jurisdiction)} · ExoCheck ${escapeHtml(e.extensionVersion)}, rules ${escapeHtml(e.rulesVersion)}${e.caseTag ? ` · case <strong>${escapeHtml(e.caseTag)}</strong>` : ''}<br>SHA-256 of page text: <code>${escapeHtml(e.textHash)}</code>${e.truncated ? '<br>The page had more findings than one capture holds; the first ones are logged.' : ''}</p>`,
    );
    if (e.note) out.push(`<p class="note">${escapeHtml(e.note)}</p>`);
    if (states)
      out.push(
        `<details><summary>${states.length} states of the page text seen in this visit</summary><ol class="meta">${states.map((st) => `<li>${escapeHtml(st.at)}: <code>${escapeHtml(st.textHash)}</code>, ${st.findings} findings</li>`).join('')}</ol></details>`,
      );
    if (e.findings.length === 0) {
      out.push('<p class="none">No findings on this page.</p>', '</section>');
      continue;
    }
    out.push('<table><thead><tr><th>#</th><th>Quote in context</th><th>What it means</th><th>Rule</th><th>Context</th><th>Severity</th><th>Reader saw it</th></tr></thead><tbody>');
    e.findings.forEach((f, i) => {
      const x = explain(f.rule, f.family, e.jurisdiction);
      const seen = f.shown === undefined ? '' : `${f.shown ? 'shown' : 'not shown'}${f.strictness ? ` (${escapeHtml(f.strictness)})` : ''}`;
      out.push(
        `<tr><td>${i + 1}</td><td><span class="ctx">…${escapeHtml(f.prefix)}</span><mark>${escapeHtml(f.quote)}</mark><span class="ctx">${escapeHtml(f.suffix)}…</span><br>${link(f.fragmentLink, 'open at quote')}${f.cue ? ` · cue: ${escapeHtml(f.cue)}` : ''}${f.textHash ? `<br><span class="ctx">seen earlier in the visit, in the text with SHA-256 <code>${escapeHtml(f.textHash)}</code></span>` : ''}</td>` +
          `<td><strong>${escapeHtml(x.familyTitle)}</strong>: ${escapeHtml(x.message)}${x.legalStatus ? `<br><span class="why">${escapeHtml(x.legalStatus)}</span>` : ''}${x.legalNote ? `<br><span class="why">${escapeHtml(x.legalNote)}</span>` : ''}</td>` +
          `<td>${escapeHtml(f.rule)}</td><td>${escapeHtml(f.context)}</td><td class="sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</td><td>${seen}</td></tr>`,
      );
    });
    out.push('</tbody></table></section>');
  }
  out.push('</body></html>\n');
  return out.join('\n');
}
