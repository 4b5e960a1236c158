import type { ModelDefinition } from "./model.js";

/** ŷ = x·w + b: the lecture's model with an intercept. */
export const affine: ModelDefinition = {
  id: "affine",
  formula: "ŷ = x·w + b",
  asciiFormula: "y^ = x*w + b",
  params: ["w", "b"],
  prediction: "x * w + b",
  gradients: ["2 * x * r", "2 * r"],
};
