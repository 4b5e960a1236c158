import type { Model } from "./model.js";

/** ŷ = x²·w2 + x·w1 + b, Exercise 3-1; parameters in the order w2, w1, b. */
export const quadratic: Model = {
  id: "quadratic",
  formula: "ŷ = x²·w2 + x·w1 + b",
  asciiFormula: "y^ = x^2*w2 + x*w1 + b",
  params: ["w2", "w1", "b"],
  predict: (p, x) => x * x * (p[0] as number) + x * (p[1] as number) + (p[2] as number),
  evaluate(p, xs, ys, start, end, grads) {
    const w2 = p[0] as number;
    const w1 = p[1] as number;
    const b = p[2] as number;
    let sum = -0;
    let g2 = -0;
    let g1 = -0;
    let gb = -0;
    for (let i = start; i < end; i++) {
      const x = xs[i] as number;
      const r = x * x * w2 + x * w1 + b - (ys[i] as number);
      const g = 2 * r;
      g2 += g * x * x;
      g1 += g * x;
      gb += g;
      sum += r * r;
    }
    const n = end - start;
    if (n === 1) {
      // A mean of one is the value itself: skip the divisions, the slowest step of an update.
      grads[0] = g2;
      grads[1] = g1;
      grads[2] = gb;
      return sum;
    }
    grads[0] = g2 / n;
    grads[1] = g1 / n;
    grads[2] = gb / n;
    return sum / n;
  },
};
