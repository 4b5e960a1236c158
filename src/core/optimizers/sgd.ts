import { defineOptimizer } from "./optimizer.js";

/**
 * Plain SGD, torch.optim.SGD with momentum 0 (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html):
 *   θ ← θ − γ·g
 * Written as `θ - lr * g`, the lecture's `w = w - lr * grad`, so every digit matches its script.
 */
export const sgd = defineOptimizer({
  id: "sgd",
  label: "SGD",
  scalars: [],
  slots: [],
  prepare: "",
  step: "next = param - lr * grad;",
});
