import { it } from 'vitest';
import { createEngine } from '/work/main/src/engine/engine';
import { BUNDLED_MODEL } from '/work/main/src/rules/model';
const engine = createEngine(BUNDLED_MODEL);
it('count', () => {
  const rows: string[] = [];
  for (const pack of BUNDLED_MODEL.packs) {
    let nm = 0, shown = 0, m = 0, found = 0, ctx = 0;
    const bad: string[] = [];
    for (const ex of pack.examples) {
      const text = ex.text.replace(/\[\[|\]\]/g, '');
      const blocks = [...(ex.page ?? []), text].map((t) => ({ text: t }));
      const langs = [...new Set(['en', pack.language])]; const r = engine.scanDocument(blocks, { strictness: 'strict', languages: langs });
      const last = r.all.filter((f) => f.block === blocks.length - 1 && f.family === ex.family);
      if (ex.nearMiss) { nm++; const s = r.findings.length && engine.scanDocument(blocks, { strictness: 'standard', languages: langs }).findings.some((f) => f.block === blocks.length - 1 && f.family === ex.family); if (s) { shown++; bad.push('NM ' + text); } }
      else { m++; if (last.length) { found++; if (last.some((f) => f.context === (ex.context ?? 'promotional'))) ctx++; } else bad.push('MISS ' + ex.context + ' ' + ex.text); }
    }
    rows.push(`${pack.language} match ${found}/${m} (ctx ${ctx}) nearmiss shown ${shown}/${nm}`);
    if (pack.language === process.env.SHOWLANG) rows.push(...bad);
  }
  console.log(rows.join('\n'));
});
