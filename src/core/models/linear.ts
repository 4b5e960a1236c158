import type { Model } from "./model.js";

/**
 * ŷ = x·w, Lecture 3's model. The gradient is written as the lecture's `2 * x * (x * w - y)` so that
 * every printed digit matches its script.
 */
export const linear: Model = {
  id: "linear",
  formula: "ŷ = x·w",
  asciiFormula: "y^ = x*w",
  params: ["w"],
  predict: (p, x) => x * (p[0] as number),
  evaluate(p, xs, ys, start, end, grads) {
    const w = p[0] as number;
    let sum = -0;
    let gw = -0;
    for (let i = start; i < end; i++) {
      const x = xs[i] as number;
      const r = x * w - (ys[i] as number);
      gw += 2 * x * r;
      sum += r * r;
    }
    const n = end - start;
    if (n === 1) {
      // A mean of one is the value itself: skip the divisions, the slowest step of an update.
      grads[0] = gw;
      return sum;
    }
    grads[0] = gw / n;
    return sum / n;
  },
};
