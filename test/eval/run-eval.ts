// npm run eval: how well the judgement generalises, measured on ../shared/corpus (dev.jsonl + real.jsonl).
//   1. 5-fold cross-validation grouped by site (no page or site in both training and test data), strict;
//   2. the same predictions by language, by page kind and by family;
//   3. leave-one-language-out (train on every other language, test on that one);
//   4. page level against real-pages.jsonl at standard: a promotional or mixed page is badged, a cautionary
//      or neutral one is quiet;
//   5. labelled as fit, not generalisation: weights trained on everything, scored on the same text.
// No gate: it prints figures. On a clone without ../shared it says it was skipped and exits 0.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../src/engine/engine';
import { hasCorpus, readPages, SHARED } from '../../src/train/corpus';
import { allExamples, crossValidate, foldsOf, packExamples, predictPage, train, type Prediction } from '../../src/train/cv';
import { loadModel } from '../../src/train/load-model';
import { DEFAULT_FIT, type FitOptions } from '../../src/train/fit';
import { OWN_PAGES } from './own-pages';
import { SCORER, score, type Score } from './score';

// Our own written pages first: they need nothing beside this checkout.
{
  const engine = createEngine(loadModel());
  let got = 0, n = 0;
  console.log('== our own pages (test/eval/own-pages.ts; written by us, never trained on), bundled weights, strict');
  for (const p of OWN_PAGES) {
    const all = engine.scanDocument(p.lines.map((text) => ({ text })), { strictness: 'strict', jurisdiction: 'uk' }).all;
    const missed: string[] = [];
    for (const [line, family, context, quote] of p.expected) {
      const at = p.lines[line]!.indexOf(quote);
      const f = all.find((x) => x.block === line && x.family === family && x.start < at + quote.length && at < x.end);
      if (f && [context].flat().includes(f.context)) got++;
      else missed.push(`    line ${line} ${family} ${[context].flat().join('|')} "${quote}": ${f ? `got ${f.context}` : 'no finding'}`);
      n++;
    }
    console.log(`  ${String(p.expected.length - missed.length).padStart(2)}/${p.expected.length}  ${p.name}`);
    for (const m of missed) console.log(m);
  }
  console.log(`  ${got} of ${n} expected findings with the expected context (${((100 * got) / n).toFixed(1)}%)\n`);
}

if (!hasCorpus() || !existsSync(SCORER)) {
  console.log(`corpus eval SKIPPED: ${path.join(SHARED, 'corpus')} is not beside this checkout (the corpus is not ours to ship); only our own pages were measured`);
  process.exit(0);
}

const model = loadModel(null);
const pages = readPages().filter((p) => !process.env.EVAL_LANG || process.env.EVAL_LANG.split(',').includes(p.lang));
const examples = allExamples(model, pages);
// The packs' own examples are in every training set and no test set.
const extra = packExamples(model);



const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
const row = (label: string, s: Score) =>
  `${label.padEnd(24)} ${String(s.n).padStart(5)}  ${pct(s.warnings.f1)}  ${pct(s.warnings.precision)}  ${pct(s.warnings.recall)}  ${pct(s.contextAccuracy)}  ${pct(s.falseAlarmRate)}  ${pct(s.detection.f1)}`;
const header = `${'slice'.padEnd(24)} ${'sent.'.padStart(5)}  warn F1  warn P   warn R   context  f.alarm  detect F1`;

// Exploration knobs (EVAL_L2=… EVAL_NONE=… EVAL_DROP=… EVAL_EPOCHS=… EVAL_PROMO=…|none EVAL_ALT=…), and EVAL_QUICK=1 to stop after the CV tables.
const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
const envOrNull = (k: string, d: number | null) => (process.env[k] === 'none' ? null : process.env[k] ? Number(process.env[k]) : d);
const o: FitOptions = { ...DEFAULT_FIT, l2: env('EVAL_L2', DEFAULT_FIT.l2), noneWeight: env('EVAL_NONE', DEFAULT_FIT.noneWeight), dropAt: env('EVAL_DROP', DEFAULT_FIT.dropAt), epochs: env('EVAL_EPOCHS', DEFAULT_FIT.epochs), promoAt: envOrNull('EVAL_PROMO', DEFAULT_FIT.promoAt), altAt: envOrNull('EVAL_ALT', DEFAULT_FIT.altAt) };
const t0 = Date.now();
const folds = foldsOf(pages, 5);
const cv = crossValidate(model, examples, folds, o, extra);
const preds = new Map<string, Prediction>();
for (const [, r] of cv) for (const l of r.strict) preds.set(l.id, l);

