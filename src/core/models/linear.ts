import type { ModelDefinition } from "./model.js";

/**
 * ŷ = x·w, Lecture 3's model. The gradient is written as the lecture's `2 * x * (x * w - y)` so that
 * every printed digit matches its script.
 */
export const linear: ModelDefinition = {
  id: "linear",
  formula: "ŷ = x·w",
  asciiFormula: "y^ = x*w",
  params: ["w"],
  prediction: "x * w",
  gradients: ["2 * x * r"],
};
