// Generated research-log pages for the research-* tests: text made to stress CSV/JSON/HTML escaping.
import type { Block, Finding } from '../../src/engine/types';
import { buildEntry, type LogEntry } from '../../src/evidence/entry';

const NASTY = ['plain', 'comma, here', 'a "quoted" word', 'line\nbreak', 'cr\rhere', '=HYPERLINK("http://x")', '+cmd', '@SUM(A1)', '-2+3', 'émoji 🧪', '<b>&amp;</b>'];

export function pageBlocks(i: number, findingsPerPage = 3): Block[] {
  const blocks: Block[] = [{ text: `Clinic ${i}: ${NASTY[i % NASTY.length]}`, kind: 'heading' }];
  for (let k = 0; k < findingsPerPage; k++) {
    blocks.push({ text: `${NASTY[(i + k) % NASTY.length]} We offer exosome injection number ${k} — "${NASTY[(i + k + 3) % NASTY.length]}".` });
  }
  return blocks;
}

/** Findings made here, not by the engine, so these tests do not move when the rules change. */
export function fakeFindings(blocks: readonly Block[]): Finding[] {
  const out: Finding[] = [];
  blocks.forEach((b, block) => {
    for (const m of b.text.matchAll(/exosome injections?/gi)) {
      out.push({ rule: 'injectable.injection', family: 'injectable', context: 'promotional', severity: 'high', block, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  });
  return out;
}

export async function generateEntries(n: number, findingsPerPage = 3): Promise<LogEntry[]> {
  const out: LogEntry[] = [];
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const blocks = pageBlocks(i, findingsPerPage);
    const all = fakeFindings(blocks);
    out.push(
      await buildEntry(
        {
          url: `https://site${i % 37}.example/page/${i}?q=${i % 5 === 0 ? 'a,b&c=-d' : i}`,
          title: `Title ${i} ${NASTY[i % NASTY.length]}`,
          jurisdiction: 'uk',
          extensionVersion: '0.1.0',
          rulesVersion: '2026-11-01',
          capturedAt: new Date(t0 + i * 60_000),
        },
        blocks,
        all,
      ),
    );
  }
  return out;
}