console.log('== 5-fold cross-validation grouped by site (dev + real), strict, held-out predictions');
console.log(header);
const all = score('cv-all', pages, preds);
console.log(row('all', all));
console.log(row('real.jsonl', score('cv-real', pages.filter((p) => p.set === 'real'), preds)));
console.log(row('dev.jsonl', score('cv-dev', pages.filter((p) => p.set === 'dev'), preds)));

console.log('\n== by language (same held-out predictions)');
console.log(header);
const langs = [...new Set(pages.map((p) => p.lang))].sort((a, b) => count(b) - count(a));
function count(l: string) { return pages.filter((p) => p.lang === l).reduce((a, p) => a + p.lines.length, 0); }
for (const l of langs) console.log(row(l, score(`cv-lang-${l}`, pages.filter((p) => p.lang === l), preds)));

console.log('\n== by page kind');
console.log(header);
for (const k of [...new Set(pages.map((p) => p.kind))].sort()) console.log(row(k, score(`cv-kind-${k}`, pages.filter((p) => p.kind === k), preds)));

console.log('\n== by family (cross-validated detection)');
console.log(`${'family'.padEnd(24)}    tp    fp    fn  precision  recall`);
for (const [f, c] of Object.entries(all.perFamily)) console.log(`${f.padEnd(24)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}   ${pct(c.precision)}  ${pct(c.recall)}`);

console.log('\n== page level (real-pages.jsonl), standard strictness, held-out');
const stanced = pages.filter((p) => p.stance);
let right = 0;
const wrong: string[] = [];
for (const p of stanced) {
  const badged = cv.get(p)!.standard.length > 0;
  const want = p.stance === 'promotional' || p.stance === 'mixed';
  if (badged === want) right++;
  else wrong.push(`  ${want ? 'missed' : 'false badge'}  ${p.stance!.padEnd(11)} ${p.lang} ${p.kind.padEnd(8)} ${p.doc.slice(0, 90)}`);
}
console.log(`${right} of ${stanced.length} pages right (${pct(right / stanced.length)})`);
for (const w of wrong) console.log(w);

if (process.env.EVAL_QUICK) { console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`); process.exit(0); }
console.log('\n== leave-one-language-out (train on the other languages; languages with >= 30 sentences)');
console.log(header);
for (const l of langs.filter((x) => count(x) >= 30)) {
  const test = pages.filter((p) => p.lang === l);
  const weights = train(model, examples, pages.filter((p) => p.lang !== l), `lolo ${l}`, o, extra.filter((e) => e.page.lang !== l));
  const engine = createEngine({ ...model, weights });
  const lp = new Map<string, Prediction>();
  for (const p of test) for (const x of predictPage(engine, p).lines) lp.set(x.id, x);
  console.log(row(l, score(`lolo-${l}`, test, lp)));
}

console.log('\n== FIT, not generalisation: trained on all of dev + real, scored on the same text');
console.log(header);
const fitWeights = train(model, examples, pages, 'all', o, extra);
const fitEngine = createEngine({ ...model, weights: fitWeights });
const fp = new Map<string, Prediction>();
for (const p of pages) for (const x of predictPage(fitEngine, p).lines) fp.set(x.id, x);
const fitDev = score('fit-dev', pages.filter((p) => p.set === 'dev'), fp);
console.log(row('dev.jsonl (fit)', fitDev));
console.log(row('real.jsonl (fit)', score('fit-real', pages.filter((p) => p.set === 'real'), fp)));
const cvDev = score('cv-dev2', pages.filter((p) => p.set === 'dev'), preds);
if (fitDev.warnings.f1 - cvDev.warnings.f1 > 0.15) console.log(`  NOTE: dev fit is ${pct(fitDev.warnings.f1 - cvDev.warnings.f1)} above its cross-validated score: the model fits text it has seen`);

console.log(`\nbaseline, every candidate a promotional warning (keyword highlighter over the same lexicons):`);
const kw = createEngine({ ...model, weights: null });
const kp = new Map<string, Prediction>();
for (const p of pages) for (const x of predictPage(kw, p).lines) kp.set(x.id, { ...x, findings: x.findings.map((f) => ({ ...f, context: 'promotional' })) });
console.log(header);
console.log(row('keywords', score('kw-all', pages, kp)));
console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
