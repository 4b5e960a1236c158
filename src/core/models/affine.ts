import type { Model } from "./model.js";

/** ŷ = x·w + b: the lecture's model with an intercept. */
export const affine: Model = {
  id: "affine",
  formula: "ŷ = x·w + b",
  asciiFormula: "y^ = x*w + b",
  params: ["w", "b"],
  predict: (p, x) => x * (p[0] as number) + (p[1] as number),
  accumulate(p, x, y, grads) {
    const r = x * (p[0] as number) + (p[1] as number) - y;
    grads[0] = (grads[0] as number) + 2 * x * r;
    grads[1] = (grads[1] as number) + 2 * r;
    return r * r;
  },
};
