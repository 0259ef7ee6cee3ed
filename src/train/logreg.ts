// Logistic regression (binary and multinomial) with L2 regularisation, trained by full-batch gradient
// descent with Adam steps from zero weights: the same data gives the same weights on every machine.
// Written here rather than taken from a library: the JS ones we looked at (ml-logistic-regression 2.0)
// have neither regularisation nor a softmax, and ours is a few dozen lines over sparse rows.

export interface Row { x: Array<[number, number]>; y: number; w?: number }

export interface TrainOptions { l2: number; epochs: number; rate: number }

export function trainSoftmax(rows: Row[], nFeatures: number, nClasses: number, o: TrainOptions): { weights: number[][]; bias: number[] } {
  const W = Array.from({ length: nClasses }, () => new Float64Array(nFeatures));
  const b = new Float64Array(nClasses);
  const mW = Array.from({ length: nClasses }, () => new Float64Array(nFeatures));
  const vW = Array.from({ length: nClasses }, () => new Float64Array(nFeatures));
  const mb = new Float64Array(nClasses);
  const vb = new Float64Array(nClasses);
  const total = rows.reduce((a, r) => a + (r.w ?? 1), 0) || 1;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  // Rows as flat typed arrays: the epoch loop below is the whole cost of training.
  const idx = rows.map((r) => Int32Array.from(r.x, ([i]) => i));
  const val = rows.map((r) => Float64Array.from(r.x, ([, v]) => v));
  const gW = Array.from({ length: nClasses }, () => new Float64Array(nFeatures));
  const gb = new Float64Array(nClasses);
  const z = new Float64Array(nClasses);
  for (let t = 1; t <= o.epochs; t++) {
    for (const g of gW) g.fill(0);
    gb.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const rw = (rows[r]!.w ?? 1) / total;
      const xi = idx[r]!, xv = val[r]!;
      for (let k = 0; k < nClasses; k++) {
        let s = b[k]!;
        const w = W[k]!;
        for (let j = 0; j < xi.length; j++) s += w[xi[j]!]! * xv[j]!;
        z[k] = s;
      }
      let max = -Infinity;
      for (let k = 0; k < nClasses; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < nClasses; k++) sum += (z[k] = Math.exp(z[k]! - max));
      const y = rows[r]!.y;
      for (let k = 0; k < nClasses; k++) {
        const g = (z[k]! / sum - (k === y ? 1 : 0)) * rw;
        gb[k]! += g;
        const gk = gW[k]!;
        for (let j = 0; j < xi.length; j++) gk[xi[j]!]! += g * xv[j]!;
      }
    }
    for (let k = 0; k < nClasses; k++) {
      for (let i = 0; i < nFeatures; i++) {
        const g = gW[k]![i]! + o.l2 * W[k]![i]!;
        mW[k]![i] = b1 * mW[k]![i]! + (1 - b1) * g;
        vW[k]![i] = b2 * vW[k]![i]! + (1 - b2) * g * g;
        W[k]![i]! -= (o.rate * (mW[k]![i]! / (1 - b1 ** t))) / (Math.sqrt(vW[k]![i]! / (1 - b2 ** t)) + eps);
      }
      const g = gb[k]!;
      mb[k] = b1 * mb[k]! + (1 - b1) * g;
      vb[k] = b2 * vb[k]! + (1 - b2) * g * g;
      b[k]! -= (o.rate * (mb[k]! / (1 - b1 ** t))) / (Math.sqrt(vb[k]! / (1 - b2 ** t)) + eps);
    }
  }
  return { weights: W.map((w) => Array.from(w)), bias: Array.from(b) };
}

/** Binary logistic regression as a two-class softmax with the first class pinned at zero. */
export function trainBinary(rows: Row[], nFeatures: number, o: TrainOptions): { weights: number[]; bias: number } {
  const m = trainSoftmax(rows, nFeatures, 2, o);
  return { weights: m.weights[1]!.map((w, i) => w - m.weights[0]![i]!), bias: m.bias[1]! - m.bias[0]! };
}
