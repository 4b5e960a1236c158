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
  accumulate(p, x, y, grads) {
    const r = x * (p[0] as number) - y;
    grads[0] = (grads[0] as number) + 2 * x * r;
    return r * r;
  },
};
