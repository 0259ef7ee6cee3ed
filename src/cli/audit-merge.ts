// `exocheck audit --merge A.jsonl B.jsonl ...`: the reduce step after N `--shard` runs. Reads the JSONL
// reports line by line (never whole), checks each entry as the research import does, keeps each page once
// (by entry id), and writes one report in any format plus the per-site summary, without rescanning.
import { createReadStream } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { summarise } from '../evidence/summary';
import { validateEntry } from '../evidence/validate';
import type { AuditOptions } from './audit-args';
import type { ReportWriter } from './audit-output';
import type { SummaryTable } from './audit-report';
import { entryText } from './audit-scan';

/** The summary row of an entry without a site: a local file's folder, as the audit that wrote it used. */
function rowOf(url: string, site: string): string {
  if (site) return site;
  try {
    return url.startsWith('file:') ? `${dirname(fileURLToPath(url))}/` : url;
  } catch {
    return url;
  }
}

export async function mergeReports(o: AuditOptions, writer: ReportWriter, summary: SummaryTable, say: (s: string) => void): Promise<{ pages: number; findings: number; failed: number }> {
  const seen = new Set<string>();
  let pages = 0;
  let findings = 0;
  let failed = 0;
  let duplicates = 0;
  for (const path of o.paths) {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch (e) {
          failed++;
          say(`${path}:${n}: not JSON (${(e as Error).message}); line skipped`);
          continue;
        }
        const check = validateEntry(raw, `${path}:${n}`);
        if (!check.ok) {
          failed++;
          say(`${check.errors[0]}; line skipped`);
          continue;
        }
        const entry = check.value;
        if (seen.has(entry.id)) {
          duplicates++;
          continue;
        }
        seen.add(entry.id);
        const counts = summarise([{ ...entry, site: rowOf(entry.url, entry.site) }])[0]!;
        summary.add(counts);
        writer.put(pages++, entryText(entry, o.format), counts.findings);
        findings += counts.findings;
      }
    } catch (e) {
      failed++;
      say(`${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (duplicates) say(`${duplicates} pages appeared in more than one report and were kept once (overlapping runs?)`);
  return { pages, findings, failed };
}
