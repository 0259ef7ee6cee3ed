// Cross-validated confusion of the candidate judgement (none + five contexts), and the biggest errors with
// the features that drove them: for finding what the features miss, never for fitting single lines.
import { makeJudge } from '../../src/engine/judge';
import { hasCorpus, readPages } from '../../src/train/corpus';
import { allExamples, foldsOf, train } from '../../src/train/cv';
import { DEFAULT_FIT } from '../../src/train/fit';
import { loadModel } from '../../src/train/load-model';

if (!hasCorpus()) { console.log('skipped: no ../shared/corpus'); process.exit(0); }
const model = loadModel(null);
const pages = readPages();
const ex = allExamples(model, pages);
const folds = foldsOf(pages, 5);
const classes = ['none', 'promotional', 'negated', 'cautionary', 'question', 'reported'];
const M = classes.map(() => classes.map(() => 0));
const errors: string[] = [];
folds.forEach((test, i) => {
  const w = train(model, ex, folds.filter((_, j) => j !== i).flat(), 'x', DEFAULT_FIT);
  const judge = makeJudge(w);
  for (const p of test) for (const e of ex.get(p) ?? []) {
    const v = judge.judge(e.judged, e.line.text.slice(e.start, e.end));
    const pred = v.keep ? v.context : 'none';
    const gold = e.gold ?? 'none';
    M[classes.indexOf(gold)]![classes.indexOf(pred)]!++;
    if (pred !== gold && (pred === 'promotional' || gold === 'promotional') && (!process.env.LANG_ONLY || p.lang === process.env.LANG_ONLY))
      errors.push(`${gold.padEnd(11)} -> ${pred.padEnd(11)} ${p.kind.padEnd(7)} ${e.family.padEnd(18)} [${e.line.text.slice(e.start, e.end)}]  ${e.line.text.slice(0, 140)}\n      ${[...e.judged.features.keys()].filter((k) => !k.includes('|') && !k.startsWith('page.') && !k.startsWith('section.') && !k.startsWith('term=') && k !== 'bias' && !k.startsWith('fam=')).join(' ')}`);
  }
});
console.log('gold \\ predicted  ' + classes.map((c) => c.slice(0, 6).padStart(7)).join(''));
classes.forEach((c, i) => console.log(c.padEnd(17) + M[i]!.map((n) => String(n).padStart(7)).join('')));
if (process.env.SHOW) for (const e of errors.slice(0, Number(process.env.SHOW))) console.log(e);
