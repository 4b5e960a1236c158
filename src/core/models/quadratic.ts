import type { ModelDefinition } from "./model.js";

/** ŷ = x²·w2 + x·w1 + b, Exercise 3-1; parameters in the order w2, w1, b. */
export const quadratic: ModelDefinition = {
  id: "quadratic",
  formula: "ŷ = x²·w2 + x·w1 + b",
  asciiFormula: "y^ = x^2*w2 + x*w1 + b",
  params: ["w2", "w1", "b"],
  prediction: "x * x * w2 + x * w1 + b",
  gradients: ["2 * r * x * x", "2 * r * x", "2 * r"],
};
