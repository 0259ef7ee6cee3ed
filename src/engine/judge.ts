import type { Features, Judged } from './features';
import { signalOf } from './features';
import type { ModelWeights } from './model';
import type { Context, Signal } from './types';

// Logistic-regression inference over a candidate's features: one softmax over "not a finding" and the five
// contexts. The weights come from `npm run train`; with none (a model not yet trained) every candidate is
// kept and its context follows the cue precedence NegEx/ConText use (question > negated > cautionary >
// reported > promotional).

export interface Judgement {
  keep: boolean;
  /** 1 - p(none). */
  pKeep: number;
  context: Context;
  /** Probability of the chosen context, given that it is a finding. */
  contextP: number;
  why: Signal[];
}

export interface Judge {
  judge(j: Judged, spanText: string): Judgement;
}

export function makeJudge(weights: ModelWeights | null): Judge {
  if (!weights) return { judge: (j, span) => byPrecedence(j, span) };
  const index = new Map(weights.features.map((n, i) => [n, i]));
  const n = weights.classes.length;
  const none = weights.classes.indexOf('none');
  const promo = weights.classes.indexOf('promotional');
  return {
    judge(j, span) {
      const logits = weights.bias.slice();
      const used: Array<[string, number, number]> = [];
      for (const [name, v] of j.features) {
        const i = index.get(name);
        if (i === undefined) continue;
        for (let k = 0; k < n; k++) logits[k]! += weights.weights[k]![i]! * v;
        used.push([name, i, v]);
      }
      const max = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      const pNone = none >= 0 ? exp[none]! / sum : 0;
      let best = -1;
      let second = -1;
      for (let k = 0; k < n; k++) {
        if (k === none) continue;
        if (best < 0 || exp[k]! > exp[best]!) { second = best; best = k; }
        else if (second < 0 || exp[k]! > exp[second]!) second = k;
      }
      let keep = pNone < weights.dropAt;
      if (weights.promoAt != null && promo >= 0) {
        if (exp[promo]! / sum >= weights.promoAt) { best = promo; keep = true; }
        else if (best === promo) {
          // Not sure enough to warn: the next likeliest reading, if it is likely at all, or nothing.
          keep = second >= 0 && exp[second]! / sum >= (weights.altAt ?? 0);
          best = second;
        }
      }
      const context = weights.classes[best] as Context;
      // "Why": what pushed the chosen context above "not a finding" and the other contexts. Only a kept
      // candidate is shown, and most candidates are dropped: they skip this.
      const contrib = keep
        ? used.map(([name, i, v]) => {
            const others = weights.weights.reduce((a, w, k) => (k === best ? a : a + w[i]!), 0) / Math.max(1, n - 1);
            return [name, (weights.weights[best]![i]! - others) * v] as const;
          })
        : [];
      return { keep, pKeep: 1 - pNone, context, contextP: exp[best]! / (sum - (none >= 0 ? exp[none]! : 0)), why: keep ? signals(contrib, j, span) : [] };
    },
  };
}

function signals(contrib: ReadonlyArray<readonly [string, number]>, j: Judged, span: string): Signal[] {
  const out: Signal[] = [{ kind: 'term', text: span, weight: 1 }];
  const seen = new Set<string>(['term']);
  for (const [name, w] of [...contrib].sort((a, b) => b[1] - a[1])) {
    if (w <= 0.05 || out.length >= 4) break;
    const kind = signalOf(name);
    if (!kind || seen.has(kind)) continue;
    seen.add(kind);
    const cue = j.cues.find((c) => signalOf(`${c.kind}.${c.where}`) === kind);
    out.push({ kind, ...(cue ? { text: cue.hit.text } : {}), weight: Math.round(w * 100) / 100 });
  }
  return out;
}

function byPrecedence(j: Judged, span: string): Judgement {
  const has = (k: string) => j.features.has(k);
  const context: Context = has('question.mark') || has('question.scope')
    ? 'question'
    : has('negation.scope') || has('negation-after.scope') || has('negation.span')
      ? 'negated'
      : has('caution.scope') || has('caution.span')
        ? 'cautionary'
        : has('reported.scope')
          ? 'reported'
          : 'promotional';
  return { keep: true, pKeep: 1, context, contextP: 1, why: [{ kind: 'term', text: span, weight: 1 }] };
}

export type { Features };
