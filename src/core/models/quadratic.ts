import type { Model } from "./model.js";

/** ŷ = x²·w2 + x·w1 + b, Exercise 3-1; parameters in the order w2, w1, b. */
export const quadratic: Model = {
  id: "quadratic",
  formula: "ŷ = x²·w2 + x·w1 + b",
  asciiFormula: "y^ = x^2*w2 + x*w1 + b",
  params: ["w2", "w1", "b"],
  predict: (p, x) => x * x * (p[0] as number) + x * (p[1] as number) + (p[2] as number),
  accumulate(p, x, y, grads) {
    const r = x * x * (p[0] as number) + x * (p[1] as number) + (p[2] as number) - y;
    const g = 2 * r;
    grads[0] = (grads[0] as number) + g * x * x;
    grads[1] = (grads[1] as number) + g * x;
    grads[2] = (grads[2] as number) + g;
    return r * r;
  },
};
