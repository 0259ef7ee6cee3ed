import { CONTEXTS, type Context } from '../engine/types';
import type { ModelWeights } from '../engine/model';
import type { Example } from './dataset';
import { trainSoftmax, type Row } from './logreg';

// From labelled candidates to the weights the engine reads. A feature must occur on at least two sites of
// the training data to get a weight: what only one site says cannot be learned as a general rule.

export interface FitOptions {
  l2: number;
  epochs: number;
  rate: number;
  minSites: number;
  dropAt: number;
  /** Weight of a 'none' row relative to a finding's (below 1 favours recall). */
  noneWeight: number;
  /** The promotional bar and the fallback's (ModelWeights.promoAt, altAt); null: argmax only. */
  promoAt: number | null;
  altAt: number | null;
}

// promoAt/altAt chosen by site-grouped CV (strict, dev + real): argmax only 48.1% warnings F1 with 13.0% false
// alarms; promoAt 0.3: 48.0%, 10.2%; 0.35: 48.0%, 6.9% (context 71.0%); 0.4: 46.4%, 5.0%. altAt moves only
// the non-warning contexts (0.05: context 67.4%, detection 65.8%; 0.25: 71.3%, 62.8%).
export const DEFAULT_FIT: FitOptions = { l2: 1e-3, epochs: 600, rate: 0.05, minSites: 2, dropAt: 0.65, noneWeight: 1, promoAt: 0.35, altAt: 0.15 };

export function fit(examples: Example[], trainedOn: string, o: FitOptions = DEFAULT_FIT): ModelWeights {
  const sites = new Map<string, Set<string>>();
  for (const e of examples) for (const name of e.judged.features.keys()) {
    let s = sites.get(name);
    if (!s) sites.set(name, (s = new Set()));
    s.add(e.page.site);
  }
  const features = [...sites].filter(([, s]) => s.size >= o.minSites).map(([n]) => n).sort();
  const index = new Map(features.map((n, i) => [n, i]));
  const classes: Array<'none' | Context> = ['none', ...CONTEXTS];
  const rows: Row[] = examples.map((e) => ({
    x: [...e.judged.features].filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n)!, v] as [number, number]),
    y: classes.indexOf(e.gold ?? 'none'),
    w: (e.weight ?? 1) * (e.gold ? 1 : o.noneWeight),
  }));
  const m = trainSoftmax(rows, features.length, classes.length, { l2: o.l2, epochs: o.epochs, rate: o.rate });
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    trainedOn, features, classes, weights: m.weights.map((w) => w.map(round)), bias: m.bias.map(round), dropAt: o.dropAt,
    ...(o.promoAt != null ? { promoAt: o.promoAt } : {}),
    ...(o.altAt != null ? { altAt: o.altAt } : {}),
  };
}
