import type { ModelDefinition } from "./model.js";

/**
 * ŷ = x³·w3 + x²·w2 + x·w1 + b: a fourth parameter, so that nothing in gd-tui assumes at most
 * three. Parameters in the order w3, w2, w1, b.
 */
export const cubic: ModelDefinition = {
  id: "cubic",
  formula: "ŷ = x³·w3 + x²·w2 + x·w1 + b",
  asciiFormula: "y^ = x^3*w3 + x^2*w2 + x*w1 + b",
  params: ["w3", "w2", "w1", "b"],
  prediction: "x * x * x * w3 + x * x * w2 + x * w1 + b",
  gradients: ["2 * r * x * x * x", "2 * r * x * x", "2 * r * x", "2 * r"],
};
