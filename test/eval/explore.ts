// Exploration, not a report: labelled candidates computed once, then each variant of the fit options
// (VARIANTS='[{"l2":0.001},{"dropAt":0.7}]') cross-validated by site and scored by the shared scorer.
// Predictions come straight from the judged candidates (no post-processing), so figures differ slightly
// from `npm run eval`, which runs the whole engine.
import { makeJudge } from '../../src/engine/judge';
import { hasCorpus, readPages } from '../../src/train/corpus';
import { allExamples, foldsOf, packExamples, train, type Prediction } from '../../src/train/cv';
import { DEFAULT_FIT, type FitOptions } from '../../src/train/fit';
import { loadModel } from '../../src/train/load-model';
import { score } from './score';

if (!hasCorpus()) { console.log('explore skipped: no ../shared/corpus'); process.exit(0); }
const model = loadModel(null);
const pages = readPages().filter((p) => !process.env.EVAL_LANG || process.env.EVAL_LANG.split(',').includes(p.lang));
let t = Date.now();
const examples = allExamples(model, pages);
// DROP='page.,section.' removes features by name prefix (before the "|kind" suffix), to measure what a group is worth.
const drop = (process.env.DROP ?? '').split(',').filter(Boolean);
if (drop.length) for (const list of examples.values()) for (const e of list) for (const k of [...e.judged.features.keys()]) if (drop.some((d) => k.startsWith(d))) e.judged.features.delete(k);
// Pack examples: always in training, never scored (PACK_WEIGHT=… overrides their row weight).
const extra = packExamples(model).map((e) => (process.env.PACK_WEIGHT ? { ...e, weight: Number(process.env.PACK_WEIGHT) } : e));
console.log(`candidates: ${[...examples.values()].reduce((a, e) => a + e.length, 0)} in ${Date.now() - t} ms`);
const folds = foldsOf(pages, 5);
const variants: Array<Partial<FitOptions>> = JSON.parse(process.env.VARIANTS ?? '[{}]');
for (const v of variants) {
  const o = { ...DEFAULT_FIT, ...v };
  t = Date.now();
  const preds = new Map<string, Prediction>();
  folds.forEach((test, i) => {
    const w = train(model, examples, folds.filter((_, j) => j !== i).flat(), `fold ${i}`, o, extra);
    const judge = makeJudge(w);
    for (const p of test) for (const e of examples.get(p) ?? []) {
      const r = judge.judge(e.judged, '');
      if (!r.keep) continue;
      const pr = preds.get(e.line.id) ?? { id: e.line.id, findings: [] };
      pr.findings.push({ family: e.family, context: r.context, start: e.start, end: e.end });
      preds.set(e.line.id, pr);
    }
  });
  const s = score('explore', pages, preds);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${JSON.stringify(v).padEnd(40)} warnF1 ${pct(s.warnings.f1)} P ${pct(s.warnings.precision)} R ${pct(s.warnings.recall)} ctx ${pct(s.contextAccuracy)} fa ${pct(s.falseAlarmRate)} det ${pct(s.detection.f1)} (${Date.now() - t} ms)`);
}


