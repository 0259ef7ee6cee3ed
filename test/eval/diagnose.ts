// Where the candidates stand before any judgement: per family and language, how many gold findings have a
// candidate at all (the ceiling of recall) and how many candidates have no gold finding.
import { hasCorpus, readPages } from '../../src/train/corpus';
import { allExamples } from '../../src/train/cv';
import { loadModel } from '../../src/train/load-model';

if (!hasCorpus()) { console.log('diagnose skipped: no ../shared/corpus'); process.exit(0); }
const pages = readPages();
const ex = allExamples(loadModel(null), pages);
const byKey = new Map<string, { gold: number; covered: number; promo: number; promoCovered: number; cands: number; extra: number }>();
const get = (k: string) => byKey.get(k) ?? (byKey.set(k, { gold: 0, covered: 0, promo: 0, promoCovered: 0, cands: 0, extra: 0 }), byKey.get(k)!);
const missed: string[] = [];
for (const p of pages) {
  const es = ex.get(p) ?? [];
  for (const l of p.lines) {
    for (const g of l.findings) {
      const gs = l.text.indexOf(g.span);
      const hit = es.some((e) => e.line === l && e.family === g.family && e.start < gs + g.span.length && gs < e.end);
      for (const k of [`fam ${g.family}`, `lang ${p.lang}`, 'all']) {
        const c = get(k);
        c.gold++; if (hit) c.covered++;
        if (g.context === 'promotional') { c.promo++; if (hit) c.promoCovered++; }
      }
      if (!hit && process.env.SHOW) missed.push(`${p.lang} ${g.family}/${g.context}: ${g.span}   <<${l.text.slice(0, 160)}>>`);
    }
  }
  for (const e of es) for (const k of [`fam ${e.family}`, `lang ${p.lang}`, 'all']) { const c = get(k); c.cands++; if (!e.gold) c.extra++; }
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-').padStart(5);
console.log(`${'slice'.padEnd(30)} gold covered  promo covered   candidates  without gold`);
for (const [k, c] of [...byKey].sort()) console.log(`${k.padEnd(30)} ${String(c.gold).padStart(4)} ${pct(c.covered, c.gold)}   ${String(c.promo).padStart(4)} ${pct(c.promoCovered, c.promo)}     ${String(c.cands).padStart(5)}  ${pct(c.extra, c.cands)}`);
if (process.env.SHOW) for (const m of missed.filter((m) => m.startsWith(process.env.SHOW!) || process.env.SHOW === 'all')) console.log(m);
