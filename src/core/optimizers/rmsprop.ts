import { defineOptimizer } from "./optimizer.js";

/**
 * torch.optim.RMSprop with alpha 0.99, eps 1e-8, momentum 0, centered False
 * (https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html):
 *   v ← α·v + (1 − α)·g²;  θ ← θ − γ·g / (√v + ε)
 * State: [v_1 … v_p].
 */
const ALPHA = 0.99;
const EPS = 1e-8;

export const rmsprop = defineOptimizer({
  id: "rmsprop",
  label: "RMSprop",
  scalars: [],
  slots: ["v"],
  prepare: "",
  step: `v = ${ALPHA} * v + (1 - ${ALPHA}) * (grad * grad);
    next = param - lr * (grad / (Math.sqrt(v) + ${EPS}));`,
});
