import type { Model } from "./model.js";

/** ŷ = x·w + b: the lecture's model with an intercept. */
export const affine: Model = {
  id: "affine",
  formula: "ŷ = x·w + b",
  asciiFormula: "y^ = x*w + b",
  params: ["w", "b"],
  predict: (p, x) => x * (p[0] as number) + (p[1] as number),
  evaluate(p, xs, ys, start, end, grads) {
    const w = p[0] as number;
    const b = p[1] as number;
    let sum = -0;
    let gw = -0;
    let gb = -0;
    for (let i = start; i < end; i++) {
      const x = xs[i] as number;
      const r = x * w + b - (ys[i] as number);
      gw += 2 * x * r;
      gb += 2 * r;
      sum += r * r;
    }
    const n = end - start;
    if (n === 1) {
      // A mean of one is the value itself: skip the divisions, the slowest step of an update.
      grads[0] = gw;
      grads[1] = gb;
      return sum;
    }
    grads[0] = gw / n;
    grads[1] = gb / n;
    return sum / n;
  },
};
