// npm run train: learns the judgement's weights from every labelled page in ../shared/corpus (dev + real)
// and writes src/rules/weights.json. Deterministic: the same corpus and packs give the same file byte for
// byte (fixed page order, full-batch training from zero weights, rounded weights). How well these weights
// generalise is `npm run eval`'s question (site-grouped cross-validation), not this command's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasCorpus, readPages, SHARED } from './corpus';
import { allExamples, packExamples, PACK_EXAMPLE_WEIGHT, train } from './cv';
import { DEFAULT_FIT } from './fit';
import { loadModel } from './load-model';

if (!hasCorpus()) {
  console.log(`train skipped: ${path.join(SHARED, 'corpus')} is not beside this checkout; src/rules/weights.json is unchanged`);
  process.exit(0);
}
const t0 = Date.now();
const model = loadModel(null);
const pages = readPages().sort((a, b) => (a.doc < b.doc ? -1 : 1));
const examples = allExamples(model, pages);
const n = [...examples.values()].reduce((a, e) => a + e.length, 0);
const label = `dev.jsonl + real.jsonl: ${pages.length} pages, ${pages.reduce((a, p) => a + p.lines.length, 0)} sentences, ${n} candidates; l2 ${DEFAULT_FIT.l2}, ${DEFAULT_FIT.epochs} epochs`;
const extra = packExamples(model);
const weights = train(model, examples, pages, `${label}; + ${extra.length} candidates of the packs' examples at weight ${PACK_EXAMPLE_WEIGHT}`, DEFAULT_FIT, extra);
// Weights with no effect on any class are left out: the file is shipped in the extension.
const keep = weights.features.map((_, i) => weights.weights.some((w) => w[i] !== 0));
const out = {
  ...weights,
  features: weights.features.filter((_, i) => keep[i]),
  weights: weights.weights.map((w) => w.filter((_, i) => keep[i])),
};
const file = path.resolve(import.meta.dirname, '..', 'rules', 'weights.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`wrote ${path.relative(process.cwd(), file)}: ${out.features.length} features x ${out.classes.length} classes (${label}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
